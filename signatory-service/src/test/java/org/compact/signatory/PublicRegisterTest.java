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

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The public register: signed organisations and consented contacts, search, paging, CSV. */
@QuarkusTest
class PublicRegisterTest {

  @Test
  void nulCharacterInASearchIsABadRequestNotAServerError() {
    as(null).queryParam("name", "Trust").get("/register").then().statusCode(200);
    as(null)
        .urlEncodingEnabled(false)
        .get("/register?name=Tru%00st")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("NUL"));
  }

  @Test
  void onlySignedOrganisationsAndConsentedContactsArePublic() {
    String word = Register.uniqueWord();
    UUID signed = Register.registerSigned(word + " Signed Charity", "VCS", "charity", word);
    UUID prospect = Register.registerProspect(word + " Prospect", "VCS", "charity", word);
    UUID withdrawn = Register.registerSigned(word + " Withdrawn", "VCS", "charity", word);
    Register.withdraw(withdrawn, "2010-01-01");
    Register.addContact(
        signed, Register.contactJson("Connie Consent", "connie@example.org", false, true, true));
    Register.addContact(
        signed, Register.contactJson("Priya Private", "priya@example.org", true, false, false));
    Register.addContact(
        prospect, Register.contactJson("Pete Prospect", "pete@example.org", true, false, true));

    as(null)
        .queryParam("area", word)
        .get("/register")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items.id", contains(signed.toString()))
        .body("items[0].signedOn", equalTo("2009-04-01"))
        .body("items[0].codesOfPractice", hasItem("CONSULTATION"))
        .body("items[0].hasChampion", equalTo(true))
        .body("items[0].contacts.name", contains("Connie Consent"))
        .body("items[0].contacts[0].email", equalTo("connie@example.org"))
        .body("items[0].contacts[0].compactChampion", equalTo(true))
        .body("items[0]", not(hasKey("signedBy")))
        .body(not(containsString("Priya")))
        .body(not(containsString("Pete")));
    String csv =
        as(null)
            .queryParam("area", word)
            .get("/register/export")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .header("Content-Disposition", containsString("attachment"))
            .extract()
            .asString();
    assertThat(csv.split("\r\n")).hasSize(2);
    assertThat(csv).contains(word + " Signed Charity").contains("Connie Consent");
    assertThat(csv).doesNotContain("Priya").doesNotContain(word + " Prospect");
    assertThat(csv).doesNotContain(word + " Withdrawn");
  }

  @Test
  void searchFiltersByNameSectorAreaAndKind() {
    String word = Register.uniqueWord();
    UUID charity = Register.registerSigned(word + " Alpha Trust", "VCS", "charity", word);
    UUID council = Register.registerSigned(word + " Borough Council", "PUBLIC", "council", word);
    UUID faith =
        Register.registerSigned(word + " Faith Forum", "VCS", "faith group", word + " North");
    as(null)
        .queryParam("area", word)
        .get("/register")
        .then()
        .body("items.id", contains(charity.toString(), council.toString(), faith.toString()));
    as(null)
        .queryParam("name", word.toLowerCase() + " borough")
        .get("/register")
        .then()
        .body("items.id", contains(council.toString()));
    as(null)
        .queryParam("area", word)
        .queryParam("sector", "VCS")
        .get("/register")
        .then()
        .body("items.id", contains(charity.toString(), faith.toString()));
    as(null)
        .queryParam("area", word)
        .queryParam("kind", "FAITH_GROUP")
        .get("/register")
        .then()
        .body("items.id", contains(faith.toString()));
    as(null)
        .queryParam("area", word + " north")
        .get("/register")
        .then()
        .body("items.id", contains(faith.toString()));
    as(null)
        .queryParam("name", "%")
        .queryParam("area", word)
        .get("/register")
        .then()
        .body("total", equalTo(0));
    as(null)
        .queryParam("area", word)
        .queryParam("sort", "-name")
        .get("/register")
        .then()
        .body("items.id", contains(faith.toString(), council.toString(), charity.toString()));
  }

  @Test
  void pagesCarryLinksAndBadParametersAre400() {
    String word = Register.uniqueWord();
    for (int i = 0; i < 5; i++) {
      Register.registerSigned(word + " Paged " + i, "VCS", "charity", word);
    }
    List<String> links =
        as(null)
            .queryParam("area", word)
            .queryParam("size", 2)
            .queryParam("page", 1)
            .get("/register")
            .then()
            .statusCode(200)
            .body("items.name", contains(word + " Paged 2", word + " Paged 3"))
            .body("page", equalTo(1))
            .body("size", equalTo(2))
            .body("total", equalTo(5))
            .extract()
            .headers()
            .getValues("Link");
    assertThat(links)
        .anySatisfy(l -> assertThat(l).contains("page=2").contains("rel=\"next\""))
        .anySatisfy(l -> assertThat(l).contains("page=0").contains("rel=\"prev\""))
        .anySatisfy(l -> assertThat(l).contains("page=2").contains("rel=\"last\""));
    for (String[] bad :
        List.of(
            new String[] {"size", "500"},
            new String[] {"size", "0"},
            new String[] {"page", "-1"},
            new String[] {"page", "two"},
            new String[] {"sort", "password"},
            new String[] {"sector", "MARTIAN"},
            new String[] {"kind", "spaceship"})) {
      as(null)
          .queryParam(bad[0], bad[1])
          .get("/register")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", hasItem(bad[0]));
    }
    as(null).queryParam("sector", "MARTIAN").get("/register/export").then().statusCode(400);
  }

  @Test
  void theCsvExportNeutralisesSpreadsheetFormulas() {
    String word = Register.uniqueWord();
    UUID id = Register.registerSigned("=HYPERLINK(1)" + word, "VCS", "charity", word);
    Register.addContact(
        id, Register.contactJson("@SUM(A1)", "formula@example.org", false, false, true));
    admin()
        .header("If-Match", Register.etag(id))
        .body("{\"website\":\"https://ok.example.org\",\"address\":\"-1+2, Stafford\"}")
        .patch("/signatories/" + id)
        .then()
        .statusCode(200);
    String csv =
        as(null).queryParam("area", word).get("/register/export").then().extract().asString();
    String row = csv.split("\r\n")[1];
    assertThat(row).contains(",'=HYPERLINK(1)" + word + ",");
    assertThat(row).contains("\"'-1+2, Stafford\"");
    assertThat(row).contains("'@SUM(A1)");
    assertThat(row).doesNotContain(",=").doesNotContain(",-1").doesNotContain(",@");
  }

  @Test
  void countsBySectorListEverySectorAndCountOnlySignedOrganisations() {
    int vcsBefore = count("VCS");
    int publicBefore = count("PUBLIC");
    int privateBefore = count("PRIVATE");
    Register.registerSigned("Counted VCS", "VCS", "charity", "Stafford");
    Register.registerSigned("Counted Public", "PUBLIC", "police", "Stafford");
    Register.registerProspect("Uncounted Prospect", "PRIVATE", "other", "Stafford");
    UUID withdrawn = Register.registerSigned("Uncounted Withdrawn", "PRIVATE", "other", "Stafford");
    Register.withdraw(withdrawn, "2010-01-01");
    assertThat(count("VCS")).isEqualTo(vcsBefore + 1);
    assertThat(count("PUBLIC")).isEqualTo(publicBefore + 1);
    assertThat(count("PRIVATE")).isEqualTo(privateBefore);
    as(null)
        .get("/register/counts")
        .then()
        .statusCode(200)
        .body("sectors.sector", contains("VCS", "PUBLIC", "PRIVATE"))
        .body("total", equalTo(count("VCS") + count("PUBLIC") + count("PRIVATE")));
  }

  @Test
  void theRegisterNeedsNoTokenButRejectsInvalidOnes() {
    as(TestTokens.partner(UUID.randomUUID())).get("/register").then().statusCode(200);
    as(TestTokens.councilSystem(UUID.randomUUID())).get("/register/counts").then().statusCode(200);
    as(TestTokens.expired(TestTokens.PARTNER, UUID.randomUUID()))
        .get("/register")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    as(TestTokens.signedByOtherKey(TestTokens.COMPACT_ADMIN, null))
        .get("/register/export")
        .then()
        .statusCode(401);
    as(TestTokens.wrongIssuer(TestTokens.PARTNER, null))
        .get("/register/counts")
        .then()
        .statusCode(401);
  }

  private static int count(String sector) {
    List<String> sectors = as(null).get("/register/counts").then().extract().path("sectors.sector");
    List<Integer> counts = as(null).get("/register/counts").then().extract().path("sectors.count");
    return counts.get(sectors.indexOf(sector));
  }
}
