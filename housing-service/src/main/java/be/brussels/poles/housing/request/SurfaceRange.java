package be.brussels.poles.housing.request;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** The surface a company needs, in whole square metres: 1-100,000, minimum at most maximum. */
public record SurfaceRange(int min, int max) {

  public static final int LARGEST = 100_000;

  /** @throws InvalidInputException naming surfaceMin / surfaceMax */
  public SurfaceRange {
    List<FieldViolation> violations = new ArrayList<>();
    check(min, "surfaceMin", violations);
    check(max, "surfaceMax", violations);
    if (violations.isEmpty() && min > max) {
      violations.add(new FieldViolation("surfaceMax", "must be at least surfaceMin (" + min + ")"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private static void check(int surface, String field, List<FieldViolation> violations) {
    if (surface < 1 || surface > LARGEST) {
      violations.add(new FieldViolation(field, "must be from 1 to " + LARGEST));
    }
  }

  /** "80-120 m²", or "100 m²" when both ends agree. */
  public String display() {
    return (min == max ? String.valueOf(min) : min + "-" + max) + " m\u00b2";
  }
}
