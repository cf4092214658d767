package be.brussels.poles.housing.matching;

import be.brussels.poles.housing.inventory.Unit;
import be.brussels.poles.housing.request.LocationRequest;
import be.brussels.poles.housing.request.RequestStep;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The journey event of each workflow step. Which premises and when is shared with every partner;
 * the rent offered and the reason for declining are confidential detail.
 */
public final class MatchingJourney {

  private MatchingJourney() {}

  /** The event of the request's latest step; {@code units} are the units it names. */
  public static PendingJourneyEvent of(LocationRequest request, List<Unit> units) {
    RequestStep step = request.lastStep().orElseThrow();
    String premises = units.stream().map(MatchingJourney::premises)
        .collect(Collectors.joining("; "));
    String headline;
    String detail = "";
    Confidentiality confidentiality = Confidentiality.SHARED;
    switch (step.kind()) {
      case UNITS_PROPOSED -> {
        headline = "Premises proposed: " + units.size() + " " + request.unitType().label()
            + (units.size() == 1 ? "" : "s");
        detail = premises;
      }
      case VISIT_PLANNED -> headline = "Visit planned on " + step.visitOn() + ": " + premises;
      case OFFER_MADE -> {
        headline = "Offer made: " + premises;
        detail = "Monthly rent offered: " + step.monthlyRent().display();
        confidentiality = Confidentiality.CONFIDENTIAL;
      }
      case OFFER_ACCEPTED -> headline = "Offer accepted: " + premises;
      case DECLINED -> {
        headline = "Location request declined";
        detail = "Reason: " + step.reason();
        confidentiality = Confidentiality.CONFIDENTIAL;
      }
      case LEASED -> headline = "Location request met: lease signed for " + premises;
      default -> throw new IllegalStateException("no event for " + step.kind());
    }
    return PendingJourneyEvent.create(request.enterpriseNumber(), request.agency(),
        step.kind().eventType(), step.at(), headline, step.by().name(), step.by().email(),
        confidentiality, detail, request.requestId().toString());
  }

  static String premises(Unit unit) {
    return unit.type().label() + " " + unit.reference() + " (" + unit.surface() + " m\u00b2) at "
        + unit.siteName() + ", " + unit.commune().bilingualName();
  }
}
