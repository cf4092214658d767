package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
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

  private final UUID applicationId;
  private final EnterpriseNumber enterpriseNumber;
  private final String companyName;
  private final boolean companyVerified;
  private final Instrument instrument;
  private final Money requestedAmount;
  private final String purpose;
  private final Agency agency;
  private final StaffContact analyst;
  private final ApplicationStage stage;
  private final Instant submittedAt;
  private final long version;

  private FinancingApplication(UUID applicationId, EnterpriseNumber enterpriseNumber,
      String companyName, boolean companyVerified, Instrument instrument, Money requestedAmount,
      String purpose, Agency agency, StaffContact analyst, ApplicationStage stage,
      Instant submittedAt, long version) {
    this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
    this.enterpriseNumber = Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    this.companyName = Objects.requireNonNullElse(companyName, "");
    this.companyVerified = companyVerified;
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    this.requestedAmount = Objects.requireNonNull(requestedAmount, "requestedAmount");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.agency = Objects.requireNonNull(agency, "agency");
    this.analyst = Objects.requireNonNull(analyst, "analyst");
    this.stage = Objects.requireNonNull(stage, "stage");
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
      String purpose, Agency agency, StaffContact analyst, Instant submittedAt) {
    requireHandledBy(agency, instrument);
    List<FieldViolation> violations = new ArrayList<>();
    checkRequestedAmount(requestedAmount, "amount").ifPresent(violations::add);
    checkPurpose(purpose, "purpose").ifPresent(violations::add);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new FinancingApplication(applicationId, enterpriseNumber, companyName, companyVerified,
        instrument, requestedAmount, purpose.strip(), agency, analyst, ApplicationStage.SUBMITTED,
        submittedAt, 1);
  }

  /** Rebuilds an application as stored; the rules were checked when it was recorded. */
  public static FinancingApplication restore(UUID applicationId, EnterpriseNumber enterpriseNumber,
      String companyName, boolean companyVerified, Instrument instrument, Money requestedAmount,
      String purpose, Agency agency, StaffContact analyst, ApplicationStage stage,
      Instant submittedAt, long version) {
    return new FinancingApplication(applicationId, enterpriseNumber, companyName, companyVerified,
        instrument, requestedAmount, purpose, agency, analyst, stage, submittedAt, version);
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

  /** Incremented by every stored change; a write based on an older version is refused. */
  public long version() {
    return version;
  }
}
