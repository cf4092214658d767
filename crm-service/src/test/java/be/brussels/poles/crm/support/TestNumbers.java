package be.brussels.poles.crm.support;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh valid enterprise numbers, so tests sharing one database (and one Spring context) never
 * see each other's companies and journeys.
 */
public final class TestNumbers {

  private static final AtomicLong NEXT = new AtomicLong(new SecureRandom().nextInt(5_000_000));

  private TestNumbers() {}

  /**
   * Ten digits with a valid mod-97 check, always starting with 0 ("0412345640") so that the
   * old 9-digit notation (the number without its leading 0) names the same company.
   */
  public static String fresh() {
    long body = NEXT.getAndIncrement() % 10_000_000L;
    return String.format("%08d%02d", body, 97 - body % 97);
  }

  /** The display form of a canonical number. */
  public static String dotted(String canonical) {
    return canonical.substring(0, 4) + "." + canonical.substring(4, 7) + "." + canonical.substring(7);
  }
}
