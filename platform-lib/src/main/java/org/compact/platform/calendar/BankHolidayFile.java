package org.compact.platform.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a bank holiday file: GOV.UK's {@code bank-holidays.json} format (the {@code
 * england-and-wales} division with its {@code events}) plus the dates that make it trustworthy:
 *
 * <pre>
 * { "source": "https://www.gov.uk/bank-holidays.json",
 *   "published": "2026-11-23",          required: when the file was written
 *   "validFrom": "2008-01-01",          optional: first day covered (default 1 January of the first event's year)
 *   "validUntil": "2030-12-31",         required: last day covered
 *   "england-and-wales": { "division": "england-and-wales",
 *     "events": [ { "date": "2025-04-18", "title": "Good Friday", "notes": "" }, ... ] } }
 * </pre>
 *
 * Other divisions (scotland, northern-ireland) and unknown fields are ignored. Anything missing,
 * unparseable or inconsistent is rejected with a message naming the file and the problem.
 */
public final class BankHolidayFile {
  public static final String BUNDLED = "calendar/bank-holidays-england-and-wales.json";
  public static final String DIVISION = "england-and-wales";

  private static final ObjectMapper JSON = new ObjectMapper();

  private BankHolidayFile() {}

  /** The file shipped in platform-lib. */
  public static BankHolidays bundled() {
    try (InputStream in = BankHolidayFile.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new InvalidBankHolidayFileException("The bundled bank holiday file is missing");
      }
      return read(in, "classpath:" + BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static BankHolidays read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (NoSuchFileException e) {
      throw new InvalidBankHolidayFileException("Bank holiday file " + path + " does not exist");
    } catch (IOException e) {
      throw new InvalidBankHolidayFileException(
          "Bank holiday file " + path + " cannot be read: " + e.getMessage(), e);
    }
  }

  public static BankHolidays read(InputStream in, String origin) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw invalid(origin, "it is not JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new InvalidBankHolidayFileException(
          "Bank holiday file " + origin + " cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw invalid(origin, "it must be a JSON object");
    }
    LocalDate published = requiredDate(origin, root, "published", "the date the file was written");
    LocalDate validUntil = requiredDate(origin, root, "validUntil", "the last day it covers");
    String source = text(root.get("source"));
    JsonNode division = root.get(DIVISION);
    if (division == null || !division.isObject()) {
      throw invalid(origin, "it has no \"" + DIVISION + "\" division");
    }
    JsonNode events = division.get("events");
    if (events == null || !events.isArray() || events.isEmpty()) {
      throw invalid(origin, "the \"" + DIVISION + "\" division has no events");
    }
    List<BankHoliday> holidays = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      JsonNode event = events.get(i);
      String where = "event " + i;
      if (!event.isObject()) {
        throw invalid(origin, where + " is not an object");
      }
      LocalDate date = date(origin, event, "date", where);
      if (date == null) {
        throw invalid(origin, where + " has no date");
      }
      String title = text(event.get("title"));
      if (title == null || title.isBlank()) {
        throw invalid(origin, where + " (" + date + ") has no title");
      }
      if (!seen.add(date)) {
        throw invalid(origin, date + " is listed twice");
      }
      holidays.add(new BankHoliday(date, title.strip(), blankToEmpty(text(event.get("notes")))));
    }
    LocalDate first = holidays.stream().map(BankHoliday::date).min(LocalDate::compareTo).get();
    LocalDate last = holidays.stream().map(BankHoliday::date).max(LocalDate::compareTo).get();
    LocalDate validFrom = date(origin, root, "validFrom", "validFrom");
    if (validFrom == null) {
      validFrom = first.withDayOfYear(1);
    }
    if (validUntil.isBefore(validFrom)) {
      throw invalid(origin, "validUntil " + validUntil + " is before validFrom " + validFrom);
    }
    if (first.isBefore(validFrom) || last.isAfter(validUntil)) {
      throw invalid(
          origin,
          "its events ("
              + first
              + " to "
              + last
              + ") lie outside the days it says it covers ("
              + validFrom
              + " to "
              + validUntil
              + ")");
    }
    return new BankHolidays(
        origin,
        source == null ? "unknown" : source,
        published,
        new DateRange(validFrom, validUntil),
        holidays);
  }

  private static LocalDate requiredDate(String origin, JsonNode node, String field, String what) {
    LocalDate date = date(origin, node, field, field);
    if (date == null) {
      throw invalid(
          origin, "\"" + field + "\" is missing (" + what + ", as yyyy-MM-dd, e.g. 2026-11-23)");
    }
    return date;
  }

  private static LocalDate date(String origin, JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw invalid(origin, where + ": \"" + field + "\" must be a date as yyyy-MM-dd");
    }
    try {
      return LocalDate.parse(value.asText());
    } catch (DateTimeParseException e) {
      throw invalid(
          origin,
          where + ": \"" + field + "\" is not a date as yyyy-MM-dd: \"" + value.asText() + "\"");
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  private static InvalidBankHolidayFileException invalid(String origin, String problem) {
    return new InvalidBankHolidayFileException(
        "Bank holiday file " + origin + " is invalid: " + problem);
  }
}
