package be.brussels.poles.crm.kbo;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of one KBO delivery: a zip archive as the KBO publishes it, a folder of CSV files,
 * or the demo sample shipped with the service. Files are found by name at any depth of a zip.
 */
public interface KboArchive extends Closeable {

  /** The delivery's name, for provenance (e.g. "KboOpenData_0140_2026_11_Full.zip"). */
  String name();

  /** The file, or empty when the delivery has none of that name. */
  Optional<Reader> open(String fileName);

  @Override
  default void close() {}

  static KboArchive of(Path path) {
    return Files.isDirectory(path) ? new Folder(path) : new Zip(path);
  }

  /** A folder of CSV files. */
  record Folder(Path folder) implements KboArchive {
    @Override
    public String name() {
      return folder.getFileName().toString();
    }

    @Override
    public Optional<Reader> open(String fileName) {
      Path file = folder.resolve(fileName);
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.newBufferedReader(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A zip archive. */
  final class Zip implements KboArchive {
    private final Path path;
    private final ZipFile zip;

    Zip(Path path) {
      this.path = path;
      try {
        this.zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open " + path.getFileName() + " as a zip", e);
      }
    }

    @Override
    public String name() {
      return path.getFileName().toString();
    }

    @Override
    public Optional<Reader> open(String fileName) {
      Optional<? extends ZipEntry> entry = zip.stream()
          .filter(e -> !e.isDirectory()
              && (e.getName().equals(fileName) || e.getName().endsWith("/" + fileName)))
          .findFirst();
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(new InputStreamReader(zip.getInputStream(entry.get()),
            StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        zip.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The demo sample on the class path ({@code kbo/sample/*.csv}). */
  record Sample(ClassLoader loader) implements KboArchive {
    public static final String NAME = "sample";
    private static final String FOLDER = "kbo/sample/";

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Optional<Reader> open(String fileName) {
      var in = loader.getResourceAsStream(FOLDER + fileName);
      return in == null ? Optional.empty()
          : Optional.of(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }
}
