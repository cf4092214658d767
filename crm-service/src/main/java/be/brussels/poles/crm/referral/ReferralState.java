package be.brussels.poles.crm.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands. The loop: the referrer sends it; the receiving agency acknowledges
 * receipt, then accepts or declines (with a reason); an accepted referral is taken in progress
 * (the receiving pole opens its file linked to it); the receiver reports the outcome (code and
 * note), which notifies the referrer; the referrer closes the loop by acknowledging. A declined
 * referral also notifies the referrer, who closes it the same way.
 */
public enum ReferralState {
  SENT, RECEIVED, ACCEPTED, DECLINED, IN_PROGRESS, OUTCOME_REPORTED, CLOSED;

  /** The states from which each state may be reached. */
  public Set<ReferralState> reachableFrom() {
    return switch (this) {
      case SENT -> EnumSet.noneOf(ReferralState.class);
      case RECEIVED -> EnumSet.of(SENT);
      // answering without a separate receipt is allowed: receipt is implied
      case ACCEPTED, DECLINED -> EnumSet.of(SENT, RECEIVED);
      case IN_PROGRESS -> EnumSet.of(ACCEPTED);
      case OUTCOME_REPORTED -> EnumSet.of(IN_PROGRESS);
      case CLOSED -> EnumSet.of(DECLINED, OUTCOME_REPORTED);
    };
  }

  /** Whether the receiving agency (not the referrer) is the one expected to act next. */
  public boolean receiverActsNext() {
    return this == SENT || this == RECEIVED || this == ACCEPTED || this == IN_PROGRESS;
  }

  /** Whether the referrer is expected to act next (it has been notified of an answer). */
  public boolean referrerActsNext() {
    return this == DECLINED || this == OUTCOME_REPORTED;
  }

  public boolean isFinal() {
    return this == CLOSED;
  }
}
