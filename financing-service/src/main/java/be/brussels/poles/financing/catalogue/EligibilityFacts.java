package be.brussels.poles.financing.catalogue;

import be.brussels.poles.kit.money.Money;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What is known about a company and its request when eligibility is checked. A fact left empty
 * makes a rule that needs it "unknown", never "passed".
 *
 * @param amount the amount asked
 * @param roundSize the whole financing round, for the co-investment share
 * @param sector a sector code such as "DIGITAL", upper case
 */
public record EligibilityFacts(Optional<Money> amount, Optional<Region> seatRegion,
    Optional<SizeClass> sizeClass, Optional<String> sector, Set<TargetFlag> flags,
    Optional<Money> roundSize, Set<UseOfFunds> useOfFunds, Set<CoFinancierKind> coFinanciers) {

  public EligibilityFacts {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(seatRegion, "seatRegion");
    Objects.requireNonNull(sizeClass, "sizeClass");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(roundSize, "roundSize");
    flags = Set.copyOf(flags);
    useOfFunds = Set.copyOf(useOfFunds);
    coFinanciers = Set.copyOf(coFinanciers);
  }
}
