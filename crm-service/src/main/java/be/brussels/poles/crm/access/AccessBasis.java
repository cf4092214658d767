package be.brussels.poles.crm.access;

import be.brussels.poles.kit.security.Agency;
import java.util.Objects;

/**
 * Why a reader may see protected data: the purpose and the legal basis that go into the access
 * log with every read (GDPR art. 5(2) accountability, art. 6(1)(e) public task).
 *
 * @param kind how the access was obtained
 * @param reference the team or sharing agreement that opens it; empty for the owning agency
 * @param purpose what the reader uses it for, in words an auditor understands
 * @param legalBasis the legal basis of the processing
 */
public record AccessBasis(Kind kind, String reference, String purpose, String legalBasis) {

  /** How access to protected data was obtained. */
  public enum Kind {
    /** The reader's agency owns the data. */
    OWN_AGENCY,
    /** The reader is on the company's multidisciplinary team with the owning agency. */
    TEAM_MEMBERSHIP,
    /** A sharing agreement from the owning agency to the reader's agency. */
    SHARING_GRANT
  }

  public AccessBasis {
    Objects.requireNonNull(kind, "kind");
    reference = Objects.requireNonNullElse(reference, "");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(legalBasis, "legalBasis");
  }

  /** The owning agency reads its own data for its own case work. */
  public static AccessBasis ownAgency(Agency owner) {
    return new AccessBasis(Kind.OWN_AGENCY, "",
        "case work of " + owner.name(), "public task of the owning agency (GDPR art. 6(1)(e))");
  }
}
