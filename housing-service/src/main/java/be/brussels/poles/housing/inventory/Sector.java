package be.brussels.poles.housing.inventory;

/** The sector focus of a site (and the sector a company asks for); GENERAL welcomes any. */
public enum Sector {
  GENERAL(new Labels("Généraliste", "Algemeen", "General")),
  LIFE_TECH(new Labels("Sciences du vivant", "Life sciences", "Life tech")),
  GREEN_TECH(new Labels("Technologies vertes", "Groene technologie", "Green tech")),
  DIGITAL(new Labels("Numérique", "Digitaal", "Digital")),
  CREATIVE(new Labels("Industries créatives", "Creatieve industrie", "Creative industries")),
  FOOD(new Labels("Alimentation", "Voeding", "Food")),
  CIRCULAR_ECONOMY(new Labels("Économie circulaire", "Circulaire economie", "Circular economy")),
  SOCIAL_ECONOMY(new Labels("Économie sociale", "Sociale economie", "Social economy")),
  MANUFACTURING(new Labels("Production urbaine", "Stedelijke productie", "Urban manufacturing")),
  LOGISTICS(new Labels("Logistique", "Logistiek", "Logistics"));

  private final Labels labels;

  Sector(Labels labels) {
    this.labels = labels;
  }

  public Labels labels() {
    return labels;
  }
}
