package org.compact.actionplan.domain.table;

/** The file cannot be read as the format it claims (a 400 for the caller). */
public class MalformedTableException extends RuntimeException {
  public MalformedTableException(String message, Throwable cause) {
    super(message, cause);
  }

  public MalformedTableException(String message) {
    super(message);
  }
}
