package be.brussels.poles.e2e;

import be.brussels.poles.launcher.LocalPlatform;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The platform as {@code make run} starts it (same launcher, same jars, same realm), on free
 * ports next to a developer's running platform, started once per test JVM and shared by every
 * end-to-end test class. Only the outbox relay polls faster, so that tests wait less.
 */
final class RunningPlatform {

  private static LocalPlatform platform;

  private RunningPlatform() {}

  static synchronized LocalPlatform get() {
    if (platform == null) {
      platform = start();
    }
    return platform;
  }

  private static LocalPlatform start() {
    Path root = Path.of(System.getProperty("poles.repository.root", "..")).toAbsolutePath().normalize();
    Path keycloak = root.resolve(LocalPlatform.KEYCLOAK_HOME);
    if (!Files.isDirectory(keycloak)) {
      throw new IllegalStateException("Keycloak is not unpacked at " + keycloak
          + ": run `make keycloak` (make test does it)");
    }
    Path run = root.resolve("e2e-tests/target/e2e-run");
    LocalPlatform.Builder builder = LocalPlatform.builder(root)
        .anyFreePorts()
        .mongoInMemory()
        .runDirectory(run)
        .logDirectory(run.resolve("logs"));
    for (String pole : new String[] {LocalPlatform.GUIDANCE, LocalPlatform.FINANCING, LocalPlatform.HOUSING}) {
      builder.environment(pole, "POLES_OUTBOX_POLLINTERVAL", "200ms")
          .environment(pole, "POLES_OUTBOX_INITIALBACKOFF", "300ms")
          .environment(pole, "POLES_OUTBOX_MAXBACKOFF", "2s");
    }
    LocalPlatform started = builder.build();
    started.startAll();
    Runtime.getRuntime().addShutdownHook(new Thread(started::stopAll, "e2e-platform-stop"));
    return started;
  }

  static URI gateway() {
    return get().url(LocalPlatform.GATEWAY);
  }
}
