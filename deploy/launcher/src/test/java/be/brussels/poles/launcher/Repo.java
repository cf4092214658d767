package be.brussels.poles.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, found upwards from the working directory of the test run. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve(LocalPlatform.REALM_FILE))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no " + LocalPlatform.REALM_FILE + " above " + Path.of("").toAbsolutePath());
    }
}
