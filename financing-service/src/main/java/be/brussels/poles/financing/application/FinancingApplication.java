package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import be.brussels.poles.financing.catalogue.Product;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.financing.loan.LoanAccount;
import be.brussels.poles.financing.loan.Payment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A company's request for a financing instrument, recorded by an analyst of finance.brussels or
 * of the Brussels Guarantee Fund. The requested amount and the purpose are confidential detail:
 * only the financing pole reads them. Free of Spring, gRPC and the database driver.
 */
public final class FinancingApplication {

  /** The largest amount an application may ask for. */
  public static final Money MAX_REQUESTED_AMOUNT = Money.euros("10000000.00");
  public static final int MAX_PURPOSE_LENGTH = 500;
  /** A refusal's motivation is explained, not a word: at least this many characters. */
  public static final int MIN_MOTIVATION_LENGTH = 20;
  public static final int MAX_TEXT_LENGTH = 4000;
  /** Due dates are Brussels dates. */
  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private final UUID applicationId;
  private final EnterpriseNumber enterpriseNumber;
  private final String companyName;
  private final boolean companyVerified;
  private final Instrument instrument;
  private final Money requestedAmount;
  private final String purpose;
  private final Agency agency;
  private final Submission submission;
  private final Instant submittedAt;
  private final long version;
  // the workflow state: changed by advance() and hold(), saved with a version check
  private StaffContact analyst;
  private ApplicationStage stage;
  private Analysis analysis;
  private Optional<Decision> decision;
  private String holdReason;
  private Optional<LoanAccount> loan;
  private final List<AuditEntry> history;

  private FinancingApplication(UUID applicationId, EnterpriseNumber enterpriseNumber,
      String companyName, boolean companyVerified, Instrument instrument, Money requestedAmount,
      String purpose, Agency agency, Submission submission, StaffContact analyst,
      ApplicationStage stage, Analysis analysis, Optional<Decision> decision, String holdReason,
      Optional<LoanAccount> loan, List<AuditEntry> history, Instant submittedAt, long version) {
    this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
    this.enterpriseNumber = Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    this.companyName = Objects.requireNonNullElse(companyName, "");
    this.companyVerified = companyVerified;
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    this.requestedAmount = Objects.requireNonNull(requestedAmount, "requestedAmount");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.agency = Objects.requireNonNull(agency, "agency");
    this.submission = Objects.requireNonNull(submission, "submission");
    this.analyst = Objects.requireNonNull(analyst, "analyst");
    this.stage = Objects.requireNonNull(stage, "stage");
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.decision = Objects.requireNonNull(decision, "decision");
    this.holdReason = Objects.requireNonNullElse(holdReason, "");
    this.loan = Objects.requireNonNull(loan, "loan");
    this.history = new ArrayList<>(history);
    this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
    this.version = version;
  }

  /**
   * Records a new application at stage SUBMITTED, version 1.
   *
   * @param companyName the CRM's name for the company, empty when the CRM could not be asked
   * @param companyVerified whether the CRM confirmed the company when it was recorded
   * @throws AccessDeniedException when {@code agency} is not a financing agency
   * @throws BusinessRuleException when the agency does not handle the instrument
   * @throws InvalidInputException when the amount or the purpose breaks its rule
   */
  public static FinancingApplication submit(UUID applicationId, EnterpriseNumber enterpriseNumber,
      String companyName, boolean companyVerified, Instrument instrument, Money requestedAmount,
      String purpose, Agency agency, StaffContact analyst, Submission submission,
      Instant submittedAt) {
    requireHandledBy(agency, instrument);
    List<FieldViolation> violations = new ArrayList<>();
    checkRequestedAmount(requestedAmount, "amount").ifPresent(violations::add);
    checkPurpose(purpose, "purpose").ifPresent(violations::add);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    AuditEntry created = new AuditEntry(submittedAt, "SUBMIT", ApplicationStage.SUBMITTED,
        ApplicationStage.SUBMITTED, "", analyst.name(), agency.name(), "recorded");
    return new FinancingApplication(applicationId, enterpriseNumber, companyName, companyVerified,
        instrument, requestedAmount, purpose.strip(), agency, submission, analyst,
        ApplicationStage.SUBMITTED, Analysis.none(), Optional.empty(), "", Optional.empty(),
        List.of(created), submittedAt, 1);
  }

  /** Rebuilds an application as stored; the rules were checked when it was recorded. */
  public static FinancingApplication restore(UUID applicationId, EnterpriseNumber enterpriseNumber,
      String companyName, boolean companyVerified, Instrument instrument, Money requestedAmount,
      String purpose, Agency agency, Submission submission, StaffContact analyst,
      ApplicationStage stage, Analysis analysis, Optional<Decision> decision, String holdReason,
      Optional<LoanAccount> loan, List<AuditEntry> history, Instant submittedAt, long version) {
    return new FinancingApplication(applicationId, enterpriseNumber, companyName, companyVerified,
        instrument, requestedAmount, purpose, agency, submission, analyst, stage, analysis,
        decision, holdReason, loan, history, submittedAt, version);
  }

  /**
   * Takes one workflow step on behalf of {@code actor}: checks that the step is allowed from the
   * current stage, that a committee decision comes from the committee role, and the step's own
   * rules (a refusal is motivated, an approval has an amount within the product's range and,
   * for a loan, its terms), then records it in the audit trail. The guidance check of
   * SUBMIT_TO_COMMITTEE and RESUME is the caller's (it needs the guidance service).
   *
   * @throws AccessDeniedException when the actor may not take the step
   * @throws BusinessRuleException when the stage or a rule forbids it
   * @throws InvalidInputException when a value the step needs is missing or wrong
   */
  public void advance(Transition t, Caller actor, Product product, Instant now) {
    Action action = t.action();
    requireMayTake(action, actor);
    String summary = t.note();
    switch (action) {
      case START_ANALYSIS:
        analyst = new StaffContact(actor.displayName(), actor.email());
        break;
      case RECORD_ANALYSIS:
        analysis = t.analysis().orElseThrow(
            () -> new InvalidInputException("riskNotes", "is required"));
        summary = analysis.opinionRequests().isEmpty() ? "risk notes recorded"
            : "risk notes recorded; opinion requested of " + analysis.opinionRequests().stream()
                .map(o -> o.from() + " (" + o.kind() + ")").reduce((a, b) -> a + ", " + b)
                .orElse("");
        break;
      case SUBMIT_TO_COMMITTEE:
        if (analysis.riskNotes().isBlank()) {
          throw new BusinessRuleException("riskNotes",
              "the analysis must record risk notes before the committee");
        }
        break;
      case APPROVE:
        decision = Optional.of(approval(t, actor, product, now));
        summary = "approved";
        break;
      case REFUSE:
        requireMotivation(t.motivation());
        decision = Optional.of(new Decision(Decision.Outcome.REFUSED, Optional.empty(),
            Optional.empty(), t.motivation().strip(), contactOf(actor), now));
        summary = "refused: " + t.motivation().strip();
        break;
      case WRITE_OFF:
        requireMotivation(t.motivation());
        summary = "written off: " + t.motivation().strip();
        break;
      case START_REPAYMENT:
        if (!instrument.isLoan()) {
          throw new BusinessRuleException("action", instrument + " is not repaid on a schedule");
        }
        Decision approved = decision.orElseThrow();
        // first instalment one month after the start, in Brussels time
        LocalDate firstDueOn = LocalDate.ofInstant(now, BRUSSELS).plusMonths(1);
        loan = Optional.of(LoanAccount.open(approved.amount().orElseThrow(),
            approved.terms().orElseThrow(), firstDueOn));
        summary = "repayment schedule from " + firstDueOn;
        break;
      case WITHDRAW:
        if (t.note().isBlank()) {
          throw new InvalidInputException("note", "is required: why the application is withdrawn");
        }
        break;
      default:
        break;
    }
    record(action.name(), action.target(), actor, summary, now);
    holdReason = "";
  }

  /**
   * Records a repayment of the loan.
   *
   * @throws BusinessRuleException when the application is not being repaid or the payment is
   *     more than what is still owed
   */
  public void recordPayment(Payment payment, Caller actor, Instant now) {
    requireActorMay(Action.START_REPAYMENT, actor);
    if (stage != ApplicationStage.REPAYING || loan.isEmpty()) {
      throw new BusinessRuleException("action", "payments are recorded while REPAYING, not at "
          + stage);
    }
    loan.get().pay(payment);
    history.add(new AuditEntry(now, "PAYMENT", stage, stage, actor.subject(),
        actor.displayName(), actor.agency().map(Agency::name).orElse(""),
        "payment of " + payment.amount().display() + " on " + payment.paidOn()));
  }

  /** Flags or clears the loan's arrears as of {@code asOf}; empty when nothing changed. */
  public Optional<LoanAccount.ArrearsChange> reviewArrears(LocalDate asOf) {
    if (stage != ApplicationStage.REPAYING) {
      return Optional.empty();
    }
    return loan.flatMap(l -> l.reviewArrears(asOf));
  }

  /**
   * Puts the application on hold because something outside the pole could not answer (the
   * guidance service): it is neither sent on nor refused until someone resumes it.
   */
  public void hold(String reason, Caller actor, Instant now) {
    holdReason = Objects.requireNonNull(reason, "reason");
    record("HOLD", ApplicationStage.ON_HOLD, actor, reason, now);
  }

  private void record(String action, ApplicationStage to, Caller actor, String summary,
      Instant now) {
    history.add(new AuditEntry(now, action, stage, to, actor.subject(), actor.displayName(),
        actor.agency().map(Agency::name).orElse(""), truncate(summary)));
    stage = to;
  }

  private static String truncate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 299) + "…";
  }

  /**
   * Checks that {@code actor} may take {@code action} now: the owning agency's staff, the
   * committee role for a committee decision, and a stage the action starts from.
   */
  public void requireMayTake(Action action, Caller actor) {
    requireActorMay(action, actor);
    if (!action.allowedFrom(stage)) {
      throw new BusinessRuleException("action", action + " is not possible at stage " + stage);
    }
  }

  private void requireActorMay(Action action, Caller actor) {
    if (!actor.agency().map(this::isOwnedBy).orElse(false)) {
      throw new AccessDeniedException("only " + agency + " staff move this application");
    }
    if (action.isCommitteeDecision()) {
      actor.requireAnyRole(Role.COMMITTEE);
    } else {
      actor.requireAnyRole(Role.ANALYST, Role.ADVISOR, Role.MANAGER, Role.ADMIN, Role.COMMITTEE);
    }
  }

  private Decision approval(Transition t, Caller actor, Product product, Instant now) {
    List<FieldViolation> violations = new ArrayList<>();
    Money amount = t.amount().orElse(null);
    if (amount == null) {
      violations.add(new FieldViolation("amount", "is required"));
    } else {
      checkRequestedAmount(amount, "amount").ifPresent(violations::add);
      checkWithinProduct(amount, product, "amount").ifPresent(violations::add);
    }
    if (instrument.isLoan() && t.terms().isEmpty()) {
      violations.add(new FieldViolation("terms", "are required for a loan"));
    }
    if (!instrument.isLoan() && t.terms().isPresent()) {
      violations.add(new FieldViolation("terms", "apply to loans only"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new Decision(Decision.Outcome.APPROVED, Optional.of(amount), t.terms(), "",
        contactOf(actor), now);
  }

  /** The product's amount range, when it has one, reported against {@code field}. */
  public static Optional<FieldViolation> checkWithinProduct(Money amount, Product product,
      String field) {
    if (product.minAmount().isPresent() && product.minAmount().get().isGreaterThan(amount)) {
      return Optional.of(new FieldViolation(field + ".value", "must be at least "
          + product.minAmount().get().amount().toPlainString() + " for " + product.code()));
    }
    if (product.maxAmount().isPresent() && amount.isGreaterThan(product.maxAmount().get())) {
      return Optional.of(new FieldViolation(field + ".value", "must be at most "
          + product.maxAmount().get().amount().toPlainString() + " for " + product.code()));
    }
    return Optional.empty();
  }

  private static void requireMotivation(String motivation) {
    String stripped = motivation.strip();
    if (stripped.length() < MIN_MOTIVATION_LENGTH) {
      throw new InvalidInputException("motivation",
          "is required: explain the decision in at least " + MIN_MOTIVATION_LENGTH + " characters");
    }
    if (stripped.length() > MAX_TEXT_LENGTH) {
      throw new InvalidInputException("motivation",
          "must be at most " + MAX_TEXT_LENGTH + " characters");
    }
  }

  private static StaffContact contactOf(Caller actor) {
    return new StaffContact(actor.displayName(), actor.email());
  }

  /**
   * Only the financing pole's agencies record applications, and a guarantee only the Brussels
   * Guarantee Fund (a guarantee is risk sharing on a bank credit, not finance.brussels money).
   */
  public static void requireHandledBy(Agency agency, Instrument instrument) {
    if (agency.pole() != Agency.Pole.FINANCING) {
      throw new AccessDeniedException(agency + " does not record financing applications");
    }
    Optional<Agency> only = instrument.onlyAgency();
    if (only.isPresent() && only.get() != agency) {
      throw new BusinessRuleException("instrument",
          instrument + " applications are recorded by " + only.get() + " only");
    }
  }

  /** More than zero, at most {@link #MAX_REQUESTED_AMOUNT}, in euros; reported against {@code field}. */
  public static Optional<FieldViolation> checkRequestedAmount(Money amount, String field) {
    if (!Money.EUR.equals(amount.currencyCode())) {
      return Optional.of(new FieldViolation(field + ".currency", "must be EUR"));
    }
    if (!amount.isPositive()) {
      return Optional.of(new FieldViolation(field + ".value", "must be more than 0"));
    }
    if (amount.isGreaterThan(MAX_REQUESTED_AMOUNT)) {
      return Optional.of(new FieldViolation(field + ".value",
          "must be at most " + MAX_REQUESTED_AMOUNT.amount().toPlainString()));
    }
    return Optional.empty();
  }

  /** 1-500 characters once surrounding blanks are removed. */
  public static Optional<FieldViolation> checkPurpose(String purpose, String field) {
    if (purpose == null || purpose.isBlank()) {
      return Optional.of(new FieldViolation(field, "is required"));
    }
    String stripped = purpose.strip();
    if (stripped.codePointCount(0, stripped.length()) > MAX_PURPOSE_LENGTH) {
      return Optional.of(new FieldViolation(field,
          "must be at most " + MAX_PURPOSE_LENGTH + " characters"));
    }
    return Optional.empty();
  }

  /** True when {@code candidate} owns the application and so reads its confidential detail. */
  public boolean isOwnedBy(Agency candidate) {
    return agency == candidate;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public EnterpriseNumber enterpriseNumber() {
    return enterpriseNumber;
  }

  /** The CRM's name for the company; empty when it was recorded while the CRM was unavailable. */
  public String companyName() {
    return companyName;
  }

  public boolean companyVerified() {
    return companyVerified;
  }

  public Instrument instrument() {
    return instrument;
  }

  /** Confidential detail. */
  public Money requestedAmount() {
    return requestedAmount;
  }

  /** Confidential detail. */
  public String purpose() {
    return purpose;
  }

  /** The owning agency: the recorder's. */
  public Agency agency() {
    return agency;
  }

  /** The analyst who recorded the application and handles it. */
  public StaffContact analyst() {
    return analyst;
  }

  public ApplicationStage stage() {
    return stage;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Submission submission() {
    return submission;
  }

  public Analysis analysis() {
    return analysis;
  }

  public Optional<Decision> decision() {
    return decision;
  }

  /** The loan being repaid, from START_REPAYMENT on. */
  public Optional<LoanAccount> loan() {
    return loan;
  }

  /** Why the application is on hold; empty otherwise. */
  public String holdReason() {
    return holdReason;
  }

  /** Every step, oldest first: who, when, what. */
  public List<AuditEntry> history() {
    return List.copyOf(history);
  }

  /** Incremented by every stored change; a write based on an older version is refused. */
  public long version() {
    return version;
  }
}
