package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
    return ResponseEntity.created(location).body(view(file, caller));
  }

  @GetMapping("/{fileId}")
  public GuidanceFileView get(@PathVariable String fileId) {
    Caller caller = CurrentCaller.get();
    return view(service.get(caller, GuidanceFileInput.fileId(fileId)), caller);
  }

  /** The files, newest first; {@code page} is zero-based, {@code size} 1-200 (default 50). */
  @GetMapping
  public Page<GuidanceFileView> list(
      @RequestParam(required = false) String enterpriseNumber,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    Caller caller = CurrentCaller.get();
    ListQuery query = GuidanceFileInput.query(enterpriseNumber, page, size);
    return service.list(caller, query).map(f -> view(f, caller));
  }

  // --- changes: each body carries the version read; a stale one is a 409 ----------------------

  @PostMapping(path = "/{fileId}/stage", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuidanceFileView changeStage(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.ChangeStage body) {
    Caller caller = CurrentCaller.get();
    return view(service.changeStage(caller, id(fileId), body), caller);
  }

  @PutMapping(path = "/{fileId}/admission", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuidanceFileView admission(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.Admission body) {
    Caller caller = CurrentCaller.get();
    return view(service.confirmAdmission(caller, id(fileId), body), caller);
  }

  @PostMapping(path = "/{fileId}/fee-payment", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuidanceFileView feePayment(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.FeePayment body) {
    Caller caller = CurrentCaller.get();
    return view(service.recordFeePaid(caller, id(fileId), body), caller);
  }

  @PutMapping(path = "/{fileId}/adviser", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuidanceFileView adviser(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.AssignAdviser body) {
    Caller caller = CurrentCaller.get();
    return view(service.assignAdviser(caller, id(fileId), body), caller);
  }

  @PatchMapping(path = "/{fileId}/checklist/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuidanceFileView checklistItem(@PathVariable String fileId, @PathVariable String code,
      @RequestBody(required = false) FileRequests.ChecklistItem body) {
    Caller caller = CurrentCaller.get();
    return view(service.updateChecklistItem(caller, id(fileId), code, body), caller);
  }

  @PostMapping(path = "/{fileId}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<GuidanceFileView> session(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.Session body) {
    Caller caller = CurrentCaller.get();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(view(service.recordSession(caller, id(fileId), body), caller));
  }

  @PostMapping(path = "/{fileId}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<GuidanceFileView> note(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.Note body) {
    Caller caller = CurrentCaller.get();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(view(service.addNote(caller, id(fileId), body), caller));
  }

  @PostMapping(path = "/{fileId}/follow-ups", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<GuidanceFileView> scheduleFollowUp(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.ScheduleFollowUp body) {
    Caller caller = CurrentCaller.get();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(view(service.scheduleFollowUp(caller, id(fileId), body), caller));
  }

  @PostMapping(path = "/{fileId}/follow-ups/{followUpId}/record",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuidanceFileView recordFollowUp(@PathVariable String fileId,
      @PathVariable String followUpId,
      @RequestBody(required = false) FileRequests.RecordFollowUp body) {
    Caller caller = CurrentCaller.get();
    return view(service.recordFollowUp(caller, id(fileId), followUpId, body), caller);
  }

  @PostMapping(path = "/{fileId}/promotion", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuidanceFileView promote(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.Promotion body) {
    Caller caller = CurrentCaller.get();
    return view(service.promoteToGrowth(caller, id(fileId), body), caller);
  }

  @PostMapping(path = "/{fileId}/growth/nomination", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuidanceFileView nominate(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.Nomination body) {
    Caller caller = CurrentCaller.get();
    return view(service.nominate(caller, id(fileId), body), caller);
  }

  @PostMapping(path = "/{fileId}/growth/evaluation", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuidanceFileView evaluate(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.ExpertEvaluation body) {
    Caller caller = CurrentCaller.get();
    return view(service.recordExpertEvaluation(caller, id(fileId), body), caller);
  }

  @PostMapping(path = "/{fileId}/com-referral", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<GuidanceFileView> referToCom(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.ComReferral body) {
    Caller caller = CurrentCaller.get();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(view(service.referToCom(caller, id(fileId), body), caller));
  }

  @PatchMapping(path = "/{fileId}/com-referral", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuidanceFileView updateComReferral(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.ComReferralUpdate body) {
    Caller caller = CurrentCaller.get();
    return view(service.updateComReferral(caller, id(fileId), body), caller);
  }

  @PostMapping(path = "/{fileId}/matches", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<GuidanceFileView> proposeMatch(@PathVariable String fileId,
      @RequestBody(required = false) FileRequests.Match body) {
    Caller caller = CurrentCaller.get();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(view(service.proposeMatch(caller, id(fileId), body), caller));
  }

  @PatchMapping(path = "/{fileId}/matches/{matchId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GuidanceFileView updateMatch(@PathVariable String fileId, @PathVariable String matchId,
      @RequestBody(required = false) FileRequests.MatchUpdate body) {
    Caller caller = CurrentCaller.get();
    return view(service.updateMatch(caller, id(fileId), matchId, body), caller);
  }

  private static java.util.UUID id(String fileId) {
    return GuidanceFileInput.fileId(fileId);
  }

  private GuidanceFileView view(GuidanceFile file, Caller caller) {
    return GuidanceFileView.of(file, caller, service.now());
  }
}
