package org.compact.signatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.signatory.Register.admin;
import static org.compact.signatory.Register.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.compact.contracts.Topics;
import org.compact.signatory.service.DemoData;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.junit.jupiter.api.Test;

/** The demo data goes through the use cases (events flow) and loads nothing twice. */
@QuarkusTest
class DemoDataTest {
  @Inject DemoData demoData;
  @Inject DataSource dataSource;

  @Test
  void seedOrganisationsAreLoadedThroughTheUseCasesOnce() {
    demoData.load();
    Db db = new Db(dataSource);
    long organisations = db.count("select count(*) from organisation");
    long events = db.count("select count(*) from outbox_event");
    assertThat(demoData.load()).as("a second run adds nothing").isZero();
    assertThat(db.count("select count(*) from organisation")).isEqualTo(organisations);
    assertThat(db.count("select count(*) from outbox_event")).isEqualTo(events);
    assertThat(
            db.count("select count(*) from organisation where name = 'Stafford Borough Council'"))
        .isEqualTo(1);

    String council =
        as(null)
            .queryParam("name", "Stafford Borough Council")
            .get("/register")
            .then()
            .statusCode(200)
            .body("items[0].identifiers.id", contains("STF"))
            .body("items[0].contacts.name", contains("Robin Fictional"))
            .body("items[0].hasChampion", equalTo(true))
            .extract()
            .path("items[0].id");
    as(null)
        .queryParam("name", "Derbyshire Partnership Forum")
        .get("/register")
        .then()
        .body("total", equalTo(0));
    admin()
        .queryParam("name", "Derbyshire Partnership Forum")
        .queryParam("status", "PROSPECT")
        .get("/signatories")
        .then()
        .body("total", equalTo(1));
    admin()
        .get("/reports/organisations-without-champion")
        .then()
        .body("organisations.name", hasItem("Derbyshire County Council"))
        .body("organisations.name", not(hasItem("Stafford Borough Council")));
    admin()
        .get("/signatories/" + council + "/history")
        .then()
        .body("actor", hasItem("demo-data"))
        .body("action", hasItem("SIGNED"));
    try (EventCapture capture = new EventCapture(Topics.SIGNATORIES)) {
      var signed =
          capture.awaitRecord(
              r -> r.key().equals(council) && r.value().contains("\"signatory.signed\""),
              Duration.ofSeconds(30));
      EventSchemas.assertValid(signed.value());
      assertThat(signed.value()).contains("2008-11-03").doesNotContain("illustrative");
    }
  }
}
