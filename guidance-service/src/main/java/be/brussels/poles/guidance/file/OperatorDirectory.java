package be.brussels.poles.guidance.file;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a file finds the operator assigned to a checklist element, and whether it is accredited
 * on a given day (the registry of accredited operators, feature 44).
 */
public interface OperatorDirectory {

  /** The operator with this id and its accreditation on {@code day}; empty when unknown. */
  Optional<GuidanceFile.AssignedOperator> find(String operatorId, LocalDate day);
}
