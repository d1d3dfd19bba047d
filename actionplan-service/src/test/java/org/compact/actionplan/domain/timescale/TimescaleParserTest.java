package org.compact.actionplan.domain.timescale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.actionplan.domain.timescale.Recurrence.ANNUALLY;
import static org.compact.actionplan.domain.timescale.Recurrence.MONTHLY;
import static org.compact.actionplan.domain.timescale.Recurrence.QUARTERLY;
import static org.compact.actionplan.domain.timescale.Recurrence.SIX_MONTHLY;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every timescale string of seeds 000 and 004, and variants found in neither, with the parsed form
 * derived by hand from the DOMAIN.md rules.
 */
class TimescaleParserTest {

  /** Every distinct non-empty timescale of seed 000 (Derbyshire Compact action plan). */
  static Stream<Arguments> seed000() {
    return Stream.of(
        arguments("Annually", recurring(null, ANNUALLY)),
        arguments("June-July 2007", range("2007-06-01", "2007-07-31")),
        arguments("Ongoing", ongoing(null)),
        arguments("June 2007 Ongoing", ongoing(null, "2007-06-30")),
        arguments(
            "Ongoing – many areas have widely promoted the Compact and are continuing to do so",
            ongoing("many areas have widely promoted the Compact and are continuing to do so")),
        arguments(
            "Ongoing-Information from Amber Valley CVS provided to all partners at DPF for"
                + " use/adaption",
            ongoing(
                "Information from Amber Valley CVS provided to all partners at DPF for"
                    + " use/adaption")),
        arguments(
            "Ongoing (at least six monthly)",
            new Expected(
                TimescaleKind.ONGOING,
                List.of(),
                null,
                List.of(SIX_MONTHLY),
                true,
                null,
                null,
                null)),
        arguments("June 2007", due(null, "2007-06-30")),
        arguments(
            "Ongoing as LSPs revise their Community Strategies",
            ongoing("as LSPs revise their Community Strategies")),
        arguments("Summer 2007", due(null, "2007-08-31")),
        arguments(
            "Funding and procurement commentary to be completed by August 2007",
            due("Funding and procurement commentary to be completed", "2007-08-31")),
        arguments("Six Monthly", recurring(null, SIX_MONTHLY)),
        arguments(
            "Quarterly updates Full review annually",
            recurring("updates Full review", QUARTERLY, ANNUALLY)));
  }

  /** Every distinct timescale ("Deadline") of seed 004 (South Derbyshire consultation plan). */
  static Stream<Arguments> seed004() {
    return Stream.of(
        arguments("June 2009", due(null, "2009-06-30")),
        arguments("Ongoing", ongoing(null)),
        arguments("May 2009", due(null, "2009-05-31")),
        arguments("June/July 2009", range("2009-06-01", "2009-07-31")),
        arguments("September 2009", due(null, "2009-09-30")),
        arguments("December 2009", due(null, "2009-12-31")),
        arguments("August 2009", due(null, "2009-08-31")),
        arguments("Between October 2009 and March 2010", range("2009-10-01", "2010-03-31")),
        arguments("Between June and October 2009", range("2009-06-01", "2009-10-31")));
  }

  /** Forms found in neither seed. */
  static Stream<Arguments> variants() {
    return Stream.of(
        arguments("Autumn 2011", due(null, "2011-11-30")),
        arguments("Spring 2010", due(null, "2010-05-31")),
        arguments("Winter 2010", due(null, "2011-02-28")),
        arguments("Winter 2011", due(null, "2012-02-29")),
        arguments("Winter 2010/11", due(null, "2011-02-28")),
        arguments("By May 2012", due(null, "2012-05-31")),
        arguments("Q3 2010", due(null, "2010-09-30")),
        arguments("first quarter of 2011", due(null, "2011-03-31")),
        arguments("end of March 2011", due(null, "2011-03-31")),
        arguments("31 March 2011", due(null, "2011-03-31")),
        arguments("15/06/2010", due(null, "2010-06-15")),
        arguments("2010-06-15", due(null, "2010-06-15")),
        arguments("Sept 2009", due(null, "2009-09-30")),
        arguments("June-July 2007", range("2007-06-01", "2007-07-31")),
        arguments("June to August 2010", range("2010-06-01", "2010-08-31")),
        arguments("November-February 2010", range("2009-11-01", "2010-02-28")),
        arguments("November 2009 - February 2010", range("2009-11-01", "2010-02-28")),
        arguments("Between June and October 2009", range("2009-06-01", "2009-10-31")),
        arguments("June/July 2009", range("2009-06-01", "2009-07-31")),
        arguments("June and July 2009", range("2009-06-01", "2009-07-31")),
        arguments("June 2009 and December 2009", due(null, "2009-06-30", "2009-12-31")),
        arguments("End 2010", due(null, "2010-12-31")),
        arguments("2010/11", due(null, "2011-03-31")),
        arguments("Annually", recurring(null, ANNUALLY)),
        arguments("Six Monthly", recurring(null, SIX_MONTHLY)),
        arguments("six-monthly", recurring(null, SIX_MONTHLY)),
        arguments("Half yearly", recurring(null, SIX_MONTHLY)),
        arguments("Quarterly", recurring(null, QUARTERLY)),
        arguments("Monthly", recurring(null, MONTHLY)),
        arguments("Ongoing", ongoing(null)),
        arguments("ongoing", ongoing(null)),
        arguments("Ongoing until September 2010", ongoing(null, "2010-09-30")),
        arguments("3 months after adoption", relative(Period.ofMonths(3))),
        arguments("Six months after adoption", relative(Period.ofMonths(6))),
        arguments("Within 2 weeks of adoption", relative(Period.ofDays(14))),
        arguments("1 year after the plan's adoption", relative(Period.ofYears(1))),
        arguments("Completed March 2010", completed("2010-03-31")),
        arguments("Completed", completed(null)),
        arguments("Done 12 May 2009", completed("2009-05-12")),
        arguments("TBC", unparsed()),
        arguments("As soon as possible", unparsed()),
        arguments("when funding allows", unparsed()));
  }

  @ParameterizedTest(name = "seed 000: {0}")
  @MethodSource("seed000")
  void seed000TimescalesParseByTheDomainRules(String text, Expected expected) {
    assertThat(TimescaleParser.parse(text)).isEqualTo(expected.of(text));
  }

  @ParameterizedTest(name = "seed 004: {0}")
  @MethodSource("seed004")
  void seed004DeadlinesParseByTheDomainRules(String text, Expected expected) {
    assertThat(TimescaleParser.parse(text)).isEqualTo(expected.of(text));
  }

  @ParameterizedTest(name = "variant: {0}")
  @MethodSource("variants")
  void variantsInNeitherSeedParseByTheDomainRules(String text, Expected expected) {
    assertThat(TimescaleParser.parse(text)).isEqualTo(expected.of(text));
  }

  @Test
  void blankTimescaleIsNoneAndKeepsItsText() {
    assertThat(TimescaleParser.parse("").kind()).isEqualTo(TimescaleKind.NONE);
    assertThat(TimescaleParser.parse("   ").kind()).isEqualTo(TimescaleKind.NONE);
    assertThat(TimescaleParser.parse("   ").text()).isEqualTo("   ");
    assertThat(TimescaleParser.parse(null).kind()).isEqualTo(TimescaleKind.NONE);
  }

  @Test
  void unparsableTextIsKeptVerbatimAndFlaggedNeverRejected() {
    Timescale parsed = TimescaleParser.parse("  Depends on the DPF  ");
    assertThat(parsed.isUnparsed()).isTrue();
    assertThat(parsed.text()).isEqualTo("  Depends on the DPF  ");
    assertThat(parsed.dueDates()).isEmpty();
  }

  @Test
  void winterMeansTheWinterStartingInThatYear() {
    assertThat(TimescaleParser.parse("Winter 2009").dueDates())
        .containsExactly(LocalDate.of(2010, 2, 28));
    assertThat(TimescaleParser.parse("Winter 2009/2010").dueDates())
        .containsExactly(LocalDate.of(2010, 2, 28));
  }

  /** The expected parse, less the original text (which must always be kept verbatim). */
  record Expected(
      TimescaleKind kind,
      List<LocalDate> dueDates,
      LocalDate startsOn,
      List<Recurrence> recurrences,
      boolean ongoing,
      LocalDate completedOn,
      Period afterAdoption,
      String remark) {
    Timescale of(String text) {
      return new Timescale(
          text, kind, dueDates, startsOn, recurrences, ongoing, completedOn, afterAdoption, remark);
    }
  }

  static Expected due(String remark, String... dates) {
    return new Expected(
        TimescaleKind.DUE_DATE, dates(dates), null, List.of(), false, null, null, remark);
  }

  static Expected range(String startsOn, String dueOn) {
    return new Expected(
        TimescaleKind.RANGE,
        dates(dueOn),
        LocalDate.parse(startsOn),
        List.of(),
        false,
        null,
        null,
        null);
  }

  static Expected recurring(String remark, Recurrence... recurrences) {
    return new Expected(
        TimescaleKind.RECURRING, List.of(), null, List.of(recurrences), false, null, null, remark);
  }

  static Expected ongoing(String remark, String... endDates) {
    return new Expected(
        TimescaleKind.ONGOING, dates(endDates), null, List.of(), true, null, null, remark);
  }

  static Expected relative(Period offset) {
    return new Expected(
        TimescaleKind.RELATIVE, List.of(), null, List.of(), false, null, offset, null);
  }

  static Expected completed(String on) {
    return new Expected(
        TimescaleKind.COMPLETED,
        List.of(),
        null,
        List.of(),
        false,
        on == null ? null : LocalDate.parse(on),
        null,
        null);
  }

  static Expected unparsed() {
    return new Expected(
        TimescaleKind.UNPARSED, List.of(), null, List.of(), false, null, null, null);
  }

  private static List<LocalDate> dates(String... dates) {
    return Stream.of(dates).map(LocalDate::parse).toList();
  }
}
