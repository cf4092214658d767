package be.brussels.poles.financing.guarantee;

import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Guarantees over REST ({@code /api/financing/guarantees}), for the Guarantee Fund's staff. */
@RestController
@RequestMapping(path = "/guarantees", produces = MediaType.APPLICATION_JSON_VALUE)
public class GuaranteeController {

  private final GuaranteeService service;

  public GuaranteeController(GuaranteeService service) {
    this.service = service;
  }

  /** A guarantee; amounts as strings. */
  public record GuaranteeView(String guaranteeId, String enterpriseNumber, String bank,
      String creditAmount, String coveragePercent, String riskSplit, String guaranteedAmount,
      String flatFee, String type, String status, String decidedBy, String motivation,
      String recordedBy, String requestedAt, long version) {

    static GuaranteeView of(Guarantee g) {
      return new GuaranteeView(g.guaranteeId(), g.enterpriseNumber().value(), g.bank(),
          text(g.creditAmount()), g.split() == Guarantee.RiskSplit.THIRDS ? null
              : g.coveragePercent().toPlainString(), g.split().name(),
          text(g.guaranteedAmount()), text(g.flatFee()), g.type().name(), g.status().name(),
          g.decidedBy(), g.motivation(), g.recordedBy(), g.requestedAt().toString(), g.version());
    }
  }

  /** The fund's approved guarantees against its ceiling. */
  public record OutstandingView(String outstanding, String ceiling, String headroom,
      String autoApprovalThreshold, String currency) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<GuaranteeView> record(@RequestBody GuaranteeRequest body) {
    Guarantee g = service.record(CurrentCaller.get(), body);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
        .buildAndExpand(g.guaranteeId()).toUri();
    return ResponseEntity.created(location).body(GuaranteeView.of(g));
  }

  @GetMapping("/outstanding")
  public OutstandingView outstanding() {
    Money[] figures = service.outstandingAndCeiling(CurrentCaller.get());
    return new OutstandingView(text(figures[0]), text(figures[1]),
        text(figures[1].minus(figures[0])), text(figures[2]), Money.EUR);
  }

  @GetMapping("/{guaranteeId}")
  public GuaranteeView get(@PathVariable String guaranteeId) {
    return GuaranteeView.of(service.get(CurrentCaller.get(),
        InputChecks.uuid(guaranteeId, "guaranteeId").toString()));
  }

  /** {@code {version, approve, motivation}}: the fund's committee role only. */
  @PostMapping(path = "/{guaranteeId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuaranteeView decide(@PathVariable String guaranteeId,
      @RequestBody GuaranteeRequest.Decision body) {
    return GuaranteeView.of(service.decide(CurrentCaller.get(),
        InputChecks.uuid(guaranteeId, "guaranteeId").toString(), body));
  }

  @GetMapping
  public Page<GuaranteeView> list(@RequestParam(required = false) String enterpriseNumber,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    return service.list(CurrentCaller.get(), ListQuery.parse(enterpriseNumber, page, size))
        .map(GuaranteeView::of);
  }

  private static String text(Money m) {
    return m.amount().toPlainString();
  }
}
