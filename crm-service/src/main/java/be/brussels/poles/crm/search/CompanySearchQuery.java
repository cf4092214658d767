package be.brussels.poles.crm.search;

import be.brussels.poles.crm.company.Commune;
import be.brussels.poles.kit.input.PageQuery;
import java.util.Objects;

/**
 * A search, already validated.
 *
 * @param text an enterprise number (any notation), an establishment unit number, or name words
 *     (each a prefix of a word of one of the company's names); empty for none
 * @param commune null for any
 * @param nace a NACE-BEL code or its prefix ("62" or "62.010"), digits only; empty for any
 */
public record CompanySearchQuery(String text, Commune commune, String nace, SearchSort sort,
    PageQuery page) {

  public static final int MAX_TEXT = 200;

  public CompanySearchQuery {
    text = Objects.requireNonNullElse(text, "").strip();
    nace = Objects.requireNonNullElse(nace, "");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(page, "page");
  }
}
