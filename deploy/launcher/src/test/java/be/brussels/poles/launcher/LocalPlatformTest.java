package be.brussels.poles.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPlatformTest {

    @TempDir
    Path dir;

    private final List<String> reports = new CopyOnWriteArrayList<>();
    private LocalPlatform platform;

    @AfterEach
    void stopEverything() {
        if (platform != null) {
            platform.close();
        }
    }

    private LocalPlatform.Builder builder() {
        return LocalPlatform.builder(dir).only().anyFreePorts().runDirectory(dir.resolve("run"))
                .reporter(reports::add);
    }

    @Test
    void startsATinyChildReportsItHealthyAndStopsIt() {
        int port = LocalPlatform.freePort();
        platform = builder().process(Children.tinyServer("tiny", port, dir)).build();

        platform.startAll();

        assertThat(platform.isRunning("tiny")).isTrue();
        assertThat(platform.isHealthy("tiny")).isTrue();
        assertThat(platform.startupTimes()).containsKey("tiny");
        long pid = platform.pid("tiny").orElseThrow();
        assertThat(PidFile.read(dir.resolve("run/tiny.pid"))).get().extracting(PidFile::pid).isEqualTo(pid);
        assertThat(platform.logTail("tiny", 5)).contains("tiny server listening on " + port);

        platform.stop("tiny");

        assertThat(ProcessTree.isRunning(pid)).isFalse();
        assertThat(platform.isHealthy("tiny")).isFalse();
        assertThat(dir.resolve("run/tiny.pid")).doesNotExist();
        assertThat(LocalPlatform.portFree(port)).isTrue();
    }

    @Test
    void killRemovesTheWholeProcessTreeAtOnce() {
        platform = builder().process(Children.tinyServer("tree", LocalPlatform.freePort(), dir, "--spawn-child"))
                .build();
        platform.startAll();
        ProcessHandle root = platform.process("tree").orElseThrow();
        List<ProcessHandle> tree = ProcessTree.snapshot(root);
        assertThat(tree).as("server and its sleep grandchild").hasSize(2);

        platform.kill("tree");

        for (ProcessHandle p : tree) {
            assertThat(ProcessTree.isRunning(p.pid())).as("pid %d still runs", p.pid()).isFalse();
        }
        assertThat(platform.isRunning("tree")).isFalse();
        assertThat(dir.resolve("run/tree.pid")).doesNotExist();
    }

    @Test
    void stopForcesATreeThatIgnoresSigtermAfterTheGracePeriod() {
        platform = builder().stopGrace(Duration.ofSeconds(1))
                .process(Children.shell("stubborn", "trap '' TERM; while true; do sleep 1; done", dir,
                        Duration.ofSeconds(10), () -> true))
                .build();
        platform.startAll();
        ProcessHandle root = platform.process("stubborn").orElseThrow();

        long begin = System.nanoTime();
        platform.stop("stubborn");
        Duration took = Duration.ofNanos(System.nanoTime() - begin);

        assertThat(ProcessTree.isRunning(root)).isFalse();
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofSeconds(8));
        assertThat(reports).anyMatch(r -> r.contains("stubborn stopped (forcibly"));
    }

    @Test
    void restartBringsTheProcessBackHealthyWithANewPid() {
        platform = builder().process(Children.tinyServer("tiny", LocalPlatform.freePort(), dir)).build();
        platform.startAll();
        long before = platform.pid("tiny").orElseThrow();

        platform.restart("tiny");

        assertThat(platform.pid("tiny")).get().isNotEqualTo(before);
        assertThat(ProcessTree.isRunning(before)).isFalse();
        assertThat(platform.isHealthy("tiny")).isTrue();
    }

    @Test
    void launchesAProcessOnlyAfterItsDependencyIsHealthy() {
        platform = builder()
                .process(Children.tinyServer("first", LocalPlatform.freePort(), dir, "--delay-ms", "1500"))
                .process(Children.tinyServer("second", LocalPlatform.freePort(), dir, Set.of("first")))
                .build();

        platform.startAll();

        int firstHealthy = indexOf("first ", "healthy");
        int secondLaunched = indexOf("second ", "launched");
        assertThat(firstHealthy).isNotNegative().isLessThan(secondLaunched);
    }

    @Test
    void failsWithTheLogTailWhenAChildNeverBecomesHealthy() {
        platform = builder()
                .process(Children.shell("silent", "echo 'marker-1234 starting'; exec sleep 300", dir,
                        Duration.ofSeconds(2), () -> false))
                .build();

        assertThatThrownBy(platform::startAll)
                .isInstanceOf(LocalPlatform.PlatformException.class)
                .hasMessageContaining("silent did not become healthy");

        assertThat(reports).anyMatch(r -> r.contains("marker-1234 starting"));
        assertThat(platform.isRunning("silent")).as("stopped after the failure").isFalse();
    }

    @Test
    void aFailedStartStopsWhatItLaunchedButNotWhatWasAlreadyRunning() {
        platform = builder()
                .process(Children.tinyServer("stable", LocalPlatform.freePort(), dir))
                .process(Children.shell("silent", "exec sleep 300", dir, Duration.ofSeconds(2), () -> false))
                .build();
        platform.start("stable");
        platform.awaitHealthy("stable");

        assertThatThrownBy(platform::startAll).hasMessageContaining("silent did not become healthy");

        assertThat(platform.isHealthy("stable")).isTrue();
        assertThat(platform.isRunning("silent")).isFalse();
    }

    @Test
    void failsFastWhenAChildExitsBeforeBeingHealthy() {
        platform = builder()
                .process(Children.shell("crashing", "echo 'fatal: no config'; exit 3", dir, Duration.ofSeconds(60),
                        () -> false))
                .build();

        long begin = System.nanoTime();
        assertThatThrownBy(platform::startAll).hasMessageContaining("crashing exited before becoming healthy");

        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(10));
        assertThat(reports).anyMatch(r -> r.contains("fatal: no config"));
    }

    @Test
    void refusesToStartWhenAFixedPortIsTaken() throws IOException {
        try (ServerSocket busy = new ServerSocket(0)) {
            platform = LocalPlatform.builder(dir).only(LocalPlatform.MONGO).port(LocalPlatform.MONGO,
                    busy.getLocalPort()).runDirectory(dir.resolve("run")).reporter(reports::add).build();

            assertThatThrownBy(platform::startAll)
                    .isInstanceOf(LocalPlatform.PlatformException.class)
                    .hasMessageContaining("port " + busy.getLocalPort() + " (mongo) is already in use");
        }
        assertThat(platform.isRunning(LocalPlatform.MONGO)).isFalse();
    }

    @Test
    void refusesToStartWhenAServiceJarIsMissingBeforeLaunchingAnything() throws IOException {
        Files.createDirectories(dir.resolve("crm-service"));
        platform = builder().only(LocalPlatform.MONGO, LocalPlatform.CRM).build();

        assertThatThrownBy(platform::startAll)
                .hasMessageContaining("crm-service is not built")
                .hasMessageContaining("make build");
        assertThat(platform.isRunning(LocalPlatform.MONGO)).isFalse();
        assertThat(reports).noneMatch(r -> r.contains("launched"));
    }

    @Test
    void saysWhenAServiceModuleDoesNotExist() {
        platform = builder().only(LocalPlatform.HOUSING).build();

        assertThatThrownBy(platform::startAll).hasMessageContaining("module housing-service/ does not exist");
    }

    @Test
    void closeOfADetachedPlatformLeavesItsProcessesRunning() {
        LocalPlatform detached = builder().detached(true)
                .process(Children.tinyServer("tiny", LocalPlatform.freePort(), dir)).build();
        detached.startAll();
        long pid = detached.pid("tiny").orElseThrow();

        detached.close();

        try {
            assertThat(ProcessTree.isRunning(pid)).isTrue();
            assertThat(LocalPlatform.recorded(dir.resolve("run")))
                    .containsExactly(new LocalPlatform.Recorded("tiny", pid, true));
        } finally {
            LocalPlatform.stopRecorded(dir.resolve("run"), Duration.ofSeconds(5), reports::add);
        }
        assertThat(ProcessTree.isRunning(pid)).isFalse();
    }

    @Test
    void logsGoToOneFilePerProcess() throws IOException {
        platform = builder().logDirectory(dir.resolve("logs"))
                .process(Children.shell("talker", "echo hello-from-talker; exec sleep 300", dir,
                        Duration.ofSeconds(5), () -> true))
                .build();
        platform.startAll();

        Path log = dir.resolve("logs/talker.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!Files.readString(log).contains("hello-from-talker") && System.nanoTime() < deadline) {
            ProcessTree.sleep(Duration.ofMillis(50));
        }
        assertThat(Files.readString(log)).startsWith("=== ").contains("hello-from-talker");
    }

    @Test
    void runsASpringAppFromACopyOfItsJarSoThatARebuildCannotBreakIt() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("crm-service/target")).resolve("crm-service.jar");
        writeExecutableJar(jar, TinyHealthServer.class);
        platform = builder().only(LocalPlatform.CRM).springJvmOptions(List.of("-Xmx32m")).build();

        platform.startAll();
        assertThat(platform.spec(LocalPlatform.CRM).command())
                .contains(dir.resolve("run/jars/crm-service.jar").toString());
        Files.writeString(jar, "being rebuilt by maven");

        assertThat(platform.isHealthy(LocalPlatform.CRM)).isTrue();
        platform.restart(LocalPlatform.CRM);
        assertThat(platform.isHealthy(LocalPlatform.CRM)).as("restarted from the same copy").isTrue();
    }

    /** A jar holding one class of the test classpath, with it as Main-Class. */
    private static void writeExecutableJar(Path jar, Class<?> main) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, main.getName());
        String entry = main.getName().replace('.', '/') + ".class";
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest);
                var in = main.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new java.util.jar.JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    private int indexOf(String prefix, String word) {
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).startsWith(prefix) && reports.get(i).contains(word)) {
                return i;
            }
        }
        return -1;
    }
}
