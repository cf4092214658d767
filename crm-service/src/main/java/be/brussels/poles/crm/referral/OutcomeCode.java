package be.brussels.poles.crm.referral;

/** What came of a referral, as the receiving agency reports it (indicators count these). */
public enum OutcomeCode {
  SUPPORT_GIVEN,
  FINANCING_GRANTED,
  FINANCING_REFUSED,
  PREMISES_FOUND,
  RECRUITMENT_SUPPORTED,
  REFERRED_ELSEWHERE,
  NO_FOLLOW_UP
}
