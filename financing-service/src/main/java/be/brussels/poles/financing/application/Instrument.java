package be.brussels.poles.financing.application;

import be.brussels.poles.kit.security.Agency;
import java.util.Optional;

/**
 * The financing instruments of the pole (issue 5, domain brief §3). The product catalogue with
 * its eligibility rules comes later; this is what an application asks for.
 */
public enum Instrument {
  START_LOAN("start loan"),
  SUBORDINATED_LOAN("subordinated loan"),
  /** A minority stake. */
  EQUITY("equity"),
  /** Co-financing alongside a bank (transfers, large investments). */
  BANK_COFINANCING("bank co-financing"),
  MICROCREDIT("microcredit"),
  /** Interest-free, EUR 5,000-25,000 (the range is the catalogue's rule, not yet enforced). */
  HONOUR_LOAN("honour loan"),
  PRE_SEED("pre-seed"),
  /** Alongside business angels or VCs, at most 50 % of the round. */
  CO_INVESTMENT("co-investment"),
  EXPORT_FINANCE("export finance"),
  /** A Brussels Guarantee Fund guarantee on a bank credit: risk sharing, not financing. */
  GUARANTEE("guarantee", Agency.GUARANTEE_FUND);

  private final String label;
  private final Agency onlyAgency;

  Instrument(String label) {
    this(label, null);
  }

  Instrument(String label, Agency onlyAgency) {
    this.label = label;
    this.onlyAgency = onlyAgency;
  }

  /** Lower-case English words for headlines, e.g. "start loan". */
  public String label() {
    return label;
  }

  /** The only agency that handles this instrument, when it is restricted to one. */
  public Optional<Agency> onlyAgency() {
    return Optional.ofNullable(onlyAgency);
  }
}
