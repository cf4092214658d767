package be.brussels.poles.guidance.file;

/**
 * Who inside the guidance pole reads a session summary or a note. Staff of other agencies never
 * read the pole's sessions and notes: they see only what the CRM's journey shares.
 */
public enum ConfidentialityLevel {
  /** Every staff member of the guidance pole (1819, impulse, Atrium, BIE). */
  POLE,
  /** Staff of the agency that owns the file. */
  AGENCY,
  /** The author alone (an adviser's personal working note). */
  AUTHOR
}
