package be.brussels.poles.housing.request;

/**
 * The steps of the matching workflow: propose → visit → offer → accepted / declined → lease.
 * Each one moves the request to the stage of the same name and becomes a journey event.
 */
public enum StepKind {
  UNITS_PROPOSED(RequestStage.UNITS_PROPOSED, "units_proposed",
      new String[] {"Locaux proposés", "Panden voorgesteld", "Premises proposed"}),
  VISIT_PLANNED(RequestStage.VISIT_PLANNED, "visit_planned",
      new String[] {"Visite planifiée", "Bezoek gepland", "Visit planned"}),
  OFFER_MADE(RequestStage.OFFER_MADE, "offer_made",
      new String[] {"Offre faite", "Aanbod gedaan", "Offer made"}),
  OFFER_ACCEPTED(RequestStage.OFFER_ACCEPTED, "offer_accepted",
      new String[] {"Offre acceptée", "Aanbod aanvaard", "Offer accepted"}),
  DECLINED(RequestStage.DECLINED, "declined",
      new String[] {"Refusée", "Geweigerd", "Declined"}),
  LEASED(RequestStage.LEASED, "leased",
      new String[] {"Bail signé", "Huurovereenkomst getekend", "Lease signed"});

  private final RequestStage stage;
  private final String eventSuffix;
  private final String[] labels;

  StepKind(RequestStage stage, String eventSuffix, String[] labels) {
    this.stage = stage;
    this.eventSuffix = eventSuffix;
    this.labels = labels;
  }

  /** The stage the step leads to. */
  public RequestStage stage() {
    return stage;
  }

  /** The journey event type, e.g. "housing.request.offer_made". */
  public String eventType() {
    return "housing.request." + eventSuffix;
  }

  public String fr() {
    return labels[0];
  }

  public String nl() {
    return labels[1];
  }

  public String en() {
    return labels[2];
  }
}
