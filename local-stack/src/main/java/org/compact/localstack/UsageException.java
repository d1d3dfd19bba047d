package org.compact.localstack;

/** Wrong command line: printed with a pointer to {@code --help}, exit code 2. */
final class UsageException extends StackException {
  UsageException(String message) {
    super(message);
  }
}
