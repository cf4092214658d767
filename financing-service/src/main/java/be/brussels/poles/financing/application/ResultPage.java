package be.brussels.poles.financing.application;

import java.util.List;
import java.util.function.Function;

/** One page of a list, newest first, and where it sits in the whole list. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

  public ResultPage {
    items = List.copyOf(items);
  }

  public long totalPages() {
    return (totalItems + size - 1) / size;
  }

  public <R> ResultPage<R> map(Function<T, R> mapper) {
    return new ResultPage<>(items.stream().map(mapper).toList(), page, size, totalItems);
  }
}
