package org.compact.contracts;

/** A message that is not a valid event envelope or payload; consumers dead-letter it. */
public class MalformedEventException extends RuntimeException {
  public MalformedEventException(String message) {
    super(message);
  }
}
