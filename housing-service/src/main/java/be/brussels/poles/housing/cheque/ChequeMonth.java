package be.brussels.poles.housing.cheque;

import be.brussels.poles.housing.request.Officer;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of a cheque and, once the space has claimed it, its redemption (who recorded it,
 * when, and the space's own reference for its claim).
 */
public record ChequeMonth(YearMonth month, Funding funding, Instant redeemedAt,
    Officer redeemedBy, String spaceReference) {

  public ChequeMonth {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(funding, "funding");
    spaceReference = Objects.requireNonNullElse(spaceReference, "");
  }

  public boolean isRedeemed() {
    return redeemedAt != null;
  }

  ChequeMonth redeemed(Instant at, Officer by, String reference) {
    return new ChequeMonth(month, funding, at, by, reference);
  }
}
