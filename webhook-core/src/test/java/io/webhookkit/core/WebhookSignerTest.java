package io.webhookkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WebhookSignerTest {

  static List<PhpVectors> phpVectors() {
    return PhpVectors.all();
  }

  @ParameterizedTest
  @MethodSource("phpVectors")
  void producesTheSignatureThatPhpComputed(PhpVectors vector) {
    WebhookSigner signer = WebhookSigner.of(Secret.of(vector.secret()));

    assertThat(signer.sign(Payload.of(vector.payload())).headerValue())
        .isEqualTo(vector.signature());
  }

  @ParameterizedTest
  @MethodSource("phpVectors")
  void rejectsThePhpPayloadOnceItsJsonIsReEncoded(PhpVectors vector) {
    WebhookSigner signer = WebhookSigner.of(Secret.of(vector.secret()));
    String original = new String(vector.payload(), StandardCharsets.UTF_8);
    String reEncoded = original.replace("\\/", "/").replace("\\u00e9", "é");
    Signature signature = SignatureHeader.parse(vector.signature()).signature();

    if (!reEncoded.equals(original)) {
      assertThat(signer.verify(Payload.ofUtf8(reEncoded), signature)).isFalse();
    }
    assertThat(signer.verify(Payload.of(vector.payload()), signature)).isTrue();
  }

  @Test
  void knownAnswerForAnAsciiBody() {
    // Computed independently: echo -n 'hello' | openssl dgst -sha256 -hmac key
    Signature signature = WebhookSigner.of(Secret.of("key")).sign(Payload.ofUtf8("hello"));

    assertThat(signature.hex())
        .isEqualTo("9307b3b915efb5171ff14d8cb55fbcc798c6c0ef1456d66ded1a6aa723a58b7b");
  }

  @Test
  void signsTheExactBytesOfANonAsciiBody() {
    WebhookSigner signer = WebhookSigner.of(Secret.of("key"));
    Payload composed = Payload.ofUtf8("{\"name\":\"caf\u00e9\"}");
    Payload decomposed = Payload.ofUtf8("{\"name\":\"cafe\u0301\"}");

    assertThat(signer.sign(composed).matches(signer.sign(decomposed))).isFalse();
  }

  @Test
  void aTrailingNewlineChangesTheSignature() {
    WebhookSigner signer = WebhookSigner.of(Secret.of("key"));

    assertThat(signer.sign(Payload.ofUtf8("{}\n")).matches(signer.sign(Payload.ofUtf8("{}"))))
        .isFalse();
  }

  @Test
  void theKeyIsTheUtf8EncodingOfTheSecret() {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    Signature fromText = WebhookSigner.of(Secret.of("s\u00e9cret")).sign(body);
    Signature fromBytes =
        WebhookSigner.of(Secret.ofBytes("s\u00e9cret".getBytes(StandardCharsets.UTF_8))).sign(body);

    assertThat(fromText.matches(fromBytes)).isTrue();
  }

  @Test
  void signingPartsEqualsSigningTheirConcatenation() {
    WebhookSigner signer = WebhookSigner.of(Secret.of("key"));

    assertThat(signer.sign("ab".getBytes(StandardCharsets.UTF_8), "cd".getBytes()).hex())
        .isEqualTo(signer.sign("abcd".getBytes(StandardCharsets.UTF_8)).hex());
  }

  @Test
  void doesNotVerifyAMissingSignature() {
    assertThat(WebhookSigner.of(Secret.of("key")).verify(Payload.ofUtf8("{}"), null)).isFalse();
  }
}
