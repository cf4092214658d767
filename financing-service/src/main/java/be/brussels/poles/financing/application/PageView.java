package be.brussels.poles.financing.application;

import java.util.List;

/** A page of a list as the REST API returns it. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

  static <T> PageView<T> of(ResultPage<T> page) {
    return new PageView<>(page.items(), page.page(), page.size(), page.totalItems(),
        page.totalPages());
  }
}
