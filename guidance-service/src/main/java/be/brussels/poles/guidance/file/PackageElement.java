package be.brussels.poles.guidance.file;

import java.util.Objects;

/**
 * One element of a package's checklist as the package defines it (domain brief §2, feature 11):
 * what the company gets and who provides it.
 *
 * @param code stable code, e.g. "COWORKING_CHEQUE"
 * @param label what the element is
 * @param provider who delivers it, e.g. "hub.brussels 1819" or "accredited private partner"
 * @param coFinanced delivered by a private operator whose cost the Region co-finances: only an
 *     accredited operator may be assigned to it
 */
public record PackageElement(String code, String label, String provider, boolean coFinanced) {

  public PackageElement {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(provider, "provider");
  }
}
