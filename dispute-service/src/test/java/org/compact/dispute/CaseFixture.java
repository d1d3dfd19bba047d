package org.compact.dispute;

import static org.compact.dispute.Api.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.testsupport.TestTokens;

/**
 * A Stafford case brought to stage 2 through the API: a VCS complainant, a public-sector
 * respondent, and a roster with members from other organisations (two per sector plus spares).
 */
public final class CaseFixture {
  public final UUID complainant;
  public final UUID respondent;
  public final String suffix = UUID.randomUUID().toString().substring(0, 8);
  public final List<String> vcsMembers = new ArrayList<>();
  public final List<String> publicMembers = new ArrayList<>();
  public final List<String> vcsSubjects = new ArrayList<>();
  public final List<String> publicSubjects = new ArrayList<>();
  public String memberFromRespondent;
  public String disputeId;

  private CaseFixture(DataSource dataSource, int rosterYear) {
    complainant = Signatories.signed(dataSource, "Complainant Trust " + suffix, "VCS");
    respondent = Signatories.signed(dataSource, "Respondent Council " + suffix, "PUBLIC");
    UUID vcsOrg = Signatories.signed(dataSource, "Panel Charity " + suffix, "VCS");
    UUID publicOrg = Signatories.signed(dataSource, "Panel NHS Trust " + suffix, "PUBLIC");
    for (int i = 1; i <= 3; i++) {
      String vcs = "ccrg-vcs-" + i + "-" + suffix;
      String pub = "ccrg-pub-" + i + "-" + suffix;
      vcsMembers.add(Api.addRosterMember(rosterYear, vcs, vcsOrg));
      vcsSubjects.add(vcs);
      publicMembers.add(Api.addRosterMember(rosterYear, pub, publicOrg));
      publicSubjects.add(pub);
    }
    memberFromRespondent =
        Api.addRosterMember(rosterYear, "ccrg-respondent-staff-" + suffix, respondent);
  }

  /** Parties and roster only; no case opened. */
  public static CaseFixture rosterOnly(DataSource dataSource, int rosterYear) {
    return new CaseFixture(dataSource, rosterYear);
  }

  public static CaseFixture atStage1(DataSource dataSource, int rosterYear) {
    CaseFixture f = new CaseFixture(dataSource, rosterYear);
    f.disputeId = Api.open(f.complainantToken(), f.complainant, f.respondent);
    f.advance(f.complainantToken(), "{\"toStage\":\"STAGE_1\"}").then().statusCode(200);
    return f;
  }

  /** At stage 2 with R = {@code receivedOn} (must not be after the service's today). */
  public static CaseFixture atStage2(DataSource dataSource, int rosterYear, String receivedOn) {
    CaseFixture f = atStage1(dataSource, rosterYear);
    f.refer(Api.referralBody(f.complainant, f.respondent, "Referral letter"))
        .then()
        .statusCode(200);
    f.advance(TestTokens.admin(), "{\"toStage\":\"STAGE_2\",\"receivedOn\":\"" + receivedOn + "\"}")
        .then()
        .statusCode(200);
    return f;
  }

  /** At stage 2 with a convened panel (2 VCS + 2 PUBLIC) whose chair is the first VCS member. */
  public static CaseFixture withPanel(DataSource dataSource, int rosterYear, String receivedOn) {
    CaseFixture f = atStage2(dataSource, rosterYear, receivedOn);
    f.appoint(
            List.of(
                f.vcsMembers.get(0),
                f.vcsMembers.get(1),
                f.publicMembers.get(0),
                f.publicMembers.get(1)))
        .then()
        .statusCode(200);
    Api.put(
            f.chairToken(),
            "/disputes/" + f.disputeId + "/panel/chair",
            "{\"memberId\":\"" + f.vcsMembers.get(0) + "\"}",
            f.etag())
        .then()
        .statusCode(200);
    return f;
  }

  public io.restassured.response.Response appoint(List<String> memberIds) {
    return Api.put(
        TestTokens.admin(),
        "/disputes/" + disputeId + "/panel",
        "{\"memberIds\":" + Api.ids(memberIds) + "}",
        etag());
  }

  public io.restassured.response.Response advance(String token, String body) {
    return post(token, "/disputes/" + disputeId + "/stage", body, etag());
  }

  public io.restassured.response.Response refer(String body) {
    return post(complainantToken(), "/disputes/" + disputeId + "/referral", body, etag());
  }

  public String etag() {
    return Api.etag(TestTokens.admin(), disputeId);
  }

  public String complainantToken() {
    return TestTokens.partner(complainant);
  }

  public String respondentToken() {
    return TestTokens.partner(respondent);
  }

  public String chairToken() {
    return TestTokens.ccrgMember(vcsSubjects.get(0));
  }

  public String panelMemberToken() {
    return TestTokens.ccrgMember(publicSubjects.get(0));
  }

  /** On the roster but not on this case's panel. */
  public String otherCcrgToken() {
    return TestTokens.ccrgMember(vcsSubjects.get(2));
  }
}
