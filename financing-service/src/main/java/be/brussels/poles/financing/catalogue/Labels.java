package be.brussels.poles.financing.catalogue;

import java.util.Objects;

/** A user-facing label in the platform's three languages. */
public record Labels(String fr, String nl, String en) {

  public Labels {
    Objects.requireNonNull(fr, "fr");
    Objects.requireNonNull(nl, "nl");
    Objects.requireNonNull(en, "en");
  }
}
