package be.brussels.poles.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One process of a {@link LocalPlatform}: how to launch it, how to tell that it is ready, and which other processes
 * must be ready before it is launched.
 *
 * @param name           unique name; also the name of its log and pid files
 * @param command        program and arguments
 * @param environment    variables added to the launcher's own environment
 * @param workDirectory  working directory
 * @param health         readiness probe
 * @param startTimeout   how long it may take from launch to healthy
 * @param dependsOn      names of processes that must be healthy first (ignored when not part of the platform)
 * @param beforeLaunch   idempotent preparation run before each launch (checking a jar exists, copying the realm
 *                       file); throws when the process cannot be launched
 */
public record ProcessSpec(
        String name,
        List<String> command,
        Map<String, String> environment,
        Path workDirectory,
        HealthCheck health,
        Duration startTimeout,
        Set<String> dependsOn,
        Runnable beforeLaunch) {

    public ProcessSpec {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("process name must be lower-case letters, digits, '.', '-': " + name);
        }
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command for " + name);
        }
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(startTimeout, "startTimeout");
        dependsOn = Set.copyOf(dependsOn);
        beforeLaunch = beforeLaunch == null ? () -> { } : beforeLaunch;
    }

    /** A process without dependencies or preparation. */
    public static ProcessSpec of(String name, List<String> command, Path workDirectory, HealthCheck health,
            Duration startTimeout) {
        return new ProcessSpec(name, command, Map.of(), workDirectory, health, startTimeout, Set.of(), null);
    }
}
