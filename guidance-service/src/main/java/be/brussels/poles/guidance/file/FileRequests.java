package be.brussels.poles.guidance.file;

import java.util.List;

/**
 * The bodies of the requests that change a guidance file, as received (strings, checked by
 * {@link GuidanceFileInput}). Each carries the {@code version} the client read: a stale one is a
 * 409 (optimistic locking), a missing one a 400.
 */
public final class FileRequests {

  private FileRequests() {}

  /** {@code POST /guidance-files/{id}/stage}: the next stage, or CLOSED with a reason. */
  public record ChangeStage(String stage, String reason, Long version) {}

  /** {@code PUT /guidance-files/{id}/admission}: the entry conditions met, the priority groups. */
  public record Admission(List<String> conditionsMet, List<String> priorityGroups, Long version) {}

  /** {@code POST /guidance-files/{id}/fee-payment}: the day the symbolic fee was paid. */
  public record FeePayment(String paidOn, Long version) {}

  /** {@code PUT /guidance-files/{id}/adviser}: hands the file to another adviser. */
  public record AssignAdviser(String name, String email, Long version) {}

  /** {@code PATCH /guidance-files/{id}/checklist/{code}}: state and (optional) operator. */
  public record ChecklistItem(String state, String operatorId, Long version) {}

  /** {@code POST /guidance-files/{id}/sessions}. */
  public record Session(String heldOn, String kind, String summary, String confidentiality,
      Long version) {}

  /** {@code POST /guidance-files/{id}/notes}. */
  public record Note(String text, String confidentiality, Long version) {}

  /** {@code POST /guidance-files/{id}/follow-ups}: schedules one. */
  public record ScheduleFollowUp(String kind, String dueOn, Long version) {}

  /** {@code POST /guidance-files/{id}/follow-ups/{followUpId}/record}: it was held. */
  public record RecordFollowUp(String heldOn, String summary, Long version) {}

  /** {@code POST /guidance-files/{id}/promotion}: to the growth package. */
  public record Promotion(List<String> conditionsMet, Long version) {}

  /** {@code POST /guidance-files/{id}/com-referral}. */
  public record ComReferral(String reason, Long version) {}

  /** {@code PATCH /guidance-files/{id}/com-referral}: what the COM did. */
  public record ComReferralUpdate(String status, String outcome, Long version) {}

  /** {@code POST /guidance-files/{id}/matches}. */
  public record Match(String counterpartRole, String counterpartName,
      String counterpartEnterpriseNumber, Long version) {}

  /** {@code PATCH /guidance-files/{id}/matches/{matchId}}. */
  public record MatchUpdate(String status, Long version) {}

  /** {@code POST /guidance-files/{id}/growth/nomination}: CLUSTER or ADVISER, and who. */
  public record Nomination(String source, String nominator, Long version) {}

  /** {@code POST /guidance-files/{id}/growth/evaluation}: the external expert's verdict. */
  public record ExpertEvaluation(String expert, String operatorId, String verdict, String summary,
      Long version) {}

  /**
   * {@code POST /follow-ups/collective-sessions}: one collective quarterly session held with
   * several creation-package companies, recorded on each file read at its version.
   */
  public record CollectiveSession(String heldOn, String summary, List<FileVersion> files) {}

  /** A file and the version the client read. */
  public record FileVersion(String fileId, Long version) {}
}
