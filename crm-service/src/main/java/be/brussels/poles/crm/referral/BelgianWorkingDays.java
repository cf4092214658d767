package be.brussels.poles.crm.referral;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Working days in Brussels: Monday to Friday except the ten Belgian public holidays (New Year,
 * Easter Monday, Labour Day, Ascension, Whit Monday, National Day, Assumption, All Saints,
 * Armistice, Christmas). Regional and sector days off (8 May for the Region's own civil
 * servants, bridge days) are the agencies' choice and not counted here.
 */
public final class BelgianWorkingDays {

  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1),
      MonthDay.of(5, 1), MonthDay.of(7, 21), MonthDay.of(8, 15), MonthDay.of(11, 1),
      MonthDay.of(11, 11), MonthDay.of(12, 25));

  private BelgianWorkingDays() {}

  public static boolean isWorkingDay(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    if (FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
      return false;
    }
    LocalDate easter = easterSunday(day.getYear());
    return !day.equals(easter.plusDays(1)) && !day.equals(easter.plusDays(39))
        && !day.equals(easter.plusDays(50));
  }

  /**
   * The end of the {@code workingDays}-th working day after {@code start}'s day, in Brussels: a
   * referral sent on Friday with 5 working days to answer is due at the end of the next Friday
   * (a holiday in between pushes it one day further).
   */
  public static Instant deadline(Instant start, int workingDays) {
    LocalDate day = start.atZone(BRUSSELS).toLocalDate();
    int left = workingDays;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    ZonedDateTime endOfDay = day.plusDays(1).atStartOfDay(BRUSSELS);
    return endOfDay.toInstant();
  }

  /** Whole working days from {@code from}'s day to {@code to}'s day (0 on the same day). */
  public static int between(Instant from, Instant to) {
    LocalDate day = from.atZone(BRUSSELS).toLocalDate();
    LocalDate last = to.atZone(BRUSSELS).toLocalDate();
    int count = 0;
    while (day.isBefore(last)) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
