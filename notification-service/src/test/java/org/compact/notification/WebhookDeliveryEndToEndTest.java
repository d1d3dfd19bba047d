package org.compact.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.notification.Api.SUBSCRIPTIONS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.notification.domain.WebhookSignature;
import org.compact.notification.service.DeliveryDispatcher;
import org.compact.platform.time.TimeSource;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: events published to the real Kafka, delivered by the scheduled dispatcher to a real
 * HTTP receiver on loopback. The clock stands still ({@link TimeSource#fixAt}) and the tests move
 * it to each scheduled attempt, proving the retry schedule, the pause and the signatures without
 * waiting for it.
 */
@QuarkusTest
class WebhookDeliveryEndToEndTest {
  static final Duration WAIT = Duration.ofSeconds(60);
  static final List<String> TYPES = List.of("consultation.opened");

  @Inject TimeSource time;
  @Inject DeliveryDispatcher dispatcher;

  Receiver receiver;
  TestEvents events;
  UUID owner;
  String token;

  @Inject DataSource dataSource;

  @BeforeEach
  void start() {
    new Db(dataSource).execute("delete from subscription");
    receiver = new Receiver();
    events = new TestEvents();
    owner = UUID.randomUUID();
    token = TestTokens.partner(owner);
  }

  @AfterEach
  void stop() {
    time.reset();
    receiver.close();
    events.close();
  }

  @Test
  void signedDeliveriesAreRetriedOnTheBackoffScheduleAsTheClockMovesThenDelivered() {
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    time.fixAt(t0);
    receiver.answer(500, 503).byDefault(200);
    Api.Created subscription = Api.subscribe(token, receiver.url("/hook"), TYPES);

    EventEnvelope event = events.publish(1, Payloads.consultationOpened(owner));

    Receiver.Received first = receiver.next(WAIT);
    assertSignedDelivery(first, subscription, event, 1, t0);
    EventSchemas.assertValid(first.bodyText());
    String deliveryId = first.header("Compact-Delivery-Id");
    JsonPath afterFirst = awaitAttempts(subscription.id(), deliveryId, 1);
    Instant next1 = Instant.parse(afterFirst.getString("nextAttemptAt"));
    assertThat(afterFirst.getString("status")).isEqualTo("PENDING");
    assertThat(afterFirst.getInt("lastStatusCode")).isEqualTo(500);
    assertThat(next1).isBetween(t0.plusSeconds(1), t0.plusSeconds(30));

    assertThat(dispatchOnce()).as("nothing is due while the clock stands before next1").isZero();
    assertThat(receiver.all()).hasSize(1);

    time.fixAt(next1);
    Receiver.Received second = receiver.next(WAIT);
    assertSignedDelivery(second, subscription, event, 2, next1);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.header("Compact-Delivery-Id")).isEqualTo(deliveryId);
    JsonPath afterSecond = awaitAttempts(subscription.id(), deliveryId, 2);
    Instant next2 = Instant.parse(afterSecond.getString("nextAttemptAt"));
    assertThat(next2).isBetween(next1.plusSeconds(1), next1.plusSeconds(60));

    time.fixAt(next2);
    assertSignedDelivery(receiver.next(WAIT), subscription, event, 3, next2);
    JsonPath delivered =
        Await.until(
            () -> Api.delivery(token, subscription.id(), deliveryId),
            d -> "DELIVERED".equals(d.getString("status")),
            "the third attempt recorded as delivered");
    assertThat(delivered.getList("attempts.statusCode", Integer.class))
        .containsExactly(500, 503, 200);
    assertThat(delivered.getList("attempts.attemptedAt", String.class).stream().map(Instant::parse))
        .containsExactly(t0, next1, next2);
    assertThat(delivered.getList("attempts.succeeded", Boolean.class))
        .containsExactly(false, false, true);
    assertThat(Instant.parse(delivered.getString("deliveredAt"))).isEqualTo(next2);
    JsonPath health = Api.subscription(token, subscription.id());
    assertThat(health.getInt("health.consecutiveFailures")).isZero();
    assertThat(health.getString("status")).isEqualTo("ACTIVE");
  }

  @Test
  void aSubscriptionThatKeepsFailingIsPausedWithAReasonResumedByItsOwnerAndRedelivered() {
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    time.fixAt(t0);
    receiver.byDefault(503);
    Api.Created subscription = Api.subscribe(token, receiver.url("/failing"), TYPES);
    EventEnvelope missed = events.publish(1, Payloads.consultationOpened(owner));

    String deliveryId = receiver.next(WAIT).header("Compact-Delivery-Id");
    Instant next1 =
        Instant.parse(awaitAttempts(subscription.id(), deliveryId, 1).getString("nextAttemptAt"));
    time.fixAt(next1);
    receiver.next(WAIT);
    awaitAttempts(subscription.id(), deliveryId, 2);
    Instant dayLater = t0.plus(Duration.ofHours(24));
    time.fixAt(dayLater);
    receiver.next(WAIT);

    JsonPath givenUp =
        Await.until(
            () -> Api.delivery(token, subscription.id(), deliveryId),
            d -> "FAILED".equals(d.getString("status")),
            "the delivery given up at the end of its 24 h window");
    assertThat(givenUp.getInt("attemptCount")).isEqualTo(3);
    assertThat(Instant.parse(givenUp.getString("lastAttemptAt"))).isEqualTo(dayLater);
    JsonPath paused =
        Await.until(
            () -> Api.subscription(token, subscription.id()),
            s -> "PAUSED".equals(s.getString("status")),
            "the failing subscription paused");
    assertThat(paused.getString("pausedReason"))
        .contains("every delivery attempt has failed since " + t0)
        .contains("HTTP 503");
    assertThat(paused.getInt("health.consecutiveFailures")).isEqualTo(3);

    EventEnvelope whilePaused = events.publish(1, Payloads.consultationOpened(owner));
    Map<String, Object> waiting =
        Await.until(
                () -> Api.deliveriesOf(token, subscription.id(), whilePaused.eventId()),
                list -> !list.isEmpty(),
                "the event recorded for the paused subscription")
            .get(0);
    dispatchOnce();
    assertThat(
            Api.delivery(token, subscription.id(), (String) waiting.get("id"))
                .getInt("attemptCount"))
        .as("a paused subscription gets no attempts")
        .isZero();
    assertThat(receiver.all()).hasSize(3);
    String redeliver =
        SUBSCRIPTIONS + "/" + subscription.id() + "/deliveries/" + deliveryId + "/redeliver";
    Api.post(token, redeliver, "\"" + givenUp.getInt("version") + "\"").then().statusCode(409);

    receiver.byDefault(200);
    Api.post(
            token,
            SUBSCRIPTIONS + "/" + subscription.id() + "/resume",
            Api.etag(token, subscription.id()))
        .then()
        .statusCode(200);
    assertThat(receiver.next(WAIT).header("Compact-Event-Id"))
        .isEqualTo(whilePaused.eventId().toString());
    Await.until(
        () ->
            Api.delivery(token, subscription.id(), (String) waiting.get("id")).getString("status"),
        "DELIVERED"::equals,
        "the waiting delivery sent after resume");

    Api.post(token, redeliver, "\"" + givenUp.getInt("version") + "\"").then().statusCode(202);
    Receiver.Received redelivered = receiver.next(WAIT);
    assertThat(redelivered.header("Compact-Event-Id")).isEqualTo(missed.eventId().toString());
    assertThat(redelivered.header("Compact-Delivery-Attempt")).isEqualTo("4");
    JsonPath log =
        Await.until(
            () -> Api.delivery(token, subscription.id(), deliveryId),
            d -> "DELIVERED".equals(d.getString("status")),
            "the redelivery recorded");
    assertThat(log.getList("attempts.statusCode", Integer.class))
        .as("attempt errors %s", log.getList("attempts.error"))
        .containsExactly(503, 503, 503, 200);
    assertThat(Api.subscription(token, subscription.id()).getString("status")).isEqualTo("ACTIVE");
  }

  @Test
  void anEventPublishedTwiceIsDeliveredOnce() {
    Api.Created subscription = Api.subscribe(token, receiver.url("/once"), TYPES);
    UUID consultation = UUID.randomUUID();
    EventEnvelope twice = TestEvents.envelope(1, Payloads.consultationOpened(owner, consultation));
    events.publish(twice);
    events.publish(twice);
    EventEnvelope marker = events.publish(2, Payloads.consultationOpened(owner, consultation));

    Await.until(
        () ->
            receiver.all().stream()
                .anyMatch(r -> r.header("Compact-Event-Id").equals(marker.eventId().toString())),
        "the event after the duplicate delivered");
    assertThat(receiver.all())
        .filteredOn(r -> r.header("Compact-Event-Id").equals(twice.eventId().toString()))
        .hasSize(1);
    assertThat(Api.deliveries(token, subscription.id())).hasSize(2);
  }

  @Test
  void aRotatedOutSecretSignsNextToTheNewOneUntilTheOverlapEnds() {
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    time.fixAt(t0);
    Api.Created subscription = Api.subscribe(token, receiver.url("/rotating"), TYPES);
    String newSecret =
        Api.post(token, SUBSCRIPTIONS + "/" + subscription.id() + "/rotate-secret", "\"0\"")
            .then()
            .statusCode(200)
            .extract()
            .path("secret");

    events.publish(1, Payloads.consultationOpened(owner));
    Receiver.Received during = receiver.next(WAIT);
    assertThat(during.header("Compact-Signature")).matches("v1=[0-9a-f]{64}, v1=[0-9a-f]{64}");
    assertThat(verifies(during, newSecret)).isTrue();
    assertThat(verifies(during, subscription.secret())).isTrue();

    time.fixAt(t0.plus(Duration.ofHours(25)));
    events.publish(1, Payloads.consultationOpened(owner));
    Receiver.Received after = receiver.next(WAIT);
    assertThat(after.header("Compact-Signature")).matches("v1=[0-9a-f]{64}");
    assertThat(verifies(after, newSecret)).isTrue();
    assertThat(verifies(after, subscription.secret())).isFalse();
  }

  private void assertSignedDelivery(
      Receiver.Received request,
      Api.Created subscription,
      EventEnvelope event,
      int attempt,
      Instant at) {
    assertThat(request.path()).startsWith("/");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    assertThat(request.header("Compact-Event-Id")).isEqualTo(event.eventId().toString());
    assertThat(request.header("Compact-Event-Type")).isEqualTo("consultation.opened");
    assertThat(request.header("Compact-Subscription-Id")).isEqualTo(subscription.id());
    assertThat(request.header("Compact-Delivery-Attempt")).isEqualTo(Integer.toString(attempt));
    assertThat(request.timestamp()).isEqualTo(at.getEpochSecond());
    assertThat(verifies(request, subscription.secret())).as("signature").isTrue();
    assertThat(verifies(request, "whsec_wrong")).isFalse();
    assertThat(request.bodyText()).isEqualTo(EventCodec.write(event));
  }

  private static boolean verifies(Receiver.Received request, String secret) {
    return WebhookSignature.verify(
        request.header("Compact-Signature"), secret, request.timestamp(), request.body());
  }

  private JsonPath awaitAttempts(String subscriptionId, String deliveryId, int attempts) {
    return Await.until(
        () -> Api.delivery(token, subscriptionId, deliveryId),
        d -> d.getInt("attemptCount") == attempts,
        attempts + " attempt(s) recorded");
  }

  /** One dispatcher run of our own (waits while the scheduled run holds the lease). */
  private int dispatchOnce() {
    return Await.until(dispatcher::runOnce, made -> made >= 0, "a dispatcher run");
  }
}
