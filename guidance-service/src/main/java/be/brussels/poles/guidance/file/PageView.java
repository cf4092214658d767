package be.brussels.poles.guidance.file;

import java.util.List;

/** A page of a list as the REST API returns it. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

  static <T> PageView<T> of(Page<T> page) {
    return new PageView<>(page.items(), page.page(), page.size(), page.totalItems(),
        page.totalPages());
  }
}
