package be.brussels.poles.housing.request;

import be.brussels.poles.kit.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One step of a request's matching workflow, kept for the audit (who, when, what).
 *
 * @param unitIds the units proposed, or the one unit visited, offered or leased
 * @param visitOn the day of a visit, else null
 * @param monthlyRent the rent offered, else null (confidential)
 * @param reason why it was declined, else empty
 * @param leaseId the lease signed, else null
 */
public record RequestStep(StepKind kind, List<UUID> unitIds, LocalDate visitOn,
    Money monthlyRent, String reason, UUID leaseId, Officer by, Instant at) {

  public RequestStep {
    Objects.requireNonNull(kind, "kind");
    unitIds = List.copyOf(unitIds);
    reason = Objects.requireNonNullElse(reason, "");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
