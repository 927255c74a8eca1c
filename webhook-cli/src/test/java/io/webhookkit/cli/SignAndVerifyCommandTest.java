package io.webhookkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignAndVerifyCommandTest {

  @TempDir Path dir;

  private Path secretFile;
  private Path payload;
  private String phpSignature;

  @BeforeEach
  void writeTheFirstPhpVector() throws IOException {
    JsonNode vector;
    try (InputStream in = getClass().getResourceAsStream("/php-signed-vectors.json")) {
      vector = new ObjectMapper().readTree(in).get("vectors").get(1);
    }
    secretFile = dir.resolve("secret");
    Files.writeString(secretFile, vector.get("secret").asText() + "\n", StandardCharsets.UTF_8);
    payload = dir.resolve("payload.json");
    Files.write(payload, Base64.getDecoder().decode(vector.get("payload_base64").asText()));
    phpSignature = vector.get("signature").asText();
  }

  @Test
  void signPrintsTheSignatureThatPhpComputed() {
    CliRun run = CliRun.of("sign", "--secret-file", secretFile.toString(), payload.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out().strip()).isEqualTo(phpSignature);
  }

  @Test
  void verifyExitsZeroOnAMatch() {
    CliRun run =
        CliRun.of(
            "verify",
            "--secret-file",
            secretFile.toString(),
            "--signature",
            phpSignature,
            payload.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("MATCH");
  }

  @Test
  void verifyExitsOneWhenTheJsonWasReEncoded() throws IOException {
    String reEncoded = Files.readString(payload).replace("\\/", "/");
    Files.writeString(payload, reEncoded);

    CliRun run =
        CliRun.of(
            "verify",
            "--secret-file",
            secretFile.toString(),
            "--signature",
            phpSignature,
            payload.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith("NO MATCH");
  }

  @Test
  void verifyExitsOneOnAMalformedSignatureWithTheReason() {
    CliRun run =
        CliRun.of(
            "verify",
            "--secret-file",
            secretFile.toString(),
            "--signature",
            "sha256=xyz",
            payload.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("NO MATCH", "expected 64 hex digits");
  }

  @Test
  void aMissingSecretFileIsOneLineWithoutAStackTrace() {
    CliRun run = CliRun.of("sign", "--secret-file", dir.resolve("nope").toString(), "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("webhook: cannot read the secret file " + dir.resolve("nope") + ": no such file")
        .doesNotContain("Exception");
  }

  @Test
  void anUnsetEnvironmentVariableSaysWhatToExport() {
    CliRun run = CliRun.of("sign", "--secret-env", "WEBHOOKKIT_TEST_SURELY_UNSET", "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "webhook: environment variable WEBHOOKKIT_TEST_SURELY_UNSET is not set: export the"
                + " webhook secret in it");
  }

  @Test
  void aSecretCannotBeGivenOnTheCommandLine() {
    CliRun run = CliRun.of("sign", "--secret", "visible-to-ps", payload.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option", "'--secret'", "never from the command line");
  }

  @Test
  void aMissingPayloadFileIsOneLine() {
    CliRun run = CliRun.of("sign", "--secret-file", secretFile.toString(), "missing.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("webhook: cannot read missing.json: no such file");
  }

  @Test
  void aSecretThatIsAnUnresolvedReferenceIsRefused() throws IOException {
    Files.writeString(secretFile, "${env:WEBHOOK_SECRET}");

    CliRun run = CliRun.of("sign", "--secret-file", secretFile.toString(), payload.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unresolved reference");
  }
}
