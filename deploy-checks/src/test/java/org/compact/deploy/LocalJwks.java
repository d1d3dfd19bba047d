package org.compact.deploy;

import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Stands in for Keycloak's JWKS endpoint: serves test-support's test public key as a JWK set on the
 * path Keycloak uses, and signs tokens with the matching private key (test keys only).
 */
final class LocalJwks implements AutoCloseable {
  static final String KEY_ID = "deploy-checks";
  private final HttpServer server;
  private final PrivateKey privateKey;

  LocalJwks(String path) {
    try {
      RSAPublicKey publicKey = (RSAPublicKey) KeyUtils.readPublicKey("test-keys/publicKey.pem");
      privateKey = KeyUtils.readPrivateKey("test-keys/privateKey.pem");
      byte[] body = jwks(publicKey).getBytes(StandardCharsets.UTF_8);
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          path,
          exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the test keys of test-support", e);
    }
  }

  /** host:port of the server. */
  String authority() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  String token(String issuer, String role) {
    return Jwt.issuer(issuer)
        .subject("deploy-checks")
        .upn("deploy-checks")
        .groups(Set.of(role))
        .expiresIn(Duration.ofMinutes(5))
        .jws()
        .keyId(KEY_ID)
        .sign(privateKey);
  }

  private static String jwks(RSAPublicKey key) {
    return """
        {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}"""
        .formatted(KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length); // unsigned big-endian
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
