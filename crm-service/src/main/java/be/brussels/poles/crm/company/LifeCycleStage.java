package be.brussels.poles.crm.company;

import java.time.LocalDate;

/**
 * Where a company stands in its life cycle (domain brief §2), derived, never entered: from the
 * KBO status and juridical situation, the start date and the path flags staff set.
 */
public enum LifeCycleStage {
  PRE_CREATION, CREATION, GROWTH, DIFFICULTY, RESTART, TRANSFER, CEASED;

  /** A company younger than this is in its creation stage. */
  static final int CREATION_YEARS = 3;

  /**
   * @param kbo null when the company has no KBO data yet (registered by hand, not imported)
   */
  public static LifeCycleStage derive(KboIdentity kbo, CompanyProfile profile, LocalDate today) {
    if (kbo != null && KboSituation.ended(kbo.status(), kbo.juridicalSituation())) {
      return CEASED;
    }
    if (profile.flags().contains(CompanyFlag.RESTART)) {
      return RESTART;
    }
    if (profile.flags().contains(CompanyFlag.TRANSFER)) {
      return TRANSFER;
    }
    if (kbo != null && KboSituation.inDifficulty(kbo.juridicalSituation())) {
      return DIFFICULTY;
    }
    if (kbo == null || kbo.startDate() == null) {
      return CREATION;
    }
    return kbo.startDate().isAfter(today.minusYears(CREATION_YEARS)) ? CREATION : GROWTH;
  }
}
