package org.compact.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  static final byte[] BODY =
      "{\"eventId\":\"e1\",\"type\":\"consultation.opened\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void signatureIsHmacSha256OfTimestampDotBodyInLowerCaseHex() {
    // reference: printf '%s' '1767600000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
    assertThat(
            WebhookSignature.sign(
                "whsec_test", 1767600000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("42e4129f74d88cd0dfaaa26b5f7ec207fc2950d701c996b99cd1e7d0dc72fddd");
  }

  @Test
  void headerCarriesOneValuePerValidSecretAndAReceiverAcceptsEither() {
    String header = WebhookSignature.header(List.of("whsec_new", "whsec_old"), 1767600000L, BODY);

    assertThat(header).matches("v1=[0-9a-f]{64}, v1=[0-9a-f]{64}");
    assertThat(WebhookSignature.verify(header, "whsec_new", 1767600000L, BODY)).isTrue();
    assertThat(WebhookSignature.verify(header, "whsec_old", 1767600000L, BODY)).isTrue();
    assertThat(WebhookSignature.verify(header, "whsec_other", 1767600000L, BODY)).isFalse();
  }

  @Test
  void anyChangeOfBodyOrTimestampBreaksTheSignature() {
    String header = WebhookSignature.header(List.of("whsec_new"), 1767600000L, BODY);
    byte[] altered =
        "{\"eventId\":\"e2\",\"type\":\"consultation.opened\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(WebhookSignature.verify(header, "whsec_new", 1767600001L, BODY)).isFalse();
    assertThat(WebhookSignature.verify(header, "whsec_new", 1767600000L, altered)).isFalse();
    assertThat(WebhookSignature.verify(null, "whsec_new", 1767600000L, BODY)).isFalse();
  }
}
