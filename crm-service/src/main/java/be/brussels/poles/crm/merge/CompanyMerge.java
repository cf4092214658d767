package be.brussels.poles.crm.merge;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * One merge of a duplicate company record into the surviving one: the audit entry of the merge
 * and what its undo needs. Append-only but for the undo fields.
 *
 * @param movedEvents how many journey events moved from the duplicate to the survivor
 * @param undoneAt null while the merge stands
 */
public record CompanyMerge(String mergeId, EnterpriseNumber duplicate, String duplicateId,
    EnterpriseNumber survivor, String survivorId, String reason, String mergedBy,
    Instant mergedAt, long movedEvents, String undoneBy, Instant undoneAt) {

  public CompanyMerge {
    Objects.requireNonNull(mergeId, "mergeId");
    Objects.requireNonNull(duplicate, "duplicate");
    Objects.requireNonNull(survivor, "survivor");
  }

  public boolean undone() {
    return undoneAt != null;
  }
}
