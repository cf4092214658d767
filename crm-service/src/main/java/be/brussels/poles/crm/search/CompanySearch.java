package be.brussels.poles.crm.search;

import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.company.Commune;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Searches the company master for any reader of company identities (the same rule as a
 * lookup: every staff member, partner systems, services). Results carry identity data only.
 */
public final class CompanySearch {

  private static final Pattern NACE = Pattern.compile("\\d{1,5}");

  private final CompanySearchIndex index;
  private final CrmAccessPolicy policy;

  public CompanySearch(CompanySearchIndex index, CrmAccessPolicy policy) {
    this.index = index;
    this.policy = policy;
  }

  /**
   * Checks the parameters as a REST client sends them (every problem reported at once) and
   * searches.
   *
   * @param commune a commune's name as listed ({@code IXELLES}) or one of its postcodes
   * @param nace a NACE-BEL code or prefix, dots allowed ("62.010")
   */
  public Page<CompanyHit> search(Caller caller, String text, String commune, String nace,
      String sort, String page, String size) {
    policy.requireReadCompany(caller);
    List<FieldViolation> violations = new ArrayList<>();
    if (text != null && text.length() > CompanySearchQuery.MAX_TEXT) {
      violations.add(new FieldViolation("q",
          "must be at most " + CompanySearchQuery.MAX_TEXT + " characters"));
    }
    Commune place = commune == null || commune.isBlank() ? null : commune(commune, violations);
    String naceCode = nace == null ? "" : nace.strip().replace(".", "");
    if (!naceCode.isEmpty() && !NACE.matcher(naceCode).matches()) {
      violations.add(new FieldViolation("nace", "must be a NACE-BEL code or prefix of 1 to 5 digits"));
    }
    SearchSort order = sort == null || sort.isBlank() ? SearchSort.NAME
        : InputChecks.enumValue(SearchSort.class, sort, "sort", violations);
    PageQuery window = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return index.search(new CompanySearchQuery(text, place, naceCode, order, window));
  }

  private static Commune commune(String text, List<FieldViolation> violations) {
    String value = text.strip();
    var byZip = Commune.ofZipcode(value);
    if (byZip.isPresent()) {
      return byZip.get();
    }
    String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
    for (Commune c : Commune.values()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    violations.add(new FieldViolation("commune",
        "must be a Brussels postcode or one of " + InputChecks.allowed(Commune.class)));
    return null;
  }
}
