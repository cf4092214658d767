package be.brussels.poles.housing.inventory;

import java.util.Objects;

/**
 * What the UI shows for a value in each of the platform's languages (FR, NL, EN); the API sends
 * the constant and these labels, so that no client hard-codes a translation.
 */
public record Labels(String fr, String nl, String en) {

  public Labels {
    Objects.requireNonNull(fr, "fr");
    Objects.requireNonNull(nl, "nl");
    Objects.requireNonNull(en, "en");
  }
}
