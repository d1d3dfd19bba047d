package org.compact.signatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.signatory.Register.admin;
import static org.compact.signatory.Register.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** compact-admin's briefing list and the public bodies still without a Compact Champion. */
@QuarkusTest
class ReportsApiTest {

  @Test
  void briefingRecipientsAreTheBriefedContactsOfSignedOrganisations() {
    String word = Register.uniqueWord();
    UUID signed = Register.registerSigned(word + " Briefed Org", "VCS", "charity", word);
    UUID prospect = Register.registerProspect(word + " Prospect Org", "VCS", "charity", word);
    Register.addContact(
        signed, Register.contactJson("Bria Briefed", "bria@example.org", true, false, false));
    Register.addContact(
        signed, Register.contactJson("Nora Notbriefed", "nora@example.org", false, false, false));
    Register.addContact(
        signed, Register.contactJson("=cmd|calc", "formula@example.org", true, false, false));
    Register.addContact(
        prospect, Register.contactJson("Pia Prospect", "pia@example.org", true, false, false));
    String csv =
        admin()
            .get("/reports/briefing-recipients")
            .then()
            .statusCode(200)
            .contentType(org.hamcrest.Matchers.containsString("text/csv"))
            .extract()
            .asString();
    assertThat(csv).startsWith("organisation,sector,name,role,email,phone,compactChampion\r\n");
    assertThat(csv)
        .contains(word + " Briefed Org,VCS,Bria Briefed,Compact lead,bria@example.org")
        .contains("'=cmd|calc")
        .doesNotContain("Nora")
        .doesNotContain("Pia Prospect");

    as(TestTokens.partner(signed)).get("/reports/briefing-recipients").then().statusCode(403);
    as(TestTokens.ccrgMember("ccrg-7")).get("/reports/briefing-recipients").then().statusCode(403);
    as(TestTokens.councilSystem(signed)).get("/reports/briefing-recipients").then().statusCode(403);
    as(null).get("/reports/briefing-recipients").then().statusCode(401);
    as(TestTokens.expired(TestTokens.COMPACT_ADMIN, null))
        .get("/reports/briefing-recipients")
        .then()
        .statusCode(401);
  }

  @Test
  void signedPublicBodiesWithoutAChampionAreReported() {
    String word = Register.uniqueWord();
    UUID without = Register.registerSigned(word + " No Champion PCT", "PUBLIC", "NHS body", word);
    UUID with = Register.registerSigned(word + " Has Champion Police", "PUBLIC", "police", word);
    Register.addContact(
        with, Register.contactJson("Chris Champion", "chris@example.org", false, true, false));
    UUID vcs = Register.registerSigned(word + " VCS Without", "VCS", "charity", word);
    UUID prospect =
        Register.registerProspect(word + " Prospect Council", "PUBLIC", "council", word);
    admin()
        .get("/reports/organisations-without-champion")
        .then()
        .statusCode(200)
        .body("sector", equalTo("PUBLIC"))
        .body("organisations.id", hasItem(without.toString()))
        .body("organisations.id", not(hasItem(with.toString())))
        .body("organisations.id", not(hasItem(vcs.toString())))
        .body("organisations.id", not(hasItem(prospect.toString())));
    as(TestTokens.partner(without))
        .get("/reports/organisations-without-champion")
        .then()
        .statusCode(403);
    as(null).get("/reports/organisations-without-champion").then().statusCode(401);
  }
}
