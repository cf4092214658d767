package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The file's entry into its package: the entry conditions the adviser confirmed, the priority
 * groups the beneficiary belongs to, and the symbolic fee.
 *
 * @param conditionsMet codes of the package's entry conditions confirmed met
 * @param fee the package's symbolic fee when the file was opened
 * @param feePaidOn when the fee was paid; empty while unpaid (or when waived)
 */
public record Admission(Set<String> conditionsMet, Set<PriorityGroup> priorityGroups, Money fee,
    Optional<LocalDate> feePaidOn) {

  public Admission {
    conditionsMet = Set.copyOf(conditionsMet);
    priorityGroups = Set.copyOf(priorityGroups);
    Objects.requireNonNull(fee, "fee");
    feePaidOn = Objects.requireNonNullElse(feePaidOn, Optional.empty());
  }

  /** Whether the beneficiary is exempted by the package (fee and waivable conditions). */
  public boolean exempted(PackageDefinition definition) {
    return definition.exempts(priorityGroups);
  }

  /** Whether the fee is waived: nothing to pay, or an exempted priority group. */
  public boolean feeWaived(PackageDefinition definition) {
    return !fee.isPositive() || exempted(definition);
  }

  /** The entry conditions still missing (waivable ones count as met for exempted groups). */
  public java.util.List<EntryCondition> missing(PackageDefinition definition) {
    boolean exempted = exempted(definition);
    return definition.entryConditions().stream()
        .filter(c -> !conditionsMet.contains(c.code()))
        .filter(c -> !(exempted && c.waivable()))
        .toList();
  }

  /** Whether the company may go further than {@link Stage#OPEN}. */
  public boolean admitted(PackageDefinition definition) {
    return missing(definition).isEmpty();
  }
}
