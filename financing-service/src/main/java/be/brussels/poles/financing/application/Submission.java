package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.CoFinancierKind;
import be.brussels.poles.financing.catalogue.UseOfFunds;
import be.brussels.poles.kit.security.Agency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an application says beyond instrument, amount and purpose: the catalogue product, what the
 * money pays for, who finances alongside, the documents handed in and the referral that sent
 * the company (often from the guidance pole through the CRM).
 */
public record Submission(String productCode, Set<UseOfFunds> useOfFunds,
    List<CoFinancier> coFinanciers, List<String> documents, Optional<Referral> referral) {

  public static final int MAX_CO_FINANCIERS = 10;
  public static final int MAX_DOCUMENTS = 30;

  public Submission {
    Objects.requireNonNull(productCode, "productCode");
    useOfFunds = Set.copyOf(useOfFunds);
    coFinanciers = List.copyOf(coFinanciers);
    documents = List.copyOf(documents);
    Objects.requireNonNull(referral, "referral");
  }

  /** A bank, business angel, VC, ... financing alongside, by name. */
  public record CoFinancier(CoFinancierKind kind, String name) {
    public CoFinancier {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * The CRM referral behind the application and the adviser who made it: the one a refusal's
   * motivation must reach.
   *
   * @param referrerAgency empty when the CRM could not be asked when the application was recorded
   */
  public record Referral(String referralId, Optional<Agency> referrerAgency,
      StaffContact referrer) {
    public Referral {
      Objects.requireNonNull(referralId, "referralId");
      Objects.requireNonNull(referrerAgency, "referrerAgency");
      Objects.requireNonNull(referrer, "referrer");
    }
  }
}
