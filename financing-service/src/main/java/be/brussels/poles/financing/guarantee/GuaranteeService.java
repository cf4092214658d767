package be.brussels.poles.financing.guarantee;

import be.brussels.poles.kit.crm.CompanyLookup;
import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.PoleAccess;
import be.brussels.poles.kit.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Guarantees of the Brussels Guarantee Fund: recorded by its staff, approved automatically
 * under the configured threshold (M35: automatic guarantees below thresholds) when the fund's
 * ceiling allows, otherwise decided by its committee role. Every decision is a journey event.
 */
@Service
public class GuaranteeService {

  private final GuaranteeRepository repository;
  private final CrmCompanyDirectory crm;
  private final Clock clock;
  private final Money autoApprovalThreshold;
  private final Money ceiling;

  public GuaranteeService(GuaranteeRepository repository, CrmCompanyDirectory crm, Clock clock,
      @Value("${poles.guarantees.auto-approval-threshold}") BigDecimal threshold,
      @Value("${poles.guarantees.ceiling}") BigDecimal ceiling) {
    this.repository = repository;
    this.crm = crm;
    this.clock = clock;
    this.autoApprovalThreshold = Money.of(threshold, Money.EUR, "auto-approval-threshold");
    this.ceiling = Money.of(ceiling, Money.EUR, "ceiling");
  }

  static void requireFundStaff(Caller caller, Role... roles) {
    PoleAccess.requirePoleStaff(caller, Agency.Pole.FINANCING, "guarantees");
    if (!caller.belongsTo(Agency.GUARANTEE_FUND)) {
      throw new AccessDeniedException("guarantees are the Brussels Guarantee Fund's");
    }
    caller.requireAnyRole(roles);
  }

  public Guarantee record(Caller caller, GuaranteeRequest request) {
    requireFundStaff(caller, Role.ANALYST, Role.MANAGER, Role.ADMIN);
    GuaranteeInput.NewGuarantee in = GuaranteeInput.of(request);
    CompanyLookup company = crm.resolve(in.enterpriseNumber());
    if (company.status() == CompanyLookup.Status.UNKNOWN) {
      throw new BusinessRuleException("enterpriseNumber", "is not registered in the CRM");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Guarantee g = new Guarantee(UUID.randomUUID().toString(), in.enterpriseNumber(), in.bank(),
        in.creditAmount(), in.coveragePercent(), in.split(), in.flatFee(), in.type(),
        caller.displayName(), now, Guarantee.Status.REQUESTED, "", "", 1);
    Money outstanding = repository.outstanding();
    boolean automatic = !g.guaranteedAmount().isGreaterThan(autoApprovalThreshold)
        && !outstanding.plus(g.guaranteedAmount()).isGreaterThan(ceiling);
    if (automatic) {
      g.decide(true, "automatic approval under " + autoApprovalThreshold.display(), "",
          outstanding, ceiling);
    }
    repository.insert(g, event(g, caller, now));
    return g;
  }

  public Guarantee decide(Caller caller, String id, GuaranteeRequest.Decision decision) {
    requireFundStaff(caller, Role.COMMITTEE);
    if (decision == null || decision.version() == null || decision.approve() == null) {
      throw new be.brussels.poles.kit.error.InvalidInputException("version, approve",
          "are required");
    }
    Guarantee g = get(caller, id);
    if (g.version() != decision.version()) {
      throw new ConflictException("guarantee " + id + " is at version " + g.version());
    }
    g.decide(decision.approve(), caller.displayName(), decision.motivation(),
        repository.outstanding(), ceiling);
    repository.saveDecision(g, event(g, caller, clock.instant()));
    return get(caller, id);
  }

  public Guarantee get(Caller caller, String id) {
    requireFundStaff(caller, Role.ANALYST, Role.COMMITTEE, Role.MANAGER, Role.AUDITOR,
        Role.ADMIN, Role.INTAKE);
    return repository.findById(id).orElseThrow(() -> new NotFoundException("no guarantee " + id));
  }

  public Page<Guarantee> list(Caller caller, ListQuery query) {
    requireFundStaff(caller, Role.ANALYST, Role.COMMITTEE, Role.MANAGER, Role.AUDITOR,
        Role.ADMIN, Role.INTAKE);
    return repository.page(query);
  }

  /** The fund's approved guarantees against its ceiling. */
  public Money[] outstandingAndCeiling(Caller caller) {
    requireFundStaff(caller, Role.ANALYST, Role.COMMITTEE, Role.MANAGER, Role.AUDITOR,
        Role.ADMIN, Role.INTAKE);
    return new Money[] {repository.outstanding(), ceiling, autoApprovalThreshold};
  }

  private static PendingJourneyEvent event(Guarantee g, Caller caller, Instant at) {
    String verb = g.status().name().toLowerCase(java.util.Locale.ROOT);
    return PendingJourneyEvent.create(g.enterpriseNumber(), Agency.GUARANTEE_FUND,
        "financing.guarantee." + verb, at, "Guarantee of the Brussels Guarantee Fund " + verb
            + " (" + g.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")",
        caller.displayName(), caller.email(), Confidentiality.CONFIDENTIAL,
        "Bank: " + g.bank() + "\nCredit: " + g.creditAmount().display() + "\nGuaranteed: "
            + g.guaranteedAmount().display() + "\nFlat fee: " + g.flatFee().display()
            + (g.decidedBy().isEmpty() ? "" : "\nDecided by: " + g.decidedBy())
            + (g.motivation().isEmpty() ? "" : "\nMotivation: " + g.motivation()),
        g.guaranteeId());
  }
}
