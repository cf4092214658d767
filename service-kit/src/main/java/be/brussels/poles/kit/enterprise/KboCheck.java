package be.brussels.poles.kit.enterprise;

/** The KBO/BCE numbering rules shared by enterprise and establishment unit numbers. */
final class KboCheck {

  private KboCheck() {}

  /**
   * Strips the accepted decorations (a "BE" prefix, dots, spaces, slashes, dashes) and returns
   * the bare digits, or {@code null} when anything else is present. A 9-digit number is the old
   * form and gets its leading 0 back.
   */
  static String normalise(String input) {
    if (input == null) {
      return null;
    }
    String s = input.strip();
    if (s.regionMatches(true, 0, "BE", 0, 2)) {
      s = s.substring(2);
    }
    StringBuilder digits = new StringBuilder(10);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c != '.' && c != ' ' && c != '/' && c != '-') {
        return null;
      }
      if (digits.length() > 10) {
        return null;
      }
    }
    if (digits.length() == 9) {
      digits.insert(0, '0');
    }
    return digits.length() == 10 ? digits.toString() : null;
  }

  /** The last two digits must equal 97 - (first eight digits mod 97). */
  static boolean checksumHolds(String tenDigits) {
    long body = Long.parseLong(tenDigits.substring(0, 8));
    int check = Integer.parseInt(tenDigits.substring(8));
    return check == 97 - (body % 97);
  }

  /** "0403019261" becomes "0403.019.261". */
  static String format(String tenDigits) {
    return tenDigits.substring(0, 4) + "." + tenDigits.substring(4, 7) + "." + tenDigits.substring(7);
  }
}
