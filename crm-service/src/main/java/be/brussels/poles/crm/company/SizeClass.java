package be.brussels.poles.crm.company;

/** EU size classes (Recommendation 2003/361/EC) by head count, plus the self-employed. */
public enum SizeClass {
  SELF_EMPLOYED, MICRO, SMALL, MEDIUM, LARGE
}
