package be.brussels.poles.housing.inventory;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a site is, in WGS 84 degrees. Only points in a box around the Brussels-Capital Region
 * are accepted, which catches swapped latitude and longitude.
 */
public record Coordinates(double latitude, double longitude) {

  public static final double SOUTH = 50.76;
  public static final double NORTH = 50.92;
  public static final double WEST = 4.24;
  public static final double EAST = 4.49;

  /** @throws InvalidInputException naming coordinates.latitude / coordinates.longitude */
  public Coordinates {
    List<FieldViolation> violations = new ArrayList<>();
    if (!(latitude >= SOUTH && latitude <= NORTH)) {
      violations.add(new FieldViolation("coordinates.latitude",
          "must be from " + SOUTH + " to " + NORTH + " (the Brussels-Capital Region)"));
    }
    if (!(longitude >= WEST && longitude <= EAST)) {
      violations.add(new FieldViolation("coordinates.longitude",
          "must be from " + WEST + " to " + EAST + " (the Brussels-Capital Region)"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
