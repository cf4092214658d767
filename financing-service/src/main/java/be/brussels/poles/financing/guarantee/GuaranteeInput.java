package be.brussels.poles.financing.guarantee;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Where guarantee input becomes checked values; every problem reported at once. */
public final class GuaranteeInput {

  private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");

  /** A checked new guarantee. */
  public record NewGuarantee(EnterpriseNumber enterpriseNumber, String bank, Money creditAmount,
      BigDecimal coveragePercent, Money flatFee, Guarantee.Type type, Guarantee.RiskSplit split) {}

  private GuaranteeInput() {}

  public static NewGuarantee of(GuaranteeRequest r) {
    if (r == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> v = new ArrayList<>();
    EnterpriseNumber number = InputChecks.collect(v,
        () -> EnterpriseNumber.parse(r.enterpriseNumber(), "enterpriseNumber"));
    String bank = r.bank() == null ? "" : r.bank().strip();
    if (bank.isEmpty() || bank.length() > 200) {
      v.add(new FieldViolation("bank", "is required, at most 200 characters"));
    }
    Money credit = money(r.creditAmount(), "creditAmount", v);
    if (credit != null && !credit.isPositive()) {
      v.add(new FieldViolation("creditAmount.value", "must be more than 0"));
    }
    Money fee = money(r.flatFee(), "flatFee", v);
    if (fee != null && fee.signum() < 0) {
      v.add(new FieldViolation("flatFee.value", "must be 0 or more"));
    }
    Guarantee.Type type = r.type() == null || r.type().isBlank() ? Guarantee.Type.STANDARD
        : InputChecks.enumValue(Guarantee.Type.class, r.type(), "type", v);
    Guarantee.RiskSplit split = r.riskSplit() == null || r.riskSplit().isBlank()
        ? Guarantee.RiskSplit.NONE
        : InputChecks.enumValue(Guarantee.RiskSplit.class, r.riskSplit(), "riskSplit", v);
    BigDecimal coverage = BigDecimal.ZERO;
    if (split == Guarantee.RiskSplit.THIRDS) {
      if (r.coveragePercent() != null) {
        v.add(new FieldViolation("coveragePercent", "must be absent with the 1/3 split"));
      }
    } else if (r.coveragePercent() == null || !PERCENT.matcher(r.coveragePercent()).matches()
        || new BigDecimal(r.coveragePercent()).signum() <= 0
        || new BigDecimal(r.coveragePercent()).compareTo(BigDecimal.valueOf(100)) > 0) {
      v.add(new FieldViolation("coveragePercent",
          "must be a percentage above 0 and at most 100, such as \"75\""));
    } else {
      coverage = new BigDecimal(r.coveragePercent());
    }
    InputChecks.throwIfAny(v);
    return new NewGuarantee(number, bank, credit, coverage, fee, type, split);
  }

  private static Money money(be.brussels.poles.kit.web.MoneyInput in, String field,
      List<FieldViolation> v) {
    if (in == null) {
      v.add(new FieldViolation(field, "is required"));
      return null;
    }
    return InputChecks.collect(v, () -> in.toMoney(field));
  }
}
