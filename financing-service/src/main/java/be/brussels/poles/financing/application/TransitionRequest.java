package be.brussels.poles.financing.application;

import be.brussels.poles.kit.web.MoneyInput;
import java.util.List;

/**
 * The body of {@code POST /applications/{id}/transitions}, as received.
 *
 * @param action one of {@link Action}
 * @param version the version the client read (optimistic locking: another one is a 409)
 * @param note a short comment for the audit trail; required to WITHDRAW
 * @param riskNotes RECORD_ANALYSIS: the analyst's risk notes
 * @param opinionRequests RECORD_ANALYSIS: opinions asked of a sector expert or a cluster
 * @param amount APPROVE: the amount granted
 * @param terms APPROVE of a loan: duration, rate, repayment, grace period
 * @param motivation REFUSE and WRITE_OFF: required, at least 20 characters
 */
public record TransitionRequest(String action, Long version, String note, String riskNotes,
    List<OpinionInput> opinionRequests, MoneyInput amount, TermsInput terms, String motivation) {

  /** {"kind": "SECTOR_EXPERT" or "CLUSTER", "from": "software.brussels"}. */
  public record OpinionInput(String kind, String from) {}

  /** Durations in months; the rate as text ("3.25"), percent a year. */
  public record TermsInput(Integer durationMonths, String annualRatePercent, String repayment,
      Integer graceMonths) {}
}
