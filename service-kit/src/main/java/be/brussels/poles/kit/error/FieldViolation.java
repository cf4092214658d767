package be.brussels.poles.kit.error;

/** One reason why one input field was refused, e.g. ("enterpriseNumber", "fails the mod-97 check"). */
public record FieldViolation(String field, String reason) {}
