package be.brussels.poles.crm.referral;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where referrals are kept, one document each. */
public interface ReferralStore {

  void insert(Referral referral);

  Optional<Referral> findById(String referralId);

  /**
   * Replaces the stored referral if it is still at {@code expectedVersion}.
   *
   * @return false when someone else changed it since
   */
  boolean replace(Referral changed, long expectedVersion);

  /**
   * What an inbox asks for; every criterion optional, combined with AND.
   *
   * @param agencyToAct the agency expected to act next
   * @param person a person involved: the assignee of an open referral or its referrer
   * @param involving the referring or the receiving agency
   * @param states empty: every state
   * @param overdueAt only referrals whose current state was due before this instant
   */
  record Query(Optional<Agency> agencyToAct, Optional<String> person, Optional<Agency> involving,
      Set<ReferralState> states, Optional<EnterpriseNumber> company, Optional<Instant> overdueAt,
      boolean newestFirst) {}

  /** Matching referrals, sorted on the time they were sent. */
  Page<Referral> find(Query query, PageQuery page);

  /**
   * The referrals sent in [from, until), reduced to what indicators count: no company, no
   * person, no text.
   *
   * @param answeredAt when it was accepted or declined, if it was
   * @param reportedAt when its outcome was reported, if it was
   */
  record OutcomeRow(Agency fromAgency, Agency toAgency, ReferralState state,
      Optional<String> outcomeCode, Instant sentAt, Optional<Instant> answeredAt,
      Optional<Instant> reportedAt) {}

  List<OutcomeRow> outcomeRows(Instant from, Instant until);
}
