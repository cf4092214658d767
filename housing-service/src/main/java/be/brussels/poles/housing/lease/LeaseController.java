package be.brussels.poles.housing.lease;

import be.brussels.poles.housing.inventory.InventoryInput;
import be.brussels.poles.housing.inventory.InventoryViews.LeaseView;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Leases over REST. A write may carry {@code If-Match: <unit version>}; without it the server
 * still writes conditionally on the version it read, so concurrent leases never both succeed.
 * The answer's {@code ETag} is the unit's new version.
 */
@RestController
@org.springframework.web.bind.annotation.RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
public class LeaseController {

  private final LeaseService service;

  public LeaseController(LeaseService service) {
    this.service = service;
  }

  @PostMapping(path = "/units/{unitId}/leases", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<LeaseView> sign(@PathVariable String unitId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LeaseBody body) {
    LeaseService.Signed signed = service.sign(CurrentCaller.get(),
        InventoryInput.id(unitId, "unitId"), version(ifMatch),
        LeaseInput.newLease(body, service.today()));
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
        .path("/{id}").buildAndExpand(signed.lease().leaseId()).toUri();
    return ResponseEntity.created(location).eTag(String.valueOf(signed.unit().version()))
        .body(LeaseView.of(signed.unit(), signed.lease(), service.today()));
  }

  /** Ends a lease early: {@code {"lastDay": "2027-03-31"}}. */
  @PostMapping(path = "/units/{unitId}/leases/{leaseId}/termination",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<LeaseView> terminate(@PathVariable String unitId,
      @PathVariable String leaseId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LeaseInput.TerminationBody body) {
    LeaseService.Signed ended = service.terminate(CurrentCaller.get(),
        InventoryInput.id(unitId, "unitId"), InventoryInput.id(leaseId, "leaseId"),
        version(ifMatch), LeaseInput.lastDay(body));
    return ResponseEntity.ok().eTag(String.valueOf(ended.unit().version()))
        .body(LeaseView.of(ended.unit(), ended.lease(), service.today()));
  }

  /** Leases newest first by start; {@code enterpriseNumber}, {@code page}, {@code size}. */
  @GetMapping("/leases")
  public Page<LeaseView> list(@RequestParam(required = false) String enterpriseNumber,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    return service.list(CurrentCaller.get(), ListQuery.parse(enterpriseNumber, page, size))
        .map(s -> LeaseView.of(s.unit(), s.lease(), service.today()));
  }

  /** The optional If-Match version: "3" or "\"3\"". */
  static OptionalLong version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return OptionalLong.empty();
    }
    List<FieldViolation> violations = new ArrayList<>();
    Integer version = InputChecks.wholeNumber(ifMatch.strip().replace("\"", ""), "If-Match",
        null, 1, Integer.MAX_VALUE, violations);
    InputChecks.throwIfAny(violations);
    return OptionalLong.of(version);
  }
}
