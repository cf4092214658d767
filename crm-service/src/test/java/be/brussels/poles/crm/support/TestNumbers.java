package be.brussels.poles.crm.support;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh valid enterprise numbers, so tests sharing one database (and one Spring context) never
 * see each other's companies and journeys.
 */
public final class TestNumbers {

  private static final AtomicLong NEXT =
      new AtomicLong(new SecureRandom().nextInt(10_000_000) + 1_000_000L);

  private TestNumbers() {}

  /** Ten digits, first digit 0 or 1, valid mod-97 check ("0412345640"). */
  public static String fresh() {
    long body = NEXT.getAndIncrement() % 20_000_000L;
    return String.format("%08d%02d", body, 97 - body % 97);
  }

  /** The display form of a canonical number. */
  public static String dotted(String canonical) {
    return canonical.substring(0, 4) + "." + canonical.substring(4, 7) + "." + canonical.substring(7);
  }
}
