package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.CurrentCaller;
import be.brussels.poles.kit.security.Role;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Follow-ups across files, {@code /api/guidance/follow-ups}: the overdue list an agency works
 * through, by the service's clock.
 */
@RestController
@RequestMapping(path = "/follow-ups", produces = MediaType.APPLICATION_JSON_VALUE)
public class FollowUpController {

  private final GuidanceFileService service;

  public FollowUpController(GuidanceFileService service) {
    this.service = service;
  }

  /** One overdue follow-up with its file's headline. */
  public record OverdueFollowUp(String fileId, String enterpriseNumber, String companyName,
      String packageType, String agency, String adviser, String followUpId, String kind,
      String label, LocalDate dueOn, long daysOverdue) {}

  /**
   * Records one collective quarterly session on several creation files; answers what became of
   * each ({@code RECORDED}, {@code CONFLICT} for a stale version, {@code REFUSED}).
   */
  @PostMapping(path = "/collective-sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public List<GuidanceFileService.CollectiveOutcome> collectiveSession(
      @RequestBody(required = false) FileRequests.CollectiveSession body) {
    return service.recordCollectiveSession(CurrentCaller.get(), body);
  }

  /**
   * The overdue follow-ups of the caller's agency, most overdue first; {@code scope=all} for
   * every guidance agency's (managers and admins).
   */
  @GetMapping("/overdue")
  public List<OverdueFollowUp> overdue(@RequestParam(required = false) String scope) {
    Caller caller = CurrentCaller.get();
    boolean all = "all".equalsIgnoreCase(scope);
    if (scope != null && !all && !"agency".equalsIgnoreCase(scope)) {
      throw new be.brussels.poles.kit.error.InvalidInputException("scope",
          "must be one of agency, all");
    }
    if (all) {
      caller.requireAnyRole(Role.MANAGER, Role.ADMIN);
    }
    LocalDate today = service.today();
    return service.overdueFollowUps(caller, all).stream()
        .flatMap(file -> file.followUps().stream().filter(f -> f.isOverdue(today))
            .map(f -> new OverdueFollowUp(file.fileId().toString(),
                file.enterpriseNumber().value(), file.companyName(), file.packageType().name(),
                file.agency().name(), file.adviser().name(), f.followUpId(), f.kind().name(),
                f.kind().label(), f.dueOn(), ChronoUnit.DAYS.between(f.dueOn(), today))))
        .toList();
  }
}
