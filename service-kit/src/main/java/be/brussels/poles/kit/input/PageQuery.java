package be.brussels.poles.kit.input;

import be.brussels.poles.kit.error.FieldViolation;
import java.util.List;

/**
 * Which page of a list a REST client asks for: {@code page} zero-based, {@code size} 1-200,
 * default 50 (the same on every service).
 */
public record PageQuery(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;
  /** Far beyond any real list; keeps {@code page * size} well inside an int. */
  public static final int MAX_PAGE = 1_000_000;

  public PageQuery {
    if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page " + page + ", size " + size);
    }
  }

  /** Page 0 of 50. */
  public static PageQuery first() {
    return new PageQuery(0, DEFAULT_SIZE);
  }

  /**
   * Parses the {@code page} and {@code size} query parameters (absent: defaults), adding a
   * violation per bad one.
   *
   * @return the query, or null when a parameter was refused
   */
  public static PageQuery parse(String page, String size, List<FieldViolation> violations) {
    Integer number = InputChecks.wholeNumber(page, "page", 0, 0, MAX_PAGE, violations);
    Integer items = InputChecks.wholeNumber(size, "size", DEFAULT_SIZE, 1, MAX_SIZE, violations);
    return number == null || items == null ? null : new PageQuery(number, items);
  }

  /** Index of the page's first item, for skip(). */
  public int offset() {
    return page * size;
  }
}
