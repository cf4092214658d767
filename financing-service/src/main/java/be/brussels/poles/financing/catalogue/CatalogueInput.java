package be.brussels.poles.financing.catalogue;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.money.Money;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Where catalogue input (list filters, eligibility facts) becomes checked values. */
public final class CatalogueInput {

  /** More values than any enum here has: a longer list is an attack or a bug. */
  static final int MAX_LIST = 20;
  private static final Pattern SECTOR = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  private static final Pattern PRODUCT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private CatalogueInput() {}

  /** A product code from a path: upper-case letters, digits and underscores. */
  public static String productCode(String code, String field) {
    if (code == null || !PRODUCT_CODE.matcher(code).matches()) {
      throw new be.brussels.poles.kit.error.InvalidInputException(field,
          "must be a product code such as BRUPART_HONOUR_LOAN");
    }
    return code;
  }

  /** The facts of an eligibility request; every bad value reported at once. */
  public static EligibilityFacts facts(EligibilityRequest request) {
    EligibilityRequest r = request == null
        ? new EligibilityRequest(null, null, null, null, null, null, null, null) : request;
    List<FieldViolation> violations = new ArrayList<>();
    Optional<Money> amount = money(r.amount() == null ? null
        : InputChecks.collect(violations, () -> r.amount().toMoney("amount")));
    Optional<Money> round = money(r.roundSize() == null ? null
        : InputChecks.collect(violations, () -> r.roundSize().toMoney("roundSize")));
    Optional<Region> region = optionalEnum(Region.class, r.seatRegion(), "seatRegion", violations);
    Optional<SizeClass> size = optionalEnum(SizeClass.class, r.sizeClass(), "sizeClass", violations);
    Optional<String> sector = Optional.empty();
    if (r.sector() != null && !r.sector().isBlank()) {
      String normalised = r.sector().strip().toUpperCase(Locale.ROOT);
      if (SECTOR.matcher(normalised).matches()) {
        sector = Optional.of(normalised);
      } else {
        violations.add(new FieldViolation("sector",
            "must be a sector code of letters, digits and underscores, such as DIGITAL"));
      }
    }
    Set<TargetFlag> flags = enumSet(TargetFlag.class, r.flags(), "flags", violations);
    Set<UseOfFunds> uses = enumSet(UseOfFunds.class, r.useOfFunds(), "useOfFunds", violations);
    Set<CoFinancierKind> co = enumSet(CoFinancierKind.class, r.coFinanciers(), "coFinanciers",
        violations);
    InputChecks.throwIfAny(violations);
    return new EligibilityFacts(amount, region, size, sector, flags, round, uses, co);
  }

  private static Optional<Money> money(Money money) {
    return Optional.ofNullable(money);
  }

  static <E extends Enum<E>> Optional<E> optionalEnum(Class<E> type, String text, String field,
      List<FieldViolation> violations) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(InputChecks.enumValue(type, text, field, violations));
  }

  /** A list of enum names as a set; each bad element named by its index. */
  public static <E extends Enum<E>> Set<E> enumSet(Class<E> type, List<String> values,
      String field, List<FieldViolation> violations) {
    Set<E> set = EnumSet.noneOf(type);
    if (values == null) {
      return set;
    }
    if (values.size() > MAX_LIST) {
      violations.add(new FieldViolation(field, "must have at most " + MAX_LIST + " values"));
      return set;
    }
    for (int i = 0; i < values.size(); i++) {
      E value = InputChecks.enumValue(type, values.get(i), field + "[" + i + "]", violations);
      if (value != null) {
        set.add(value);
      }
    }
    return set;
  }
}
