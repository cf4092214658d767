package be.brussels.poles.housing.request;

import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
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

/**
 * Location requests over REST, reached through the gateway at
 * {@code /api/housing/location-requests}. Parameters arrive as text so that
 * {@link LocationRequestInput} reports every bad value at once, naming its field.
 */
@RestController
@RequestMapping(path = "/location-requests", produces = MediaType.APPLICATION_JSON_VALUE)
public class LocationRequestController {

  private final LocationRequestService service;

  public LocationRequestController(LocationRequestService service) {
    this.service = service;
  }

  /** Records a request: 201 with its location and the request. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<LocationRequestView> record(@RequestBody RecordLocationRequestBody body) {
    LocationRequest request = service.record(CurrentCaller.get(), body);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
        .path("/{id}").buildAndExpand(request.requestId()).toUri();
    return ResponseEntity.created(location).body(LocationRequestView.of(request));
  }

  @GetMapping("/{requestId}")
  public LocationRequestView get(@PathVariable String requestId) {
    return LocationRequestView.of(
        service.get(CurrentCaller.get(), LocationRequestInput.requestId(requestId)));
  }

  /** Requests newest first; {@code page} is zero-based, {@code size} 1-200 (default 50). */
  @GetMapping
  public Page<LocationRequestView> list(
      @RequestParam(required = false) String enterpriseNumber,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    ListQuery query = LocationRequestInput.query(enterpriseNumber, page, size);
    return service.list(CurrentCaller.get(), query).map(LocationRequestView::of);
  }
}
