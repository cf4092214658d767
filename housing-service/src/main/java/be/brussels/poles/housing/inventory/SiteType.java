package be.brussels.poles.housing.inventory;

/**
 * The kinds of site the housing pole offers (domain brief §4). The coworking cheque may only be
 * spent in business centres, incubators and coworking spaces (SBA L885-892).
 */
public enum SiteType {
  BUSINESS_PARK(new Labels("Parc d'activités", "Bedrijvenpark", "Business park"), false),
  SME_BUILDING(new Labels("Bâtiment PME", "KMO-gebouw", "SME building"), false),
  INCUBATOR(new Labels("Incubateur", "Incubator", "Incubator"), true),
  BUSINESS_CENTRE(new Labels("Centre d'entreprises", "Ondernemerscentrum", "Business centre"),
      true),
  COWORKING_SPACE(new Labels("Espace de coworking", "Coworkingruimte", "Coworking space"), true),
  FAB_LAB(new Labels("Fab lab", "Fablab", "Fab lab"), false),
  /** Includes the BIE starter centre for prospected foreign investors (SBA L4746-4750). */
  STARTER_CENTRE(new Labels("Centre de démarrage", "Startercentrum", "Starter centre"), false);

  private final Labels labels;
  private final boolean coworkingChequeVenue;

  SiteType(Labels labels, boolean coworkingChequeVenue) {
    this.labels = labels;
    this.coworkingChequeVenue = coworkingChequeVenue;
  }

  public Labels labels() {
    return labels;
  }

  /** True for the venues where a coworking cheque may be spent. */
  public boolean isCoworkingChequeVenue() {
    return coworkingChequeVenue;
  }
}
