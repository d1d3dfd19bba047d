package org.compact.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PageParamsTest {
  private static PageParams params(String page, String size, String sort) {
    PageParams params = new PageParams();
    params.page = page;
    params.size = size;
    params.sort = sort;
    return params;
  }

  @Test
  void defaultsAreFirstPageOfTwentyByFirstSortField() {
    PageRequest request = params(null, null, null).toRequest(List.of("name", "sector"));
    assertThat(request).isEqualTo(new PageRequest(0, 20, "name", false));
    assertThat(request.offset()).isZero();
  }

  @Test
  void sizeMustBeBetweenOneAndTwoHundred() {
    assertThat(params("2", "200", "-sector").toRequest(List.of("name", "sector")))
        .isEqualTo(new PageRequest(2, 200, "sector", true));
    for (String bad : List.of("0", "201", "-1", "ten", "1.5")) {
      ProblemException e =
          catchThrowableOfType(
              ProblemException.class, () -> params(null, bad, null).toRequest(List.of("name")));
      assertThat(e.type().status()).as(bad).isEqualTo(400);
      assertThat(e.violations()).extracting(Problem.Violation::field).containsExactly("size");
    }
  }

  @Test
  void negativePageAndUnknownSortFieldAreBadRequests() {
    ProblemException e =
        catchThrowableOfType(
            ProblemException.class,
            () -> params("-1", "10", "password").toRequest(List.of("name")));
    assertThat(e.type().status()).isEqualTo(400);
    assertThat(e.violations())
        .extracting(Problem.Violation::field)
        .containsExactlyInAnyOrder("page", "sort");
  }

  @Test
  void sortAcceptsCommaDirection() {
    assertThat(params(null, null, "name,desc").toRequest(List.of("name")).descending()).isTrue();
    assertThat(params(null, null, "name,asc").toRequest(List.of("name")).descending()).isFalse();
  }

  @Test
  void pageKnowsWhetherMoreFollow() {
    PageRequest request = new PageRequest(1, 10, "name", false);
    assertThat(Page.of(List.of(), request, 21).hasNext()).isTrue();
    assertThat(Page.of(List.of(), request, 20).hasNext()).isFalse();
  }
}
