package org.compact.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key material notification-service derives its webhook-secret encryption key from ({@code
 * COMPACT_NOTIFICATION_SECRET_KEY}): 32 random bytes, base64, generated once and kept in {@code
 * .data/keys/webhook-secret-key}, so stored subscription secrets survive restarts. A reset deletes
 * it together with the database that holds the secrets.
 */
final class DevWebhookKey {
  static final String FILE = "webhook-secret-key";

  private DevWebhookKey() {}

  static String loadOrCreate(Path folder) {
    Path file = folder.resolve(FILE);
    try {
      if (Files.exists(file)) {
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (key.length() >= 32) {
          return key;
        }
      }
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String key = Base64.getEncoder().encodeToString(random);
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, FILE, ".tmp");
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own permissions apply
      }
      Files.writeString(temporary, key + "\n", StandardCharsets.US_ASCII);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Console.info("Generated the dev webhook-secret encryption key in %s", file);
      return key;
    } catch (IOException e) {
      throw new StackException(
          "Cannot read or create " + file + ": " + e.getMessage() + " (delete it to get a new one)",
          e);
    }
  }
}
