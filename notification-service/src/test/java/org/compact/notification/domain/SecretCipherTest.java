package org.compact.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
  static final String KEY = "k3Yd9vP0c2QmZr8tLw4xN6bHs1aFj7Ue";
  static final UUID SUBSCRIPTION = UUID.fromString("0f8e2a44-6f1b-4c1e-9d53-7b0c2e5a9d11");

  @Test
  void secretsAreStoredEncryptedAndDecryptOnlyForTheirSubscriptionAndKey() {
    SecretCipher cipher = SecretCipher.fromKeyMaterial(KEY);
    String secret = WebhookSecrets.generate();

    String sealed = cipher.encrypt(secret, SUBSCRIPTION);

    assertThat(sealed).startsWith("v1.").doesNotContain(secret.substring(6));
    assertThat(cipher.decrypt(sealed, SUBSCRIPTION)).isEqualTo(secret);
    assertThatThrownBy(() -> cipher.decrypt(sealed, UUID.randomUUID()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> SecretCipher.fromKeyMaterial(KEY.replace('k', 'K')).decrypt(sealed, SUBSCRIPTION))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void eachEncryptionUsesAFreshNonce() {
    SecretCipher cipher = SecretCipher.fromKeyMaterial(KEY);
    assertThat(cipher.encrypt("whsec_same", SUBSCRIPTION))
        .isNotEqualTo(cipher.encrypt("whsec_same", SUBSCRIPTION));
  }

  @Test
  void anAlteredCiphertextIsRejected() {
    SecretCipher cipher = SecretCipher.fromKeyMaterial(KEY);
    byte[] raw = Base64.getDecoder().decode(cipher.encrypt("whsec_x", SUBSCRIPTION).substring(3));
    raw[raw.length - 1] ^= 1;
    String tampered = "v1." + Base64.getEncoder().encodeToString(raw);
    assertThatThrownBy(() -> cipher.decrypt(tampered, SUBSCRIPTION))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theKeyMaterialMustBeAtLeastThirtyTwoCharacters() {
    assertThatThrownBy(() -> SecretCipher.fromKeyMaterial(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecretCipher.fromKeyMaterial("too-short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 32 characters");
  }

  @Test
  void generatedSecretsAreLongRandomAndPrefixed() {
    String one = WebhookSecrets.generate();
    assertThat(one).startsWith("whsec_").hasSize(6 + 43).isNotEqualTo(WebhookSecrets.generate());
  }
}
