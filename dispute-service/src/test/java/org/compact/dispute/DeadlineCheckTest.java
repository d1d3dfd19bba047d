package org.compact.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.dispute.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.dispute.DisputeDeadlineMissed;
import org.compact.dispute.service.DeadlineCheck;
import org.compact.platform.time.TimeSource;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduled check, driven by the injectable clock, at the boundary instants in London. */
@QuarkusTest
class DeadlineCheckTest {
  @Inject DataSource dataSource;
  @Inject TimeSource time;
  @Inject DeadlineCheck check;

  @AfterEach
  void resetTime() {
    time.reset();
  }

  private long misses(String disputeId, String kind) {
    return new Db(dataSource)
        .count(
            "select count(*) from deadline_miss where dispute_id = ? and kind = ?",
            UUID.fromString(disputeId),
            kind);
  }

  @Test
  void panelDeadlineIsMissedOnceFromMidnightLondonAfterTheDeadlineDay() {
    time.fixAt(Instant.parse("2025-05-01T10:00:00Z"));
    CaseFixture f = CaseFixture.atStage2(dataSource, 2025, "2025-05-01");
    as(TestTokens.admin())
        .get("/disputes/" + f.disputeId)
        .then()
        .body("deadlines.find { it.kind == 'PANEL_CONVENED' }.dueOn", equalTo("2025-05-15"))
        .body("deadlines.find { it.kind == 'PANEL_CONVENED' }.daysRemaining", equalTo(14));
    try (EventCapture capture = new EventCapture(Topics.DISPUTES)) {
      // 23:59:59 BST on the deadline day: on time
      time.fixAt(Instant.parse("2025-05-15T22:59:59Z"));
      check.runNow();
      assertThat(misses(f.disputeId, "PANEL_CONVENED")).isZero();
      as(TestTokens.admin())
          .get("/disputes/" + f.disputeId)
          .then()
          .body("deadlines.find { it.kind == 'PANEL_CONVENED' }.daysRemaining", equalTo(0))
          .body("deadlines.find { it.kind == 'PANEL_CONVENED' }.state", equalTo("PENDING"));
      // midnight BST: the day after, missed
      time.fixAt(Instant.parse("2025-05-15T23:00:00Z"));
      check.runNow();
      assertThat(misses(f.disputeId, "PANEL_CONVENED")).isEqualTo(1);
      check.runNow();
      check.runNow();
      assertThat(misses(f.disputeId, "PANEL_CONVENED"))
          .as("once per case and deadline")
          .isEqualTo(1);
      assertThat(misses(f.disputeId, "HEARING_HELD")).isZero();
      as(TestTokens.admin())
          .get("/disputes/" + f.disputeId)
          .then()
          .body("deadlines.find { it.kind == 'PANEL_CONVENED' }.state", equalTo("MISSED"))
          .body("deadlines.find { it.kind == 'PANEL_CONVENED' }.daysRemaining", equalTo(-1));

      EventEnvelope missed =
          capture.awaitEvent(
              e ->
                  e.aggregateId().equals(f.disputeId) && e.type().equals("dispute.deadline-missed"),
              Duration.ofSeconds(30));
      DisputeDeadlineMissed payload = EventCodec.payload(missed, DisputeDeadlineMissed.class);
      assertThat(payload.deadline()).hasToString("2025-05-15");
      assertThat(payload.detectedOn()).hasToString("2025-05-16");
      long emitted =
          capture.drain(Duration.ofMillis(500)).stream()
              .filter(r -> f.disputeId.equals(r.key()))
              .peek(r -> EventSchemas.assertValid(r.value()))
              .filter(r -> EventCodec.read(r.value()).type().equals("dispute.deadline-missed"))
              .count();
      assertThat(emitted).isEqualTo(1);

      // the hearing deadline: missed from 27 June (R + 56 = 26 June), still once
      time.fixAt(Instant.parse("2025-06-26T12:00:00Z"));
      check.runNow();
      assertThat(misses(f.disputeId, "HEARING_HELD")).isZero();
      time.fixAt(Instant.parse("2025-06-27T00:30:00Z"));
      check.runNow();
      check.runNow();
      assertThat(misses(f.disputeId, "HEARING_HELD")).isEqualTo(1);
    }
  }

  @Test
  void panelConvenedOnTheDeadlineDayIsNeverReportedMissed() {
    time.fixAt(Instant.parse("2025-05-01T10:00:00Z"));
    CaseFixture f = CaseFixture.atStage2(dataSource, 2025, "2025-05-01");
    time.fixAt(Instant.parse("2025-05-15T18:00:00Z"));
    f.appoint(
            java.util.List.of(
                f.vcsMembers.get(0),
                f.vcsMembers.get(1),
                f.publicMembers.get(0),
                f.publicMembers.get(1)))
        .then()
        .statusCode(200)
        .body("deadlines.find { it.kind == 'PANEL_CONVENED' }.state", equalTo("MET"));
    time.fixAt(Instant.parse("2025-05-20T10:00:00Z"));
    check.runNow();
    assertThat(misses(f.disputeId, "PANEL_CONVENED")).isZero();
  }
}
