package be.brussels.poles.guidance.file;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar days as the pole counts them: in Brussels, whatever the server's zone. */
public final class GuidanceClock {

  /** The Region's time zone. */
  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private GuidanceClock() {}

  /** The Brussels calendar day of an instant. */
  public static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, BRUSSELS);
  }
}
