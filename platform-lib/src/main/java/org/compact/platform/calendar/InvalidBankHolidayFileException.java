package org.compact.platform.calendar;

/** A bank holiday file that cannot be trusted; the message says which file and what is wrong. */
public class InvalidBankHolidayFileException extends RuntimeException {
  public InvalidBankHolidayFileException(String message) {
    super(message);
  }

  public InvalidBankHolidayFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
