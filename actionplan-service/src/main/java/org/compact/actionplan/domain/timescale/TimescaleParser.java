package org.compact.actionplan.domain.timescale;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timescale texts of real Compact action plans (DOMAIN.md rules):
 *
 * <ul>
 *   <li>a month is its last day ("June 2009" → 30 June 2009; "By May 2012", "end of March 2011"
 *       likewise); a day given is that day;
 *   <li>a season: Spring → 31 May, Summer → 31 August, Autumn → 30 November, Winter → the end of
 *       February <b>of the following year</b>: "Winter 2010" is the winter of 2010-11, due 28
 *       February 2011 ("Winter 2010/11" says the same explicitly);
 *   <li>a range ("June-July 2007", "Between June and October 2009", "June/July 2009") → the end of
 *       its last month, with {@code startsOn} the first day of its first month;
 *   <li>"End 2010" (or a bare year) → 31 December; a financial year "2010/11" → 31 March 2011; "Q3
 *       2010" is a calendar quarter → 30 September 2010;
 *   <li>"Annually", "Six Monthly", "Quarterly", "Monthly" → recurring (scheduled from the plan
 *       period start by {@code ActionSchedule});
 *   <li>"Ongoing" → no due date; "Ongoing until September 2010" → ongoing with end date;
 *   <li>"3 months after adoption" → relative to the plan's adoptedOn;
 *   <li>"Completed March 2010" → completed, with its date;
 *   <li>anything else → UNPARSED: the text is kept and flagged, never rejected.
 * </ul>
 *
 * Pure and stateless.
 */
public final class TimescaleParser {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String M =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String Y = "((?:19|20)\\d{2})";

  private static final Pattern COMPLETED =
      Pattern.compile("^(?:completed|complete|done|achieved|finished)\\b", FLAGS);
  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b(?:within\\s+)?(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
              + "|twelve|eighteen)\\s+(day|week|month|year)s?\\s+(?:after|from|of|following)"
              + "\\s+(?:the\\s+)?(?:plan(?:'s)?\\s+)?(?:adoption|approval|agreement|being adopted)"
              + "\\b",
          FLAGS);
  private static final Pattern ONGOING = Pattern.compile("\\bon-?\\s?going\\b", FLAGS);
  private static final Pattern SIX_MONTHLY =
      Pattern.compile(
          "\\b(?:six[\\s-]?monthly|6[\\s-]?monthly|half[\\s-]?yearly|bi-?annual(?:ly)?"
              + "|twice\\s+(?:a|per)\\s+year|every\\s+(?:six|6)\\s+months)\\b",
          FLAGS);
  private static final Pattern QUARTERLY =
      Pattern.compile("\\b(?:quarterly|every\\s+(?:three|3)\\s+months)\\b", FLAGS);
  private static final Pattern MONTHLY = Pattern.compile("\\b(?:monthly|every\\s+month)\\b", FLAGS);
  private static final Pattern ANNUALLY =
      Pattern.compile("\\b(?:annually|annual|yearly|every\\s+year|each\\s+year)\\b", FLAGS);

  private static final Pattern BETWEEN =
      Pattern.compile(
          "\\bbetween\\s+" + M + "(?:\\s+" + Y + ")?\\s+and\\s+" + M + "\\s+" + Y + "\\b", FLAGS);
  private static final Pattern MONTH_RANGE =
      Pattern.compile(
          "\\b"
              + M
              + "(?:\\s+"
              + Y
              + ")?(?:\\s*[-/&]\\s*|\\s+(?:to|until|till)\\s+)"
              + M
              + "\\s+"
              + Y
              + "\\b",
          FLAGS);

  /** "June and July 2009" is a range; "June 2009 and December 2009" two dates. */
  private static final Pattern MONTHS_AND =
      Pattern.compile("\\b" + M + "()\\s+and\\s+" + M + "\\s+" + Y + "\\b", FLAGS);

  private static final Pattern SEASON =
      Pattern.compile(
          "\\b(spring|summer|autumn|fall|winter)\\s+" + Y + "(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?\\b",
          FLAGS);
  private static final Pattern QUARTER = Pattern.compile("\\bq([1-4])\\s*" + Y + "\\b", FLAGS);
  private static final Pattern QUARTER_WORDS =
      Pattern.compile(
          "\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+(?:of\\s+)?" + Y + "\\b",
          FLAGS);
  private static final Pattern ISO_DATE =
      Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b", FLAGS);
  private static final Pattern UK_DATE =
      Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})\\b", FLAGS);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + M + ",?\\s+" + Y + "\\b", FLAGS);
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + M + ",?\\s+(?:of\\s+)?" + Y + "\\b", FLAGS);
  private static final Pattern FINANCIAL_YEAR =
      Pattern.compile("\\b" + Y + "\\s*[/-]\\s*(\\d{4}|\\d{2})\\b", FLAGS);
  private static final Pattern YEAR = Pattern.compile("\\b" + Y + "\\b", FLAGS);

  private static final Set<String> FILLER =
      Set.of(
          "by",
          "before",
          "to",
          "the",
          "of",
          "in",
          "end",
          "and",
          "until",
          "till",
          "from",
          "at",
          "least",
          "on",
          "for",
          "then",
          "due",
          "deadline",
          "approx",
          "approximately",
          "around",
          "with",
          "start",
          "early",
          "mid",
          "late",
          "beginning",
          "during",
          "within",
          "every");

  private TimescaleParser() {}

  public static Timescale parse(String raw) {
    String text = normalise(raw);
    if (text.isEmpty()) {
      return new Timescale(
          raw == null ? "" : raw,
          TimescaleKind.NONE,
          List.of(),
          null,
          List.of(),
          false,
          null,
          null,
          null);
    }
    StringBuilder work = new StringBuilder(text);
    TreeSet<LocalDate> dates = new TreeSet<>();
    LocalDate[] rangeStart = new LocalDate[1];

    if (COMPLETED.matcher(text).find()) {
      consume(work, COMPLETED, m -> {});
      scanDates(work, dates, rangeStart);
      return new Timescale(
          raw,
          TimescaleKind.COMPLETED,
          List.of(),
          null,
          List.of(),
          false,
          dates.isEmpty() ? null : dates.last(),
          null,
          remark(work));
    }
    Period[] relative = new Period[1];
    consume(work, RELATIVE, m -> relative[0] = periodOf(m.group(1), m.group(2)));
    if (relative[0] != null) {
      return new Timescale(
          raw,
          TimescaleKind.RELATIVE,
          List.of(),
          null,
          List.of(),
          false,
          null,
          relative[0],
          remark(work));
    }
    boolean[] ongoing = new boolean[1];
    consume(work, ONGOING, m -> ongoing[0] = true);
    EnumSet<Recurrence> recurrences = EnumSet.noneOf(Recurrence.class);
    consume(work, SIX_MONTHLY, m -> recurrences.add(Recurrence.SIX_MONTHLY));
    consume(work, QUARTERLY, m -> recurrences.add(Recurrence.QUARTERLY));
    consume(work, MONTHLY, m -> recurrences.add(Recurrence.MONTHLY));
    consume(work, ANNUALLY, m -> recurrences.add(Recurrence.ANNUALLY));
    scanDates(work, dates, rangeStart);

    TimescaleKind kind;
    if (ongoing[0]) {
      kind = TimescaleKind.ONGOING;
    } else if (!recurrences.isEmpty()) {
      kind = TimescaleKind.RECURRING;
    } else if (rangeStart[0] != null && dates.size() == 1) {
      kind = TimescaleKind.RANGE;
    } else if (!dates.isEmpty()) {
      kind = TimescaleKind.DUE_DATE;
    } else {
      return new Timescale(
          raw, TimescaleKind.UNPARSED, List.of(), null, List.of(), false, null, null, null);
    }
    return new Timescale(
        raw,
        kind,
        List.copyOf(dates),
        kind == TimescaleKind.RANGE ? rangeStart[0] : null,
        List.copyOf(recurrences), // enum order: most frequent first
        ongoing[0],
        null,
        null,
        remark(work));
  }

  /** Finds every date expression, most specific first, and removes it from {@code work}. */
  private static void scanDates(StringBuilder work, TreeSet<LocalDate> dates, LocalDate[] start) {
    Consumer<MatchResult> range =
        m -> {
          Month first = month(m.group(1));
          Month last = month(m.group(3));
          int lastYear = Integer.parseInt(m.group(4));
          int firstYear =
              m.group(2) != null && !m.group(2).isEmpty()
                  ? Integer.parseInt(m.group(2))
                  : first.getValue() > last.getValue() ? lastYear - 1 : lastYear;
          start[0] = LocalDate.of(firstYear, first, 1);
          dates.add(YearMonth.of(lastYear, last).atEndOfMonth());
        };
    consume(work, BETWEEN, range);
    consume(work, MONTH_RANGE, range);
    consume(work, MONTHS_AND, range);
    consume(
        work,
        SEASON,
        m -> dates.add(seasonEnd(m.group(1), Integer.parseInt(m.group(2)), m.group(3))));
    consume(
        work,
        QUARTER,
        m -> dates.add(quarterEnd(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
    consume(
        work,
        QUARTER_WORDS,
        m -> dates.add(quarterEnd(quarterNumber(m.group(1)), Integer.parseInt(m.group(2)))));
    consume(work, ISO_DATE, m -> addIfValid(dates, m.group(1), m.group(2), m.group(3)));
    consume(work, UK_DATE, m -> addIfValid(dates, m.group(3), m.group(2), m.group(1)));
    consume(
        work,
        DAY_MONTH_YEAR,
        m -> {
          YearMonth ym = YearMonth.of(Integer.parseInt(m.group(3)), month(m.group(2)));
          int day = Integer.parseInt(m.group(1));
          dates.add(ym.isValidDay(day) ? ym.atDay(day) : ym.atEndOfMonth());
        });
    consume(
        work,
        MONTH_YEAR,
        m ->
            dates.add(
                YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).atEndOfMonth()));
    consume(
        work,
        FINANCIAL_YEAR,
        m -> {
          int first = Integer.parseInt(m.group(1));
          int second = secondYear(first, m.group(2));
          if (second > first) {
            dates.add(LocalDate.of(second, Month.MARCH, 31));
          }
        });
    consume(work, YEAR, m -> dates.add(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31)));
  }

  private static void addIfValid(TreeSet<LocalDate> dates, String y, String mo, String d) {
    try {
      dates.add(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
    } catch (java.time.DateTimeException e) {
      // "31/02/2010" is not a date; left for the remark
    }
  }

  private static LocalDate seasonEnd(String season, int year, String secondYear) {
    return switch (season.toLowerCase(Locale.ROOT)) {
      case "spring" -> LocalDate.of(year, Month.MAY, 31);
      case "summer" -> LocalDate.of(year, Month.AUGUST, 31);
      case "autumn", "fall" -> LocalDate.of(year, Month.NOVEMBER, 30);
      default -> {
        int febYear = secondYear == null ? year + 1 : secondYear(year, secondYear);
        yield YearMonth.of(febYear, Month.FEBRUARY).atEndOfMonth();
      }
    };
  }

  private static int quarterNumber(String ordinal) {
    return switch (ordinal.toLowerCase(Locale.ROOT).charAt(0)) {
      case 'f', '1' -> 1;
      case 's', '2' -> 2;
      case 't', '3' -> 3;
      default -> 4;
    };
  }

  private static LocalDate quarterEnd(int quarter, int year) {
    return YearMonth.of(year, quarter * 3).atEndOfMonth();
  }

  /** "2010/11" → 2011; "2010/2011" → 2011. */
  private static int secondYear(int first, String second) {
    if (second.length() == 4) {
      return Integer.parseInt(second);
    }
    int candidate = first / 100 * 100 + Integer.parseInt(second);
    return candidate < first ? candidate + 100 : candidate;
  }

  private static Month month(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    for (Month month : Month.values()) {
      if (month
          .getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK)
          .toLowerCase(Locale.ROOT)
          .startsWith(key)) {
        return month;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static Period periodOf(String amount, String unit) {
    int n =
        switch (amount.toLowerCase(Locale.ROOT)) {
          case "one" -> 1;
          case "two" -> 2;
          case "three" -> 3;
          case "four" -> 4;
          case "five" -> 5;
          case "six" -> 6;
          case "seven" -> 7;
          case "eight" -> 8;
          case "nine" -> 9;
          case "ten" -> 10;
          case "eleven" -> 11;
          case "twelve" -> 12;
          case "eighteen" -> 18;
          default -> Integer.parseInt(amount);
        };
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "day" -> Period.ofDays(n);
      case "week" -> Period.ofWeeks(n);
      case "year" -> Period.ofYears(n);
      default -> Period.ofMonths(n);
    };
  }

  private static void consume(StringBuilder work, Pattern pattern, Consumer<MatchResult> onMatch) {
    Matcher matcher = pattern.matcher(work.toString());
    List<int[]> spans = new ArrayList<>();
    while (matcher.find()) {
      onMatch.accept(matcher.toMatchResult());
      spans.add(new int[] {matcher.start(), matcher.end()});
    }
    for (int[] span : spans) {
      for (int i = span[0]; i < span[1]; i++) {
        work.setCharAt(i, ' ');
      }
    }
  }

  /** What is left once the recognised parts are removed, without filler words; null if nothing. */
  private static String remark(StringBuilder work) {
    List<String> words = new ArrayList<>(List.of(work.toString().trim().split("\\s+")));
    words.replaceAll(TimescaleParser::stripPunctuation);
    words.removeIf(String::isEmpty);
    while (!words.isEmpty() && FILLER.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      words.remove(0);
    }
    while (!words.isEmpty()
        && FILLER.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  private static String stripPunctuation(String word) {
    return word.replaceAll("^[(\\[\"'\\-:;,.]+", "").replaceAll("[)\\]\"'\\-:;,.]+$", "");
  }

  static String normalise(String raw) {
    if (raw == null) {
      return "";
    }
    return raw.replace('\u2013', '-')
        .replace('\u2014', '-')
        .replace('\u2012', '-')
        .replace('\u00a0', ' ')
        .replaceAll("\\s+", " ")
        .trim();
  }
}
