package org.compact.consultation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes RFC 5545 content lines: TEXT escaping (section 3.3.11), CRLF line ends, and folding at 75
 * octets (section 3.1) that never splits a UTF-8 encoded character.
 */
public final class ICalendarWriter {
  static final int MAX_LINE_OCTETS = 75;
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter UTC_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder();

  /** A property whose value is written as given (URI, integer, keyword). */
  public ICalendarWriter raw(String name, String value) {
    out.append(fold(name + ":" + stripControls(value, false)));
    return this;
  }

  /** A TEXT property, escaped. */
  public ICalendarWriter text(String name, String value) {
    out.append(fold(name + ":" + escapeText(value)));
    return this;
  }

  /** A multi-valued TEXT property (e.g. CATEGORIES): each value escaped, joined by commas. */
  public ICalendarWriter texts(String name, Iterable<String> values) {
    StringBuilder joined = new StringBuilder();
    for (String value : values) {
      if (!joined.isEmpty()) {
        joined.append(',');
      }
      joined.append(escapeText(value));
    }
    out.append(fold(name + ":" + joined));
    return this;
  }

  /** An all-day DATE value: {@code NAME;VALUE=DATE:yyyyMMdd}. */
  public ICalendarWriter date(String name, LocalDate date) {
    out.append(fold(name + ";VALUE=DATE:" + DATE.format(date)));
    return this;
  }

  /** A UTC DATE-TIME value (form #2 of section 3.3.5), to the second. */
  public ICalendarWriter utc(String name, Instant instant) {
    out.append(fold(name + ":" + UTC_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS))));
    return this;
  }

  public ICalendarWriter begin(String component) {
    return raw("BEGIN", component);
  }

  public ICalendarWriter end(String component) {
    return raw("END", component);
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** TEXT escaping: backslash, semicolon, comma and line breaks; other controls dropped. */
  public static String escapeText(String value) {
    String text = stripControls(value, true);
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case ';' -> escaped.append("\\;");
        case ',' -> escaped.append("\\,");
        case '\r' -> {
          escaped.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> escaped.append("\\n");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Folds one content line: at most 75 octets per physical line, each continuation starting with a
   * space (which counts), split only between code points. Ends with CRLF.
   */
  public static String fold(String line) {
    StringBuilder folded = new StringBuilder(line.length() + 8);
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int length = utf8Length(codePoint);
      if (octets + length > MAX_LINE_OCTETS) {
        folded.append("\r\n ");
        octets = 1;
      }
      folded.appendCodePoint(codePoint);
      octets += length;
      i += Character.charCount(codePoint);
    }
    return folded.append("\r\n").toString();
  }

  static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }

  /**
   * Drops control characters RFC 5545 does not allow in values (keeps tab, and line breaks when
   * they are escaped afterwards) and replaces unpaired surrogates, which have no UTF-8 form.
   */
  private static String stripControls(String value, boolean keepLineBreaks) {
    if (value == null) {
      return "";
    }
    StringBuilder clean = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      i += Character.charCount(codePoint);
      boolean lineBreak = codePoint == '\n' || codePoint == '\r';
      if (Character.getType(codePoint) == Character.SURROGATE) {
        clean.append('\uFFFD');
      } else if (codePoint == '\t' || (lineBreak && keepLineBreaks)) {
        clean.appendCodePoint(codePoint);
      } else if (!Character.isISOControl(codePoint)) {
        clean.appendCodePoint(codePoint);
      }
    }
    return clean.toString();
  }
}
