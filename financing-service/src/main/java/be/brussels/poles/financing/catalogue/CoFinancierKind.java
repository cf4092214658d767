package be.brussels.poles.financing.catalogue;

/** Who finances alongside the pole. */
public enum CoFinancierKind {
  BANK, BUSINESS_ANGEL, VENTURE_CAPITAL, CROWDFUNDING, OTHER_PUBLIC;

  /** Business angels and VCs: the private investors the co-investment fund invests alongside. */
  public boolean isPrivateInvestor() {
    return this == BUSINESS_ANGEL || this == VENTURE_CAPITAL;
  }
}
