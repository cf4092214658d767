package be.brussels.poles.financing.portfolio;

import be.brussels.poles.financing.application.ApplicationStage;
import be.brussels.poles.financing.application.Decision;
import be.brussels.poles.financing.application.FinancingApplication;
import be.brussels.poles.financing.catalogue.Instrument;
import be.brussels.poles.financing.catalogue.Subsidiary;
import be.brussels.poles.kit.money.Money;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The financing pole's portfolio (SBA §3: EUR 70.6 M net book value across 332 companies; target
 * 400 companies and EUR 15 M a year, possibly 20 M, L2027-2029). Net book value: for a loan,
 * the approved principal minus the capital repaid; for equity and co-investment, the amount
 * invested (at cost: no valuation in the sources). Guarantees are risk sharing, not financing:
 * they are not in the book (they count against the Guarantee Fund's ceiling instead).
 */
public final class PortfolioReport {

  /** Target of companies in portfolio (L2027-2029). */
  public static final int TARGET_COMPANIES = 400;
  /** Yearly investment target, and its upper variant (L2027-2029). */
  public static final Money TARGET_YEARLY_MIN = Money.euros("15000000.00");
  public static final Money TARGET_YEARLY_MAX = Money.euros("20000000.00");

  /** The stages in which money is out with the company. */
  static final Set<ApplicationStage> IN_BOOK = EnumSet.of(ApplicationStage.DISBURSED,
      ApplicationStage.REPAYING);

  private final int companies;
  private final Map<Instrument, Money> byInstrument;
  private final Map<Subsidiary, Money> bySubsidiary;
  private final Money netBookValue;
  private final int year;
  private final Money volume;
  private final int decisions;

  private PortfolioReport(int companies, Map<Instrument, Money> byInstrument,
      Map<Subsidiary, Money> bySubsidiary, Money netBookValue, int year, Money volume,
      int decisions) {
    this.companies = companies;
    this.byInstrument = Map.copyOf(byInstrument);
    this.bySubsidiary = Map.copyOf(bySubsidiary);
    this.netBookValue = netBookValue;
    this.year = year;
    this.volume = volume;
    this.decisions = decisions;
  }

  /**
   * Computes the report over {@code applications} (every application of the pole), the yearly
   * volume being the amounts approved in {@code year} (Brussels dates).
   *
   * @param subsidiaryOf the subsidiary offering an application's product
   */
  public static PortfolioReport of(List<FinancingApplication> applications, int year,
      Function<FinancingApplication, Subsidiary> subsidiaryOf) {
    Money zero = Money.euros("0");
    Map<Instrument, Money> byInstrument = new TreeMap<>();
    Map<Subsidiary, Money> bySubsidiary = new TreeMap<>();
    Set<String> companies = new HashSet<>();
    Money total = zero;
    Money volume = zero;
    int decisions = 0;
    for (FinancingApplication a : applications) {
      if (a.instrument() == Instrument.GUARANTEE) {
        continue;
      }
      Money approved = a.decision().filter(d -> d.outcome() == Decision.Outcome.APPROVED)
          .flatMap(Decision::amount).orElse(null);
      if (approved == null) {
        continue;
      }
      int decidedIn = LocalDate.ofInstant(a.decision().get().decidedAt(),
          FinancingApplication.BRUSSELS).getYear();
      if (decidedIn == year) {
        volume = volume.plus(approved);
        decisions++;
      }
      if (!IN_BOOK.contains(a.stage())) {
        continue;
      }
      Money book = a.loan().map(l -> approved.minus(l.capitalRepaid())).orElse(approved);
      companies.add(a.enterpriseNumber().value());
      byInstrument.merge(a.instrument(), book, Money::plus);
      bySubsidiary.merge(subsidiaryOf.apply(a), book, Money::plus);
      total = total.plus(book);
    }
    return new PortfolioReport(companies.size(), byInstrument, bySubsidiary, total, year, volume,
        decisions);
  }

  /** Companies with money out (disbursed, being repaid). */
  public int companies() {
    return companies;
  }

  public Map<Instrument, Money> byInstrument() {
    return byInstrument;
  }

  public Map<Subsidiary, Money> bySubsidiary() {
    return bySubsidiary;
  }

  public Money netBookValue() {
    return netBookValue;
  }

  public int year() {
    return year;
  }

  /** Amounts approved in the year. */
  public Money volume() {
    return volume;
  }

  public int decisions() {
    return decisions;
  }

}
