package be.brussels.poles.housing.request;

import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import java.util.stream.Collectors;

/**
 * The journey events a location request causes. The headline (unit type and surface) is shared
 * with every partner agency; the budget is confidential detail, so an event that carries one is
 * CONFIDENTIAL and one without it SHARED.
 */
public final class LocationRequestJourney {

  public static final String RECORDED = "housing.request.recorded";

  private LocationRequestJourney() {}

  /** "Location request recorded: office 80-120 m²". */
  public static PendingJourneyEvent recorded(LocationRequest request) {
    String communes = request.communes().isEmpty() ? "anywhere in the region"
        : request.communes().stream().map(Commune::bilingualName).collect(Collectors.joining(", "));
    StringBuilder detail = new StringBuilder()
        .append("Communes: ").append(communes)
        .append("\nWanted from: ").append(request.wantedFrom());
    RequestDetails details = request.details();
    if (details.referralId() != null) {
      detail.append("\nCRM referral: ").append(details.referralId()).append(
          details.referredBy() == null ? " (not yet confirmed by the CRM)"
              : " from " + details.referredBy().name());
    }
    request.maxMonthlyBudget().ifPresent(budget ->
        detail.append("\nMaximum monthly budget: ").append(budget.display()));
    Confidentiality confidentiality = request.maxMonthlyBudget().isPresent()
        ? Confidentiality.CONFIDENTIAL : Confidentiality.SHARED;
    return PendingJourneyEvent.create(request.enterpriseNumber(), request.agency(), RECORDED,
        request.requestedAt(),
        "Location request recorded: " + request.unitType().label() + " "
            + request.surface().display(),
        request.officer().name(), request.officer().email(), confidentiality, detail.toString(),
        request.requestId().toString());
  }
}
