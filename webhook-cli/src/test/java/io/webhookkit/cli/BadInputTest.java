package io.webhookkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is one line on standard error and exit status 2, never a stack trace. */
class BadInputTest {

  @TempDir Path dir;

  @Test
  void aBodyLimitBeyondTheReceiversRangeIsRefused() {
    CliRun run =
        CliRun.of("listen", "--port", "0", "--secret-env", "X", "--max-body", "2147483647");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("webhook: --max-body 2147483647 is out of range");
  }

  @Test
  void aToleranceOfMoreThanAWeekIsRefused() {
    CliRun run = CliRun.of("listen", "--port", "0", "--secret-env", "X", "--tolerance", "999h");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--tolerance 999h is more than 7 days");
  }

  @Test
  void aHostNameToBindIsRefusedWithoutALookup() throws IOException {
    Path secret = Files.writeString(dir.resolve("s"), "secret");

    CliRun run =
        CliRun.of("listen", "--port", "0", "--secret-file", secret.toString(), "--bind", "cafe");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("webhook: --bind 'cafe' is not an IP address");
  }

  @Test
  void bothSecretSourcesAtOnceAreRefusedPlainly() throws IOException {
    Path secret = Files.writeString(dir.resolve("s"), "secret");

    CliRun run = CliRun.of("sign", "--secret-env", "X", "--secret-file", secret.toString(), "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("webhook: give the secret with --secret-env or --secret-file, not both");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aPayloadWithoutEndIsCutAtTheLimit() throws IOException {
    Path secret = Files.writeString(dir.resolve("s"), "secret");

    CliRun run = CliRun.of("sign", "--secret-file", secret.toString(), "/dev/zero");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("webhook: /dev/zero is larger than 67108864 bytes\n");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aSecretFileWithoutEndIsCutAtTheLimit() {
    CliRun run = CliRun.of("sign", "--secret-file", "/dev/zero", "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("the secret file /dev/zero is larger than 65536 bytes");
  }

  @Test
  void aTimeoutBeyondAnHourIsRefused() throws IOException {
    Path secret = Files.writeString(dir.resolve("s"), "secret");
    Path payload = Files.writeString(dir.resolve("p.json"), "{}");

    CliRun run =
        CliRun.of(
            "send",
            "--url",
            "http://127.0.0.1:9/x",
            "--event",
            "afterCreate",
            "--class",
            "Ticket",
            "--payload",
            payload.toString(),
            "--secret-file",
            secret.toString(),
            "--timeout",
            "999999999h");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--timeout must be more than 0 and at most 1h");
  }

  @Test
  void credentialsInsideTheUrlPointToTheRightOptions() throws IOException {
    Path secret = Files.writeString(dir.resolve("s"), "secret");
    Path payload = Files.writeString(dir.resolve("p.json"), "{}");

    CliRun run =
        CliRun.of(
            "send",
            "--url",
            "http://user:pw@127.0.0.1:9/x",
            "--event",
            "afterCreate",
            "--class",
            "Ticket",
            "--payload",
            payload.toString(),
            "--secret-file",
            secret.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("give them with --user and --password-env").doesNotContain("pw");
  }

  @Test
  void escapeCharactersInArgumentsAreNotEchoedRaw() {
    CliRun run = CliRun.of("sign", "--secret-env", "X\u001b[2J", "-");

    assertThat(run.err()).doesNotContain("\u001b").contains("\\u001b");
  }
}
