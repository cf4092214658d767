package be.brussels.poles.financing.application;

import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.CurrentCaller;
import be.brussels.poles.financing.loan.Payment;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.security.Caller;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
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
 * Financing applications over REST, reached through the gateway at
 * {@code /api/financing/applications}. Parameters arrive as text so that {@link ApplicationInput}
 * reports every bad value at once, naming its field.
 */
@RestController
@RequestMapping(path = "/applications", produces = MediaType.APPLICATION_JSON_VALUE)
public class FinancingApplicationController {

  private final FinancingApplicationService service;
  private final Clock clock;

  public FinancingApplicationController(FinancingApplicationService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  /** Records an application: 201 with its location and the application. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ApplicationView> record(@RequestBody RecordApplicationRequest body) {
    FinancingApplication application = service.record(CurrentCaller.get(), body);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
        .path("/{id}").buildAndExpand(application.applicationId()).toUri();
    return ResponseEntity.created(location).body(ApplicationView.of(application));
  }

  @GetMapping("/{applicationId}")
  public ApplicationView get(@PathVariable String applicationId) {
    return ApplicationView.of(
        service.get(CurrentCaller.get(), ApplicationInput.applicationId(applicationId)));
  }

  /**
   * Moves an application one step: {@code {action, version, ...}} (see {@link TransitionRequest});
   * 200 with the application as it now stands (ON_HOLD when the guidance service could not
   * answer), 409 when {@code version} is stale, 422 when the stage or a rule forbids the step.
   */
  @PostMapping(path = "/{applicationId}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ApplicationView transition(@PathVariable String applicationId,
      @RequestBody TransitionRequest body) {
    UUID id = ApplicationInput.applicationId(applicationId);
    return ApplicationView.of(
        service.transition(CurrentCaller.get(), id, ApplicationInput.transition(body)));
  }

  /** The loan's schedule, payments and arrears as of today; 404 before repayment starts. */
  @GetMapping("/{applicationId}/loan")
  public LoanView loan(@PathVariable String applicationId) {
    FinancingApplication application = service.get(CurrentCaller.get(),
        ApplicationInput.applicationId(applicationId));
    return LoanView.of(application, application.loan().orElseThrow(() -> new NotFoundException(
        "financing application " + applicationId + " has no loan being repaid")), today());
  }

  /** Records a repayment {@code {version, paidOn, amount}}; 409 when the version is stale. */
  @PostMapping(path = "/{applicationId}/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
  public LoanView pay(@PathVariable String applicationId, @RequestBody PaymentRequest body) {
    UUID id = ApplicationInput.applicationId(applicationId);
    Caller caller = CurrentCaller.get();
    Payment payment = ApplicationInput.payment(body, today(), caller.displayName());
    FinancingApplication application =
        service.recordPayment(caller, id, body.version(), payment);
    return LoanView.of(application, application.loan().orElseThrow(), today());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), FinancingApplication.BRUSSELS);
  }

  /** Applications newest first; {@code page} is zero-based, {@code size} 1-200 (default 50). */
  @GetMapping
  public Page<ApplicationView> list(
      @RequestParam(required = false) String enterpriseNumber,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    ListQuery query = ApplicationInput.query(enterpriseNumber, page, size);
    return service.list(CurrentCaller.get(), query).map(ApplicationView::of);
  }
}
