package be.brussels.poles.housing.cheque;

import be.brussels.poles.kit.web.MoneyInput;

/** The REST bodies of coworking cheques, as received. */
public final class ChequeBodies {

  private ChequeBodies() {}

  /**
   * {@code POST /coworking-cheques}.
   *
   * @param siteId the venue: a business centre, an incubator or a coworking space
   * @param firstMonth "YYYY-MM", this month to three months ahead
   * @param monthlyPrice the venue's price a month for the place
   */
  public record Issue(String enterpriseNumber, String siteId, String firstMonth,
      MoneyInput monthlyPrice) {}

  /**
   * {@code POST /coworking-cheques/{id}/redemptions}: the space claims a month.
   *
   * @param month "YYYY-MM", a month of the cheque that has begun
   * @param spaceReference the space's reference for its claim (invoice number), at most 100
   * @param version the cheque version the client read
   */
  public record Redeem(String month, String spaceReference, Long version) {}
}
