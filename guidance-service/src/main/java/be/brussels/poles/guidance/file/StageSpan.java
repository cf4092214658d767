package be.brussels.poles.guidance.file;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stage the file went through, with its dates: the history that shows the time spent in each
 * stage.
 *
 * @param until when the file left the stage; empty for the current stage
 */
public record StageSpan(Stage stage, Instant since, Optional<Instant> until) {

  public StageSpan {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(since, "since");
    until = Objects.requireNonNullElse(until, Optional.empty());
  }
}
