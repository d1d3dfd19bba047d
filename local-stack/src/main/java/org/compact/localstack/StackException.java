package org.compact.localstack;

/**
 * A failure with a message meant for the developer at the terminal; printed without stack trace.
 */
public class StackException extends RuntimeException {
  StackException(String message) {
    super(message);
  }

  StackException(String message, Throwable cause) {
    super(message, cause);
  }
}
