package org.compact.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens the published HTML report in a real headless browser (Debian's chromium), reads the figures
 * from the rendered page and compares them with the JSON report; saves a screenshot to
 * target/report-2001-02.png. Without chromium the test is skipped, unless
 * -Dreport.browser.required=true (CI) makes a missing browser a failure.
 */
@QuarkusTest
class HeadlessBrowserReportTest {
  private static final Pattern CELL =
      Pattern.compile("data-metric=\"([^\"]+)\" data-year=\"current\">(-?\\d+)<");

  @Inject DataSource dataSource;

  @TestHTTPResource("/reports/2001/report.html")
  URL page;

  private static Path chromium() {
    for (String candidate :
        List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      Path path = Path.of(candidate);
      if (Files.isExecutable(path)) {
        return path;
      }
    }
    return null;
  }

  @Test
  void theRenderedPageShowsTheFiguresOfTheJsonReport() throws Exception {
    Path browser = chromium();
    if (browser == null) {
      assertThat(Boolean.getBoolean("report.browser.required"))
          .as("chromium is required (-Dreport.browser.required) but not installed")
          .isFalse();
      Assumptions.abort("chromium is not installed (apt-get install chromium)");
    }
    try (TestEvents events = new TestEvents(dataSource)) {
      GoldenScenario.load(events);
    }
    publish2001();
    JsonNode json = GoldenReportTest.report(2001, null);
    Map<String, Long> expected = ReportFormatsTest.numbers(json.get("figures"));

    String dom = run(browser, "--dump-dom", page.toString());
    Map<String, Long> rendered = new LinkedHashMap<>();
    Matcher cells = CELL.matcher(dom);
    while (cells.find()) {
      rendered.put(cells.group(1), Long.parseLong(cells.group(2)));
    }
    assertThat(rendered).isEqualTo(expected);
    assertThat(dom).contains("<svg").contains("Joint funding forum");

    Path screenshot = Path.of("target", "report-2001-02.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    run(browser, "--screenshot=" + screenshot, "--window-size=1200,2600", page.toString());
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }

  /** Agrees and publishes 2001-02 unless an earlier test run in this JVM already did. */
  private static void publish2001() {
    String status =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/reports/2001")
            .then()
            .extract()
            .path("status");
    if ("DRAFT".equals(status)) {
      given()
          .auth()
          .oauth2(TestTokens.admin())
          .header("If-Match", "\"0\"")
          .post("/reports/2001/agree")
          .then()
          .statusCode(200);
      status = "AGREED";
    }
    if ("AGREED".equals(status)) {
      given()
          .auth()
          .oauth2(TestTokens.admin())
          .header("If-Match", "\"1\"")
          .post("/reports/2001/publish")
          .then()
          .statusCode(200);
    }
  }

  private static String run(Path browser, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(browser.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars"));
    command.addAll(List.of(args));
    Path output = Files.createTempFile("chromium", ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s: " + command);
    }
    String out = Files.readString(output, StandardCharsets.UTF_8);
    Files.deleteIfExists(output);
    assertThat(process.exitValue()).as("chromium exit code for " + command).isZero();
    return out;
  }
}
