package be.brussels.poles.housing.request;

/**
 * Where a location request stands. Only OPEN is reached in this slice; the others are the
 * matching workflow of issue 6 (units proposed, visit, offer, accepted or declined, lease),
 * listed now so that stored values and the CRM's summary never need renaming.
 */
public enum RequestStage {
  OPEN(true),
  UNITS_PROPOSED(true),
  VISIT_PLANNED(true),
  OFFER_MADE(true),
  /** The company accepted an offer; the lease is being drawn up. */
  OFFER_ACCEPTED(true),
  /** Every offer declined, with a reason; final. */
  DECLINED(false),
  /** A lease was signed: the need is met. */
  LEASED(false),
  WITHDRAWN(false);

  private final boolean open;

  RequestStage(boolean open) {
    this.open = open;
  }

  /** True while citydev still works on the request; the 360 view shows open requests. */
  public boolean isOpen() {
    return open;
  }
}
