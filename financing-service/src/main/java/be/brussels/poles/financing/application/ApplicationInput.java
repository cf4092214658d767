package be.brussels.poles.financing.application;

import be.brussels.poles.financing.loan.LoanTerms;
import be.brussels.poles.financing.catalogue.Instrument;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.financing.catalogue.CatalogueInput;
import be.brussels.poles.financing.catalogue.CoFinancierKind;
import be.brussels.poles.financing.catalogue.UseOfFunds;
import be.brussels.poles.financing.loan.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.List;
import java.util.UUID;

/**
 * The one place where REST input becomes checked values. Every problem is collected and reported
 * at once, each naming its field, so a client fixes a form in one round trip.
 */
public final class ApplicationInput {

  static final int MAX_NAME = 200;
  static final int MAX_NOTE = 1000;
  private static final Pattern REFERRAL_ID = Pattern.compile("[A-Za-z0-9-]{1,100}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern RATE = Pattern.compile("\\d{1,2}(\\.\\d{1,4})?");

  private ApplicationInput() {}

  /** Checks a POST body. */
  public static NewApplication newApplication(RecordApplicationRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber number = InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(request.enterpriseNumber(), "enterpriseNumber"));
    Instrument instrument = InputChecks.enumValue(Instrument.class, request.instrument(),
        "instrument", violations);
    Money amount = null;
    if (request.amount() == null) {
      violations.add(new FieldViolation("amount", "is required"));
    } else {
      amount = InputChecks.collect(violations, () -> request.amount().toMoney("amount"));
      if (amount != null) {
        FinancingApplication.checkRequestedAmount(amount, "amount").ifPresent(violations::add);
      }
    }
    FinancingApplication.checkPurpose(request.purpose(), "purpose").ifPresent(violations::add);
    Optional<String> productCode = Optional.ofNullable(request.productCode())
        .filter(code -> !code.isBlank())
        .map(code -> InputChecks.collect(violations,
            () -> CatalogueInput.productCode(code.strip(), "productCode")));
    Set<UseOfFunds> uses = CatalogueInput.enumSet(UseOfFunds.class, request.useOfFunds(),
        "useOfFunds", violations);
    List<Submission.CoFinancier> coFinanciers = coFinanciers(request.coFinanciers(), violations);
    List<String> documents = texts(request.documents(), "documents", Submission.MAX_DOCUMENTS,
        MAX_NAME, violations);
    Optional<String> referralId = Optional.ofNullable(request.referralId())
        .filter(id -> !id.isBlank())
        .map(id -> InputChecks.collect(violations, () -> referralId(id.strip())));
    InputChecks.throwIfAny(violations);
    return new NewApplication(number, instrument, amount, request.purpose().strip(), productCode,
        uses, coFinanciers, documents, referralId);
  }

  /** A CRM referral id: letters, digits and dashes, as the CRM hands them out. */
  private static String referralId(String id) {
    if (!REFERRAL_ID.matcher(id).matches()) {
      throw new InvalidInputException("referralId", "must be a CRM referral id");
    }
    return id;
  }

  private static List<Submission.CoFinancier> coFinanciers(
      List<RecordApplicationRequest.CoFinancierInput> input, List<FieldViolation> violations) {
    if (input == null) {
      return List.of();
    }
    if (input.size() > Submission.MAX_CO_FINANCIERS) {
      violations.add(new FieldViolation("coFinanciers",
          "must have at most " + Submission.MAX_CO_FINANCIERS + " entries"));
      return List.of();
    }
    List<Submission.CoFinancier> result = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      RecordApplicationRequest.CoFinancierInput in = input.get(i);
      String field = "coFinanciers[" + i + "]";
      if (in == null) {
        violations.add(new FieldViolation(field, "is required"));
        continue;
      }
      CoFinancierKind kind = InputChecks.enumValue(CoFinancierKind.class, in.kind(),
          field + ".kind", violations);
      String name = text(in.name(), field + ".name", MAX_NAME, violations);
      if (kind != null && name != null) {
        result.add(new Submission.CoFinancier(kind, name));
      }
    }
    return result;
  }

  /** Checks a payment body; the payment date may not lie after {@code today}. */
  public static Payment payment(PaymentRequest request, LocalDate today, String recordedBy) {
    if (request == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    if (request.version() == null || request.version() < 1) {
      violations.add(new FieldViolation("version", "is required: the version you read"));
    }
    LocalDate paidOn = null;
    if (request.paidOn() == null || !ISO_DATE.matcher(request.paidOn()).matches()) {
      violations.add(new FieldViolation("paidOn", "must be a date such as 2026-12-01"));
    } else {
      try {
        paidOn = LocalDate.parse(request.paidOn());
        if (paidOn.isAfter(today)) {
          violations.add(new FieldViolation("paidOn", "may not be in the future"));
        }
      } catch (java.time.format.DateTimeParseException e) {
        violations.add(new FieldViolation("paidOn", "must be a date such as 2026-12-01"));
      }
    }
    Money amount = null;
    if (request.amount() == null) {
      violations.add(new FieldViolation("amount", "is required"));
    } else {
      amount = InputChecks.collect(violations, () -> request.amount().toMoney("amount"));
      if (amount != null && !amount.isPositive()) {
        violations.add(new FieldViolation("amount.value", "must be more than 0"));
      }
    }
    InputChecks.throwIfAny(violations);
    return new Payment(paidOn, amount, recordedBy);
  }

  /** Checks a transition body; the action decides which other fields matter. */
  public static Transition transition(TransitionRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    Action action = InputChecks.enumValue(Action.class, request.action(), "action", violations);
    if (request.version() == null) {
      violations.add(new FieldViolation("version", "is required: the version you read"));
    } else if (request.version() < 1) {
      violations.add(new FieldViolation("version", "must be 1 or more"));
    }
    String note = optionalText(request.note(), "note", MAX_NOTE, violations);
    String motivation = optionalText(request.motivation(), "motivation",
        FinancingApplication.MAX_TEXT_LENGTH, violations);
    Optional<Analysis> analysis = Optional.empty();
    if (request.riskNotes() != null || request.opinionRequests() != null) {
      analysis = Optional.ofNullable(analysis(request, violations));
    }
    Optional<Money> amount = Optional.ofNullable(request.amount())
        .map(m -> InputChecks.collect(violations, () -> m.toMoney("amount")));
    Optional<LoanTerms> terms = Optional.ofNullable(request.terms())
        .map(t -> terms(t, violations));
    InputChecks.throwIfAny(violations);
    return new Transition(action, request.version(), note, analysis, amount, terms, motivation);
  }

  private static Analysis analysis(TransitionRequest request, List<FieldViolation> violations) {
    String notes = text(request.riskNotes(), "riskNotes", Analysis.MAX_NOTES, violations);
    List<Analysis.OpinionRequest> opinions = new ArrayList<>();
    List<TransitionRequest.OpinionInput> input =
        request.opinionRequests() == null ? List.of() : request.opinionRequests();
    if (input.size() > Analysis.MAX_OPINIONS) {
      violations.add(new FieldViolation("opinionRequests",
          "must have at most " + Analysis.MAX_OPINIONS + " entries"));
      return null;
    }
    for (int i = 0; i < input.size(); i++) {
      TransitionRequest.OpinionInput in = input.get(i);
      String field = "opinionRequests[" + i + "]";
      if (in == null) {
        violations.add(new FieldViolation(field, "is required"));
        continue;
      }
      Analysis.OpinionRequest.Kind kind = InputChecks.enumValue(
          Analysis.OpinionRequest.Kind.class, in.kind(), field + ".kind", violations);
      String from = text(in.from(), field + ".from", MAX_NAME, violations);
      if (kind != null && from != null) {
        opinions.add(new Analysis.OpinionRequest(kind, from));
      }
    }
    return notes == null ? null : new Analysis(notes, opinions);
  }

  private static LoanTerms terms(TransitionRequest.TermsInput t, List<FieldViolation> violations) {
    int before = violations.size();
    Integer duration = t.durationMonths();
    if (duration == null || duration < 1 || duration > LoanTerms.MAX_DURATION_MONTHS) {
      violations.add(new FieldViolation("terms.durationMonths",
          "must be from 1 to " + LoanTerms.MAX_DURATION_MONTHS));
    }
    int grace = t.graceMonths() == null ? 0 : t.graceMonths();
    if (grace < 0 || (duration != null && grace >= duration)) {
      violations.add(new FieldViolation("terms.graceMonths",
          "must be 0 or more and less than the duration"));
    }
    BigDecimal rate = null;
    if (t.annualRatePercent() == null || !RATE.matcher(t.annualRatePercent().strip()).matches()) {
      violations.add(new FieldViolation("terms.annualRatePercent",
          "must be a percentage from 0 to 25 with at most 4 decimals, such as \"3.25\""));
    } else {
      rate = new BigDecimal(t.annualRatePercent().strip());
      if (rate.compareTo(LoanTerms.MAX_RATE) > 0) {
        violations.add(new FieldViolation("terms.annualRatePercent", "must be at most 25"));
      }
    }
    LoanTerms.Repayment repayment = InputChecks.enumValue(LoanTerms.Repayment.class,
        t.repayment(), "terms.repayment", violations);
    if (violations.size() > before) {
      return null;
    }
    return new LoanTerms(duration, rate, repayment, grace);
  }

  private static String text(String value, String field, int max,
      List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new FieldViolation(field, "is required"));
      return null;
    }
    return optionalText(value, field, max, violations);
  }

  private static String optionalText(String value, String field, int max,
      List<FieldViolation> violations) {
    if (value == null) {
      return "";
    }
    String stripped = value.strip();
    if (stripped.codePointCount(0, stripped.length()) > max) {
      violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
      return null;
    }
    return stripped;
  }

  private static List<String> texts(List<String> values, String field, int maxItems, int maxLength,
      List<FieldViolation> violations) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > maxItems) {
      violations.add(new FieldViolation(field, "must have at most " + maxItems + " entries"));
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String text = text(values.get(i), field + "[" + i + "]", maxLength, violations);
      if (text != null) {
        result.add(text);
      }
    }
    return result;
  }

  /** Checks list parameters; absent ones take their defaults (every company, page 0, 50 items). */
  public static ListQuery query(String enterpriseNumber, String page, String size) {
    return ListQuery.parse(enterpriseNumber, page, size);
  }

  /** Checks an id from a path. */
  public static UUID applicationId(String id) {
    return InputChecks.uuid(id, "applicationId");
  }

}
