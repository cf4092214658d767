package be.brussels.poles.financing.catalogue;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.CurrentCaller;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product catalogue over REST ({@code /api/financing/products} through the gateway): list,
 * detail and the eligibility check that explains every rule.
 */
@RestController
@RequestMapping(path = "/products", produces = MediaType.APPLICATION_JSON_VALUE)
public class CatalogueController {

  /** How the list may be sorted. */
  enum Sort { CATALOGUE, CODE, INSTRUMENT, SUBSIDIARY }

  private final ProductCatalogue catalogue;

  public CatalogueController(ProductCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Products, optionally of one instrument or subsidiary; paged; sorted (default catalogue order). */
  @GetMapping
  public Page<ProductView> list(@RequestParam(required = false) String instrument,
      @RequestParam(required = false) String subsidiary,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    CatalogueAccess.requireMayRead(CurrentCaller.get());
    List<FieldViolation> violations = new ArrayList<>();
    Optional<Instrument> byInstrument =
        CatalogueInput.optionalEnum(Instrument.class, instrument, "instrument", violations);
    Optional<Subsidiary> bySubsidiary =
        CatalogueInput.optionalEnum(Subsidiary.class, subsidiary, "subsidiary", violations);
    Sort order = CatalogueInput.optionalEnum(Sort.class, sort, "sort", violations)
        .orElse(Sort.CATALOGUE);
    PageQuery pageQuery = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    List<Product> matching = new ArrayList<>(catalogue.all().stream()
        .filter(p -> byInstrument.map(i -> p.instrument() == i).orElse(true))
        .filter(p -> bySubsidiary.map(s -> p.subsidiary() == s).orElse(true))
        .toList());
    comparator(order).ifPresent(matching::sort);
    List<ProductView> items = matching.stream().skip(pageQuery.offset()).limit(pageQuery.size())
        .map(ProductView::of).toList();
    return Page.of(items, pageQuery, matching.size());
  }

  private static Optional<Comparator<Product>> comparator(Sort sort) {
    switch (sort) {
      case CODE:
        return Optional.of(Comparator.comparing(Product::code));
      case INSTRUMENT:
        return Optional.of(Comparator.comparing(Product::instrument).thenComparing(Product::code));
      case SUBSIDIARY:
        return Optional.of(Comparator.comparing(Product::subsidiary).thenComparing(Product::code));
      default:
        return Optional.empty();
    }
  }

  @GetMapping("/{code}")
  public ProductView get(@PathVariable String code) {
    CatalogueAccess.requireMayRead(CurrentCaller.get());
    return ProductView.of(catalogue.require(CatalogueInput.productCode(code, "code")));
  }

  /** Judges every rule of the product against the facts given; missing facts are "unknown". */
  @PostMapping(path = "/{code}/eligibility", consumes = MediaType.APPLICATION_JSON_VALUE)
  public EligibilityView check(@PathVariable String code, @RequestBody EligibilityRequest body) {
    CatalogueAccess.requireMayRead(CurrentCaller.get());
    Product product = catalogue.require(CatalogueInput.productCode(code, "code"));
    return EligibilityView.of(product.check(CatalogueInput.facts(body)));
  }
}
