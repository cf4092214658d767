package be.brussels.poles.financing.application;

import be.brussels.poles.kit.money.Money;
import java.util.List;

/**
 * An application as the REST API returns it to financing-pole staff. Amounts are strings
 * ("25000.00") so that no client reads them into a floating-point number.
 */
public record ApplicationView(
    String applicationId,
    String enterpriseNumber,
    String companyName,
    boolean companyVerified,
    String instrument,
    String productCode,
    AmountView amount,
    String purpose,
    List<String> useOfFunds,
    List<CoFinancierView> coFinanciers,
    List<String> documents,
    ReferralView referral,
    String agency,
    ContactView analyst,
    String stage,
    String holdReason,
    AnalysisView analysis,
    DecisionView decision,
    List<AuditEntryView> history,
    String submittedAt,
    long version) {

  public record AmountView(String currency, String value) {}

  public record ContactView(String name, String email) {}

  public record CoFinancierView(String kind, String name) {}

  /** {@code agency} null when the CRM could not say who referred. */
  public record ReferralView(String referralId, String agency, ContactView referrer) {}

  public record OpinionView(String kind, String from) {}

  public record AnalysisView(String riskNotes, List<OpinionView> opinionRequests) {}

  public record TermsView(int durationMonths, String annualRatePercent, String repayment,
      int graceMonths) {}

  public record DecisionView(String outcome, AmountView amount, TermsView terms,
      String motivation, ContactView decidedBy, String decidedAt) {}

  public record AuditEntryView(String at, String action, String from, String to,
      String actorName, String actorAgency, String summary) {}

  static ApplicationView of(FinancingApplication a) {
    Submission s = a.submission();
    return new ApplicationView(
        a.applicationId().toString(),
        a.enterpriseNumber().value(),
        a.companyName(),
        a.companyVerified(),
        a.instrument().name(),
        s.productCode(),
        amount(a.requestedAmount()),
        a.purpose(),
        s.useOfFunds().stream().map(Enum::name).sorted().toList(),
        s.coFinanciers().stream().map(c -> new CoFinancierView(c.kind().name(), c.name()))
            .toList(),
        s.documents(),
        s.referral().map(r -> new ReferralView(r.referralId(),
            r.referrerAgency().map(Enum::name).orElse(null), contact(r.referrer())))
            .orElse(null),
        a.agency().name(),
        contact(a.analyst()),
        a.stage().name(),
        a.holdReason(),
        new AnalysisView(a.analysis().riskNotes(), a.analysis().opinionRequests().stream()
            .map(o -> new OpinionView(o.kind().name(), o.from())).toList()),
        a.decision().map(d -> new DecisionView(d.outcome().name(),
            d.amount().map(ApplicationView::amount).orElse(null),
            d.terms().map(t -> new TermsView(t.durationMonths(),
                t.annualRatePercent().toPlainString(), t.repayment().name(), t.graceMonths()))
                .orElse(null),
            d.motivation(), contact(d.decidedBy()), d.decidedAt().toString())).orElse(null),
        a.history().stream().map(h -> new AuditEntryView(h.at().toString(), h.action(),
            h.from().name(), h.to().name(), h.actorName(), h.actorAgency(), h.summary())).toList(),
        a.submittedAt().toString(),
        a.version());
  }

  private static AmountView amount(Money m) {
    return new AmountView(m.currencyCode(), m.amount().toPlainString());
  }

  private static ContactView contact(StaffContact c) {
    return new ContactView(c.name(), c.email());
  }
}
