package be.brussels.poles.guidance.file;

import java.time.Instant;
import java.util.Objects;

/**
 * What a growth file asks of the CRM (M4 elements 6 and 7): a multidisciplinary team of the
 * three poles and the Actiris key-account flag. The CRM keeps teams and key accounts; until it
 * offers an API to request them, the request is recorded here as {@link Status#AWAITING_CRM_API}
 * and announced in the journey ("guidance.file.promoted" / "guidance.growth.requested").
 */
public record CrmRequest(Kind kind, Instant requestedAt, Status status) {

  /** What is asked. */
  public enum Kind { MULTIDISCIPLINARY_TEAM, ACTIRIS_KEY_ACCOUNT }

  /** Where the request stands. */
  public enum Status { AWAITING_CRM_API, SENT, GRANTED }

  public CrmRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(status, "status");
  }
}
