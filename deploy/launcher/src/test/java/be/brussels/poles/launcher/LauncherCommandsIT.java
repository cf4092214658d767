package be.brussels.poles.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar as {@code make run / status / stop} use it: {@code start} returns while the processes it started
 * keep running, {@code status} reports them, {@code stop} ends them. Runs with mongo only, on a free port, in a
 * scratch repository directory.
 */
class LauncherCommandsIT {

    @TempDir
    Path repo;

    private record Result(int exitCode, String output) {
    }

    @AfterEach
    void stopLeftovers() {
        LocalPlatform.stopRecorded(repo.resolve(".local/run"), Duration.ofSeconds(5), line -> { });
    }

    private Result launcher(String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target/launcher-exec.jar").toAbsolutePath();
        assertThat(jar).as("built by the package phase").exists();
        List<String> command = new ArrayList<>(List.of(LocalPlatform.javaExecutable(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--repo", repo.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("launcher returned").isTrue();
        return new Result(p.exitValue(), output);
    }

    @Test
    void startReturnsAndLeavesTheProcessesRunningUntilStop() throws Exception {
        Path realm = Files.createDirectories(repo.resolve("deploy/keycloak")).resolve("poles-realm.json");
        Files.copy(Repo.root().resolve(LocalPlatform.REALM_FILE), realm);

        Result start = launcher("start", "--only", "mongo", "--ports", "mongo=0");

        assertThat(start.exitCode()).as(start.output()).isZero();
        assertThat(start.output()).contains("mongo", "healthy after", "lea.intake", "password for every demo user");
        List<LocalPlatform.Recorded> recorded = LocalPlatform.recorded(repo.resolve(".local/run"));
        assertThat(recorded).hasSize(1);
        long pid = recorded.get(0).pid();
        assertThat(ProcessTree.isRunning(pid)).as("mongo outlives the launcher").isTrue();
        assertThat(repo.resolve(".local/run/logs/mongo.log")).exists();
        assertThat(repo.resolve(".local/data/mongo.mv.db")).as("make run keeps mongo data on file").exists();
        Properties state = LocalPlatform.readState(repo.resolve(".local/run"));
        assertThat(state.getProperty("mongo.health")).startsWith("tcp://localhost:");

        Result status = launcher("status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).containsPattern("mongo +" + pid + " +running +healthy");

        Result again = launcher("start", "--only", "mongo", "--ports", "mongo=0");
        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("already running");
        assertThat(LocalPlatform.recorded(repo.resolve(".local/run"))).extracting(LocalPlatform.Recorded::pid)
                .containsExactly(pid);

        Result stop = launcher("stop");
        assertThat(stop.exitCode()).isZero();
        assertThat(stop.output()).contains("Stopped mongo.");
        assertThat(ProcessTree.isRunning(pid)).isFalse();

        Result after = launcher("status");
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.output()).contains("not running");
        assertThat(launcher("stop").output()).contains("Nothing was running.");
    }

    @Test
    void refusesAnUnknownCommandOrProcessWithUsage() throws Exception {
        Files.createDirectories(repo.resolve("deploy/keycloak"));
        Files.writeString(repo.resolve(LocalPlatform.REALM_FILE), "{}");

        Result unknown = launcher("launch");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.output()).contains("unknown command: launch", "usage: launcher");

        Result badProcess = launcher("start", "--only", "postgres");
        assertThat(badProcess.exitCode()).isEqualTo(2);
        assertThat(badProcess.output()).contains("unknown platform process 'postgres'");
    }
}
