package org.compact.platform.http;

import java.util.List;
import java.util.function.Function;

/** The list envelope of every collection endpoint. */
public record Page<T>(List<T> items, int page, int size, long total) {
  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.page(), request.size(), total);
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
