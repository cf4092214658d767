package be.brussels.poles.housing.inventory;

/** What kind of occupancy agreement a lease is. */
public enum LeaseKind {
  /** An ordinary lease or occupancy agreement at the agreed rent. */
  STANDARD(new Labels("Convention d'occupation", "Bezettingsovereenkomst", "Occupancy agreement")),
  /**
   * The BIE starter centre's equipped office, free for three months, for a prospected foreign
   * investor (SBA L4746-4750).
   */
  BIE_INVESTOR_OFFICE(new Labels("Bureau gratuit BIE (investisseur étranger)",
      "Gratis BIE-kantoor (buitenlandse investeerder)", "BIE free office (foreign investor)"));

  private final Labels labels;

  LeaseKind(Labels labels) {
    this.labels = labels;
  }

  public Labels labels() {
    return labels;
  }
}
