package org.compact.consultation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.compact.consultation.service.ConsultationStatusJob;
import org.compact.platform.lease.Leases;
import org.compact.platform.time.TimeSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The job moves consultations by their London dates; only one instance acts at a time. */
@QuarkusTest
class StatusJobTest {
  @Inject TimeSource time;
  @Inject ConsultationStatusJob job;
  @Inject Leases leases;

  @AfterEach
  void resetClock() {
    time.reset();
  }

  private static String status(String id) {
    return given().get("/consultations/" + id).then().statusCode(200).extract().path("status");
  }

  @Test
  void opensAtLondonMidnightOfTheOpeningDayAndClosesAfterTheClosingDay() {
    time.fixAt(Instant.parse("2032-05-01T12:00:00Z"));
    LocalDate opens = LocalDate.of(2032, 6, 1);
    LocalDate closes = LocalDate.of(2032, 8, 24);
    String id = Fixtures.scheduled(UUID.randomUUID(), opens, closes);

    // 31 May 23:30 UTC is already 1 June 00:30 in London (BST)
    time.fixAt(Instant.parse("2032-05-31T22:59:59Z"));
    job.run();
    assertThat(status(id)).isEqualTo("PLANNED");
    time.fixAt(Instant.parse("2032-05-31T23:30:00Z"));
    assertThat(job.run()).isGreaterThanOrEqualTo(1);
    given()
        .get("/consultations/" + id)
        .then()
        .body("status", equalTo("OPEN"))
        .body("openedOn", equalTo("2032-06-01"));

    time.fixAt(Instant.parse("2032-08-24T22:59:59Z")); // 23:59:59 on the closing day in London
    job.run();
    assertThat(status(id)).isEqualTo("OPEN");
    time.fixAt(Instant.parse("2032-08-24T23:00:00Z"));
    job.run();
    given()
        .get("/consultations/" + id)
        .then()
        .body("status", equalTo("CLOSED"))
        .body("closedOn", equalTo("2032-08-24"));
    assertThat(job.run()).as("nothing left to move for this one").isGreaterThanOrEqualTo(0);
    assertThat(status(id)).isEqualTo("CLOSED");
  }

  @Test
  void anotherInstanceHoldingTheLeaseKeepsThisOneFromActing() throws Exception {
    time.fixAt(Instant.parse("2033-01-01T12:00:00Z"));
    String id =
        Fixtures.scheduled(UUID.randomUUID(), LocalDate.of(2033, 2, 1), LocalDate.of(2033, 4, 26));
    time.fixAt(Instant.parse("2033-02-01T12:00:00Z"));

    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService otherInstance = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> holder =
          otherInstance.submit(
              () ->
                  QuarkusTransaction.requiringNew()
                      .call(
                          () -> {
                            boolean acquired =
                                leases.tryAcquireInCurrentTransaction(ConsultationStatusJob.LEASE);
                            held.countDown();
                            release.await(30, TimeUnit.SECONDS);
                            return acquired;
                          }));
      assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(job.run()).as("lease held elsewhere").isEqualTo(-1);
      assertThat(status(id)).isEqualTo("PLANNED");
      release.countDown();
      assertThat(holder.get(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      otherInstance.shutdownNow();
    }
    assertThat(job.run()).isGreaterThanOrEqualTo(1);
    assertThat(status(id)).isEqualTo("OPEN");
  }
}
