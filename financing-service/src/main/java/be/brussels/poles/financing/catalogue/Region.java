package be.brussels.poles.financing.catalogue;

/** Where a company has its registered seat. */
public enum Region {
  BRUSSELS, FLANDERS, WALLONIA, ABROAD
}
