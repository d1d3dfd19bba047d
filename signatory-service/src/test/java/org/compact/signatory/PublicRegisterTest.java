package org.compact.signatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.signatory.Register.admin;
import static org.compact.signatory.Register.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

  /**
   * Organisations and their identifiers come from separate statements (ids paged first): a page
   * must hold exactly {@code size} organisations, each once with all its identifiers, also when one
   * has none; past the last page the total is still exact.
   */
  @Test
  void everyPageListsEachOrganisationOnceWithAllItsIdentifiers() {
    String word = Register.uniqueWord();
    int[] identifierCounts = {3, 0, 3, 2, 1};
    List<UUID> ids = new ArrayList<>();
    List<List<String>> expected = new ArrayList<>();
    for (int i = 0; i < identifierCounts.length; i++) {
      List<String> orgIds = new ArrayList<>();
      ids.add(
          registerSignedWithIdentifiers(word + " Ident " + i, word, identifierCounts[i], orgIds));
      expected.add(orgIds);
    }
    for (int page = 0; page < 3; page++) {
      var response =
          as(null)
              .queryParam("area", word)
              .queryParam("size", 2)
              .queryParam("page", page)
              .get("/register")
              .then()
              .statusCode(200)
              .body("total", equalTo(5))
              .extract();
      List<String> wanted = new ArrayList<>();
      for (int i = page * 2; i < Math.min(page * 2 + 2, 5); i++) {
        wanted.add(word + " Ident " + i);
      }
      assertThat(response.<List<String>>path("items.name")).isEqualTo(wanted);
      for (int i = page * 2; i < Math.min(page * 2 + 2, 5); i++) {
        assertThat(orgIds(response.path("items[" + (i - page * 2) + "].identifiers")))
            .as("identifiers of organisation %d", i)
            .isEqualTo(expected.get(i));
      }
    }
    as(null)
        .queryParam("area", word)
        .queryParam("size", 2)
        .queryParam("page", 3)
        .get("/register")
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("total", equalTo(5));
    var descending =
        as(null)
            .queryParam("area", word)
            .queryParam("size", 2)
            .queryParam("sort", "-name")
            .get("/register")
            .then()
            .statusCode(200)
            .body("items.name", contains(word + " Ident 4", word + " Ident 3"))
            .extract();
    assertThat(orgIds(descending.path("items[1].identifiers"))).isEqualTo(expected.get(3));
    var adminList =
        admin()
            .queryParam("area", word)
            .queryParam("size", 2)
            .queryParam("page", 1)
            .get("/signatories")
            .then()
            .statusCode(200)
            .body("total", equalTo(5))
            .body("items.name", contains(word + " Ident 2", word + " Ident 3"))
            .extract();
    assertThat(orgIds(adminList.path("items[0].identifiers"))).isEqualTo(expected.get(2));

    String[] rows =
        as(null)
            .queryParam("area", word)
            .get("/register/export")
            .then()
            .statusCode(200)
            .extract()
            .asString()
            .split("\r\n");
    assertThat(rows).hasSize(6);
    for (int i = 0; i < identifierCounts.length; i++) {
      assertThat(rows[i + 1])
          .startsWith(ids.get(i) + ",")
          .contains("," + String.join(" ", expected.get(i)) + ",");
    }
  }

  /**
   * Registers and signs an organisation with {@code count} identifiers, adding their orgIds sorted.
   */
  private static UUID registerSignedWithIdentifiers(
      String name, String area, int count, List<String> orgIds) {
    List<String[]> all =
        List.of(
            new String[] {"GB-CHC", Register.uniqueCharityNumber()},
            new String[] {"GB-COH", "1" + Register.uniqueCharityNumber()},
            new String[] {"GB-SC", "SC" + Register.uniqueCharityNumber().substring(1)});
    List<String[]> chosen = all.subList(0, count);
    String identifiers =
        chosen.stream()
            .map(i -> "{\"scheme\":\"" + i[0] + "\",\"id\":\"" + i[1] + "\"}")
            .collect(Collectors.joining(","));
    UUID id =
        UUID.fromString(
            admin()
                .body(
                    """
                    {"name":"%s","sector":"VCS","kind":"charity","area":"%s","identifiers":[%s]}"""
                        .formatted(name, area, identifiers))
                .post("/signatories")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    Register.sign(id, "2009-04-01");
    chosen.stream().map(i -> i[0] + "-" + i[1]).sorted().forEach(orgIds::add);
    return id;
  }

  private static List<String> orgIds(List<Map<String, String>> identifiers) {
    return identifiers.stream().map(i -> i.get("scheme") + "-" + i.get("id")).toList();
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
