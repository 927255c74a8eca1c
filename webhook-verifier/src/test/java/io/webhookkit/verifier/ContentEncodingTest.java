package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A gzip body is inflated under a cap, and the signature covers the inflated payload. */
class ContentEncodingTest {

  private static final String CONTENT_ENCODING = "Content-Encoding";
  private static final byte[] TICKET = RequestDraft.resource("seed-ticket.json");

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zipped = new GZIPOutputStream(out)) {
      zipped.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The ticket signed as plain bytes, sent compressed. */
  private static RequestDraft gzippedTicket(String encoding) {
    return RequestDraft.signed(TICKET).body(gzip(TICKET)).set(CONTENT_ENCODING, encoding);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "GZIP", " x-gzip "})
  void acceptsGzipBodySignedOverTheInflatedPayload(String encoding) {
    VerificationResult result = gzippedTicket(encoding).verify();

    assertThat(result.webhook().payload().bytes()).isEqualTo(TICKET);
  }

  @Test
  void rejectsGzipBodySignedOverTheCompressedBytes() {
    byte[] compressed = gzip(TICKET);

    VerificationResult result =
        RequestDraft.signed(compressed).set(CONTENT_ENCODING, "gzip").verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void acceptsIdentityEncodingAsNoEncoding() {
    assertThat(RequestDraft.signed(TICKET).set(CONTENT_ENCODING, "identity").verify().isAccepted())
        .isTrue();
  }

  @Test
  void stopsInflatingABombAtTheCapAndAnswers413() {
    byte[] bomb = gzip(new byte[64 * 1024 * 1024]);
    WebhookVerifier verifier = RequestDraft.verifierBuilder().maxDecompressedBytes(65_536).build();

    VerificationResult result =
        verifier.verify(
            RequestDraft.signed(TICKET).body(bomb).set(CONTENT_ENCODING, "gzip").build());

    assertThat(bomb.length).isLessThan(RequestDraft.verifier().maxBodyBytes());
    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.PAYLOAD_TOO_LARGE);
    assertThat(result.rejection().message()).contains("65536 bytes", "maxDecompressedBytes");
  }

  @Test
  void defaultsTheDecompressedCapToFourTimesTheBodyLimit() {
    assertThat(RequestDraft.verifier().maxDecompressedBytes()).isEqualTo(4 * 1_048_576);
    assertThat(RequestDraft.verifierBuilder().maxBodyBytes(1000).build().maxDecompressedBytes())
        .isEqualTo(4000);
  }

  @Test
  void acceptsPayloadOfExactlyTheDecompressedCap() {
    WebhookVerifier verifier =
        RequestDraft.verifierBuilder().maxDecompressedBytes(TICKET.length).build();

    assertThat(verifier.verify(gzippedTicket("gzip").build()).isAccepted()).isTrue();
  }

  @Test
  void rejectsCorruptGzipAsMalformedBody() {
    byte[] corrupt = gzip(TICKET);
    corrupt[corrupt.length / 2] ^= 0x5a;

    VerificationResult result =
        RequestDraft.signed(TICKET).body(corrupt).set(CONTENT_ENCODING, "gzip").verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_BODY);
    assertThat(result.rejection().httpStatus()).isEqualTo(400);
  }

  @Test
  void rejectsTruncatedGzipAsMalformedBody() {
    byte[] compressed = gzip(TICKET);
    byte[] truncated = Arrays.copyOf(compressed, compressed.length - 6);

    VerificationResult result =
        RequestDraft.signed(TICKET).body(truncated).set(CONTENT_ENCODING, "gzip").verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_BODY);
  }

  @Test
  void rejectsPlainBodyDeclaredGzipAsMalformedBody() {
    VerificationResult result = RequestDraft.signed(TICKET).set(CONTENT_ENCODING, "gzip").verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_BODY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"br", "deflate", "compress", "gzip, br", "gzip, gzip", "zstd", ""})
  void rejectsOtherEncodingsWith415(String encoding) {
    VerificationResult result = gzippedTicket(encoding).verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.UNSUPPORTED_CONTENT_ENCODING);
    assertThat(result.rejection().httpStatus()).isEqualTo(415);
  }

  @Test
  void rejectsEncodingHeaderSentTwiceAsSeveralEncodings() {
    VerificationResult result = gzippedTicket("gzip").add("content-encoding", "gzip").verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.UNSUPPORTED_CONTENT_ENCODING);
  }
}
