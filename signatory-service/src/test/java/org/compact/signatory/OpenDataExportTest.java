package org.compact.signatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.signatory.Register.admin;
import static org.compact.signatory.Register.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The register as open data: licence, org-id identifiers, CSV safety, 304, public data only. */
@QuarkusTest
class OpenDataExportTest {
  static final String OGL =
      "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
  static final String JSON = "/open-data/organisations.json";
  static final String CSV = "/open-data/organisations.csv";

  @Test
  void theJsonExportCarriesLicenceMetadataAndOpenReferralFieldsWithOrgIds() {
    String word = Register.uniqueWord();
    String charityNumber = Register.uniqueCharityNumber();
    UUID id =
        registerSigned(
            """
            {"name":"%s Open Trust","sector":"VCS","kind":"charity","area":"%s",\
            "website":"https://open.example.org",\
            "identifiers":[{"scheme":"GB-COH","id":"%s"},{"scheme":"GB-CHC","id":"%s"}]}"""
                .formatted(word, word, charityNumber.substring(1), charityNumber));

    JsonPath body =
        as(null)
            .get(JSON)
            .then()
            .statusCode(200)
            .contentType(containsString("application/json"))
            .header("ETag", startsWith("W/\""))
            .header("Cache-Control", equalTo("public, max-age=300"))
            .header("Link", containsString("<" + OGL + ">; rel=\"license\""))
            .body("metadata.license.id", equalTo("OGL-UK-3.0"))
            .body("metadata.license.name", equalTo("Open Government Licence v3.0"))
            .body("metadata.license.url", equalTo(OGL))
            .body("metadata.attribution", containsString("Open Government Licence v3.0"))
            .body("metadata.publisher.name", equalTo("Stafford Borough Compact"))
            .body("metadata.generated_at", notNullValue())
            .body("metadata.url", endsWith(JSON))
            .body("metadata.catalogue", endsWith("/open-data"))
            .body(
                "metadata.conforms_to",
                hasItems("https://openreferraluk.org", "https://org-id.guide"))
            .body("metadata.distributions.url", hasItems(endsWith(JSON), endsWith(CSV)))
            .extract()
            .jsonPath();

    List<Map<String, Object>> organisations = body.getList("organizations");
    assertThat(body.getInt("metadata.record_count")).isEqualTo(organisations.size());
    Map<String, Object> record =
        organisations.stream()
            .filter(o -> o.get("id").equals(id.toString()))
            .findFirst()
            .orElseThrow();
    assertThat(record)
        .containsEntry("name", word + " Open Trust")
        .containsEntry("url", "https://open.example.org")
        .containsEntry("legal_status", "Registered charity")
        .containsEntry("org_id", "GB-CHC-" + charityNumber)
        .containsEntry("sector", "VCS")
        .containsEntry("kind", "charity")
        .containsEntry("status", "SIGNED")
        .containsEntry("signed_on", "2009-04-01")
        .containsEntry("has_compact_champion", false)
        .containsEntry("address", null)
        .containsKeys("description", "codes_of_practice");
    assertThat((String) record.get("uri")).endsWith("/signatories/" + id);
    assertThat((String) record.get("description"))
        .isEqualTo(
            "VCS charity in " + word + "; signed the Stafford Borough Compact on 2009-04-01.");
    assertThat(body.getList("organizations.find { it.id == '" + id + "' }.identifiers.org_id"))
        .containsExactly("GB-CHC-" + charityNumber, "GB-COH-00" + charityNumber.substring(1));
    assertThat(record).doesNotContainKeys("email", "contacts", "signedBy", "signed_by");
  }

  @Test
  void onlySignatoriesArePublishedAndNeverContactsOrInternalFields() {
    String word = Register.uniqueWord();
    UUID signed = Register.registerSigned(word + " Signed", "VCS", "charity", word);
    UUID prospect = Register.registerProspect(word + " Prospect", "VCS", "charity", word);
    UUID withdrawn = Register.registerSigned(word + " Withdrawn", "VCS", "charity", word);
    Register.withdraw(withdrawn, "2010-01-01");
    Register.addContact(
        signed,
        Register.contactJson(word + " Consenting", "consent@example.org", true, true, true));
    Register.addContact(
        signed, Register.contactJson(word + " Private", "private@example.org", true, false, false));

    String json = as(null).get(JSON).then().statusCode(200).extract().asString();
    String csv = as(null).get(CSV).then().statusCode(200).extract().asString();

    for (String export : List.of(json, csv)) {
      assertThat(export).contains(word + " Signed").contains(signed.toString());
      assertThat(export)
          .doesNotContain(word + " Prospect")
          .doesNotContain(prospect.toString())
          .doesNotContain(word + " Withdrawn")
          .doesNotContain(withdrawn.toString())
          .doesNotContain(word + " Consenting")
          .doesNotContain(word + " Private")
          .doesNotContain("consent@example.org")
          .doesNotContain("01785 000111")
          .doesNotContain("Chief Executive")
          .doesNotContain("Organisation closed");
    }
  }

  @Test
  void theCsvHasAHeaderRowQuotesAsRfc4180AndNeutralisesFormulas() {
    String word = Register.uniqueWord();
    registerSigned(
        """
        {"name":"=HYPERLINK(\\"http://x.example\\",\\"%s\\")","sector":"VCS","kind":"charity",\
        "area":"-%s, North","address":"@Line one\\nLine two"}"""
            .formatted(word, word));

    String csv =
        as(null)
            .get(CSV)
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .contentType(containsString("header=present"))
            .header("ETag", startsWith("\""))
            .header("Link", containsString("<" + OGL + ">; rel=\"license\""))
            .header("Link", containsString("rel=\"describedby\""))
            .extract()
            .asString();

    assertThat(csv)
        .startsWith(
            "id,name,description,url,uri,legal_status,org_id,identifiers,sector,kind,area,"
                + "address,status,signed_on,codes_of_practice,has_compact_champion\r\n");
    assertThat(csv)
        .contains(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"" + word + "\"\")\",")
        .contains(",\"'-" + word + ", North\",")
        .contains(",\"'@Line one\nLine two\",SIGNED,2009-04-01,");
    assertThat(Arrays.stream(csv.split("\r\n")).filter(line -> line.contains(word))).hasSize(1);
  }

  @Test
  void aConditionalGetAnswers304UntilTheDataChanges() {
    for (String path : List.of(JSON, CSV)) {
      String etag = as(null).get(path).then().statusCode(200).extract().header("ETag");

      as(null)
          .header("If-None-Match", etag)
          .get(path)
          .then()
          .statusCode(304)
          .header("ETag", equalTo(etag))
          .header("Cache-Control", equalTo("public, max-age=300"))
          .body(emptyString());
      as(null).header("If-None-Match", "\"someone-else\"").get(path).then().statusCode(200);

      Register.registerSigned(Register.uniqueWord() + " Newcomer", "VCS", "charity", "Stafford");

      String changed =
          as(null)
              .header("If-None-Match", etag)
              .get(path)
              .then()
              .statusCode(200)
              .extract()
              .header("ETag");
      assertThat(changed).isNotEqualTo(etag);
    }
  }

  @Test
  void theCatalogueNamesTheLicenceAndTheStableUrlOfEachFormat() {
    as(null)
        .get("/open-data")
        .then()
        .statusCode(200)
        .body("license.url", equalTo(OGL))
        .body("publisher.name", equalTo("Stafford Borough Compact"))
        .body("datasets.id", hasItem("organisations"))
        .body("datasets[0].license.id", equalTo("OGL-UK-3.0"))
        .body("datasets[0].distributions.format", hasItems("JSON", "CSV"))
        .body("datasets[0].distributions.url", hasItems(endsWith(JSON), endsWith(CSV)));
  }

  @Test
  void anyCallerMayDownloadButAnInvalidTokenIs401() {
    as(TestTokens.partner(UUID.randomUUID())).get(JSON).then().statusCode(200);
    as(TestTokens.expired("partner", UUID.randomUUID()))
        .get(CSV)
        .then()
        .statusCode(401)
        .contentType(containsString("application/problem+json"));
    as(TestTokens.signedByOtherKey("compact-admin", UUID.randomUUID()))
        .get(JSON)
        .then()
        .statusCode(401);
  }

  private static UUID registerSigned(String json) {
    UUID id =
        UUID.fromString(
            admin().body(json).post("/signatories").then().statusCode(201).extract().path("id"));
    Register.sign(id, "2009-04-01");
    return id;
  }
}
