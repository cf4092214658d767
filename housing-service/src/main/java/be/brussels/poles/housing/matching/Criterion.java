package be.brussels.poles.housing.matching;

import be.brussels.poles.housing.inventory.Labels;

/** What a unit is scored on against a request, with its weight in the total (sum 100). */
public enum Criterion {
  SURFACE(30, new Labels("Surface", "Oppervlakte", "Surface")),
  BUDGET(25, new Labels("Budget", "Budget", "Budget")),
  COMMUNE(20, new Labels("Commune", "Gemeente", "Commune")),
  SECTOR(10, new Labels("Adéquation sectorielle", "Sectorale fit", "Sector fit")),
  AVAILABILITY(15, new Labels("Disponibilité", "Beschikbaarheid", "Availability"));

  private final int weight;
  private final Labels labels;

  Criterion(int weight, Labels labels) {
    this.weight = weight;
    this.labels = labels;
  }

  public int weight() {
    return weight;
  }

  public Labels labels() {
    return labels;
  }
}
