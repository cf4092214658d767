package be.brussels.poles.crm.journey;

import java.util.List;

/**
 * A window of a company's journey, newest first.
 *
 * @param totalItems how many entries the whole journey holds
 */
public record JourneySlice(List<JourneyEntry> entries, long totalItems) {
  public JourneySlice {
    entries = List.copyOf(entries);
  }
}
