package be.brussels.poles.crm.kbo;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.util.ArrayList;
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

/**
 * REST for administrators: start a KBO import ({@code POST /kbo-imports}, 202 with the job),
 * follow it ({@code GET /kbo-imports/{id}}: progress while it runs, the report when done), list
 * them, cancel one ({@code POST /kbo-imports/{id}/cancel}).
 */
@RestController
@RequestMapping(path = "/kbo-imports", produces = MediaType.APPLICATION_JSON_VALUE)
public class KboImportController {

  private final KboImportService imports;

  public KboImportController(KboImportService imports) {
    this.imports = imports;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<KboImportJob> start(@RequestBody StartBody body) {
    List<FieldViolation> violations = new ArrayList<>();
    KboImportMode mode = body.mode() == null ? KboImportMode.FULL
        : InputChecks.enumValue(KboImportMode.class, body.mode(), "mode", violations);
    if (body.source() == null || body.source().isBlank()) {
      violations.add(new FieldViolation("source", "is required: \"sample\" or a file of the drop folder"));
    }
    InputChecks.throwIfAny(violations);
    KboImportJob job = imports.start(CurrentCaller.get(), body.source(), mode,
        Boolean.TRUE.equals(body.dryRun()));
    return ResponseEntity.accepted().location(URI.create("/kbo-imports/" + job.importId()))
        .body(job);
  }

  @GetMapping("/{importId}")
  public KboImportJob get(@PathVariable String importId) {
    return imports.get(CurrentCaller.get(), importId);
  }

  @GetMapping
  public Page<KboImportJob> list(@RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    List<FieldViolation> violations = new ArrayList<>();
    PageQuery query = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return imports.list(CurrentCaller.get(), query);
  }

  @PostMapping("/{importId}/cancel")
  public ResponseEntity<KboImportJob> cancel(@PathVariable String importId) {
    return ResponseEntity.accepted().body(imports.cancel(CurrentCaller.get(), importId));
  }

  /**
   * Body of POST /kbo-imports.
   *
   * @param source "sample" (the demo delivery shipped with the service) or a file name of the
   *     drop folder (CRM_KBO_DROP_DIR): a KBO zip archive or a folder of its CSV files
   * @param mode FULL (default) or UPDATE
   * @param dryRun true to get the report without writing anything
   */
  public record StartBody(String source, String mode, Boolean dryRun) {}
}
