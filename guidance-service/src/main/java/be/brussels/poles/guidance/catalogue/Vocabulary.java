package be.brussels.poles.guidance.catalogue;

/**
 * The words the catalogue and the orientation search describe a service and a person with
 * (domain brief §1-5, §8; feature 6-7).
 */
public final class Vocabulary {

  private Vocabulary() {}

  /** Who runs the service. */
  public enum OperatorType {
    /** A public or para-public body (hub.brussels, finance.brussels, Actiris...). */
    PUBLIC,
    /** A subsidised private partner that signed the quality charter. */
    ACCREDITED_PARTNER,
    /** A private partner outside the subsidised network (market offer). */
    PRIVATE_PARTNER
  }

  /** Who a service is for; a service with none is for everyone. */
  public enum Profile {
    PROJECT_HOLDER, STARTER, SME, HIGH_GROWTH, RETAIL, SOCIAL_ECONOMY, JOBSEEKER, WOMEN, YOUTH,
    FOREIGN_ORIGIN, FOREIGN_INVESTOR, EXPORTER, TRANSFEROR, BUYER, IN_DIFFICULTY
  }

  /** Where the company stands in its life cycle. */
  public enum LifeCycleStage {
    EMERGENCE, CREATION, DEVELOPMENT, GROWTH, DIFFICULTY, TRANSFER, TRANSITION
  }

  /** A sector with its own offers; a service with none serves every sector. */
  public enum Sector {
    RETAIL, ICT, LIFE_SCIENCES, AUDIOVISUAL, CONSTRUCTION, CIRCULAR_ECONOMY, HOSPITALITY,
    SOCIAL_ECONOMY
  }

  /** What the person needs. */
  public enum Need {
    INFORMATION, TRAINING, COACHING, MENTORING, BUSINESS_PLAN, FINANCING, MICROCREDIT, EQUITY,
    GUARANTEE, SUBSIDY, LOCATION, PERMITS, HIRING, EXPORT, NETWORKING, LEGAL, ACCOUNTING,
    DIGITAL, RESTRUCTURING, TRANSFER, INNOVATION, TESTING_ACTIVITY
  }

  /** The languages the platform speaks (FR and NL official, EN required; §8). */
  public enum Language { FR, NL, EN }

  /** What the service costs the company (amounts stay with the provider). */
  public enum Cost {
    FREE, SYMBOLIC_FEE, CO_FINANCED, FLAT_FEE, REPAYABLE, MARKET_PRICE
  }
}
