package be.brussels.poles.guidance.file;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid enterprise numbers, so that tests sharing one database and one fake CRM never meet. */
final class EnterpriseNumbers {

  private EnterpriseNumbers() {}

  /** A random valid number in canonical form ("0XXXXXXXXX"), mod-97 check included. */
  static String random() {
    long base = ThreadLocalRandom.current().nextLong(2_000_000, 19_999_999);
    long check = 97 - (base % 97);
    return String.format("%08d%02d", base, check);
  }

  /** The display form "0XXX.XXX.XXX" of a canonical number. */
  static String dotted(String canonical) {
    return canonical.substring(0, 4) + "." + canonical.substring(4, 7) + "." + canonical.substring(7);
  }
}
