package be.brussels.poles.financing.catalogue;

import be.brussels.poles.kit.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One eligibility rule of a product, as data: a kind with its parameters. {@link #judge} explains
 * itself, so that staff see why a request passes or fails.
 */
public interface EligibilityRule {

  /** The rule's stable code, e.g. "SEAT_IN_REGION". */
  String code();

  /** One English sentence stating the rule, e.g. "registered seat in BRUSSELS". */
  String describe();

  RuleResult judge(EligibilityFacts facts);

  /** The registered seat is in {@code region}. */
  record SeatInRegion(Region region) implements EligibilityRule {
    public SeatInRegion {
      Objects.requireNonNull(region, "region");
    }

    @Override
    public String code() {
      return "SEAT_IN_REGION";
    }

    @Override
    public String describe() {
      return "registered seat in the " + region + " region";
    }

    @Override
    public RuleResult judge(EligibilityFacts facts) {
      if (facts.seatRegion().isEmpty()) {
        return RuleResult.unknown(code(), "the seat region was not given; required: " + region);
      }
      Region seat = facts.seatRegion().get();
      return seat == region
          ? RuleResult.passed(code(), "the registered seat is in the " + region + " region")
          : RuleResult.failed(code(), "the registered seat is in " + seat + ", not in " + region);
    }
  }

  /** An SME of at most {@code largest} size. */
  record MaxSize(SizeClass largest) implements EligibilityRule {
    public MaxSize {
      Objects.requireNonNull(largest, "largest");
    }

    @Override
    public String code() {
      return "MAX_SIZE";
    }

    @Override
    public String describe() {
      return "company size at most " + largest;
    }

    @Override
    public RuleResult judge(EligibilityFacts facts) {
      if (facts.sizeClass().isEmpty()) {
        return RuleResult.unknown(code(), "the size class was not given; required: at most "
            + largest);
      }
      SizeClass size = facts.sizeClass().get();
      return size.atMost(largest)
          ? RuleResult.passed(code(), size + " is at most " + largest)
          : RuleResult.failed(code(), size + " is larger than " + largest);
    }
  }

  /** The amount asked lies in [min, max]; either bound may be absent. */
  record AmountRange(Optional<Money> min, Optional<Money> max) implements EligibilityRule {
    public AmountRange {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      if (min.isPresent() && max.isPresent() && min.get().isGreaterThan(max.get())) {
        throw new IllegalArgumentException("min above max");
      }
    }

    @Override
    public String code() {
      return "AMOUNT_RANGE";
    }

    @Override
    public String describe() {
      return "amount " + min.map(m -> "from " + m.display()).orElse("")
          + (min.isPresent() && max.isPresent() ? " " : "")
          + max.map(m -> "up to " + m.display()).orElse("");
    }

    @Override
    public RuleResult judge(EligibilityFacts facts) {
      if (facts.amount().isEmpty()) {
        return RuleResult.unknown(code(), "the amount was not given; required: " + describe());
      }
      Money amount = facts.amount().get();
      if (min.isPresent() && min.get().isGreaterThan(amount)) {
        return RuleResult.failed(code(), amount.display() + " is below the minimum of "
            + min.get().display());
      }
      if (max.isPresent() && amount.isGreaterThan(max.get())) {
        return RuleResult.failed(code(), amount.display() + " is above the maximum of "
            + max.get().display());
      }
      return RuleResult.passed(code(), amount.display() + " is within the " + describe());
    }
  }

  /** The ticket is at most {@code percent} % of the whole round (co-investment, M29.A). */
  record MaxShareOfRound(BigDecimal percent) implements EligibilityRule {
    public MaxShareOfRound {
      if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("percent " + percent);
      }
    }

    @Override
    public String code() {
      return "MAX_SHARE_OF_ROUND";
    }

    @Override
    public String describe() {
      return "at most " + percent.stripTrailingZeros().toPlainString() + " % of the round";
    }

    @Override
    public RuleResult judge(EligibilityFacts facts) {
      if (facts.amount().isEmpty() || facts.roundSize().isEmpty()) {
        return RuleResult.unknown(code(),
            "the amount and the size of the round are both needed; required: " + describe());
      }
      Money amount = facts.amount().get();
      Money round = facts.roundSize().get();
      if (!round.isPositive()) {
        return RuleResult.failed(code(), "the round must be larger than zero");
      }
      // exact comparison: amount * 100 <= round * percent, no division
      boolean within = amount.amount().multiply(BigDecimal.valueOf(100))
          .compareTo(round.amount().multiply(percent)) <= 0;
      String share = amount.amount().multiply(BigDecimal.valueOf(100))
          .divide(round.amount(), 2, RoundingMode.HALF_EVEN).toPlainString();
      return within
          ? RuleResult.passed(code(), amount.display() + " is " + share + " % of the round of "
              + round.display() + ", within " + describe())
          : RuleResult.failed(code(), amount.display() + " is " + share + " % of the round of "
              + round.display() + ", more than " + describe());
    }
  }

  /** The company works in one of {@code sectors}. */
  record SectorIn(Set<String> sectors) implements EligibilityRule {
    public SectorIn {
      sectors = Set.copyOf(sectors);
      if (sectors.isEmpty()) {
        throw new IllegalArgumentException("no sector");
      }
    }

    @Override
    public String code() {
      return "SECTOR_IN";
    }

    @Override
    public String describe() {
      return "sector one of " + String.join(", ", new TreeSet<>(sectors));
    }

    @Override
    public RuleResult judge(EligibilityFacts facts) {
      if (facts.sector().isEmpty()) {
        return RuleResult.unknown(code(), "the sector was not given; required: " + describe());
      }
      String sector = facts.sector().get();
      return sectors.contains(sector)
          ? RuleResult.passed(code(), sector + " is an accepted sector")
          : RuleResult.failed(code(), sector + " is not accepted; " + describe());
    }
  }

  /** The company has the target-group fact {@code flag}. */
  record RequiresFlag(TargetFlag flag) implements EligibilityRule {
    public RequiresFlag {
      Objects.requireNonNull(flag, "flag");
    }

    @Override
    public String code() {
      return "REQUIRES_" + flag.name();
    }

    @Override
    public String describe() {
      return "the company is " + flag;
    }

    @Override
    public RuleResult judge(EligibilityFacts facts) {
      return facts.flags().contains(flag)
          ? RuleResult.passed(code(), "the company is " + flag)
          : RuleResult.failed(code(), "the company is not declared " + flag);
    }
  }

  /** At least one co-financier of an accepted kind takes part. */
  record RequiresCoFinancier(Set<CoFinancierKind> kinds) implements EligibilityRule {
    public RequiresCoFinancier {
      kinds = Set.copyOf(kinds);
      if (kinds.isEmpty()) {
        throw new IllegalArgumentException("no kind");
      }
    }

    @Override
    public String code() {
      return "REQUIRES_CO_FINANCIER";
    }

    @Override
    public String describe() {
      return "alongside a co-financier: one of " + String.join(", ",
          new TreeSet<>(kinds.stream().map(Enum::name).toList()));
    }

    @Override
    public RuleResult judge(EligibilityFacts facts) {
      return facts.coFinanciers().stream().anyMatch(kinds::contains)
          ? RuleResult.passed(code(), "an accepted co-financier takes part")
          : RuleResult.failed(code(), "no accepted co-financier; " + describe());
    }
  }

  /** The money may never pay for {@code use} (a restart loan never repays debts, M8). */
  record ForbiddenUse(UseOfFunds use) implements EligibilityRule {
    public ForbiddenUse {
      Objects.requireNonNull(use, "use");
    }

    @Override
    public String code() {
      return "FORBIDDEN_USE_" + use.name();
    }

    @Override
    public String describe() {
      return "never used for " + use;
    }

    @Override
    public RuleResult judge(EligibilityFacts facts) {
      return facts.useOfFunds().contains(use)
          ? RuleResult.failed(code(), "the money may not be used for " + use)
          : RuleResult.passed(code(), "the declared uses do not include " + use);
    }
  }
}
