package org.compact.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventEnvelope;
import org.compact.testsupport.Db;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing is delivered that the owner could not read through the APIs, and filters narrow to the
 * organisation. compact-admin subscribes to everything as a witness: once its delivery of an event
 * exists, every subscription has been matched against that event (same transaction), so "no
 * delivery" is final.
 */
@QuarkusTest
class ConfidentialityTest {
  static final Duration WAIT = Duration.ofSeconds(60);

  Receiver receiver;
  TestEvents events;
  final UUID charity = UUID.randomUUID();
  final UUID council = UUID.randomUUID();
  final UUID bystander = UUID.randomUUID();

  @Inject DataSource dataSource;

  @BeforeEach
  void start() {
    new Db(dataSource).execute("delete from subscription");
    receiver = new Receiver();
    events = new TestEvents();
  }

  @AfterEach
  void stop() {
    receiver.close();
    events.close();
  }

  @Test
  void disputeEventsGoOnlyToThePartiesAndCompactAdmin() {
    List<String> types = List.of("dispute.opened", "dispute.closed");
    String party = Api.subscribe(TestTokens.partner(charity), receiver.url("/party"), types).id();
    String other = Api.subscribe(TestTokens.partner(bystander), receiver.url("/other"), types).id();
    String admin = Api.subscribe(TestTokens.admin(), receiver.url("/admin"), types).id();

    UUID dispute = UUID.randomUUID();
    EventEnvelope opened = events.publish(1, Payloads.disputeOpened(dispute, charity, council));
    EventEnvelope closed = events.publish(2, Payloads.disputeClosed(dispute));

    assertThat(receiver.next("/party", WAIT).header("Compact-Event-Id"))
        .isEqualTo(opened.eventId().toString());
    assertThat(receiver.next("/party", WAIT).header("Compact-Event-Id"))
        .as("dispute.closed names no parties; the parties seen at opening count")
        .isEqualTo(closed.eventId().toString());
    awaitWitness(TestTokens.admin(), admin, closed);
    assertThat(Api.deliveries(TestTokens.partner(bystander), other))
        .as("a partner of another organisation learns nothing of the dispute")
        .isEmpty();
    assertThat(receiver.all("/other")).isEmpty();
  }

  @Test
  void consultationsOfMyOrganisationKeepsOnlyTheOwnersConsultations() {
    List<String> types = List.of("consultation.opened");
    String own =
        Api.subscribe(
                TestTokens.partner(charity),
                receiver.url("/own"),
                types,
                List.of("CONSULTATIONS_OF_MY_ORGANISATION"))
            .id();
    String all = Api.subscribe(TestTokens.partner(bystander), receiver.url("/all"), types).id();

    EventEnvelope councils = events.publish(1, Payloads.consultationOpened(council));
    awaitWitness(TestTokens.partner(bystander), all, councils);
    assertThat(Api.deliveriesOf(TestTokens.partner(charity), own, councils.eventId())).isEmpty();

    EventEnvelope charitys = events.publish(1, Payloads.consultationOpened(charity));
    assertThat(receiver.next("/own", WAIT).header("Compact-Event-Id"))
        .isEqualTo(charitys.eventId().toString());
  }

  @Test
  void planAndActionEventsReachPartnersOnlyOncePublishedAndTheLeadFilterKeepsTheirOwn() {
    List<String> types = List.of("plan.created", "plan.published", "action.created");
    String admin = Api.subscribe(TestTokens.admin(), receiver.url("/admin-plans"), types).id();
    String reader =
        Api.subscribe(TestTokens.partner(bystander), receiver.url("/reader"), types).id();
    String led =
        Api.subscribe(
                TestTokens.partner(charity),
                receiver.url("/led"),
                List.of("action.created"),
                List.of("ACTIONS_MY_ORGANISATION_LEADS"))
            .id();
    UUID plan = UUID.randomUUID();

    EventEnvelope draft = events.publish(1, Payloads.planCreated(plan));
    awaitWitness(TestTokens.admin(), admin, draft);
    EventEnvelope draftAction = events.publish(1, Payloads.actionCreated(plan, charity));
    awaitWitness(TestTokens.admin(), admin, draftAction);
    assertThat(Api.deliveries(TestTokens.partner(bystander), reader))
        .as("draft plans are compact-admin's only")
        .isEmpty();
    assertThat(Api.deliveries(TestTokens.partner(charity), led))
        .as("leading an action of a draft plan does not make it readable")
        .isEmpty();

    EventEnvelope published = events.publish(2, Payloads.planPublished(plan));
    awaitWitness(TestTokens.partner(bystander), reader, published);
    EventEnvelope councilsAction = events.publish(1, Payloads.actionCreated(plan, council));
    awaitWitness(TestTokens.partner(bystander), reader, councilsAction);
    assertThat(Api.deliveriesOf(TestTokens.partner(charity), led, councilsAction.eventId()))
        .isEmpty();
    EventEnvelope charitysAction = events.publish(1, Payloads.actionCreated(plan, charity));
    assertThat(receiver.next("/led", WAIT).header("Compact-Event-Id"))
        .isEqualTo(charitysAction.eventId().toString());
  }

  @Test
  void aProspectIsDeliveredOnlyToItsOwnPartnersUntilItSigns() {
    List<String> types = List.of("signatory.registered", "signatory.signed");
    String admin = Api.subscribe(TestTokens.admin(), receiver.url("/admin-register"), types).id();
    String stranger =
        Api.subscribe(TestTokens.partner(bystander), receiver.url("/stranger"), types).id();
    String itself = Api.subscribe(TestTokens.partner(charity), receiver.url("/itself"), types).id();

    EventEnvelope registered = events.publish(1, Payloads.prospect(charity));
    assertThat(receiver.next("/itself", WAIT).header("Compact-Event-Id"))
        .isEqualTo(registered.eventId().toString());
    awaitWitness(TestTokens.admin(), admin, registered);
    assertThat(Api.deliveriesOf(TestTokens.partner(bystander), stranger, registered.eventId()))
        .isEmpty();

    EventEnvelope signed = events.publish(2, Payloads.signed(charity));
    assertThat(receiver.next("/stranger", WAIT).header("Compact-Event-Id"))
        .as("a SIGNED organisation is public")
        .isEqualTo(signed.eventId().toString());
    assertThat(Api.deliveries(TestTokens.partner(charity), itself)).hasSize(2);
  }

  private static void awaitWitness(String token, String subscriptionId, EventEnvelope event) {
    Await.until(
        () -> Api.deliveriesOf(token, subscriptionId, event.eventId()),
        list -> !list.isEmpty(),
        "a delivery of " + event.type() + " to the witness subscription");
  }
}
