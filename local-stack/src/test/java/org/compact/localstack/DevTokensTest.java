package org.compact.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokensTest {
  @TempDir Path keys;

  @Test
  void keysAreGeneratedOnceAsPemAndReadBack() throws Exception {
    DevKeys first = DevKeys.loadOrCreate(keys);
    DevKeys second = DevKeys.loadOrCreate(keys);

    assertThat(second.publicKey().getEncoded()).isEqualTo(first.publicKey().getEncoded());
    assertThat(second.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
    assertThat(Files.readString(keys.resolve("privateKey.pem")))
        .startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(Files.readString(keys.resolve("publicKey.pem")))
        .startsWith("-----BEGIN PUBLIC KEY-----\n");
    assertThat(first.publicKeyFile()).isEqualTo(keys.resolve("publicKey.pem").toAbsolutePath());
  }

  @Test
  void tokenIsSignedWithTheDevKeyAndCarriesRoleOrganisationAndSubject() throws Exception {
    DevKeys devKeys = DevKeys.loadOrCreate(keys);
    UUID org = UUID.randomUUID();
    String token =
        new DevTokens(devKeys, DevTokens.DEFAULT_ISSUER)
            .mint(
                new DevTokens.TokenRequest(
                    "partner", Optional.of(org), "alice", Duration.ofMinutes(30)));

    JwtClaims claims = consumer(devKeys, DevTokens.DEFAULT_ISSUER).processToClaims(token);

    assertThat(claims.getIssuer()).isEqualTo("https://compact.local/issuer");
    assertThat(claims.getSubject()).isEqualTo("alice");
    assertThat(claims.getStringClaimValue("upn")).isEqualTo("alice");
    assertThat(claims.getStringListClaimValue("groups")).isEqualTo(List.of("partner"));
    assertThat(claims.getStringClaimValue("org_id")).isEqualTo(org.toString());
    assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue())
        .isEqualTo(30 * 60);
  }

  @Test
  void tokenWithoutOrganisationHasNoOrgIdClaim() throws Exception {
    DevKeys devKeys = DevKeys.loadOrCreate(keys);
    String token =
        new DevTokens(devKeys, DevTokens.DEFAULT_ISSUER)
            .mint(
                new DevTokens.TokenRequest(
                    "compact-admin", Optional.empty(), null, DevTokens.DEFAULT_TTL));

    JwtClaims claims = consumer(devKeys, DevTokens.DEFAULT_ISSUER).processToClaims(token);

    assertThat(claims.hasClaim("org_id")).isFalse();
    assertThat(claims.getSubject()).isEqualTo("dev-compact-admin");
  }

  @Test
  void anotherKeyPairDoesNotVerifyTheToken(@TempDir Path otherKeys) {
    String token =
        new DevTokens(DevKeys.loadOrCreate(keys), DevTokens.DEFAULT_ISSUER)
            .mint(
                new DevTokens.TokenRequest(
                    "compact-admin", Optional.empty(), null, DevTokens.DEFAULT_TTL));

    assertThatThrownBy(
            () ->
                consumer(DevKeys.loadOrCreate(otherKeys), DevTokens.DEFAULT_ISSUER).process(token))
        .isInstanceOf(InvalidJwtException.class);
  }

  private static JwtConsumer consumer(DevKeys keys, String issuer) {
    return new JwtConsumerBuilder()
        .setVerificationKey(keys.publicKey())
        .setExpectedIssuer(issuer)
        .setRequireExpirationTime()
        .setRequireSubject()
        .build();
  }
}
