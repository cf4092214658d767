package be.brussels.poles.crm.kbo;

import be.brussels.poles.crm.company.Address;
import be.brussels.poles.crm.company.Companies;
import be.brussels.poles.crm.company.Company;
import be.brussels.poles.crm.company.CompanyChanges;
import be.brussels.poles.crm.company.CompanyFlag;
import be.brussels.poles.crm.company.CompanyName;
import be.brussels.poles.crm.company.CompanyProfile;
import be.brussels.poles.crm.company.KboIdentity;
import be.brussels.poles.crm.company.KboIdentity.Activity;
import be.brussels.poles.crm.company.KboIdentity.Denomination;
import be.brussels.poles.crm.company.KboIdentity.Establishment;
import be.brussels.poles.crm.company.KboIdentity.LabelsByLanguage;
import be.brussels.poles.crm.company.KboIdentity.Provenance;
import be.brussels.poles.crm.company.KboSituation;
import be.brussels.poles.crm.journey.JourneyEvent;
import be.brussels.poles.crm.journey.JourneyStore;
import be.brussels.poles.crm.kbo.KboCsvReader.Malformed;
import be.brussels.poles.crm.kbo.KboDelivery.EnterpriseRow;
import be.brussels.poles.crm.kbo.KboDelivery.EstablishmentRow;
import be.brussels.poles.crm.kbo.KboImportJob.Status;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Applies a KBO delivery to the company master, batch by batch: new enterprises become
 * companies, known ones get their KBO data replaced (with its provenance), unchanged ones are
 * not written. A company whose status or juridical situation turns to an ending or troubled one
 * is flagged {@link CompanyFlag#KBO_STATUS_ALERT} and gets a shared journey event, so that every
 * agency with an open file sees it. A dry run computes the same report and writes nothing.
 */
public final class KboImporter {

  static final int BATCH = 1000;
  /**
   * Batches written at once: the database server works on one while the importer builds and
   * encodes the next (measured: one writer leaves both the CRM and the server half idle).
   */
  static final int WRITERS = 2;
  /** Who the CRM records as having registered companies it learnt from the KBO. */
  public static final String REGISTERED_BY = "kbo-import";
  static final String STATUS_EVENT_TYPE = "crm.kbo.status_changed";
  /**
   * The journey has no agency value for the CRM itself; KBO events are recorded under the
   * region's single entry point 1819, shared with every agency.
   */
  static final Agency STATUS_EVENT_AGENCY = Agency.HUB_1819;

  /** How a running import reports its progress and learns it was cancelled. */
  public interface Progress {
    void report(KboImportJob job);

    boolean cancelled();
  }

  private final Companies companies;
  private final CompanyChanges changes;
  private final JourneyStore journey;
  private final Clock clock;

  public KboImporter(Companies companies, CompanyChanges changes, JourneyStore journey,
      Clock clock) {
    this.companies = companies;
    this.changes = changes;
    this.journey = journey;
    this.clock = clock;
  }

  public KboImportJob run(KboImportJob queued, KboArchive archive, Progress progress) {
    Counts counts = new Counts(queued);
    counts.phase = "reading files";
    progress.report(counts.job(Status.RUNNING));
    KboDelivery delivery = KboDelivery.read(archive, queued.mode(), counts::malformed);
    Set<String> affected = affected(delivery);
    counts.total = affected.size();
    counts.phase = queued.dryRun() ? "comparing companies (dry run)" : "writing companies";
    progress.report(counts.job(Status.RUNNING));
    Provenance source = new Provenance(queued.importId(), archive.name(),
        clock.instant().truncatedTo(ChronoUnit.MILLIS));
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> {
      Thread thread = new Thread(r, "kbo-import-writer");
      thread.setDaemon(true);
      return thread;
    });
    Semaphore slots = new Semaphore(WRITERS);
    List<Future<?>> writes = new ArrayList<>();
    try {
      List<EnterpriseNumber> batch = new ArrayList<>(BATCH);
      for (String number : affected) {
        batch.add(EnterpriseNumber.parse(number));
        if (batch.size() == BATCH) {
          submit(writers, slots, writes, List.copyOf(batch), delivery, source, queued, counts);
          batch.clear();
          if (progress.cancelled()) {
            awaitAll(writes);
            counts.phase = "cancelled";
            return counts.job(Status.CANCELLED);
          }
          progress.report(counts.job(Status.RUNNING));
        }
      }
      submit(writers, slots, writes, List.copyOf(batch), delivery, source, queued, counts);
      awaitAll(writes);
    } finally {
      writers.shutdownNow();
    }
    counts.phase = "done";
    return counts.job(Status.COMPLETED);
  }

  /** Hands a batch to a writer once one is free; a failed earlier batch fails the import. */
  private void submit(ExecutorService writers, Semaphore slots, List<Future<?>> writes,
      List<EnterpriseNumber> batch, KboDelivery delivery, Provenance source, KboImportJob job,
      Counts counts) {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    }
    writes.removeIf(f -> f.isDone() && result(f));
    writes.add(writers.submit(() -> {
      try {
        apply(batch, delivery, source, job, counts);
      } finally {
        slots.release();
      }
    }));
  }

  private static void awaitAll(List<Future<?>> writes) {
    for (Future<?> write : writes) {
      result(write);
    }
  }

  /** Waits for a write; its failure becomes the import's. Always true, for removeIf. */
  private static boolean result(Future<?> write) {
    try {
      write.get();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** Every enterprise the delivery touches, in file order. */
  private static Set<String> affected(KboDelivery d) {
    Set<String> numbers = new LinkedHashSet<>(d.enterprises.keySet());
    numbers.addAll(d.enterpriseDeletes);
    for (Set<String> entities : List.of(d.denominations.keySet(), d.denominationDeletes,
        d.addresses.keySet(), d.addressDeletes, d.activities.keySet(), d.activityDeletes)) {
      entities.stream().filter(e -> e.charAt(0) <= '1').forEach(numbers::add);
    }
    numbers.addAll(d.establishmentsByEnterprise.keySet());
    return numbers;
  }

  private void apply(List<EnterpriseNumber> batch, KboDelivery d, Provenance source,
      KboImportJob job, Counts counts) {
    if (batch.isEmpty()) {
      return;
    }
    Map<EnterpriseNumber, Company> known = companies.findByEnterpriseNumbers(batch);
    List<Company> created = new ArrayList<>();
    List<Company> updated = new ArrayList<>();
    List<JourneyEvent> events = new ArrayList<>();
    long done = 0;
    long unchanged = 0;
    for (EnterpriseNumber number : batch) {
      Company existing = known.get(number);
      KboIdentity previous = existing == null ? null : existing.kbo();
      KboIdentity next = merge(number.value(), job.mode() == KboImportMode.FULL ? null : previous,
          d, source);
      done++;
      if (next == null) {
        continue; // an update naming an enterprise the CRM has no KBO data of: nothing to build on
      }
      if (previous != null && sameData(previous, next)) {
        unchanged++;
        continue;
      }
      CompanyName name = CompanyName.parse(shorten(next.displayName()
          .orElse(existing == null ? number.formatted() : existing.name().value())), "name");
      if (existing == null) {
        created.add(new Company(UUID.randomUUID().toString(), number, name, source.importedAt(),
            REGISTERED_BY, 1, next, CompanyProfile.EMPTY));
        continue;
      }
      CompanyProfile profile = existing.profile();
      if (previous != null && turnedBad(previous, next)) {
        profile = profile.withFlag(CompanyFlag.KBO_STATUS_ALERT);
        events.add(statusEvent(job, number, previous, next, source.importedAt()));
      }
      updated.add(new Company(existing.companyId(), number, name, existing.registeredAt(),
          existing.registeredBy(), existing.version(), next, profile, existing.mergedInto()));
    }
    counts.add(done, created.size(), updated.size(), unchanged, events.size());
    if (job.dryRun()) {
      return;
    }
    companies.insertAllIfAbsent(created);
    companies.updateKbo(updated);
    if (!events.isEmpty()) {
      journey.append(events, source.importedAt());
    }
    created.forEach(changes::changed);
    updated.forEach(c -> changes.changed(new Company(c.companyId(), c.enterpriseNumber(),
        c.name(), c.registeredAt(), c.registeredBy(), c.version() + 1, c.kbo(), c.profile(),
        c.mergedInto())));
  }

  /**
   * The enterprise's KBO identity after the delivery: {@code base} (null for a full file)
   * minus what the delete files remove, plus what the insert files add.
   */
  private static KboIdentity merge(String number, KboIdentity base, KboDelivery d,
      Provenance source) {
    EnterpriseRow row = d.enterprises.get(number);
    if (row == null && base == null) {
      return null;
    }
    String status = row != null ? row.status()
        : d.enterpriseDeletes.contains(number) ? "ST" : base.status();
    List<Denomination> names = keep(base == null || d.denominationDeletes.contains(number)
        ? List.of() : base.denominations(), d.denominations.get(number));
    Address office = d.addresses.containsKey(number) ? d.addresses.get(number)
        : base == null || d.addressDeletes.contains(number) ? null : base.registeredAddress();
    List<Activity> activities = keep(base == null || d.activityDeletes.contains(number)
        ? List.of() : base.activities(), d.activities.get(number));
    List<Establishment> establishments = new ArrayList<>();
    List<EstablishmentRow> inserted = d.establishmentsByEnterprise.getOrDefault(number, List.of());
    Set<String> replaced = new java.util.HashSet<>();
    inserted.forEach(e -> replaced.add(e.number()));
    if (base != null) {
      for (Establishment e : base.establishments()) {
        if (!replaced.contains(e.number()) && !d.establishmentDeletes.contains(e.number())) {
          Address address = d.addresses.containsKey(e.number()) ? d.addresses.get(e.number())
              : d.addressDeletes.contains(e.number()) ? null : e.address();
          establishments.add(new Establishment(e.number(), e.startDate(), address));
        }
      }
    }
    for (EstablishmentRow e : inserted) {
      Address address = d.addresses.get(e.number());
      if (address == null && base != null) {
        address = base.establishments().stream().filter(b -> b.number().equals(e.number()))
            .map(Establishment::address).findFirst().orElse(null);
      }
      establishments.add(new Establishment(e.number(), e.startDate(), address));
    }
    String form = row != null ? row.juridicalForm() : base.juridicalForm();
    return new KboIdentity(status,
        row != null ? row.juridicalSituation() : base.juridicalSituation(),
        row != null ? row.typeOfEnterprise() : base.typeOfEnterprise(), form,
        d.juridicalForms.containsKey(form) ? new LabelsByLanguage(d.juridicalForms.get(form))
            : base == null ? LabelsByLanguage.NONE : base.juridicalFormLabel(),
        row != null ? row.startDate() : base.startDate(),
        names, office, activities, establishments, source);
  }

  private static <T> List<T> keep(List<T> base, List<T> inserted) {
    if (inserted == null) {
      return base;
    }
    List<T> all = new ArrayList<>(base);
    all.addAll(inserted);
    return all;
  }

  private static boolean sameData(KboIdentity a, KboIdentity b) {
    return new KboIdentity(b.status(), b.juridicalSituation(), b.typeOfEnterprise(),
        b.juridicalForm(), b.juridicalFormLabel(), b.startDate(), b.denominations(),
        b.registeredAddress(), b.activities(), b.establishments(), a.source()).equals(a);
  }

  /** Became ended (ceased, bankrupt, ...) or troubled (judicial reorganisation, ...). */
  private static boolean turnedBad(KboIdentity before, KboIdentity after) {
    boolean endedNow = KboSituation.ended(after.status(), after.juridicalSituation());
    boolean troubledNow = KboSituation.inDifficulty(after.juridicalSituation());
    return (endedNow && !KboSituation.ended(before.status(), before.juridicalSituation()))
        || (troubledNow && !KboSituation.inDifficulty(before.juridicalSituation())
            && !KboSituation.ended(before.status(), before.juridicalSituation()));
  }

  private static JourneyEvent statusEvent(KboImportJob job, EnterpriseNumber number,
      KboIdentity before, KboIdentity after, Instant at) {
    String headline = "KBO: status " + before.status() + " → " + after.status()
        + ", juridical situation " + before.juridicalSituation() + " → "
        + after.juridicalSituation();
    return new JourneyEvent("kbo." + job.importId() + "." + number.value(), number,
        STATUS_EVENT_AGENCY, STATUS_EVENT_TYPE, at, headline,
        new JourneyEvent.Contact("KBO import", ""), Confidentiality.SHARED,
        "Reported by the Crossroads Bank for Enterprises (import " + job.importId() + ")",
        "kbo-import:" + job.importId());
  }

  private static String shorten(String name) {
    return name.codePointCount(0, name.length()) <= CompanyName.MAX_LENGTH ? name
        : name.substring(0, name.offsetByCodePoints(0, CompanyName.MAX_LENGTH));
  }

  /** The running totals of one job. */
  private static final class Counts {
    final KboImportJob queued;
    String phase;
    long total;
    long done;
    long created;
    long updated;
    long unchanged;
    long statusChanges;
    long malformedRows;
    final List<Malformed> errors = new ArrayList<>();

    Counts(KboImportJob queued) {
      this.queued = queued;
    }

    synchronized void add(long done, long created, long updated, long unchanged,
        long statusChanges) {
      this.done += done;
      this.created += created;
      this.updated += updated;
      this.unchanged += unchanged;
      this.statusChanges += statusChanges;
    }

    void malformed(Malformed row) {
      malformedRows++;
      if (errors.size() < KboImportJob.MAX_LISTED_ERRORS) {
        errors.add(row);
      }
    }

    synchronized KboImportJob job(Status status) {
      return new KboImportJob(queued.importId(), queued.source(), queued.mode(), queued.dryRun(),
          queued.requestedBy(), queued.requestedAt(), status, phase, total, done, created,
          updated, unchanged, statusChanges, malformedRows, errors, null, "");
    }
  }
}
