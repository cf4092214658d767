package be.brussels.poles.financing.catalogue;

/**
 * Who offers a product (domain brief §1b, §3). Labels in French, Dutch and English for the UI.
 */
public enum Subsidiary {
  FINANCE_BRUSSELS("finance.brussels", "finance.brussels", "finance.brussels"),
  BRUSTART("Brustart", "Brustart", "Brustart"),
  BRUSOC("Brusoc", "Brusoc", "Brusoc"),
  BRUPART("Brupart (fonds de participation)", "Brupart (participatiefonds)",
      "Brupart (participation fund)"),
  EXPORTBRU("Exportbru", "Exportbru", "Exportbru"),
  BRUCOFIN("Brucofin", "Brucofin", "Brucofin"),
  GUARANTEE_FUND("Fonds bruxellois de garantie", "Brussels Waarborgfonds",
      "Brussels Guarantee Fund"),
  MICROCREDIT_PARTNERS("Partenaires de microcrédit", "Microkredietpartners",
      "Microcredit partners");

  private final Labels labels;

  Subsidiary(String fr, String nl, String en) {
    this.labels = new Labels(fr, nl, en);
  }

  public Labels labels() {
    return labels;
  }
}
