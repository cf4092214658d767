package be.brussels.poles.kit.input;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and where it sits in the whole, as every REST list answers:
 * {@code {items, page, size, totalItems, totalPages}}.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

  public Page {
    items = List.copyOf(items);
  }

  /** The page {@code query} asked for, out of {@code totalItems}. */
  public static <T> Page<T> of(List<T> items, PageQuery query, long totalItems) {
    return new Page<>(items, query.page(), query.size(), totalItems,
        (totalItems + query.size() - 1) / query.size());
  }

  /** The same page with its items converted, e.g. to REST views. */
  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
