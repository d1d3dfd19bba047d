package org.compact.signatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.signatory.Register.admin;
import static org.compact.signatory.Register.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.signatory.Identifier;
import org.compact.contracts.signatory.SignatoryUpdated;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Organisation details: identifiers, duplicates, updates (PUT/PATCH) and who may make them. */
@QuarkusTest
class OrganisationDetailsApiTest {
  @Inject DataSource dataSource;

  @Test
  void identifiersAreStoredNormalisedAndPublishedWithTheRegistration() {
    String charity = Register.uniqueCharityNumber();
    String company = "SC" + charity.substring(1);
    String id =
        admin()
            .body(
                """
                {"name":"Normalised Trust","sector":"VCS","kind":"community-group",
                 "address":"1 Market Square, Stafford","area":"Stafford",
                 "website":"https://normalised.example.org",
                 "identifiers":[{"scheme":"gb-chc","id":" %s "},
                                {"scheme":"GB-COH","id":"%s"}]}
                """
                    .formatted(
                        charity,
                        company.toLowerCase().substring(0, 2) + " " + company.substring(2)))
            .post("/signatories")
            .then()
            .statusCode(201)
            .body("kind", equalTo("community group"))
            .body("identifiers.scheme", contains("GB-CHC", "GB-COH"))
            .body("identifiers.id", contains(charity, company))
            .body("address", equalTo("1 Market Square, Stafford"))
            .body("website", equalTo("https://normalised.example.org"))
            .body("allowedTransitions", contains("sign", "delete"))
            .extract()
            .path("id");
    try (EventCapture capture = new EventCapture(Topics.SIGNATORIES)) {
      EventEnvelope event =
          capture.awaitEvent(
              e -> e.aggregateId().equals(id) && e.type().equals("signatory.registered"),
              Duration.ofSeconds(30));
      assertThat(event.payload().get("identifiers").toString()).contains(charity).contains(company);
    }
  }

  @Test
  void aDuplicateIdentifierIs409NamingTheOrganisationThatHasIt() {
    String charity = Register.uniqueCharityNumber();
    String body =
        """
        {"name":"%s","sector":"VCS","kind":"charity","identifiers":[{"scheme":"GB-CHC","id":"%s"}]}""";
    String first =
        admin()
            .body(body.formatted("First Holder", charity))
            .post("/signatories")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Db db = new Db(dataSource);
    long before = db.count("select count(*) from organisation");
    admin()
        .body(body.formatted("Second Holder", "GB-CHC-" + charity))
        .post("/signatories")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("existing.id", equalTo(first))
        .body("existing.name", equalTo("First Holder"))
        .body("identifier", equalTo("GB-CHC-" + charity))
        .body("detail", containsString("First Holder"));
    assertThat(db.count("select count(*) from organisation")).isEqualTo(before);

    // the same number in another scheme is another identifier
    admin()
        .body(
            """
            {"name":"Other Scheme","sector":"VCS","kind":"charity",
             "identifiers":[{"scheme":"GB-COH","id":"%s"}]}"""
                .formatted(charity))
        .post("/signatories")
        .then()
        .statusCode(201);
  }

  @Test
  void invalidIdentifiersAndKindsAre422AndWriteNothing() {
    Db db = new Db(dataSource);
    long before = db.count("select count(*) from organisation");
    long outboxBefore = db.count("select count(*) from outbox_event");
    admin()
        .body(
            """
            {"name":"Bad Ids","sector":"VCS","kind":"spaceship",
             "identifiers":[{"scheme":"GB-COH","id":"XX123456"},{"scheme":"US-EIN","id":"1"}]}""")
        .post("/signatories")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("violations.field", contains("kind", "identifiers[0].id", "identifiers[1].scheme"));
    admin()
        .body(
            """
            {"name":"Bad Ids","sector":"VCS","kind":"charity",
             "identifiers":[{"scheme":"GB-CHC","id":"1123456"},{"scheme":"GB-CHC","id":"202918"}]}""")
        .post("/signatories")
        .then()
        .statusCode(422)
        .body("violations.field", contains("identifiers[1].scheme"));
    admin()
        .body(
            "{\"name\":\"Bad Site\",\"sector\":\"VCS\",\"kind\":\"charity\",\"website\":\"ftp:x\"}")
        .post("/signatories")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("website"));
    admin()
        .body("{\"name\":\"Bad Ids\",\"sector\":\"VCS\",\"kind\":\"charity\",\"identifiers\":[{}]}")
        .post("/signatories")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("scheme")))
        .body("violations.field", hasItem(startsWith("identifiers")));
    assertThat(db.count("select count(*) from organisation")).isEqualTo(before);
    assertThat(db.count("select count(*) from outbox_event")).isEqualTo(outboxBefore);
  }

  @Test
  void adminReplacesDetailsWithIfMatchAndSignatoryUpdatedIsPublished() {
    UUID id = Register.registerProspect("Before Rename");
    String etag = Register.etag(id);
    String charity = Register.uniqueCharityNumber();
    String replacement =
        """
        {"name":"After Rename","sector":"PUBLIC","kind":"NHS body","area":"Stafford",
         "identifiers":[{"scheme":"GB-NHS","id":"r%s"}]}"""
            .formatted(charity.substring(0, 4));
    admin()
        .body(replacement)
        .put("/signatories/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    String newEtag =
        admin()
            .header("If-Match", etag)
            .body(replacement)
            .put("/signatories/" + id)
            .then()
            .statusCode(200)
            .body("name", equalTo("After Rename"))
            .body("sector", equalTo("PUBLIC"))
            .body("kind", equalTo("NHS body"))
            .body("identifiers.id", contains("R" + charity.substring(0, 4)))
            .extract()
            .header("ETag");
    assertThat(newEtag).isNotEqualTo(etag);
    admin()
        .header("If-Match", etag)
        .body(replacement)
        .put("/signatories/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");

    try (EventCapture capture = new EventCapture(Topics.SIGNATORIES)) {
      var record =
          capture.awaitRecord(
              r ->
                  r.key().equals(id.toString())
                      && EventCodec.read(r.value()).type().equals("signatory.updated"),
              Duration.ofSeconds(30));
      EventSchemas.assertValid(record.value());
      SignatoryUpdated payload =
          EventCodec.payload(EventCodec.read(record.value()), SignatoryUpdated.class);
      assertThat(payload.name()).isEqualTo("After Rename");
      assertThat(payload.sector()).isEqualTo("PUBLIC");
      assertThat(payload.updatedOn()).isNotNull();
      assertThat(payload.identifiers())
          .containsExactly(new Identifier("GB-NHS", "R" + charity.substring(0, 4)));
    }
    assertThat(
            as(TestTokens.admin())
                .get("/signatories/" + id + "/history")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("changedFields[1]"))
        .containsExactly("name", "sector", "kind", "identifiers");
  }

  @Test
  void aDuplicateIdentifierOnUpdateIs409() {
    String charity = Register.uniqueCharityNumber();
    admin()
        .body(
            """
            {"name":"Holder","sector":"VCS","kind":"charity","identifiers":[{"scheme":"GB-CHC","id":"%s"}]}"""
                .formatted(charity))
        .post("/signatories")
        .then()
        .statusCode(201);
    UUID other = Register.registerProspect("Would Take It");
    admin()
        .header("If-Match", Register.etag(other))
        .body("{\"identifiers\":[{\"scheme\":\"GB-CHC\",\"id\":\"" + charity + "\"}]}")
        .patch("/signatories/" + other)
        .then()
        .statusCode(409)
        .body("existing.name", equalTo("Holder"));
  }

  @Test
  void aPartnerUpdatesItsOwnOrganisationButNotItsSectorNorAnotherOrganisation() {
    UUID own = Register.registerSigned("Partner Own Org", "VCS", "charity", "Stafford");
    UUID otherSigned = Register.registerSigned("Other Signed Org", "VCS", "charity", "Stafford");
    UUID otherProspect = Register.registerProspect("Other Prospect Org");
    String partner = TestTokens.partner(own);

    as(partner)
        .header("If-Match", Register.etag(own))
        .body("{\"website\":\"https://own.example.org\",\"kind\":\"CIO\"}")
        .patch("/signatories/" + own)
        .then()
        .statusCode(200)
        .body("website", equalTo("https://own.example.org"))
        .body("kind", equalTo("CIO"))
        .body("signedBy", equalTo("Chief Executive"));
    as(partner)
        .header("If-Match", Register.etag(own))
        .body("{\"website\":\"\"}")
        .patch("/signatories/" + own)
        .then()
        .statusCode(200)
        .body("website", nullValue())
        .body("kind", equalTo("CIO"));
    as(partner)
        .header("If-Match", Register.etag(own))
        .body("{\"sector\":\"PUBLIC\"}")
        .patch("/signatories/" + own)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("sector"));
    // another organisation: 403 where it is public, 404 where the partner may not know it
    as(partner)
        .header("If-Match", Register.etag(otherSigned))
        .body("{\"website\":\"https://hijack.example.org\"}")
        .patch("/signatories/" + otherSigned)
        .then()
        .statusCode(403);
    as(partner)
        .header("If-Match", Register.etag(otherProspect))
        .body("{\"website\":\"https://hijack.example.org\"}")
        .patch("/signatories/" + otherProspect)
        .then()
        .statusCode(404);
    as(partner).get("/signatories/" + otherProspect).then().statusCode(404);
    admin().get("/signatories/" + otherSigned).then().statusCode(200).body("website", nullValue());
  }

  @Test
  void otherRolesAndBadTokensCannotChangeDetails() {
    UUID id = Register.registerSigned("Guarded Org", "VCS", "charity", "Stafford");
    String etag = Register.etag(id);
    String change = "{\"website\":\"https://guarded.example.org\"}";
    as(TestTokens.ccrgMember("ccrg-1"))
        .header("If-Match", etag)
        .body(change)
        .patch("/signatories/" + id)
        .then()
        .statusCode(403);
    as(TestTokens.councilSystem(id))
        .header("If-Match", etag)
        .body(change)
        .patch("/signatories/" + id)
        .then()
        .statusCode(403);
    as(null)
        .header("If-Match", etag)
        .body(change)
        .patch("/signatories/" + id)
        .then()
        .statusCode(401);
    as(TestTokens.expired(TestTokens.COMPACT_ADMIN, null))
        .header("If-Match", etag)
        .body(change)
        .patch("/signatories/" + id)
        .then()
        .statusCode(401);
    as(TestTokens.signedByOtherKey(TestTokens.COMPACT_ADMIN, null))
        .header("If-Match", etag)
        .body(change)
        .patch("/signatories/" + id)
        .then()
        .statusCode(401);
    assertThat(Register.etag(id)).isEqualTo(etag);
    // positive control
    admin()
        .header("If-Match", etag)
        .body(change)
        .patch("/signatories/" + id)
        .then()
        .statusCode(200);
  }

  @Test
  void publicAndOtherPartnersSeeSignedOrganisationsWithoutInternalFields() {
    UUID id = Register.registerSigned("Visible Org", "VCS", "charity", "Stafford");
    as(null)
        .get("/signatories/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Visible Org"))
        .body("signedOn", equalTo("2009-04-01"))
        .body("codesOfPractice", hasItem("RESOLVING_DIFFERENCES"))
        .body("$", not(hasKey("signedBy")))
        .body("$", not(hasKey("allowedTransitions")));
    as(TestTokens.partner(UUID.randomUUID()))
        .get("/signatories/" + id)
        .then()
        .statusCode(200)
        .body("$", not(hasKey("signedBy")));
    as(TestTokens.partner(id))
        .get("/signatories/" + id)
        .then()
        .statusCode(200)
        .body("signedBy", equalTo("Chief Executive"));
    UUID prospect = Register.registerProspect("Invisible Prospect");
    as(null).get("/signatories/" + prospect).then().statusCode(404);
    as(TestTokens.ccrgMember("ccrg-2")).get("/signatories/" + prospect).then().statusCode(404);
    admin().get("/signatories/" + prospect).then().statusCode(200);
  }

  @Test
  void concurrentUpdatesWithTheSameEtagLetExactlyOneWin() throws Exception {
    UUID id = Register.registerProspect("Contended Org");
    String etag = Register.etag(id);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String area = "Area " + i;
      Callable<Integer> update =
          () ->
              admin()
                  .header("If-Match", etag)
                  .body("{\"area\":\"" + area + "\"}")
                  .patch("/signatories/" + id)
                  .then()
                  .extract()
                  .statusCode();
      results.add(pool.submit(update));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> result : results) {
      statuses.add(result.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(statuses).containsOnly(200, 412);
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
  }

  @Test
  void adminListsEveryStatusWithFiltersAndOthersMayNot() {
    String word = Register.uniqueWord();
    UUID prospect = Register.registerProspect(word + " Prospect", "VCS", "charity", word);
    UUID signed = Register.registerSigned(word + " Signed", "PUBLIC", "council", word);
    admin()
        .queryParam("area", word)
        .get("/signatories")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.id", contains(prospect.toString(), signed.toString()));
    admin()
        .queryParam("area", word)
        .queryParam("status", "prospect")
        .get("/signatories")
        .then()
        .statusCode(200)
        .body("items.id", contains(prospect.toString()));
    admin().queryParam("status", "GONE").get("/signatories").then().statusCode(400);
    as(TestTokens.partner(signed)).get("/signatories").then().statusCode(403);
    as(null).get("/signatories").then().statusCode(401);
  }
}
