package io.webhookkit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.DeliveryId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedded outbox keeps every entry whose enqueue returned, even when its JVM is killed. */
class EmbeddedRestartTest {

  private static final int ACKNOWLEDGED = 200;

  @TempDir Path folder;

  @Test
  void keepsEveryAcknowledgedEntryWhenTheWritingJvmIsKilled() throws Exception {
    Path file = folder.resolve("outbox");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                OutboxWriterMain.class.getName(),
                file.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<DeliveryId> acknowledged = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII))) {
      String line;
      while (acknowledged.size() < ACKNOWLEDGED && (line = lines.readLine()) != null) {
        acknowledged.add(DeliveryId.parse(line).orElseThrow());
      }
      // Killed while it goes on writing, so the kill may land in the middle of a commit.
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(acknowledged).hasSize(ACKNOWLEDGED);
    try (DeliveryStore reopened = DeliveryStore.embedded(file)) {
      for (DeliveryId id : acknowledged) {
        assertThat(reopened.find(id)).as("entry %s", id).isPresent();
      }
    }
  }
}
