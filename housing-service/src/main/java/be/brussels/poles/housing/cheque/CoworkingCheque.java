package be.brussels.poles.housing.cheque;

import be.brussels.poles.housing.inventory.Site;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A coworking cheque (SBA M3, L879-892): six months in an eligible venue (a business centre, an
 * incubator or a coworking space), the first two free (paid by the Region, once per
 * entrepreneur, ever), the next two co-financed by the entrepreneur, the last two sponsored by
 * the space. The space claims each month once it is over or under way; the cheque is valid for
 * its six months and claims are taken until {@link #CLAIM_GRACE_MONTHS} months after.
 *
 * @param monthlyPrice the venue's price a month for the place, the value of a free month
 */
public record CoworkingCheque(UUID chequeId, EnterpriseNumber enterpriseNumber,
    String companyName, UUID siteId, String siteName, YearMonth firstMonth, Money monthlyPrice,
    List<ChequeMonth> months, Officer issuedBy, Instant issuedAt, long version) {

  public static final int MONTHS = 6;
  /** A cheque may start this month or within the next three. */
  public static final int LONGEST_START_DELAY_MONTHS = 3;
  /** Months after the last month of the cheque during which the space may still claim. */
  public static final int CLAIM_GRACE_MONTHS = 3;

  public CoworkingCheque {
    Objects.requireNonNull(chequeId, "chequeId");
    Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    companyName = Objects.requireNonNullElse(companyName, "");
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(monthlyPrice, "monthlyPrice");
    months = List.copyOf(months);
    Objects.requireNonNull(issuedBy, "issuedBy");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  /**
   * Issues a cheque for {@code venue} from {@code firstMonth}.
   *
   * @throws BusinessRuleException naming siteId (not an eligible venue) or firstMonth (outside
   *     this month to three months ahead)
   */
  public static CoworkingCheque issue(UUID chequeId, EnterpriseNumber company, String companyName,
      Site venue, YearMonth firstMonth, Money monthlyPrice, YearMonth thisMonth, Officer by,
      Instant at) {
    if (!venue.type().isCoworkingChequeVenue()) {
      throw new BusinessRuleException("siteId", "a coworking cheque is spent only in a business"
          + " centre, an incubator or a coworking space; " + venue.name() + " is a "
          + venue.type().labels().en().toLowerCase(Locale.ROOT));
    }
    if (firstMonth.isBefore(thisMonth)
        || firstMonth.isAfter(thisMonth.plusMonths(LONGEST_START_DELAY_MONTHS))) {
      throw new BusinessRuleException("firstMonth", "must be from " + thisMonth + " to "
          + thisMonth.plusMonths(LONGEST_START_DELAY_MONTHS));
    }
    List<ChequeMonth> months = new ArrayList<>();
    Funding[] split = {Funding.REGION_FREE, Funding.REGION_FREE, Funding.CO_FINANCED,
        Funding.CO_FINANCED, Funding.SPACE_SPONSORED, Funding.SPACE_SPONSORED};
    for (int i = 0; i < MONTHS; i++) {
      months.add(new ChequeMonth(firstMonth.plusMonths(i), split[i], null, null, ""));
    }
    return new CoworkingCheque(chequeId, company, companyName, venue.siteId(), venue.name(),
        firstMonth, monthlyPrice, months, by, at, 1);
  }

  /** The refusal of a second cheque: the free months are granted once per entrepreneur, ever. */
  public static BusinessRuleException secondFreePeriod(CoworkingCheque first) {
    return new BusinessRuleException("enterpriseNumber", "already received its free coworking"
        + " months with cheque " + first.chequeId() + " (issued on "
        + first.issuedAt().toString().substring(0, 10) + " for " + first.siteName()
        + "); the two free months are granted once per entrepreneur, ever");
  }

  /** The last day of the cheque's sixth month. */
  public LocalDate validUntil() {
    return firstMonth.plusMonths(MONTHS - 1L).atEndOfMonth();
  }

  /**
   * The space claims {@code month}.
   *
   * @throws BusinessRuleException naming month: not one of the cheque's, already claimed, not
   *     begun yet, or claimed too late
   */
  public CoworkingCheque redeem(YearMonth month, String spaceReference, YearMonth thisMonth,
      Officer by, Instant at) {
    int index = -1;
    for (int i = 0; i < months.size(); i++) {
      if (months.get(i).month().equals(month)) {
        index = i;
      }
    }
    if (index < 0) {
      throw new BusinessRuleException("month", "is not a month of this cheque (" + firstMonth
          + " to " + firstMonth.plusMonths(MONTHS - 1L) + ")");
    }
    ChequeMonth claimed = months.get(index);
    if (claimed.isRedeemed()) {
      throw new BusinessRuleException("month", "was already redeemed on "
          + claimed.redeemedAt().toString().substring(0, 10));
    }
    if (month.isAfter(thisMonth)) {
      throw new BusinessRuleException("month", "has not begun yet");
    }
    YearMonth lastClaim = firstMonth.plusMonths(MONTHS - 1L + CLAIM_GRACE_MONTHS);
    if (thisMonth.isAfter(lastClaim)) {
      throw new BusinessRuleException("month", "the cheque's months could be claimed until "
          + lastClaim.atEndOfMonth());
    }
    List<ChequeMonth> changed = new ArrayList<>(months);
    changed.set(index, claimed.redeemed(at, by, spaceReference));
    return new CoworkingCheque(chequeId, enterpriseNumber, companyName, siteId, siteName,
        firstMonth, monthlyPrice, changed, issuedBy, issuedAt, version);
  }

  /** 1-6: the position of {@code month} in the cheque. */
  public int positionOf(YearMonth month) {
    return (int) firstMonth.until(month, java.time.temporal.ChronoUnit.MONTHS) + 1;
  }

  public long redeemedMonths() {
    return months.stream().filter(ChequeMonth::isRedeemed).count();
  }

  /** Active while its months are not all claimed and the claim window is open. */
  public boolean isOpen(YearMonth thisMonth) {
    return redeemedMonths() < MONTHS
        && !thisMonth.isAfter(firstMonth.plusMonths(MONTHS - 1L + CLAIM_GRACE_MONTHS));
  }
}
