package be.brussels.poles.housing.cheque;

import be.brussels.poles.housing.inventory.Labels;

/** Who pays a month of a coworking cheque (SBA L879-892: 2 + 2 + 2 months). */
public enum Funding {
  /** Free, paid by the Region: granted once per entrepreneur, ever. */
  REGION_FREE(new Labels("Gratuit (Région)", "Gratis (Gewest)", "Free (Region)")),
  CO_FINANCED(new Labels("Cofinancé par l'entrepreneur", "Gecofinancierd door de ondernemer",
      "Co-financed by the entrepreneur")),
  SPACE_SPONSORED(new Labels("Sponsorisé par l'espace", "Gesponsord door de ruimte",
      "Sponsored by the space"));

  private final Labels labels;

  Funding(Labels labels) {
    this.labels = labels;
  }

  public Labels labels() {
    return labels;
  }
}
