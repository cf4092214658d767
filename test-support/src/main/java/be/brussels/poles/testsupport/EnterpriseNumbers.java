package be.brussels.poles.testsupport;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid enterprise numbers for tests, a different one per call, so that tests sharing one
 * database (and one Spring context) never see each other's companies.
 */
public final class EnterpriseNumbers {

  /** Bodies 10000000-19999998: numbers starting with 1, never seen in the published vectors. */
  private static final AtomicLong NEXT =
      new AtomicLong(ThreadLocalRandom.current().nextLong(0, 9_999_999L));

  private EnterpriseNumbers() {}

  /** A fresh valid number in canonical form, e.g. "1023456789". */
  public static String fresh() {
    long body = 10_000_000L + NEXT.incrementAndGet() % 9_999_999L;
    return withCheckDigits(body);
  }

  /** The ten-digit number for an eight-digit body: check digits = 97 - (body mod 97). */
  public static String withCheckDigits(long body) {
    return String.format("%08d%02d", body, 97 - (body % 97));
  }

  /** The dotted display form "0403.019.261" of a canonical number. */
  public static String dotted(String number) {
    return number.substring(0, 4) + "." + number.substring(4, 7) + "." + number.substring(7);
  }
}
