package be.brussels.poles.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Child processes for the tests. */
final class Children {

    private Children() {
    }

    /** {@link TinyHealthServer} on {@code port}, healthy on its readiness URL. */
    static ProcessSpec tinyServer(String name, int port, Path dir, Set<String> dependsOn, String... options) {
        List<String> command = new ArrayList<>(List.of(LocalPlatform.javaExecutable(), "-Xmx32m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                TinyHealthServer.class.getName(), Integer.toString(port)));
        command.addAll(List.of(options));
        HealthCheck health = HealthCheck.http(URI.create("http://localhost:" + port + "/actuator/health/readiness"));
        return new ProcessSpec(name, command, Map.of(), dir, health, Duration.ofSeconds(30), dependsOn, null);
    }

    static ProcessSpec tinyServer(String name, int port, Path dir, String... options) {
        return tinyServer(name, port, dir, Set.of(), options);
    }

    /** A shell script, healthy as soon as it runs. */
    static ProcessSpec shell(String name, String script, Path dir, Duration timeout, HealthCheck health) {
        return ProcessSpec.of(name, List.of("sh", "-c", script), dir, health, timeout);
    }

    /** Starts a process outside any platform (unrecorded); the caller kills it. */
    static Process sleeper() throws java.io.IOException {
        return new ProcessBuilder("sleep", "300").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
