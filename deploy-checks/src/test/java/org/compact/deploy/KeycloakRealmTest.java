package org.compact.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** deploy/compose/keycloak/compact-realm.json: roles, claims and clients the services rely on. */
class KeycloakRealmTest {
  static final List<String> ROLES =
      List.of("compact-admin", "ccrg-member", "partner", "council-system");
  final Map<String, Object> realm =
      Yaml.json(Repo.path("deploy", "compose", "keycloak", "compact-realm.json"));

  @Test
  void realmCompactHasExactlyTheFourRolesOfTheDomain() {
    assertThat(Tree.string(realm, "realm")).isEqualTo("compact");
    assertThat(Tree.get(realm, "enabled")).isEqualTo(true);
    assertThat(Tree.maps(realm, "roles.realm").stream().map(r -> r.get("name")))
        .containsExactlyInAnyOrderElementsOf(ROLES);
  }

  @Test
  void everyClientPutsRealmRolesIntoTheGroupsClaimOfTheAccessToken() {
    for (Map<String, Object> client : Tree.maps(realm, "clients")) {
      Map<String, Object> mapper = mapper(client, "oidc-usermodel-realm-role-mapper").orElseThrow();
      Map<String, Object> config = Tree.map(mapper, "config");
      assertThat(config)
          .as("groups mapper of %s", client.get("clientId"))
          .containsEntry("claim.name", "groups")
          .containsEntry("multivalued", "true")
          .containsEntry("access.token.claim", "true");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void frontendUsersCarryTheirOrgIdAttributeWhichOnlyAdminsMayEdit() {
    Map<String, Object> frontend = client("compact-frontend");
    Map<String, Object> config =
        Tree.map(mapper(frontend, "oidc-usermodel-attribute-mapper").orElseThrow(), "config");
    assertThat(config)
        .containsEntry("user.attribute", "org_id")
        .containsEntry("claim.name", "org_id")
        .containsEntry("access.token.claim", "true")
        .containsEntry("jsonType.label", "String");

    // Keycloak's declarative user profile: an undeclared attribute would be dropped; a user who
    // could edit it could act for any organisation
    List<Object> providers =
        (List<Object>)
            Tree.map(realm, "components").get("org.keycloak.userprofile.UserProfileProvider");
    assertThat(providers).as("declarative user profile").hasSize(1);
    Map<String, Object> providerConfig = Tree.map(providers.get(0), "config");
    String profileJson = (String) ((List<?>) providerConfig.get("kc.user.profile.config")).get(0);
    Map<?, ?> profile = JsonMapper.shared().readValue(profileJson, Map.class);
    Map<String, Object> orgId =
        Tree.maps(profile, "attributes").stream()
            .filter(a -> "org_id".equals(a.get("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("org_id is not declared in the user profile"));
    assertThat(Tree.list(orgId, "permissions.edit")).containsExactly("admin");
    assertThat(Tree.string(orgId, "validations.pattern.pattern")).contains("[0-9a-f]{8}");
  }

  @Test
  void councilSystemsUseClientCredentialsWithTheirRoleAndAHardcodedOrgId() {
    Map<String, Object> council = client("council-system");
    assertThat(council)
        .containsEntry("publicClient", false)
        .containsEntry("clientAuthenticatorType", "client-secret")
        .containsEntry("serviceAccountsEnabled", true)
        .containsEntry("standardFlowEnabled", false)
        .containsEntry("directAccessGrantsEnabled", false)
        .containsEntry("implicitFlowEnabled", false);
    // the secret is a placeholder Keycloak resolves from its environment at import
    assertThat(council.get("secret")).isEqualTo("${COUNCIL_CLIENT_SECRET}");
    Map<String, Object> orgId =
        Tree.map(mapper(council, "oidc-hardcoded-claim-mapper").orElseThrow(), "config");
    assertThat(orgId)
        .containsEntry("claim.name", "org_id")
        .containsEntry("claim.value", "${COUNCIL_ORG_ID}")
        .containsEntry("access.token.claim", "true");

    Map<String, Object> serviceAccount =
        Tree.maps(realm, "users").stream()
            .filter(u -> "council-system".equals(u.get("serviceAccountClientId")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no service account user for council-system"));
    assertThat(Tree.list(serviceAccount, "realmRoles")).containsExactly("council-system");
  }

  @Test
  void theFrontendTeamGetsAPublicClientWithPkce() {
    Map<String, Object> frontend = client("compact-frontend");
    assertThat(frontend)
        .containsEntry("publicClient", true)
        .containsEntry("standardFlowEnabled", true)
        .containsEntry("implicitFlowEnabled", false)
        .containsEntry("directAccessGrantsEnabled", false);
    assertThat(Tree.map(frontend, "attributes"))
        .containsEntry("pkce.code.challenge.method", "S256");
    assertThat(Tree.list(frontend, "redirectUris")).containsExactly("${FRONTEND_ORIGIN}/*");
    assertThat(Tree.list(frontend, "webOrigins")).containsExactly("${FRONTEND_ORIGIN}");
    assertThat(frontend).doesNotContainKey("secret");
  }

  @Test
  void everyPlaceholderOfTheRealmIsSetOnTheKeycloakContainer() {
    String text = Yaml.read(Repo.path("deploy", "compose", "keycloak", "compact-realm.json"));
    Map<String, String> keycloakEnv =
        new ComposeFile(ComposeFile.templateFilled()).environment("keycloak");
    java.util.regex.Matcher placeholders =
        java.util.regex.Pattern.compile("\\$\\{([A-Z_]+)}").matcher(text);
    int count = 0;
    while (placeholders.find()) {
      count++;
      assertThat(keycloakEnv).containsKey(placeholders.group(1));
    }
    assertThat(count).isGreaterThanOrEqualTo(3);
  }

  private Map<String, Object> client(String clientId) {
    return Tree.maps(realm, "clients").stream()
        .filter(c -> clientId.equals(c.get("clientId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no client " + clientId));
  }

  private static Optional<Map<String, Object>> mapper(Map<String, Object> client, String type) {
    return Tree.maps(client, "protocolMappers").stream()
        .filter(m -> type.equals(m.get("protocolMapper")))
        .findFirst();
  }
}
