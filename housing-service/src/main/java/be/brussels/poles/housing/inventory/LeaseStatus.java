package be.brussels.poles.housing.inventory;

/** Where a lease stands on a given day. */
public enum LeaseStatus {
  UPCOMING(new Labels("À venir", "Toekomstig", "Upcoming")),
  ACTIVE(new Labels("En cours", "Lopend", "Active")),
  ENDED(new Labels("Terminé", "Beëindigd", "Ended")),
  /** Ended early; its end date is the day of termination. */
  TERMINATED(new Labels("Résilié", "Opgezegd", "Terminated"));

  private final Labels labels;

  LeaseStatus(Labels labels) {
    this.labels = labels;
  }

  public Labels labels() {
    return labels;
  }
}
