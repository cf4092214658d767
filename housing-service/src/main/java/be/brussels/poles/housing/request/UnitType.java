package be.brussels.poles.housing.request;

/** The kind of premises a company looks for (issue 6: the units of the inventory). */
public enum UnitType {
  OFFICE("office"),
  WORKSHOP("workshop"),
  LAB("lab"),
  /** A desk in a coworking space or business centre. */
  DESK("desk"),
  /** A plot of land in a business park. */
  PLOT("plot"),
  STORAGE("storage");

  private final String label;

  UnitType(String label) {
    this.label = label;
  }

  /** Lower-case English word for headlines, e.g. "office". */
  public String label() {
    return label;
  }
}
