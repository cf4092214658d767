package be.brussels.poles.crm.journey;

/**
 * The outcome of appending a batch.
 *
 * @param stored events that were new and are now stored
 * @param duplicates events whose id was already stored (or repeated in the batch), ignored
 */
public record AppendResult(int stored, int duplicates) {}
