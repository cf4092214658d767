package be.brussels.poles.financing.catalogue;

import be.brussels.poles.kit.security.Agency;
import java.util.Optional;

/**
 * The kinds of financing the pole offers (issue 5, domain brief §3). A product of the catalogue
 * is one instrument offered by one subsidiary with its own range and rules.
 */
public enum Instrument {
  START_LOAN("start loan", "prêt de démarrage", "startlening"),
  SUBORDINATED_LOAN("subordinated loan", "prêt subordonné", "achtergestelde lening"),
  /** A minority stake. */
  EQUITY("equity", "prise de participation", "participatie"),
  /** Co-financing alongside a bank (transfers, large investments). */
  BANK_COFINANCING("bank co-financing", "cofinancement bancaire", "cofinanciering met een bank"),
  MICROCREDIT("microcredit", "microcrédit", "microkrediet"),
  /** Interest-free, EUR 5,000-25,000 (L2614-2615). */
  HONOUR_LOAN("honour loan", "prêt d'honneur", "erelening"),
  PRE_SEED("pre-seed", "pré-amorçage", "pre-seed"),
  /** Alongside business angels or VCs, at most 50 % of the round (L2269-2297). */
  CO_INVESTMENT("co-investment", "co-investissement", "co-investering"),
  EXPORT_FINANCE("export finance", "financement à l'exportation", "exportfinanciering"),
  /** Restart credit (M8): never used to repay debts. */
  RESTART_LOAN("restart loan", "crédit de relance", "doorstartkrediet"),
  /** A Brussels Guarantee Fund guarantee on a bank credit: risk sharing, not financing. */
  GUARANTEE("guarantee", "garantie", "waarborg", Agency.GUARANTEE_FUND);

  private final String label;
  private final Labels labels;
  private final Agency onlyAgency;

  Instrument(String en, String fr, String nl) {
    this(en, fr, nl, null);
  }

  Instrument(String en, String fr, String nl, Agency onlyAgency) {
    this.label = en;
    this.labels = new Labels(fr, nl, en);
    this.onlyAgency = onlyAgency;
  }

  /** Lower-case English words for journey headlines, e.g. "start loan". */
  public String label() {
    return label;
  }

  /** The user-facing labels in French, Dutch and English. */
  public Labels labels() {
    return labels;
  }

  /** True for the instruments repaid on a schedule (not equity, co-investment or a guarantee). */
  public boolean isLoan() {
    return this != EQUITY && this != CO_INVESTMENT && this != GUARANTEE;
  }

  /** The only agency that handles this instrument, when it is restricted to one. */
  public Optional<Agency> onlyAgency() {
    return Optional.ofNullable(onlyAgency);
  }
}
