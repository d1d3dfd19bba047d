package org.compact.systemtests.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.compact.testsupport.TestTokens;

/**
 * Real resources created through the APIs before the matrix runs, so path parameters name things
 * that exist: organisations A (VCS, the "own" organisation), B (VCS, "other"), C (PUBLIC, the
 * respondent) and two panel organisations, all SIGNED; a contact of A; a PUBLISHED plan with a
 * section, an objective and an action A leads; a consultation A owns; a dispute A opened against C,
 * at stage 2 with a convened panel, a letter and a hearing; a good-practice example A submitted.
 *
 * <p>Business dates are in review year 2002 (2002-04-01 to 2003-03-31), far from the seed years, so
 * the annual report figures other system tests compare are not touched. A step that fails is
 * recorded in {@link #problems()} and its bindings fall back to random ids.
 */
public final class FixtureWorld {
  public static final String SIGNED_ON = "2002-04-01";
  public static final String RECEIVED_ON = "2002-05-01";
  public static final int ROSTER_YEAR = 2002;

  /**
   * The report year the matrix may agree and publish: a new one each run (a later run must again
   * find it a DRAFT), far from any year with data.
   */
  private String reportYear;

  private final Http http;
  private final List<String> services;
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> ids = new LinkedHashMap<>();

  public UUID orgA;
  public UUID orgB;
  public UUID orgC;
  private UUID panelOrgVcs;
  private UUID panelOrgPublic;
  private final List<String> panelMembers = new ArrayList<>();
  private String chairSubject;
  private String spareSubject;

  private FixtureWorld(Http http, List<String> services) {
    this.http = http;
    this.services = services;
  }

  public static FixtureWorld create(Http http, List<String> services) {
    FixtureWorld world = new FixtureWorld(http, services);
    world.build();
    return world;
  }

  public List<String> problems() {
    return problems;
  }

  /** Ids by binding key ({@code signatories/{id}}, {@code field:ownerId}, …). */
  public Map<String, String> ids() {
    return ids;
  }

  public String suffix() {
    return suffix;
  }

  public String token(CallerKind kind) {
    return switch (kind) {
      case ANONYMOUS -> null;
      case EXPIRED -> TestTokens.expired(TestTokens.COMPACT_ADMIN, null);
      case OTHER_KEY -> TestTokens.signedByOtherKey(TestTokens.COMPACT_ADMIN, null);
      case WRONG_ISSUER -> TestTokens.wrongIssuer(TestTokens.COMPACT_ADMIN, null);
      case ADMIN -> TestTokens.admin();
      case PARTNER -> TestTokens.token(TestTokens.PARTNER, orgA, "matrix-partner-a-" + suffix);
      case PARTNER_OTHER ->
          TestTokens.token(TestTokens.PARTNER, orgB, "matrix-partner-b-" + suffix);
      case COUNCIL ->
          TestTokens.token(TestTokens.COUNCIL_SYSTEM, orgA, "matrix-council-a-" + suffix);
      case COUNCIL_OTHER ->
          TestTokens.token(TestTokens.COUNCIL_SYSTEM, orgB, "matrix-council-b-" + suffix);
      case CCRG -> TestTokens.ccrgMember(spareSubject);
      case CCRG_PANEL -> TestTokens.ccrgMember(chairSubject);
    };
  }

  private void build() {
    orgA = randomIfNull(null);
    orgB = randomIfNull(null);
    orgC = randomIfNull(null);
    chairSubject = "matrix-ccrg-chair-" + suffix;
    spareSubject = "matrix-ccrg-spare-" + suffix;
    if (services.contains("signatory")) {
      signatories();
    }
    bind("field:ownerId", orgA);
    bind("field:complainantId", orgA);
    bind("field:signatoryId", orgA);
    bind("field:leadSignatoryIds", orgA);
    bind("field:respondentIds", orgC);
    bind("field:organisations", orgA + "," + orgC);
    // the example identifiers would belong to whichever organisation took them first (409)
    bind("field:identifiers", "");
    bind("field:subject", "matrix-ccrg-new-" + suffix);
    // free-text dates of the examples (2009, the seed plans' year) would count in the seed years
    bind("field:timescale", "Between June and October 2003");
    bind("field:period", "2003-04");
    bind("signatories/{id}", orgA);
    if (services.contains("actionplan")) {
      actionPlan();
    }
    if (services.contains("consultation")) {
      consultation();
    }
    if (services.contains("dispute")) {
      dispute();
    }
    if (services.contains("reporting")) {
      goodPractice();
    }
    if (services.contains("reporting")) {
      reportYear = draftReportYear();
      ids.put("reports/{year}", reportYear);
    }
  }

  // ------------------------------------------------------------------ signatory

  private void signatories() {
    orgA = signedOrganisation("Matrix Own Trust " + suffix, "VCS", "charity").orElse(orgA);
    orgB = signedOrganisation("Matrix Other Trust " + suffix, "VCS", "charity").orElse(orgB);
    orgC =
        signedOrganisation("Matrix Respondent Council " + suffix, "PUBLIC", "council").orElse(orgC);
    panelOrgVcs =
        signedOrganisation("Matrix Panel Charity " + suffix, "VCS", "charity").orElse(null);
    panelOrgPublic =
        signedOrganisation("Matrix Panel NHS " + suffix, "PUBLIC", "NHS body").orElse(null);
    step(
            "prospect (never on the register)",
            () ->
                post(
                    "signatory",
                    "/signatories",
                    TestTokens.admin(),
                    Json.write(
                        Map.of(
                            "name", "Matrix Prospect " + suffix,
                            "sector", "VCS",
                            "kind", "charity",
                            "area", "Stafford")),
                    null))
        .flatMap(this::id)
        .ifPresent(id -> ids.put("hidden:prospect", id));
    step(
            "contact of A",
            () ->
                post(
                    "signatory",
                    "/signatories/" + orgA + "/contacts",
                    TestTokens.admin(),
                    """
                {"name":"Matrix Contact","role":"Compact lead","email":"matrix@example.org",
                 "phone":"01785 000000","receivesBriefings":true,"showOnPublicRegister":false}
                """,
                    null))
        .flatMap(this::id)
        .ifPresent(id -> ids.put("contacts/{contactId}", id));
  }

  private Optional<UUID> signedOrganisation(String name, String sector, String kind) {
    Optional<String> id =
        step(
                "register " + name,
                () ->
                    post(
                        "signatory",
                        "/signatories",
                        TestTokens.admin(),
                        Json.write(
                            Map.of(
                                "name", name, "sector", sector, "kind", kind, "area", "Stafford")),
                        null))
            .flatMap(this::id);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    step(
        "sign " + name,
        () ->
            post(
                "signatory",
                "/signatories/" + id.get() + "/sign",
                TestTokens.admin(),
                "{\"signedOn\":\"" + SIGNED_ON + "\",\"signedBy\":\"Chief Executive\"}",
                etag("signatory", "/signatories/" + id.get())));
    return id.map(UUID::fromString);
  }

  /**
   * Points {@code signatories/{id}} (and its contact) at a new signed organisation that is party to
   * nothing, so changing it does not make the dispute service rewrite the fixture disputes' parties
   * in the background (the hostile-input test fingerprints each database per request).
   */
  public void useBystanderForSignatoryPaths() {
    if (!services.contains("signatory")) {
      return;
    }
    signedOrganisation("Matrix Bystander Trust " + suffix, "VCS", "charity")
        .ifPresent(
            org -> {
              ids.put("signatories/{id}", org.toString());
              step(
                      "contact of the bystander",
                      () ->
                          post(
                              "signatory",
                              "/signatories/" + org + "/contacts",
                              TestTokens.admin(),
                              "{\"name\":\"Bystander Contact\",\"email\":\"bystander@example.org\"}",
                              null))
                  .flatMap(this::id)
                  .ifPresent(id -> ids.put("contacts/{contactId}", id));
            });
  }

  // ------------------------------------------------------------------ action plan

  private void actionPlan() {
    Map<String, String> published = planWithAction("Matrix plan " + suffix, true);
    published.forEach(ids::put);
    ids.put("field:actionId", ids.getOrDefault("actions/{actionId}", UUID.randomUUID().toString()));
    Map<String, String> draft = planWithAction("Matrix draft plan " + suffix, false);
    if (draft.containsKey("plans/{planId}")) {
      ids.put("hidden:plan", draft.get("plans/{planId}"));
    }
    if (draft.containsKey("actions/{actionId}")) {
      ids.put("hidden:action", draft.get("actions/{actionId}"));
    }
  }

  /** A plan with one section, objective and action led by A; its ids by binding key. */
  private Map<String, String> planWithAction(String title, boolean publish) {
    String admin = TestTokens.admin();
    Map<String, String> made = new LinkedHashMap<>();
    Optional<String> plan =
        step(
                title,
                () ->
                    post(
                        "actionplan",
                        "/plans",
                        admin,
                        "{\"title\":\""
                            + title
                            + "\",\"period\":\"2002-03\",\"adoptedOn\":\"2002-04-20\"}",
                        null))
            .flatMap(this::id);
    if (plan.isEmpty()) {
      return made;
    }
    made.put("plans/{planId}", plan.get());
    Optional<String> section =
        step(
                "section of " + title,
                () ->
                    post(
                        "actionplan",
                        "/plans/" + plan.get() + "/sections",
                        admin,
                        "{\"title\":\"Raise Awareness\"}",
                        null))
            .flatMap(this::id);
    section.ifPresent(x -> made.put("sections/{sectionId}", x));
    Optional<String> objective =
        section.flatMap(
            x ->
                step(
                        "objective of " + title,
                        () ->
                            post(
                                "actionplan",
                                "/plans/" + plan.get() + "/sections/" + x + "/objectives",
                                admin,
                                "{\"text\":\"To raise awareness of the Compact\"}",
                                null))
                    .flatMap(this::id));
    objective.ifPresent(o -> made.put("objectives/{objectiveId}", o));
    objective
        .flatMap(
            o ->
                step(
                        "action of " + title,
                        () ->
                            post(
                                "actionplan",
                                "/plans/" + plan.get() + "/objectives/" + o + "/actions",
                                admin,
                                Json.write(
                                    Map.of(
                                        "description", "Report to the Partnership Forum",
                                        "priority", "HIGH",
                                        "timescale", "June 2002",
                                        "lead", "Matrix Own Trust",
                                        "leadSignatoryIds", List.of(orgA.toString()))),
                                null))
                    .flatMap(this::id))
        .ifPresent(a -> made.put("actions/{actionId}", a));
    if (publish) {
      step(
          "publish " + title,
          () ->
              post(
                  "actionplan",
                  "/plans/" + plan.get() + "/publish",
                  admin,
                  null,
                  etag("actionplan", "/plans/" + plan.get())));
    }
    return made;
  }

  // ------------------------------------------------------------------ consultation

  private void consultation() {
    Optional<String> id =
        step(
                "consultation owned by A",
                () ->
                    post(
                        "consultation",
                        "/consultations",
                        TestTokens.admin(),
                        Json.write(
                            Map.of(
                                "ownerId",
                                orgA.toString(),
                                "title",
                                "Matrix consultation " + suffix,
                                "summary",
                                "Which services matter most to you?",
                                "audiences",
                                List.of("RESIDENTS"),
                                "methods",
                                List.of("SURVEY"),
                                "representativeViews",
                                true,
                                "directViews",
                                true,
                                "opensOn",
                                "2002-06-01",
                                "closesOn",
                                "2002-08-24")),
                        null))
            .flatMap(this::id);
    id.ifPresent(
        c -> {
          ids.put("consultations/{id}", c);
          ids.put("field:consultationId", c);
        });
    // Results need a CLOSED consultation: its dates are past, but the status job may not have run.
    id.map(
            c ->
                http.send(
                    Call.of("consultation", "POST", "/consultations/" + c + "/results")
                        .withToken(TestTokens.admin())
                        .withJson(
                            "{\"externalRef\":\"MATRIX-"
                                + suffix
                                + "\",\"publishedOn\":\"2002-09-30\",\"summary\":\"Matrix result\","
                                + "\"responseCount\":12}")))
        .filter(Reply::is2xx)
        .flatMap(r -> id(r.body()))
        .ifPresent(r -> ids.put("results/{resultId}", r));
  }

  // ------------------------------------------------------------------ dispute

  private void dispute() {
    String admin = TestTokens.admin();
    String partnerA = token(CallerKind.PARTNER);
    ids.put("rosters/{reviewYear}", String.valueOf(ROSTER_YEAR));
    List<String> subjects =
        List.of(
            chairSubject,
            "matrix-ccrg-vcs-" + suffix,
            "matrix-ccrg-pub1-" + suffix,
            "matrix-ccrg-pub2-" + suffix);
    List<UUID> orgs = List.of(panelOrgVcs, panelOrgVcs, panelOrgPublic, panelOrgPublic);
    for (int i = 0; i < subjects.size(); i++) {
      rosterMember(subjects.get(i), orgs.get(i)).ifPresent(panelMembers::add);
    }
    if (panelOrgVcs != null) {
      ids.put("field:organisationId", panelOrgVcs.toString());
    }
    rosterMember(spareSubject, panelOrgVcs).ifPresent(m -> ids.put("field:memberId", m));
    rosterMember("matrix-ccrg-removable-" + suffix, panelOrgVcs)
        .ifPresent(m -> ids.put("members/{memberId}", m));
    if (!panelMembers.isEmpty()) {
      ids.put("field:memberIds", String.join(",", panelMembers));
    }
    // The dispute service learns of signatories from their events: retry until it knows A and C.
    String openBody =
        Json.write(
            Map.of(
                "complainantId", orgA.toString(),
                "respondentIds", List.of(orgC.toString()),
                "commitments", List.of("CONSULTATION"),
                "commitmentDetails", "Twelve weeks for formal written consultations",
                "natureOfDifference", "A four-week consultation with no reasons given",
                "whatHasBeenDone", "An email to the service manager",
                "breach", "HAPPENED"));
    Optional<String> dispute =
        retrying(
                "open dispute (A against C)",
                () -> post("dispute", "/disputes", partnerA, openBody, null),
                Duration.ofSeconds(90))
            .flatMap(this::id);
    if (dispute.isEmpty()) {
      return;
    }
    String d = dispute.get();
    ids.put("disputes/{id}", d);
    String path = "/disputes/" + d;
    step(
        "stage 1",
        () ->
            post(
                "dispute",
                path + "/stage",
                partnerA,
                "{\"toStage\":\"STAGE_1\"}",
                etag("dispute", path)));
    step(
            "letter",
            () ->
                post(
                    "dispute",
                    path + "/letters",
                    partnerA,
                    "{\"kind\":\"LETTER\",\"text\":\"We believe the consultation code was breached\","
                        + "\"commitments\":[\"CONSULTATION\"]}",
                    null))
        .flatMap(this::id)
        .ifPresent(r -> ids.put("records/{recordId}", r));
    step(
        "referral",
        () ->
            post(
                "dispute",
                path + "/referral",
                partnerA,
                Json.write(
                    Map.of(
                        "organisations", List.of(orgA.toString(), orgC.toString()),
                        "commitments", List.of("CONSULTATION"),
                        "natureOfDifference", "A four-week consultation with no reasons given",
                        "whatHasBeenDone", "Open dialogue, then a formal letter; refused",
                        "letter", "Dear Chair of the Joint Compact Steering Group")),
                etag("dispute", path)));
    step(
        "stage 2",
        () ->
            post(
                "dispute",
                path + "/stage",
                admin,
                "{\"toStage\":\"STAGE_2\",\"receivedOn\":\"" + RECEIVED_ON + "\"}",
                etag("dispute", path)));
    if (panelMembers.size() == 4) {
      step(
          "appoint panel",
          () ->
              put(
                  "dispute",
                  path + "/panel",
                  admin,
                  "{\"memberIds\":" + Json.write(panelMembers) + ",\"convenedOn\":\"2002-05-10\"}",
                  etag("dispute", path)));
      String chair = token(CallerKind.CCRG_PANEL);
      step(
          "chair",
          () ->
              put(
                  "dispute",
                  path + "/panel/chair",
                  chair,
                  "{\"memberId\":\"" + panelMembers.get(0) + "\"}",
                  etag("dispute", path)));
      step(
          "relatedness",
          () ->
              post(
                  "dispute",
                  path + "/relatedness",
                  chair,
                  "{\"decision\":\"COMPACT_RELATED\",\"decidedOn\":\"2002-05-20\"}",
                  etag("dispute", path)));
      step(
              "hearing",
              () ->
                  post(
                      "dispute",
                      path + "/hearings",
                      chair,
                      "{\"hearingOn\":\"2002-06-20\"}",
                      etag("dispute", path)))
          .flatMap(this::hearingId)
          .ifPresent(h -> ids.put("hearings/{hearingId}", h));
      if (ids.containsKey("hearings/{hearingId}")) {
        ids.put("field:hearingId", ids.get("hearings/{hearingId}"));
      }
      ids.put("op:PUT /disputes/{id}/panel/chair#memberId", panelMembers.get(0));
    }
  }

  private Optional<String> rosterMember(String subject, UUID org) {
    if (org == null) {
      problems.add("roster member " + subject + ": no panel organisation");
      return Optional.empty();
    }
    return step(
            "roster member " + subject,
            () ->
                post(
                    "dispute",
                    "/ccrg/rosters/" + ROSTER_YEAR + "/members",
                    TestTokens.admin(),
                    Json.write(
                        Map.of(
                            "subject",
                            subject,
                            "organisationId",
                            org.toString(),
                            "name",
                            "Member " + subject)),
                    null))
        .flatMap(this::id);
  }

  private Optional<String> hearingId(String body) {
    JsonNode hearings = Json.parse(body).path("hearings");
    if (hearings.isArray() && !hearings.isEmpty()) {
      JsonNode last = hearings.get(hearings.size() - 1);
      return Optional.ofNullable(last.path("id").asText(null));
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ reporting

  private void goodPractice() {
    step(
            "good practice of A",
            () ->
                post(
                    "reporting",
                    "/good-practice",
                    token(CallerKind.PARTNER),
                    "{\"title\":\"Matrix joint consultation "
                        + suffix
                        + "\",\"description\":\"The council and the CVS planned it together.\","
                        + "\"occurredOn\":\"2002-06-15\"}",
                    null))
        .flatMap(this::id)
        .ifPresent(id -> ids.put("good-practice/{id}", id));
  }

  /**
   * A report year between 2040 and 2100 that is still a DRAFT (the matrix agrees and publishes it).
   */
  private String draftReportYear() {
    java.util.Random random = new java.util.Random();
    for (int attempt = 0; attempt < 20; attempt++) {
      String year = String.valueOf(2040 + random.nextInt(61));
      Reply reply =
          http.send(Call.of("reporting", "GET", "/reports/" + year).withToken(TestTokens.admin()));
      if (reply.is2xx() && Json.text(reply.body(), "status").orElse("").equals("DRAFT")) {
        return year;
      }
    }
    problems.add("no DRAFT report year found between 2040 and 2100");
    return "2099";
  }

  // ------------------------------------------------------------------ helpers

  private static UUID randomIfNull(UUID id) {
    return id == null ? UUID.randomUUID() : id;
  }

  private void bind(String key, Object value) {
    ids.put(key, String.valueOf(value));
  }

  private Optional<String> id(String body) {
    return Json.text(body, "id");
  }

  /** Runs one creating request; its body when 2xx, else a recorded problem. */
  private Optional<String> step(String what, Supplier<Reply> request) {
    Reply reply = request.get();
    if (reply.is2xx()) {
      return Optional.of(reply.body());
    }
    problems.add("fixture step '" + what + "' failed: " + reply.describe());
    return Optional.empty();
  }

  private Optional<String> retrying(String what, Supplier<Reply> request, Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    Reply reply = request.get();
    while (!reply.is2xx() && reply.status() == 422 && Instant.now().isBefore(deadline)) {
      pause();
      reply = request.get();
    }
    if (reply.is2xx()) {
      return Optional.of(reply.body());
    }
    problems.add("fixture step '" + what + "' failed: " + reply.describe());
    return Optional.empty();
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public String etag(String service, String path) {
    Reply reply = http.send(Call.of(service, "GET", path).withToken(TestTokens.admin()));
    return reply.header("ETag").orElse(null);
  }

  private Reply post(String service, String path, String token, String json, String ifMatch) {
    return send(service, "POST", path, token, json, ifMatch);
  }

  private Reply put(String service, String path, String token, String json, String ifMatch) {
    return send(service, "PUT", path, token, json, ifMatch);
  }

  private Reply send(
      String service, String method, String path, String token, String json, String ifMatch) {
    Call call = Call.of(service, method, path).withToken(token);
    if (json != null) {
      call = call.withJson(json);
    }
    if (ifMatch != null) {
      call = call.withHeader("If-Match", ifMatch);
    }
    return http.send(call);
  }
}
