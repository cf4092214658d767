package be.brussels.poles.guidance.file;

/**
 * The SBA's priority target groups (domain brief §8). A beneficiary in a group a package exempts
 * pays no symbolic fee and is dispensed from the package's waivable entry conditions (positive
 * discrimination, L1018-1023).
 */
public enum PriorityGroup {
  /** Women entrepreneurs (gender statistics, Women in Business; M42). */
  WOMEN,
  /** Young people, NEET and students (M2, M22, M51). */
  YOUTH,
  /** Entrepreneurs of foreign origin (M44-M46). */
  FOREIGN_ORIGIN,
  /** Jobseekers creating their own job (M47-M50). */
  JOBSEEKER,
  /** Social entrepreneurs and cooperatives (M38-M39, M52). */
  SOCIAL_ENTREPRENEUR,
  /** Transferors over 50 and older workers (M18). */
  SENIOR,
  /** Restarters after a failure (M8). */
  RESTARTER
}
