package io.webhookkit.verifier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The verifier accepts what a PHP sender signs, byte for byte, and nothing re-encoded. */
class PhpSignedVectorsTest {

  record Vector(String name, String secret, byte[] payload, String signature) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Vector> vectors() throws IOException {
    JsonNode root = new ObjectMapper().readTree(RequestDraft.resource("php-signed-vectors.json"));
    List<Vector> vectors = new ArrayList<>();
    for (JsonNode vector : root.get("vectors")) {
      vectors.add(
          new Vector(
              vector.get("name").asText(),
              vector.get("secret").asText(),
              Base64.getDecoder().decode(vector.get("payload_base64").asText()),
              vector.get("signature").asText()));
    }
    return vectors.stream();
  }

  private static VerificationResult verifyWithPhpSignature(Vector vector, byte[] body) {
    WebhookRequest request =
        RequestDraft.signed(vector.payload(), Secret.of(vector.secret()))
            .set(ProjeqtorHeaders.SIGNATURE, vector.signature())
            .body(body)
            .build();
    return RequestDraft.verifierBuilder()
        .secret(Secret.of(vector.secret()))
        .build()
        .verify(request);
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void acceptsEveryPhpSignedPayloadByteForByte(Vector vector) {
    VerificationResult result = verifyWithPhpSignature(vector, vector.payload());

    assertThat(result.isAccepted()).as("%s", result).isTrue();
    assertThat(result.webhook().payload().bytes()).isEqualTo(vector.payload());
  }

  @Test
  void rejectsSignatureComputedOverJsonWithUnescapedSlashes() {
    Vector slashes = vector("slashes");
    String phpJson = new String(slashes.payload(), UTF_8);
    assertThat(phpJson).contains("\\/");
    byte[] reEncoded = phpJson.replace("\\/", "/").getBytes(UTF_8);

    VerificationResult result = verifyWithPhpSignature(slashes, reEncoded);

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void rejectsSignatureComputedOverJsonWithDecodedUnicodeEscapes() {
    Vector unicode = vector("unicode");
    String phpJson = new String(unicode.payload(), UTF_8);
    assertThat(phpJson).contains("\\u00e9");
    byte[] reEncoded = phpJson.replace("\\u00e9", "\u00e9").getBytes(UTF_8);

    VerificationResult result = verifyWithPhpSignature(unicode, reEncoded);

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void rejectsPhpSignatureUnderAnotherSecret() {
    Vector plain = vector("plain");
    WebhookRequest request =
        RequestDraft.signed(plain.payload())
            .set(ProjeqtorHeaders.SIGNATURE, plain.signature())
            .build();

    VerificationResult result = RequestDraft.verifier().verify(request);

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void acceptsTheSeedTicket() {
    VerificationResult result = RequestDraft.signedSeedTicket().verify();

    assertThat(result.webhook().payload().bytes())
        .isEqualTo(RequestDraft.resource("seed-ticket.json"));
  }

  @Test
  void acceptsRawNonAsciiUtf8Payload() {
    byte[] body = "{\"name\":\"Évaluation du café – ligne 2 🚀\"}".getBytes(UTF_8);

    VerificationResult result = RequestDraft.signed(body).verify();

    assertThat(result.webhook().payload().bytes()).isEqualTo(body);
  }

  @Test
  void acceptsPayloadWithTrailingNewlineAsSigned() {
    byte[] body = "{\"id\":9}\n".getBytes(UTF_8);

    VerificationResult result = RequestDraft.signed(body).verify();

    assertThat(result.webhook().payload().bytes()).isEqualTo(body);
  }

  @Test
  void rejectsPayloadWhoseTrailingNewlineWasStripped() {
    WebhookRequest request =
        RequestDraft.signed("{\"id\":9}\n".getBytes(UTF_8))
            .body("{\"id\":9}".getBytes(UTF_8))
            .build();

    VerificationResult result = RequestDraft.verifier().verify(request);

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  private static Vector vector(String name) {
    try {
      return vectors().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
