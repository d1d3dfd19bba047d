package org.compact.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevWebhookKeyTest {
  @TempDir Path keys;

  @Test
  void theKeyIsGeneratedOnceReadableOnlyByTheOwnerAndKeptAcrossRuns() throws Exception {
    String first = DevWebhookKey.loadOrCreate(keys);

    assertThat(first).hasSizeGreaterThanOrEqualTo(32);
    Path file = keys.resolve(DevWebhookKey.FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(DevWebhookKey.loadOrCreate(keys)).isEqualTo(first);
  }

  @Test
  void onlyTheNotificationServiceGetsTheKeyAndTheLoopbackReceiverSwitch() {
    var infra =
        new ServiceProcess.Infrastructure(
            null, "compact", "compact", "localhost:19092", keys, "issuer", false, "k".repeat(44));
    var notification = ServiceDefinition.named("notification").orElseThrow();
    var signatory = ServiceDefinition.named("signatory").orElseThrow();

    assertThat(ServiceProcess.ownSettings(notification, infra))
        .containsEntry("COMPACT_NOTIFICATION_SECRET_KEY", "k".repeat(44))
        .containsEntry("COMPACT_NOTIFICATION_TARGETS_ALLOW_LOOPBACK_HTTP", "true");
    assertThat(ServiceProcess.ownSettings(signatory, infra)).isEmpty();
  }
}
