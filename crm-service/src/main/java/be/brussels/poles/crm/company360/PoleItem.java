package be.brussels.poles.crm.company360;

import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One live item of a pole's summary (a guidance file, a financing application, a location
 * request): its headline is shared with every partner agency; {@code confidentialDetail} (an
 * amount) only with the owning agency and agencies holding a grant.
 *
 * @param kind the package, instrument or unit type
 * @param since when it was opened, submitted or requested
 * @param redacted true when a confidential detail was withheld from this reader
 */
public record PoleItem(String id, Agency agency, String kind, String stage, String contactName,
    String contactEmail, Instant since, Optional<String> confidentialDetail, boolean redacted) {

  public PoleItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(agency, "agency");
    kind = Objects.requireNonNullElse(kind, "");
    stage = Objects.requireNonNullElse(stage, "");
    contactName = Objects.requireNonNullElse(contactName, "");
    contactEmail = Objects.requireNonNullElse(contactEmail, "");
    Objects.requireNonNull(confidentialDetail, "confidentialDetail");
  }

  /** The same item without its confidential detail. */
  public PoleItem withoutDetail() {
    return new PoleItem(id, agency, kind, stage, contactName, contactEmail, since,
        Optional.empty(), true);
  }
}
