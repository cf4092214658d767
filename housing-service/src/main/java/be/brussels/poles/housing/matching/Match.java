package be.brussels.poles.housing.matching;

import be.brussels.poles.housing.inventory.Unit;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit ranked against a request: its total score (0-100), the day it is free from, and the
 * score of each criterion with the reason for it.
 */
public record Match(Unit unit, int score, LocalDate freeFrom, List<Component> components) {

  public Match {
    components = List.copyOf(components);
  }

  /**
   * One criterion's part of the score.
   *
   * @param score 0-100 for this criterion alone
   * @param reason why, in words staff can repeat to the company
   */
  public record Component(Criterion criterion, int score, String reason) {}
}
