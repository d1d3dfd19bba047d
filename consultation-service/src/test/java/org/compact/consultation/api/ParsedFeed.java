package org.compact.consultation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** A feed parsed by ical4j, a real RFC 5545 parser, after checking its raw lines. */
public final class ParsedFeed {
  public final Calendar calendar;
  public final Map<String, VEvent> eventsByUid;

  private ParsedFeed(Calendar calendar) {
    this.calendar = calendar;
    List<VEvent> events = calendar.getComponents("VEVENT");
    this.eventsByUid =
        events.stream().collect(Collectors.toMap(e -> value(e, "UID"), Function.identity()));
  }

  public static ParsedFeed parse(byte[] utf8) {
    assertRawLinesAreValid(utf8);
    try {
      return new ParsedFeed(
          new CalendarBuilder().build(new StringReader(new String(utf8, StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("ical4j cannot parse the feed: " + e, e);
    }
  }

  public static String value(net.fortuna.ical4j.model.PropertyContainer c, String name) {
    return c.<Property>getProperty(name)
        .map(Property::getValue)
        .orElseThrow(() -> new AssertionError("no " + name));
  }

  /**
   * Every physical line ends with CRLF, has at most 75 octets, and is valid UTF-8 on its own (a
   * fold never splits a multi-byte character).
   */
  public static void assertRawLinesAreValid(byte[] utf8) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < utf8.length; i++) {
      if (utf8[i] == '\n') {
        assertThat(i > 0 && utf8[i - 1] == '\r')
            .as("LF at byte " + i + " is preceded by CR")
            .isTrue();
        byte[] line = new byte[i - 1 - start];
        System.arraycopy(utf8, start, line, 0, line.length);
        lines.add(line);
        start = i + 1;
      }
    }
    assertThat(start).as("the feed ends with CRLF").isEqualTo(utf8.length);
    for (byte[] line : lines) {
      assertThat(line.length).as("octets of a physical line").isLessThanOrEqualTo(75);
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(line));
      } catch (CharacterCodingException e) {
        throw new AssertionError(
            "a physical line is not valid UTF-8 on its own (split character): "
                + new String(line, StandardCharsets.UTF_8));
      }
    }
  }
}
