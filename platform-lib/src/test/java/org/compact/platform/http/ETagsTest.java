package org.compact.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class ETagsTest {
  @Test
  void changeWithoutIfMatchIsPreconditionRequired() {
    ProblemException e =
        catchThrowableOfType(ProblemException.class, () -> ETags.requireIfMatch((String) null, 3));
    assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
    assertThat(e.type().status()).isEqualTo(428);
    assertThat(e.extensions()).containsEntry("currentEtag", "\"3\"");
  }

  @Test
  void staleIfMatchIsPreconditionFailed() {
    ProblemException e =
        catchThrowableOfType(ProblemException.class, () -> ETags.requireIfMatch("\"2\"", 3));
    assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
    assertThat(e.type().status()).isEqualTo(412);
  }

  @Test
  void currentVersionInAnyFormMatches() {
    assertThatCode(() -> ETags.requireIfMatch("\"3\"", 3)).doesNotThrowAnyException();
    assertThatCode(() -> ETags.requireIfMatch("W/\"3\"", 3)).doesNotThrowAnyException();
    assertThatCode(() -> ETags.requireIfMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
    assertThatCode(() -> ETags.requireIfMatch("*", 3)).doesNotThrowAnyException();
  }

  @Test
  void etagIsTheVersion() {
    assertThat(ETags.of(7).getValue()).isEqualTo("7");
    assertThat(ETags.of(7).isWeak()).isFalse();
  }
}
