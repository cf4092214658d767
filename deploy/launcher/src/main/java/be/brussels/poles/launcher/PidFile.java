package be.brussels.poles.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A pid file {@code <run dir>/<name>.pid}: first line the pid, second line the process start time.
 *
 * <p>The start time guards against pid reuse: a recorded pid whose running process started at another time is a
 * different process, and is never signalled.
 */
public record PidFile(Path path, long pid, Optional<Instant> startedAt) {

    public static Path pathFor(Path runDirectory, String name) {
        return runDirectory.resolve(name + ".pid");
    }

    /** Records a started process (written atomically). */
    public static PidFile write(Path runDirectory, String name, ProcessHandle process) {
        Path file = pathFor(runDirectory, name);
        Optional<Instant> started = process.info().startInstant();
        String content = process.pid() + "\n" + started.map(Instant::toString).orElse("") + "\n";
        try {
            Files.createDirectories(runDirectory);
            Path tmp = runDirectory.resolve(name + ".pid.tmp");
            Files.writeString(tmp, content);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return new PidFile(file, process.pid(), started);
    }

    /** Reads a pid file; empty when missing or unreadable. */
    public static Optional<PidFile> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<Instant> started = lines.size() > 1 && !lines.get(1).isBlank()
                    ? Optional.of(Instant.parse(lines.get(1).trim()))
                    : Optional.empty();
            return Optional.of(new PidFile(file, pid, started));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public String name() {
        String file = path.getFileName().toString();
        return file.substring(0, file.length() - ".pid".length());
    }

    /** The recorded process, if it still runs and is the same process that was recorded. */
    public Optional<ProcessHandle> liveProcess() {
        return ProcessTree.find(pid).filter(p -> startedAt.isEmpty() || startedAt.equals(p.info().startInstant()));
    }

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
