package be.brussels.poles.crm.kbo;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Starts KBO imports as background jobs (one at a time per instance), tracks their progress and
 * cancels them. Only administrators start or cancel an import; administrators and managers
 * follow them.
 */
public final class KboImportService {

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  private final KboImporter importer;
  private final KboImports imports;
  private final ExecutorService worker;
  private final Path dropFolder;
  private final Clock clock;
  private final Consumer<String> log;
  /** The job this instance is running, if any. */
  private final AtomicReference<Running> running = new AtomicReference<>();

  private record Running(String importId, java.util.concurrent.atomic.AtomicBoolean cancel) {}

  /**
   * @param dropFolder where the KBO deliveries are put (zip archives or folders of CSV files);
   *     a request names a file in it, never a path
   */
  public KboImportService(KboImporter importer, KboImports imports, ExecutorService worker,
      Path dropFolder, Clock clock, Consumer<String> log) {
    this.importer = importer;
    this.imports = imports;
    this.worker = worker;
    this.dropFolder = dropFolder;
    this.clock = clock;
    this.log = log;
  }

  /**
   * @param source {@value KboArchive.Sample#NAME} or a file name of the drop folder
   * @throws ConflictException when an import is already running here
   */
  public KboImportJob start(Caller caller, String source, KboImportMode mode, boolean dryRun) {
    requireAdmin(caller);
    return start(source, mode, dryRun, caller.username());
  }

  /** Starts an import on the service's own behalf (the demo seed at start-up). */
  public KboImportJob startAsService(String source, KboImportMode mode, String reason) {
    return start(source, mode, false, reason);
  }

  private KboImportJob start(String source, KboImportMode mode, boolean dryRun,
      String requestedBy) {
    KboArchiveSource archive = archive(source);
    KboImportJob job = KboImportJob.queued(UUID.randomUUID().toString(), source, mode, dryRun,
        requestedBy, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    Running mine = new Running(job.importId(), new java.util.concurrent.atomic.AtomicBoolean());
    if (!running.compareAndSet(null, mine)) {
      throw new ConflictException("import " + running.get().importId()
          + " is still running; cancel it or wait until it ends");
    }
    imports.save(job);
    worker.execute(() -> run(job, archive, mine));
    return job;
  }

  public KboImportJob get(Caller caller, String importId) {
    requireFollow(caller);
    return imports.find(importId)
        .orElseThrow(() -> new NotFoundException("no KBO import " + importId));
  }

  public Page<KboImportJob> list(Caller caller, PageQuery page) {
    requireFollow(caller);
    return imports.list(page);
  }

  /** Asks the running job to stop after its current batch; a finished job is left as it is. */
  public KboImportJob cancel(Caller caller, String importId) {
    requireAdmin(caller);
    KboImportJob job = get(caller, importId);
    Running current = running.get();
    if (current != null && current.importId().equals(importId)) {
      current.cancel().set(true);
    } else if (!job.finished()) {
      throw new ConflictException("import " + importId + " runs on another instance");
    }
    return job;
  }

  private void run(KboImportJob job, KboArchiveSource source, Running mine) {
    try (KboArchive archive = source.open()) {
      KboImportJob end = importer.run(job, archive, new KboImporter.Progress() {
        @Override
        public void report(KboImportJob progress) {
          imports.save(progress);
        }

        @Override
        public boolean cancelled() {
          return mine.cancel().get();
        }
      });
      imports.save(finished(end, ""));
      log.accept("KBO import " + job.importId() + " " + end.status() + ": " + end.created()
          + " created, " + end.updated() + " updated, " + end.unchanged() + " unchanged, "
          + end.malformedRows() + " malformed rows");
    } catch (RuntimeException e) {
      KboImportJob failed = imports.find(job.importId()).orElse(job);
      imports.save(finished(new KboImportJob(failed.importId(), failed.source(), failed.mode(),
          failed.dryRun(), failed.requestedBy(), failed.requestedAt(), KboImportJob.Status.FAILED,
          failed.phase(), failed.enterprisesTotal(), failed.enterprisesDone(), failed.created(),
          failed.updated(), failed.unchanged(), failed.statusChanges(), failed.malformedRows(),
          failed.errors(), null, ""), String.valueOf(e.getMessage())));
      log.accept("KBO import " + job.importId() + " failed: " + e);
    } finally {
      running.compareAndSet(mine, null);
    }
  }

  private KboImportJob finished(KboImportJob job, String failure) {
    return new KboImportJob(job.importId(), job.source(), job.mode(), job.dryRun(),
        job.requestedBy(), job.requestedAt(), job.status(), job.phase(), job.enterprisesTotal(),
        job.enterprisesDone(), job.created(), job.updated(), job.unchanged(),
        job.statusChanges(), job.malformedRows(), job.errors(),
        clock.instant().truncatedTo(ChronoUnit.MILLIS), failure);
  }

  /** Opens the archive when the job runs, not when it is asked for. */
  @FunctionalInterface
  private interface KboArchiveSource {
    KboArchive open();
  }

  private KboArchiveSource archive(String source) {
    if (source == null || source.isBlank()) {
      throw new InvalidInputException("source", "is required: \"sample\" or a file of the drop folder");
    }
    if (source.equals(KboArchive.Sample.NAME)) {
      ClassLoader loader = KboImportService.class.getClassLoader();
      return () -> new KboArchive.Sample(loader);
    }
    if (!FILE_NAME.matcher(source).matches()) {
      throw new InvalidInputException("source",
          "must be a file name of the drop folder (letters, digits, . _ -), not a path");
    }
    Path path = dropFolder.resolve(source);
    if (!Files.exists(path)) {
      throw new InvalidInputException("source", "no such file in the drop folder: " + source);
    }
    return () -> KboArchive.of(path);
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.isStaff() || !caller.hasRole(Role.ADMIN)) {
      throw new AccessDeniedException("only administrators start or cancel KBO imports");
    }
  }

  private static void requireFollow(Caller caller) {
    if (!caller.isStaff() || !caller.hasAnyRole(Role.ADMIN, Role.MANAGER)) {
      throw new AccessDeniedException("only administrators and managers follow KBO imports");
    }
  }
}
