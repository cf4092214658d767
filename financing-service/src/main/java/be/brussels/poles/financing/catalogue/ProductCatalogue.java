package be.brussels.poles.financing.catalogue;

import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The financing pole's products as reference data. Every figure comes from the domain brief §3
 * and its SBA line references; where the sources fix no figure (durations, most rates, the
 * microcredit amounts still to be defined by the 2017-2020 plan) the product says so and has no
 * rule for it.
 */
public final class ProductCatalogue {

  private static final String NOT_FIXED = "not fixed by the sources: set per file";
  private static final EligibilityRule BRUSSELS_SEAT = new EligibilityRule.SeatInRegion(Region.BRUSSELS);
  private static final EligibilityRule SME = new EligibilityRule.MaxSize(SizeClass.MEDIUM);
  private static final EligibilityRule VERY_SMALL = new EligibilityRule.MaxSize(SizeClass.MICRO);

  private final List<Product> products;
  private final Map<String, Product> byCode;

  public ProductCatalogue(List<Product> products) {
    this.products = List.copyOf(products);
    this.byCode = this.products.stream()
        .collect(Collectors.toUnmodifiableMap(Product::code, Function.identity()));
  }

  /** The pole's catalogue as the sources describe it. */
  public static ProductCatalogue standard() {
    return new ProductCatalogue(List.of(
        new Product("BRUSTART_START_LOAN", Instrument.START_LOAN, Subsidiary.BRUSTART,
            new Labels("Prêt de démarrage Brustart", "Brustart-startlening", "Brustart start loan"),
            NOT_FIXED, NOT_FIXED,
            "start capital for the self-employed and very small companies in every sector",
            List.of(BRUSSELS_SEAT, VERY_SMALL), "§3 finance.brussels, L1936-1948; §1b Brustart"),
        new Product("BRUPART_HONOUR_LOAN", Instrument.HONOUR_LOAN, Subsidiary.BRUPART,
            new Labels("Prêt d'honneur Brupart", "Brupart-erelening", "Brupart honour loan"),
            NOT_FIXED, "interest-free",
            "entrepreneurs who need start capital",
            List.of(BRUSSELS_SEAT, VERY_SMALL, range("5000.00", "25000.00")),
            "§3 honour loans, L2614-2615 (footnote 47: Participatiefonds - Brussel)"),
        new Product("RESEAU_ENTREPRENDRE_HONOUR_LOAN", Instrument.HONOUR_LOAN,
            Subsidiary.MICROCREDIT_PARTNERS,
            new Labels("Prêt d'honneur Réseau Entreprendre", "Erelening Netwerk Ondernemen",
                "Réseau Entreprendre honour loan"),
            NOT_FIXED, "interest-free", "promising start-ups the network guides",
            List.of(BRUSSELS_SEAT, new EligibilityRule.RequiresFlag(TargetFlag.START_UP),
                range("15000.00", "15000.00")),
            "§3 honour loans, L2618-2620"),
        new Product("BRUSOC_MICROCREDIT", Instrument.MICROCREDIT, Subsidiary.BRUSOC,
            new Labels("Microcrédit Brusoc", "Brusoc-microkrediet", "Brusoc microcredit"),
            NOT_FIXED, NOT_FIXED + " (the 2017-2020 microcredit plan defines amounts and interest)",
            "social economy and micro-entrepreneurs",
            List.of(BRUSSELS_SEAT, VERY_SMALL), "§3 microcredit M34, L2543-2579"),
        new Product("PARTNER_MICROCREDIT", Instrument.MICROCREDIT, Subsidiary.MICROCREDIT_PARTNERS,
            new Labels("Microcrédit des partenaires (microstart, Crédal, ...)",
                "Microkrediet van de partners (microstart, Crédal, ...)",
                "Partner microcredit (microstart, Crédal, ...)"),
            NOT_FIXED, NOT_FIXED + " (the 2017-2020 microcredit plan defines amounts and interest)",
            "micro-entrepreneurs excluded from bank credit",
            List.of(BRUSSELS_SEAT, VERY_SMALL), "§3 microcredit M34, L2543-2579; §1b partners"),
        new Product("FINANCE_SUBORDINATED_LOAN", Instrument.SUBORDINATED_LOAN,
            Subsidiary.FINANCE_BRUSSELS,
            new Labels("Prêt subordonné", "Achtergestelde lening", "Subordinated loan"),
            NOT_FIXED, NOT_FIXED, "high-potential SMEs (risk capital, quasi-equity)",
            List.of(BRUSSELS_SEAT, SME), "§3 finance.brussels, L1936-1948; M27 L2146-2151"),
        new Product("FINANCE_EQUITY", Instrument.EQUITY, Subsidiary.FINANCE_BRUSSELS,
            new Labels("Prise de participation minoritaire", "Minderheidsparticipatie",
                "Minority stake"),
            NOT_FIXED, "return on the stake; no rate", "high-potential SMEs (risk capital)",
            List.of(BRUSSELS_SEAT, SME), "§3 finance.brussels, L1936-1948, L2064-2067"),
        new Product("BRUCOFIN_BANK_COFINANCING", Instrument.BANK_COFINANCING, Subsidiary.BRUCOFIN,
            new Labels("Cofinancement bancaire", "Cofinanciering met een bank", "Bank co-financing"),
            NOT_FIXED, NOT_FIXED, "transfers and large investments, together with a bank",
            List.of(BRUSSELS_SEAT, SME,
                new EligibilityRule.RequiresCoFinancier(Set.of(CoFinancierKind.BANK))),
            "§3 finance.brussels type 3, L1946-1948 (Brucofin as its vehicle is an inference, §1b)"),
        new Product("BRUSTART_PRE_SEED", Instrument.PRE_SEED, Subsidiary.BRUSTART,
            new Labels("Pré-amorçage Brustart (avec Innoviris)", "Brustart pre-seed (met Innoviris)",
                "Brustart pre-seed (with Innoviris)"),
            NOT_FIXED, NOT_FIXED, "start-ups before their first round",
            List.of(BRUSSELS_SEAT, new EligibilityRule.RequiresFlag(TargetFlag.START_UP)),
            "§3 pre-seed M30, L2325-2361"),
        new Product("BRUSTART_DIGITAL_PRE_SEED", Instrument.PRE_SEED, Subsidiary.BRUSTART,
            new Labels("Fonds de pré-amorçage numérique et e-santé",
                "Pre-seedfonds digitaal en e-gezondheid", "Digital and e-health pre-seed fund"),
            NOT_FIXED, NOT_FIXED, "digital and e-health start-ups",
            List.of(BRUSSELS_SEAT, new EligibilityRule.RequiresFlag(TargetFlag.START_UP),
                new EligibilityRule.SectorIn(Set.of("DIGITAL", "E_HEALTH"))),
            "§3 pre-seed, doc 004 (EUR 4 M fund, Brustart)"),
        new Product("CO_INVESTMENT_FUND", Instrument.CO_INVESTMENT, Subsidiary.FINANCE_BRUSSELS,
            new Labels("Fonds régional de co-investissement", "Gewestelijk co-investeringsfonds",
                "Regional co-investment fund"),
            NOT_FIXED, "equity alongside the private investors' terms",
            "promising young Brussels companies raising a round with business angels or VCs",
            List.of(BRUSSELS_SEAT,
                new EligibilityRule.RequiresCoFinancier(
                    Set.of(CoFinancierKind.BUSINESS_ANGEL, CoFinancierKind.VENTURE_CAPITAL)),
                new EligibilityRule.AmountRange(Optional.of(Money.euros("250000.00")),
                    Optional.empty()),
                new EligibilityRule.MaxShareOfRound(new BigDecimal("50"))),
            "§3 co-investment M29.A, L2269-2297 (tickets from EUR 250,000 to more than EUR 1 M)"),
        new Product("EXPORTBRU_EXPORT_FINANCE", Instrument.EXPORT_FINANCE, Subsidiary.EXPORTBRU,
            new Labels("Financement export Exportbru", "Exportbru-exportfinanciering",
                "Exportbru export finance"),
            NOT_FIXED, NOT_FIXED, "SMEs opening new export markets or a foreign branch",
            List.of(BRUSSELS_SEAT, SME), "§3 other instruments, L4595-4598"),
        new Product("RESTART_LOAN", Instrument.RESTART_LOAN, Subsidiary.FINANCE_BRUSSELS,
            new Labels("Crédit de relance", "Doorstartkrediet", "Restart loan"),
            NOT_FIXED, NOT_FIXED,
            "companies restarting with a restart business plan (with bank credit and BWF guarantees)",
            List.of(BRUSSELS_SEAT, new EligibilityRule.RequiresFlag(TargetFlag.RESTART_PLAN),
                new EligibilityRule.ForbiddenUse(UseOfFunds.DEBT_REPAYMENT)),
            "§2c M8, L1185-1221: the money may never be used to repay debts"),
        new Product("BWF_GUARANTEE", Instrument.GUARANTEE, Subsidiary.GUARANTEE_FUND,
            new Labels("Garantie du Fonds bruxellois de garantie", "Waarborg van het Brussels Waarborgfonds",
                "Brussels Guarantee Fund guarantee"),
            "the duration of the guaranteed bank credit", "one-off flat fee",
            "SMEs and the self-employed borrowing from a bank",
            List.of(BRUSSELS_SEAT, SME,
                new EligibilityRule.RequiresCoFinancier(Set.of(CoFinancierKind.BANK))),
            "§3 guarantees M35, L2601-2708")));
  }

  private static EligibilityRule range(String min, String max) {
    return new EligibilityRule.AmountRange(Optional.of(Money.euros(min)),
        Optional.of(Money.euros(max)));
  }

  /** Every product, in catalogue order. */
  public List<Product> all() {
    return products;
  }

  public Optional<Product> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The product, or a 404 naming it. */
  public Product require(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("no financing product " + code));
  }

  /** The first product of an instrument: the one an application without a product code uses. */
  public Product defaultFor(Instrument instrument) {
    return products.stream().filter(p -> p.instrument() == instrument).findFirst()
        .orElseThrow(() -> new IllegalStateException("no product for " + instrument));
  }
}
