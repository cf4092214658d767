package be.brussels.poles.financing.application;

import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;

/**
 * The journey events an application causes. The headline is shared with every partner agency, so
 * it names the instrument and never an amount; amounts and purpose go in the confidential detail.
 */
public final class ApplicationJourney {

  public static final String SUBMITTED = "financing.application.submitted";

  private ApplicationJourney() {}

  /** "Financing application submitted: start loan", with the amount and purpose as detail. */
  public static PendingJourneyEvent submitted(FinancingApplication application) {
    String detail = "Requested amount: " + application.requestedAmount().display()
        + "\nPurpose: " + application.purpose();
    return PendingJourneyEvent.create(application.enterpriseNumber(), application.agency(),
        SUBMITTED, application.submittedAt(),
        "Financing application submitted: " + application.instrument().label(),
        application.analyst().name(), application.analyst().email(),
        Confidentiality.CONFIDENTIAL, detail, application.applicationId().toString());
  }
}
