package be.brussels.poles.guidance.operator;

import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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

/** The accredited operators registry, {@code /api/guidance/operators}. */
@RestController
@RequestMapping(path = "/operators", produces = MediaType.APPLICATION_JSON_VALUE)
public class OperatorController {

  private final OperatorService service;

  public OperatorController(OperatorService service) {
    this.service = service;
  }

  /** An operator with whether it is accredited today. */
  public record OperatorView(String operatorId, String name, String kind,
      String enterpriseNumber, List<String> specialities, LocalDate charterSignedOn,
      LocalDate accreditedFrom, LocalDate accreditedUntil, String state, boolean accreditedToday,
      long version) {

    static OperatorView of(Operator o, LocalDate today) {
      return new OperatorView(o.operatorId().toString(), o.name(), o.kind().name(),
          o.enterpriseNumber().orElse(null), o.specialities(), o.charterSignedOn().orElse(null),
          o.accreditedFrom().orElse(null), o.accreditedUntil().orElse(null), o.state().name(),
          o.accreditedOn(today), o.version());
    }
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<OperatorView> register(
      @RequestBody(required = false) OperatorService.Register body) {
    Operator operator = service.register(CurrentCaller.get(), body);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
        .buildAndExpand(operator.operatorId()).toUri();
    return ResponseEntity.created(location).body(OperatorView.of(operator, service.today()));
  }

  @GetMapping
  public List<OperatorView> list(@RequestParam(required = false) String accredited) {
    boolean only = accredited != null && Boolean.parseBoolean(accredited.strip());
    LocalDate today = service.today();
    return service.list(CurrentCaller.get(), only).stream().map(o -> OperatorView.of(o, today))
        .toList();
  }

  @GetMapping("/{operatorId}")
  public OperatorView get(@PathVariable String operatorId) {
    return OperatorView.of(service.get(CurrentCaller.get(), InputChecks.uuid(operatorId,
        "operatorId")), service.today());
  }

  @PostMapping(path = "/{operatorId}/accreditation", consumes = MediaType.APPLICATION_JSON_VALUE)
  public OperatorView accredit(@PathVariable String operatorId,
      @RequestBody(required = false) OperatorService.Accredit body) {
    return OperatorView.of(service.accredit(CurrentCaller.get(),
        InputChecks.uuid(operatorId, "operatorId"), body), service.today());
  }

  @PostMapping(path = "/{operatorId}/state", consumes = MediaType.APPLICATION_JSON_VALUE)
  public OperatorView changeState(@PathVariable String operatorId,
      @RequestBody(required = false) OperatorService.ChangeState body) {
    return OperatorView.of(service.changeState(CurrentCaller.get(),
        InputChecks.uuid(operatorId, "operatorId"), body), service.today());
  }
}
