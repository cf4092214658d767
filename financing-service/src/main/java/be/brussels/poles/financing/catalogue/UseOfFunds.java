package be.brussels.poles.financing.catalogue;

/**
 * What the money pays for. The restart uses are those of SBA measure M8 (L1185-1221): consultancy,
 * process improvement, investment, new commercial channels; never the repayment of debts.
 */
public enum UseOfFunds {
  INVESTMENT, WORKING_CAPITAL, CONSULTANCY, PROCESS_IMPROVEMENT, NEW_COMMERCIAL_CHANNELS,
  EXPORT_DEVELOPMENT, DEBT_REPAYMENT
}
