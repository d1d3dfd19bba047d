package org.compact.notification.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts subscription secrets for storage: AES-256-GCM with a random 96-bit nonce and the
 * subscription id as associated data, so a ciphertext only decrypts for its own subscription. The
 * 256-bit key is HMAC-SHA256(configured key material, {@value #KEY_LABEL}); the material must be at
 * least {@value #MIN_KEY_LENGTH} characters of a random value (e.g. {@code openssl rand -base64
 * 32}). Stored form: {@code v1.} + base64(nonce || ciphertext || tag).
 */
public final class SecretCipher {
  public static final int MIN_KEY_LENGTH = 32;
  static final String KEY_LABEL = "compact-notification/webhook-secrets/v1";
  private static final String PREFIX = "v1.";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  private SecretCipher(SecretKeySpec key) {
    this.key = key;
  }

  /** Throws {@link IllegalArgumentException} when the material is missing or too short. */
  public static SecretCipher fromKeyMaterial(String material) {
    if (material == null || material.strip().length() < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "the webhook secret encryption key must be at least "
              + MIN_KEY_LENGTH
              + " characters (e.g. openssl rand -base64 32)");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(material.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] derived = mac.doFinal(KEY_LABEL.getBytes(StandardCharsets.UTF_8));
      return new SecretCipher(new SecretKeySpec(derived, "AES"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  public String encrypt(String plaintext, UUID subscriptionId) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(subscriptionId));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /**
   * Throws {@link IllegalStateException} when the text was altered or sealed for another id/key.
   */
  public String decrypt(String stored, UUID subscriptionId) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      throw new IllegalStateException("not a sealed webhook secret");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData(subscriptionId));
      byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot decrypt the webhook secret: " + e.getMessage(), e);
    }
  }

  private static byte[] associatedData(UUID subscriptionId) {
    return ByteBuffer.allocate(16)
        .putLong(subscriptionId.getMostSignificantBits())
        .putLong(subscriptionId.getLeastSignificantBits())
        .array();
  }
}
