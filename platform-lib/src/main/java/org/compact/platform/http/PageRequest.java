package org.compact.platform.http;

/** A validated page request. {@code sortField} is one of the fields the list allows. */
public record PageRequest(int page, int size, String sortField, boolean descending) {
  public int offset() {
    return page * size;
  }

  public static PageRequest first(int size, String sortField) {
    return new PageRequest(0, size, sortField, false);
  }
}
