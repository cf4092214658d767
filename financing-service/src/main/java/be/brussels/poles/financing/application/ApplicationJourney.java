package be.brussels.poles.financing.application;

import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.financing.loan.LoanAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The journey events an application causes. The headline is shared with every partner agency, so
 * it names the instrument and the step and never an amount; amounts, notes and decisions go in
 * the confidential detail. The one exception is deliberate: the motivation of a refusal is sent
 * to the referring adviser as a SHARED event, because the SBA (M26.C) wants it explained to the
 * guidance pole that supported the file; the committee writes that motivation for the applicant
 * and the adviser, never with amounts.
 */
public final class ApplicationJourney {

  public static final String SUBMITTED = "financing.application.submitted";
  public static final String HELD = "financing.application.held";
  public static final String ARREARS_FLAGGED = "financing.loan.arrears-flagged";
  public static final String ARREARS_CLEARED = "financing.loan.arrears-cleared";
  public static final String REFUSAL_MOTIVATED = "financing.application.refusal-motivated";
  /** The CRM's limits on a journey event. */
  private static final int MAX_DETAIL = 4000;
  private static final int MAX_HEADLINE = 200;

  private ApplicationJourney() {}

  /** "Financing application submitted: start loan", with the amount and purpose as detail. */
  public static PendingJourneyEvent submitted(FinancingApplication application) {
    String detail = "Product: " + application.submission().productCode()
        + "\nRequested amount: " + application.requestedAmount().display()
        + "\nPurpose: " + application.purpose();
    return PendingJourneyEvent.create(application.enterpriseNumber(), application.agency(),
        SUBMITTED, application.submittedAt(),
        "Financing application submitted: " + application.instrument().label(),
        application.analyst().name(), application.analyst().email(),
        Confidentiality.CONFIDENTIAL, detail, application.applicationId().toString());
  }

  /**
   * The events of one step just taken by {@code actor}: always the step itself; for a refusal of
   * a referred application, the motivation for the referring adviser as well.
   */
  public static List<PendingJourneyEvent> stepTaken(FinancingApplication application,
      Action action, StaffContact actor, Instant at) {
    List<PendingJourneyEvent> events = new ArrayList<>(2);
    events.add(PendingJourneyEvent.create(application.enterpriseNumber(), application.agency(),
        action.eventType(), at, headline(application, action), actor.name(), actor.email(),
        Confidentiality.CONFIDENTIAL, detail(application),
        application.applicationId().toString()));
    if (action == Action.REFUSE) {
      application.submission().referral().ifPresent(referral -> events.add(
          PendingJourneyEvent.create(application.enterpriseNumber(), application.agency(),
              REFUSAL_MOTIVATED, at,
              limit("Motivated refusal of the " + application.instrument().label()
                  + " application, for " + referral.referrer().name()
                  + referral.referrerAgency().map(a -> " (" + a + ")").orElse(""), MAX_HEADLINE),
              actor.name(), actor.email(), Confidentiality.SHARED,
              limit("Referral " + referral.referralId() + "\nMotivation: "
                  + application.decision().map(Decision::motivation).orElse(""), MAX_DETAIL),
              application.applicationId().toString())));
    }
    return events;
  }

  /**
   * The difficulty signal: repayments overdue (FLAGGED) or caught up (CLEARED). The headline,
   * shared with every partner agency, says a loan is in arrears without any amount; the overdue
   * amount is confidential detail.
   */
  public static PendingJourneyEvent arrears(FinancingApplication application,
      LoanAccount.ArrearsChange change, LocalDate asOf, Instant at) {
    LoanAccount loan = application.loan().orElseThrow();
    boolean flagged = change == LoanAccount.ArrearsChange.FLAGGED;
    return PendingJourneyEvent.create(application.enterpriseNumber(), application.agency(),
        flagged ? ARREARS_FLAGGED : ARREARS_CLEARED, at,
        flagged ? "Difficulty signal: repayments of a " + application.instrument().label()
            + " are overdue" : "Repayments of a " + application.instrument().label()
            + " are up to date again",
        application.analyst().name(), application.analyst().email(),
        Confidentiality.CONFIDENTIAL,
        "Overdue as of " + asOf + ": " + loan.overdue(asOf).display() + "\nStill owed: "
            + loan.stillOwed().display(), application.applicationId().toString());
  }

  /** "Financing application held: start loan", with the reason (no amounts). */
  public static PendingJourneyEvent held(FinancingApplication application, StaffContact actor,
      Instant at) {
    return PendingJourneyEvent.create(application.enterpriseNumber(), application.agency(), HELD,
        at, "Financing application on hold: " + application.instrument().label(), actor.name(),
        actor.email(), Confidentiality.CONFIDENTIAL, limit(application.holdReason(), MAX_DETAIL),
        application.applicationId().toString());
  }

  private static String headline(FinancingApplication application, Action action) {
    String step = action.eventType().substring("financing.application.".length())
        .replace('-', ' ');
    return "Financing application " + step + ": " + application.instrument().label();
  }

  private static String detail(FinancingApplication a) {
    StringBuilder detail = new StringBuilder("Stage: ").append(a.stage())
        .append("\nRequested amount: ").append(a.requestedAmount().display());
    a.decision().ifPresent(d -> {
      d.amount().ifPresent(m -> detail.append("\nApproved amount: ").append(m.display()));
      d.terms().ifPresent(t -> detail.append("\nTerms: ").append(t.durationMonths())
          .append(" months, ").append(t.annualRatePercent().toPlainString()).append(" %, ")
          .append(t.repayment()).append(", grace ").append(t.graceMonths()).append(" months"));
      if (!d.motivation().isEmpty()) {
        detail.append("\nMotivation: ").append(d.motivation());
      }
    });
    List<AuditEntry> history = a.history();
    AuditEntry last = history.get(history.size() - 1);
    if (!last.summary().isEmpty()) {
      detail.append("\nNote: ").append(last.summary());
    }
    return limit(detail.toString(), MAX_DETAIL);
  }

  private static String limit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
