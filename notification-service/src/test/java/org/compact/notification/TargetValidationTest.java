package org.compact.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.notification.Api.SUBSCRIPTIONS;
import static org.compact.notification.Api.as;
import static org.compact.notification.Api.body;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.compact.contracts.EventEnvelope;
import org.compact.notification.service.HostResolver;
import org.compact.testsupport.Db;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SSRF: non-public targets are refused when a subscription is registered, and again before every
 * attempt, so a host that later resolves to a private address (DNS rebinding) is never reached. The
 * test profile allows a plain-HTTP receiver on loopback only.
 */
@QuarkusTest
class TargetValidationTest {
  static final List<String> TYPES = List.of("consultation.opened");

  /** Name resolution the test controls; anything else resolves as usual. */
  static class ScriptedResolver extends HostResolver {
    final Map<String, String> answers = new ConcurrentHashMap<>();

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
      String answer = answers.get(host);
      return answer == null ? super.resolve(host) : List.of(InetAddress.getByName(answer));
    }
  }

  final ScriptedResolver resolver = new ScriptedResolver();

  @Inject DataSource dataSource;

  @BeforeEach
  void scriptNameResolution() {
    new Db(dataSource).execute("delete from subscription");
    QuarkusMock.installMockForType(resolver, HostResolver.class);
  }

  @Test
  void privateLoopbackLinkLocalAndPlainHttpTargetsAreRefusedWith422() {
    String token = TestTokens.partner(UUID.randomUUID());
    resolver.answers.put("intranet.partner.test", "10.20.30.40");
    Map<String, String> refused =
        Map.of(
            "https://10.0.0.1/hook", "private",
            "https://169.254.169.254/latest/meta-data", "link-local",
            "https://[fd00::1]/hook", "unique local",
            "https://intranet.partner.test/hook", "10.20.30.40",
            "http://93.184.216.34/hook", "only https://",
            "https://93.184.216.34:8443/hook", "port 8443",
            "https://user:pw@93.184.216.34/hook", "credentials",
            "https://no-such-host.invalid/hook", "cannot be resolved");
    refused.forEach(
        (url, reason) ->
            as(token)
                .body(body(url, TYPES, null))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("url"))
                .body("violations[0].message", containsString(reason)));

    // positive controls, deleted at once: no delivery may try the public address for real
    resolver.answers.put("hooks.partner.test", "93.184.216.34");
    for (String accepted :
        List.of("https://hooks.partner.test/compact", "http://127.0.0.1:8099/hook")) {
      String id =
          as(token)
              .body(body(accepted, TYPES, null))
              .post(SUBSCRIPTIONS)
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      as(token).header("If-Match", "\"0\"").delete(SUBSCRIPTIONS + "/" + id).then().statusCode(204);
    }
  }

  @Test
  void aHostThatLaterResolvesToAPrivateAddressIsNotContactedAtDeliveryTime() {
    UUID owner = UUID.randomUUID();
    String token = TestTokens.partner(owner);
    try (Receiver receiver = new Receiver();
        TestEvents events = new TestEvents()) {
      resolver.answers.put("rebinding.partner.test", "127.0.0.1");
      String id =
          Api.subscribe(token, "http://rebinding.partner.test:" + receiver.port() + "/hook", TYPES)
              .id();
      resolver.answers.put("rebinding.partner.test", "10.0.0.8");

      EventEnvelope event = events.publish(1, Payloads.consultationOpened(owner));
      Map<String, Object> refused =
          Await.until(
                  () -> Api.deliveriesOf(token, id, event.eventId()),
                  list -> !list.isEmpty() && ((Integer) list.get(0).get("attemptCount")) >= 1,
                  "an attempt of the delivery")
              .get(0);
      assertThat((String) refused.get("lastError"))
          .startsWith("refused: ")
          .contains("10.0.0.8, a private address");
      assertThat(receiver.all()).isEmpty();

      resolver.answers.put("rebinding.partner.test", "127.0.0.1");
      String deliveryId = (String) refused.get("id");
      String redeliver = SUBSCRIPTIONS + "/" + id + "/deliveries/" + deliveryId + "/redeliver";
      // a scheduled retry may change the version meanwhile: take the current ETag each time
      Await.until(
          () ->
              Api.post(
                      token,
                      redeliver,
                      "\"" + Api.delivery(token, id, deliveryId).getString("version") + "\"")
                  .statusCode(),
          status -> status == 202,
          "redelivery accepted");
      Receiver.Received received = receiver.next(Duration.ofSeconds(60));
      assertThat(received.header("Host")).isEqualTo("rebinding.partner.test:" + receiver.port());
      assertThat(received.header("Compact-Event-Id")).isEqualTo(event.eventId().toString());
    }
  }
}
