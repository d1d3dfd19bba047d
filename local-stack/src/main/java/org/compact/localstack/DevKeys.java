package org.compact.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs development JWTs, generated once and kept as PEM files: {@code
 * privateKey.pem} (PKCS#8) and {@code publicKey.pem} (X.509 SubjectPublicKeyInfo), which the
 * services read through {@code mp.jwt.verify.publickey.location}.
 */
record DevKeys(PrivateKey privateKey, PublicKey publicKey, Path publicKeyFile) {
  static final String PRIVATE_KEY_FILE = "privateKey.pem";
  static final String PUBLIC_KEY_FILE = "publicKey.pem";
  private static final String PRIVATE_LABEL = "PRIVATE KEY";
  private static final String PUBLIC_LABEL = "PUBLIC KEY";
  private static final int KEY_SIZE = 2048;

  static DevKeys loadOrCreate(Path folder) {
    Path privateFile = folder.resolve(PRIVATE_KEY_FILE);
    Path publicFile = folder.resolve(PUBLIC_KEY_FILE);
    try {
      if (Files.exists(privateFile) && Files.exists(publicFile)) {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey privateKey =
            rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile, PRIVATE_LABEL)));
        PublicKey publicKey =
            rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile, PUBLIC_LABEL)));
        return new DevKeys(privateKey, publicKey, publicFile.toAbsolutePath());
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_SIZE);
      KeyPair pair = generator.generateKeyPair();
      Files.createDirectories(folder);
      writePem(privateFile, PRIVATE_LABEL, pair.getPrivate().getEncoded(), true);
      writePem(publicFile, PUBLIC_LABEL, pair.getPublic().getEncoded(), false);
      Console.info("Generated the dev JWT key pair in %s", folder);
      return new DevKeys(pair.getPrivate(), pair.getPublic(), publicFile.toAbsolutePath());
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new StackException(
          "Cannot read or create the dev JWT keys in "
              + folder
              + ": "
              + e.getMessage()
              + " (delete the folder to get a new pair; tokens issued before stop working)",
          e);
    }
  }

  static String toPem(String label, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  static byte[] fromPem(String pem, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("no " + begin + " block");
    }
    return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
  }

  private static byte[] readPem(Path file, String label) throws IOException {
    try {
      return fromPem(Files.readString(file, StandardCharsets.US_ASCII), label);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Writes through a temporary file, so a reader never sees half a key. */
  private static void writePem(Path file, String label, byte[] der, boolean secret)
      throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      Files.setPosixFilePermissions(
          temporary, PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions apply
    }
    Files.writeString(temporary, toPem(label, der), StandardCharsets.US_ASCII);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
