package be.brussels.poles.crm.company;

/**
 * Flags staff set on a company (domain brief §9 D3, D18, D36), plus the KBO alert the import
 * sets when the company's status changes (ceased, bankruptcy, ...).
 */
public enum CompanyFlag {
  HIGH_POTENTIAL, FARMING, REGIONAL_INTEREST, KEY_ACCOUNT,
  /** On the restart ("doorstart") path. */
  RESTART,
  /** On the transfer/takeover path. */
  TRANSFER,
  /** Set by the KBO import: the status or juridical situation changed to an ending one. */
  KBO_STATUS_ALERT
}
