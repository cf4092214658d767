package be.brussels.poles.crm.access;

/**
 * The kinds of protected data a sharing grant can open and an access-log entry records. Identity
 * data (KBO) and the shared headline (who works with a company, contact, stage) are open to every
 * partner agency and are no category here.
 */
public enum DataCategory {
  /** Confidential detail of an agency's work: notes, amounts, decisions, referral reasons. */
  CONFIDENTIAL_DETAIL,
  /** Personal data of persons linked to a company (founders, managers, contacts). */
  PERSONAL_DATA,
  /** Actiris recruitment needs: vacancies, preselections, job datings. */
  RECRUITMENT
}
