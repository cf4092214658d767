package be.brussels.poles.crm.kbo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One import of a KBO delivery: what was asked, how far it got, and its report.
 *
 * @param source "sample" or a file name of the drop folder
 * @param phase what it is doing ("reading files", "writing companies", ...)
 * @param enterprisesTotal enterprises the delivery holds (known once the files are read)
 * @param enterprisesDone enterprises handled so far
 * @param created new companies (or, in a dry run, that would be created)
 * @param updated companies whose KBO data changed
 * @param unchanged companies whose KBO data was already current
 * @param statusChanges companies that ceased or went bankrupt since the last import: flagged,
 *     with a journey event
 * @param malformedRows rows refused, all counted
 * @param errors the first {@value #MAX_LISTED_ERRORS} refused rows with file, line and reason
 * @param failure why the whole job failed; empty otherwise
 */
public record KboImportJob(String importId, String source, KboImportMode mode, boolean dryRun,
    String requestedBy, Instant requestedAt, Status status, String phase, long enterprisesTotal,
    long enterprisesDone, long created, long updated, long unchanged, long statusChanges,
    long malformedRows, List<KboCsvReader.Malformed> errors, Instant finishedAt, String failure) {

  public static final int MAX_LISTED_ERRORS = 200;

  /** Where a job is. */
  public enum Status { QUEUED, RUNNING, COMPLETED, CANCELLED, FAILED }

  public KboImportJob {
    Objects.requireNonNull(importId, "importId");
    errors = List.copyOf(errors);
    failure = Objects.requireNonNullElse(failure, "");
  }

  public static KboImportJob queued(String importId, String source, KboImportMode mode,
      boolean dryRun, String requestedBy, Instant at) {
    return new KboImportJob(importId, source, mode, dryRun, requestedBy, at, Status.QUEUED,
        "queued", 0, 0, 0, 0, 0, 0, 0, List.of(), null, "");
  }

  public boolean finished() {
    return status == Status.COMPLETED || status == Status.CANCELLED || status == Status.FAILED;
  }
}
