package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.CoFinancierKind;
import be.brussels.poles.financing.catalogue.Instrument;
import be.brussels.poles.financing.catalogue.UseOfFunds;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A checked request to record an application.
 *
 * @param productCode the catalogue product asked for, when named
 * @param referralId the CRM referral behind it, when there is one
 */
public record NewApplication(EnterpriseNumber enterpriseNumber, Instrument instrument,
    Money amount, String purpose, Optional<String> productCode, Set<UseOfFunds> useOfFunds,
    List<Submission.CoFinancier> coFinanciers, List<String> documents,
    Optional<String> referralId) {

  /** The kinds of co-financier taking part, for the eligibility rules. */
  public Set<CoFinancierKind> coFinancierKinds() {
    return Set.copyOf(coFinanciers.stream().map(Submission.CoFinancier::kind).toList());
  }
}
