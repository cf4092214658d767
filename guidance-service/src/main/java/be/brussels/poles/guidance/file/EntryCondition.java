package be.brussels.poles.guidance.file;

import java.util.Objects;

/**
 * A condition a company must meet before its file leaves the {@link Stage#OPEN} stage (the
 * package's selective access, domain brief §2a). The adviser confirms each one.
 *
 * @param code stable code, e.g. "BRUSSELS_ESTABLISHMENT"
 * @param description what the adviser checks
 * @param waivable whether a beneficiary of a priority group the package exempts is dispensed
 */
public record EntryCondition(String code, String description, boolean waivable) {

  public EntryCondition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(description, "description");
  }
}
