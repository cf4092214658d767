package be.brussels.poles.crm.access;

import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the append-only access log: who read what, when, through which path, for which
 * purpose and on which legal basis. No payload values are kept (no names, amounts or notes),
 * only references.
 *
 * @param actor the reader's identity, {@code iss}-scoped subject ({@code sub})
 * @param actorUsername the reader's username, for humans reading the log
 * @param actorAgency the reader's agency; empty for service accounts
 * @param enterpriseNumber the company concerned (canonical), or empty
 * @param traceId the request's trace id, to find the request in the service logs; may be empty
 */
public record AccessLogEntry(String entryId, Instant at, String actor, String actorUsername,
    Optional<Agency> actorAgency, String clientId, ReadPath path, String resourceType,
    String resourceId, String enterpriseNumber, Agency owner, DataCategory category,
    AccessBasis basis, String traceId) {

  public AccessLogEntry {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorUsername, "actorUsername");
    Objects.requireNonNull(actorAgency, "actorAgency");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceId, "resourceId");
    enterpriseNumber = Objects.requireNonNullElse(enterpriseNumber, "");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(basis, "basis");
    traceId = Objects.requireNonNullElse(traceId, "");
  }
}
