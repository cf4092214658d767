package be.brussels.poles.launcher;

/**
 * Belgian enterprise numbers (KBO/BCE): ten digits, the last two being 97 minus the first eight modulo 97.
 * (The service kit owns the real value type; this copy only serves the demo seeder.)
 */
public final class EnterpriseNumbers {

    private EnterpriseNumbers() {
    }

    /** True for ten digits (dots and spaces ignored) with a correct mod-97 check. */
    public static boolean isValid(String number) {
        String digits = number.replaceAll("[.\\s]", "");
        if (!digits.matches("[01]\\d{9}")) {
            return false;
        }
        long base = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return check == checkDigits(base);
    }

    /** The ten digits for eight leading digits. */
    public static String withCheckDigits(String firstEight) {
        if (!firstEight.matches("[01]\\d{7}")) {
            throw new IllegalArgumentException("eight digits starting with 0 or 1 expected: " + firstEight);
        }
        return firstEight + String.format("%02d", checkDigits(Long.parseLong(firstEight)));
    }

    /** {@code 0403.019.261} style. */
    public static String formatted(String digits) {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    private static int checkDigits(long firstEight) {
        return 97 - (int) (firstEight % 97);
    }
}
