package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.Caller;
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
 * Guidance files over REST, reached through the gateway at {@code /api/guidance/guidance-files}.
 * Query parameters arrive as strings so that every bad value is reported by
 * {@link GuidanceFileInput}, with the others, naming its field.
 */
@RestController
@RequestMapping(path = "/guidance-files", produces = MediaType.APPLICATION_JSON_VALUE)
public class GuidanceFileController {

  private final GuidanceFileService service;

  public GuidanceFileController(GuidanceFileService service) {
    this.service = service;
  }

  /** Opens a file: 201 with its location and the file. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<GuidanceFileView> open(@RequestBody(required = false) OpenGuidanceFileRequest body) {
    Caller caller = CurrentCaller.get();
    GuidanceFile file = service.open(caller, body);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
        .path("/{fileId}").buildAndExpand(file.fileId()).toUri();
    return ResponseEntity.created(location).body(GuidanceFileView.of(file, caller));
  }

  @GetMapping("/{fileId}")
  public GuidanceFileView get(@PathVariable String fileId) {
    Caller caller = CurrentCaller.get();
    return GuidanceFileView.of(service.get(caller, GuidanceFileInput.fileId(fileId)), caller);
  }

  /** The files, newest first; {@code page} is zero-based, {@code size} 1-200 (default 50). */
  @GetMapping
  public Page<GuidanceFileView> list(
      @RequestParam(required = false) String enterpriseNumber,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    Caller caller = CurrentCaller.get();
    ListQuery query = GuidanceFileInput.query(enterpriseNumber, page, size);
    return service.list(caller, query).map(f -> GuidanceFileView.of(f, caller));
  }
}
