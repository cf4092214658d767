package be.brussels.poles.crm.search;

/** How search results are ordered; ties are broken by enterprise number. */
public enum SearchSort {
  /** Name A-Z, accents and case ignored. */
  NAME,
  /** Enterprise number ascending. */
  ENTERPRISE_NUMBER,
  /** Most recently registered in the CRM first. */
  REGISTERED_AT
}
