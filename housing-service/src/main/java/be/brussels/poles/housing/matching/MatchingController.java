package be.brussels.poles.housing.matching;

import be.brussels.poles.housing.inventory.InventoryInput;
import be.brussels.poles.housing.inventory.InventoryViews.Coded;
import be.brussels.poles.housing.inventory.InventoryViews.UnitView;
import be.brussels.poles.housing.request.LocationRequestView;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.CurrentCaller;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Matching and the request workflow over REST, under {@code /location-requests/{id}}. */
@RestController
@org.springframework.web.bind.annotation.RequestMapping(path = "/location-requests/{requestId}",
    produces = MediaType.APPLICATION_JSON_VALUE)
public class MatchingController {

  private final MatchingService service;
  private final Clock clock;

  public MatchingController(MatchingService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  /** One ranked candidate with the reason for each part of its score. */
  public record MatchView(int score, String freeFrom, List<ComponentView> components,
      UnitView unit) {}

  public record ComponentView(Coded criterion, int weight, int score, String reason) {}

  /** Candidate units, best first; {@code page}, {@code size}. */
  @GetMapping("/matches")
  public Page<MatchView> matches(@PathVariable String requestId,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    List<FieldViolation> violations = new ArrayList<>();
    PageQuery pageQuery = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    LocalDate today = LocalDate.now(clock.withZone(MatchingService.BRUSSELS));
    return service.matches(CurrentCaller.get(), InventoryInput.id(requestId, "requestId"),
        pageQuery).map(m -> new MatchView(m.score(), m.freeFrom().toString(),
            m.components().stream().map(c -> new ComponentView(
                new Coded(c.criterion().name(), c.criterion().labels()),
                c.criterion().weight(), c.score(), c.reason())).toList(),
            UnitView.of(m.unit(), today, true)));
  }

  /** One workflow step (propose, visit, offer, accept, decline); answers the request. */
  @PostMapping(path = "/steps", consumes = MediaType.APPLICATION_JSON_VALUE)
  public LocationRequestView step(@PathVariable String requestId, @RequestBody StepBody body) {
    return LocationRequestView.of(service.step(CurrentCaller.get(),
        InventoryInput.id(requestId, "requestId"), body));
  }

  /** Signs the lease of the accepted offer; answers the request, now LEASED. */
  @PostMapping(path = "/lease", consumes = MediaType.APPLICATION_JSON_VALUE)
  public LocationRequestView lease(@PathVariable String requestId,
      @RequestBody LeaseOfferBody body) {
    return LocationRequestView.of(service.lease(CurrentCaller.get(),
        InventoryInput.id(requestId, "requestId"), body));
  }
}
