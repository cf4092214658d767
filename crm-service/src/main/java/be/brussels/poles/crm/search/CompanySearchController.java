package be.brussels.poles.crm.search;

import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.CurrentCaller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST for the gateway: {@code GET /companies?q=&commune=&nace=&sort=&page=&size=}, where
 * {@code q} is an enterprise number in any notation, an establishment unit number, or the start
 * of name words (accents, case and one typo per word forgiven). Parameters arrive as text and
 * are checked by {@link CompanySearch}, so a bad one is a 400 naming it, never a 500.
 */
@RestController
public class CompanySearchController {

  private final CompanySearch search;

  public CompanySearchController(CompanySearch search) {
    this.search = search;
  }

  @GetMapping(path = "/companies", produces = MediaType.APPLICATION_JSON_VALUE)
  public Page<CompanyHit> search(@RequestParam(required = false) String q,
      @RequestParam(required = false) String commune,
      @RequestParam(required = false) String nace,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    return search.search(CurrentCaller.get(), q, commune, nace, sort, page, size);
  }
}
