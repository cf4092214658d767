package be.brussels.poles.crm.company;

import java.util.Objects;

/**
 * A Belgian address as the KBO gives it: street and municipality in French and in Dutch (one of
 * them may be empty), postcode, house number and box. Empty strings, never null.
 */
public record Address(String zipcode, String municipalityFr, String municipalityNl,
    String streetFr, String streetNl, String houseNumber, String box) {

  public Address {
    zipcode = Objects.requireNonNullElse(zipcode, "");
    municipalityFr = Objects.requireNonNullElse(municipalityFr, "");
    municipalityNl = Objects.requireNonNullElse(municipalityNl, "");
    streetFr = Objects.requireNonNullElse(streetFr, "");
    streetNl = Objects.requireNonNullElse(streetNl, "");
    houseNumber = Objects.requireNonNullElse(houseNumber, "");
    box = Objects.requireNonNullElse(box, "");
  }

  /** The Brussels commune of the postcode, if it is one. */
  public java.util.Optional<Commune> commune() {
    return Commune.ofZipcode(zipcode);
  }
}
