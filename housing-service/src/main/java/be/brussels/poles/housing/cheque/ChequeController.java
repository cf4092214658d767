package be.brussels.poles.housing.cheque;

import be.brussels.poles.housing.inventory.InventoryInput;
import be.brussels.poles.housing.inventory.InventoryViews.Coded;
import be.brussels.poles.housing.request.LocationRequestView.AmountView;
import be.brussels.poles.housing.request.LocationRequestView.ContactView;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Coworking cheques over REST ({@code /api/housing/coworking-cheques}). */
@RestController
@org.springframework.web.bind.annotation.RequestMapping(path = "/coworking-cheques",
    produces = MediaType.APPLICATION_JSON_VALUE)
public class ChequeController {

  private final ChequeService service;

  public ChequeController(ChequeService service) {
    this.service = service;
  }

  public record MonthView(String month, Coded funding, boolean redeemed, String redeemedAt,
      ContactView redeemedBy, String spaceReference) {}

  public record ChequeView(String chequeId, String enterpriseNumber, String companyName,
      String siteId, String siteName, String firstMonth, String validUntil,
      AmountView monthlyPrice, List<MonthView> months, long redeemedMonths, boolean open,
      ContactView issuedBy, String issuedAt, long version) {}

  /** Issues a cheque: 201, or 422 naming enterpriseNumber when it already had its free months. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ChequeView> issue(@RequestBody ChequeBodies.Issue body) {
    CoworkingCheque cheque = service.issue(CurrentCaller.get(), body);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
        .path("/{id}").buildAndExpand(cheque.chequeId()).toUri();
    return ResponseEntity.created(location).body(view(cheque));
  }

  /** The space claims one month: {@code {"month": "2026-12", "spaceReference": ..., "version"}}. */
  @PostMapping(path = "/{chequeId}/redemptions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ChequeView redeem(@PathVariable String chequeId,
      @RequestBody ChequeBodies.Redeem body) {
    return view(service.redeem(CurrentCaller.get(), InventoryInput.id(chequeId, "chequeId"),
        body));
  }

  @GetMapping("/{chequeId}")
  public ChequeView get(@PathVariable String chequeId) {
    return view(service.get(CurrentCaller.get(), InventoryInput.id(chequeId, "chequeId")));
  }

  /** Cheques newest first; {@code enterpriseNumber}, {@code page}, {@code size}. */
  @GetMapping
  public Page<ChequeView> list(@RequestParam(required = false) String enterpriseNumber,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    return service.list(CurrentCaller.get(), ListQuery.parse(enterpriseNumber, page, size))
        .map(this::view);
  }

  private ChequeView view(CoworkingCheque c) {
    return new ChequeView(c.chequeId().toString(), c.enterpriseNumber().value(),
        c.companyName(), c.siteId().toString(), c.siteName(), c.firstMonth().toString(),
        c.validUntil().toString(), AmountView.of(c.monthlyPrice()),
        c.months().stream().map(m -> new MonthView(m.month().toString(),
            new Coded(m.funding().name(), m.funding().labels()), m.isRedeemed(),
            m.redeemedAt() == null ? null : m.redeemedAt().toString(),
            m.redeemedBy() == null ? null
                : new ContactView(m.redeemedBy().name(), m.redeemedBy().email()),
            m.spaceReference())).toList(),
        c.redeemedMonths(), c.isOpen(service.thisMonth()),
        new ContactView(c.issuedBy().name(), c.issuedBy().email()), c.issuedAt().toString(),
        c.version());
  }
}
