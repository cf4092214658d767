package be.brussels.poles.guidance.file;

/**
 * Journey texts within what the CRM accepts (a headline of at most 200 characters, a detail of
 * at most 4000): a longer text is cut with an ellipsis rather than have the event refused and
 * parked.
 */
public final class JourneyText {

  /** The CRM's longest headline. */
  public static final int MAX_HEADLINE = 200;
  /** The CRM's longest detail. */
  public static final int MAX_DETAIL = 4000;

  private JourneyText() {}

  public static String headline(String text) {
    return fit(text, MAX_HEADLINE);
  }

  public static String detail(String text) {
    return fit(text, MAX_DETAIL);
  }

  private static String fit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
