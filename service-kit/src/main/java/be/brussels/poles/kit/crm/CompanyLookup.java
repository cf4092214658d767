package be.brussels.poles.kit.crm;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;

/**
 * What the CRM said about a company a pole is about to work on.
 *
 * @param status FOUND, UNKNOWN (the CRM answered: no such company) or UNAVAILABLE (no answer
 *     in time; the pole may go on and let the journey event catch up later)
 * @param name the registered name when found, else empty
 */
public record CompanyLookup(EnterpriseNumber enterpriseNumber, Status status, String companyId,
    String name) {

  public enum Status { FOUND, UNKNOWN, UNAVAILABLE }

  public static CompanyLookup found(EnterpriseNumber number, String companyId, String name) {
    return new CompanyLookup(number, Status.FOUND, companyId, name);
  }

  public static CompanyLookup unknown(EnterpriseNumber number) {
    return new CompanyLookup(number, Status.UNKNOWN, "", "");
  }

  public static CompanyLookup unavailable(EnterpriseNumber number) {
    return new CompanyLookup(number, Status.UNAVAILABLE, "", "");
  }
}
