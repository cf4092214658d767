package be.brussels.poles.crm.merge;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.CurrentCaller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST for managers: {@code POST /companies/{number}/merge} merges that (duplicate) record into
 * another, {@code POST /merges/{id}/undo} undoes it, {@code GET /merges} lists the audit trail.
 */
@RestController
public class MergeController {

  private final CompanyMerger merger;

  public MergeController(CompanyMerger merger) {
    this.merger = merger;
  }

  @PostMapping(path = "/companies/{number}/merge", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public MergeResource merge(@PathVariable String number, @RequestBody MergeBody body) {
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber duplicate = InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(number, "enterpriseNumber"));
    EnterpriseNumber survivor = InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(body.into(), "into"));
    version(body.version(), "version", violations);
    version(body.intoVersion(), "intoVersion", violations);
    InputChecks.throwIfAny(violations);
    return MergeResource.of(merger.merge(CurrentCaller.get(), duplicate, body.version(), survivor,
        body.intoVersion(), body.reason()));
  }

  @PostMapping(path = "/merges/{mergeId}/undo", produces = MediaType.APPLICATION_JSON_VALUE)
  public MergeResource undo(@PathVariable String mergeId) {
    return MergeResource.of(merger.undo(CurrentCaller.get(), mergeId));
  }

  @GetMapping(path = "/merges/{mergeId}", produces = MediaType.APPLICATION_JSON_VALUE)
  public MergeResource get(@PathVariable String mergeId) {
    return MergeResource.of(merger.get(CurrentCaller.get(), mergeId));
  }

  @GetMapping(path = "/merges", produces = MediaType.APPLICATION_JSON_VALUE)
  public Page<MergeResource> list(@RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    List<FieldViolation> violations = new ArrayList<>();
    PageQuery query = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return merger.list(CurrentCaller.get(), query).map(MergeResource::of);
  }

  private static void version(Long value, String field, List<FieldViolation> violations) {
    if (value == null || value < 1) {
      violations.add(new FieldViolation(field, "is required: the version you read"));
    }
  }

  /**
   * Body of POST /companies/{number}/merge.
   *
   * @param into the surviving company's number
   * @param version the duplicate's version as read; {@code intoVersion} the survivor's
   */
  public record MergeBody(String into, Long version, Long intoVersion, String reason) {}

  /** A merge as its audit entry shows it. */
  public record MergeResource(String mergeId, String duplicate, String survivor, String reason,
      String mergedBy, Instant mergedAt, long movedEvents, String undoneBy, Instant undoneAt) {

    static MergeResource of(CompanyMerge m) {
      return new MergeResource(m.mergeId(), m.duplicate().value(), m.survivor().value(),
          m.reason(), m.mergedBy(), m.mergedAt(), m.movedEvents(), m.undoneBy(), m.undoneAt());
    }
  }
}
