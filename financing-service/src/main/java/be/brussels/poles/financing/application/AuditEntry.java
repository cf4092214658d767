package be.brussels.poles.financing.application;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of an application's life, kept in the application for good: who (subject and name,
 * agency), when, what (action, from and to stage) and a short summary. Never holds amounts only
 * meant for the committee's minutes beyond what the decision itself records.
 */
public record AuditEntry(Instant at, String action, ApplicationStage from, ApplicationStage to,
    String actorSubject, String actorName, String actorAgency, String summary) {

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    actorSubject = Objects.requireNonNullElse(actorSubject, "");
    actorName = Objects.requireNonNullElse(actorName, "");
    actorAgency = Objects.requireNonNullElse(actorAgency, "");
    summary = Objects.requireNonNullElse(summary, "");
  }
}
