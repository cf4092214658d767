package be.brussels.poles.crm.company;

import java.util.List;

/**
 * Finds records that may be the same company as another (the duplicate warning): the search
 * index answers it from the names, and the commune when both records have one.
 */
@FunctionalInterface
public interface SimilarCompanies {

  /** At most {@code limit} live companies other than {@code company} with a similar name. */
  List<Similar> similarTo(Company company, int limit);

  /** A possible duplicate, identity data only. */
  record Similar(String companyId, String enterpriseNumber, String formattedNumber, String name) {}
}
