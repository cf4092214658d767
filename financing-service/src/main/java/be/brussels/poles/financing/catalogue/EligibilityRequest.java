package be.brussels.poles.financing.catalogue;

import be.brussels.poles.kit.web.MoneyInput;
import java.util.List;

/**
 * The body of {@code POST /products/{code}/eligibility}, as received: every field optional (a
 * missing fact makes the rules that need it "unknown").
 *
 * @param seatRegion one of {@link Region}
 * @param sizeClass one of {@link SizeClass}
 * @param sector a sector code, e.g. "DIGITAL"
 * @param flags values of {@link TargetFlag}
 * @param roundSize the whole round, for the co-investment share
 * @param useOfFunds values of {@link UseOfFunds}
 * @param coFinanciers values of {@link CoFinancierKind}
 */
public record EligibilityRequest(MoneyInput amount, String seatRegion, String sizeClass,
    String sector, List<String> flags, MoneyInput roundSize, List<String> useOfFunds,
    List<String> coFinanciers) {}
