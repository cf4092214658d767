package be.brussels.poles.crm.referral;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many Belgian working days each state may last before the referral is overdue, per state
 * (configuration: {@code poles.referrals.sla.*}). A state without a limit never falls overdue.
 */
public final class ReferralSla {

  private final Map<ReferralState, Integer> workingDays;

  public ReferralSla(Map<ReferralState, Integer> workingDays) {
    this.workingDays = workingDays.isEmpty() ? Map.of() : new EnumMap<>(workingDays);
    this.workingDays.forEach((state, days) -> {
      if (days == null || days < 1 || state.isFinal()) {
        throw new IllegalArgumentException("SLA of " + state + ": " + days
            + " (a positive number of working days, none for CLOSED)");
      }
    });
  }

  /** When a referral that entered {@code state} at {@code enteredAt} falls overdue. */
  public Optional<Instant> dueAt(ReferralState state, Instant enteredAt) {
    return Optional.ofNullable(workingDays.get(state))
        .map(days -> BelgianWorkingDays.deadline(enteredAt, days));
  }

  public Optional<Integer> workingDays(ReferralState state) {
    return Optional.ofNullable(workingDays.get(state));
  }
}
