package be.brussels.poles.crm.journey;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import java.time.Instant;
import be.brussels.poles.kit.security.Agency;
import java.util.List;
import java.util.Set;

/** Where journey events are kept, append-only and unique per event id. */
public interface JourneyStore {

  /**
   * Stores the events whose id is new; an id already stored is counted as a duplicate and left
   * unchanged. Events are independent: one duplicate does not stop the others.
   *
   * @param receivedAt when the CRM received them
   */
  AppendResult append(List<JourneyEvent> events, Instant receivedAt);

  /** How many of the company's events match {@code filter}. */
  long count(EnterpriseNumber company, JourneyFilter filter);

  /**
   * The company's events matching {@code filter}, in its order on {@code occurredAt} (ties by
   * event id ascending).
   */
  List<JourneyEvent> find(EnterpriseNumber company, JourneyFilter filter, long offset, int limit);

  /**
   * The latest event of each agency that has recorded anything about the company, newest first:
   * who works with it and where they stand.
   */
  List<JourneyEvent> latestPerAgency(EnterpriseNumber company);

  /**
   * Who supported which company in a period, without any detail: one row per agency, type and
   * company that has a pole's event (not the CRM's own) occurring in [from, until).
   */
  List<SupportRow> supportRows(Instant from, Instant until);

  /** The companies that have at least one event of {@code type}. */
  Set<String> companiesWithType(String type);

  /** One agency's support of one company with one type of event, for indicators. */
  record SupportRow(Agency agency, String type, String enterpriseNumber) {}
}
