package be.brussels.poles.financing.catalogue;

/** A company's size class, smallest first (EU SME definition classes). */
public enum SizeClass {
  MICRO, SMALL, MEDIUM, LARGE;

  /** True when this class is not larger than {@code limit}. */
  public boolean atMost(SizeClass limit) {
    return compareTo(limit) <= 0;
  }
}
