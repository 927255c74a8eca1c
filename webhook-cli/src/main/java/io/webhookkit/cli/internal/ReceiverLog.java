package io.webhookkit.cli.internal;

import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.SignatureHeader;
import io.webhookkit.verifier.RejectionReason;
import io.webhookkit.verifier.SignatureProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Formats what the receiver saw in the layout of the ProjeQtOr Webhook plugin's sample {@code
 * receiver.log}, and appends records to a log file.
 *
 * <p>Every value from the request is made printable first, so a hostile request cannot forge log
 * lines or send escape sequences to a terminal. On a mismatch the expected signature is cut to its
 * first 8 hex digits: the whole value would let anyone who reads the log sign the forged body.
 */
public final class ReceiverLog {

  /** The longest payload text written to a record. */
  static final int MAX_PAYLOAD_CHARS = 256 * 1024;

  /** The rejections that mean the signature did not match. */
  private static final java.util.Set<RejectionReason> SIGNATURE_REASONS =
      java.util.EnumSet.of(
          RejectionReason.MISSING_SIGNATURE,
          RejectionReason.MALFORMED_SIGNATURE,
          RejectionReason.SIGNATURE_MISMATCH);

  private final Path file;

  /** Creates a log that appends to {@code file}, or only formats records when it is null. */
  public ReceiverLog(Path file) {
    this.file = file;
  }

  /** Appends the record of {@code request} to the log file, if there is one. */
  public synchronized void append(ReceivedRequest request) throws IOException {
    if (file == null) {
      return;
    }
    Files.writeString(
        file,
        record(request) + System.lineSeparator(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** Returns the multi-line record of one request. */
  public static String record(ReceivedRequest request) {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder();
    out.append("----- ")
        .append(request.receivedAt().truncatedTo(ChronoUnit.SECONDS))
        .append(' ')
        .append(Printable.of(request.method(), 16))
        .append(' ')
        .append(Printable.of(request.path(), 200))
        .append(" from ")
        .append(request.remote())
        .append(nl);
    SignatureProfile profile = request.profile();
    if (profile != SignatureProfile.PROJEQTOR) {
      out.append("Profile=").append(profile.id()).append(nl);
    }
    out.append("Event=")
        .append(profile.eventHeader().map(h -> header(request, h)).orElse("(none)"))
        .append(nl);
    out.append("Signature=").append(header(request, profile.signatureHeader())).append(nl);
    out.append("ContentType=").append(header(request, "Content-Type")).append(nl);
    out.append("ContentLength=").append(contentLength(request)).append(nl);
    out.append("RequestTime=").append(requestTime(request)).append(nl);
    out.append("Class=")
        .append(profile.itemClassHeader().map(h -> header(request, h)).orElse("(none)"))
        .append(nl);
    out.append("Delivery=").append(header(request, profile.deliveryHeader())).append(nl);
    out.append("Payload=")
        .append(Printable.of(new String(request.body(), StandardCharsets.UTF_8), MAX_PAYLOAD_CHARS))
        .append(nl);
    boolean match = signatureMatches(request);
    String received = request.headers().first(profile.signatureHeader()).orElse(null);
    out.append("receiveSignature=").append(Printable.of(received, 200)).append(nl);
    if (request.expectedSignature() == null) {
      out.append("expectedSignature=(not recomputed for profile ")
          .append(profile.id())
          .append(" or a compressed body; see Answer)")
          .append(nl);
    } else {
      out.append("expectedSignature=")
          .append(match ? request.expectedSignature() : withheld(request.expectedSignature()))
          .append(nl);
    }
    out.append(match ? "=> MATCH" : "=> NO MATCH").append(nl);
    out.append("Answer=").append(answer(request));
    return out.toString();
  }

  /** Returns the one line that the receiver prints on its terminal for a request. */
  public static String summary(ReceivedRequest request) {
    return request.receivedAt().truncatedTo(ChronoUnit.SECONDS)
        + " "
        + request.remote()
        + " "
        + Printable.of(request.method(), 16)
        + " "
        + Printable.of(request.path(), 100)
        + " "
        + request.profile().eventHeader().map(h -> header(request, h)).orElse("-")
        + " "
        + request.profile().itemClassHeader().map(h -> header(request, h)).orElse("-")
        + " "
        + (request.bodyTruncated() ? "body over the limit" : request.body().length + " bytes")
        + " -> "
        + answer(request);
  }

  /**
   * Returns whether the request's signature matched: for {@code projeqtor}, by comparing the header
   * with the expected signature; for the other profiles, by the verifier's verdict.
   */
  public static boolean signatureMatches(ReceivedRequest request) {
    if (request.bodyTruncated()) {
      return false;
    }
    if (request.expectedSignature() == null) {
      return request.result().isAccepted()
          || !SIGNATURE_REASONS.contains(request.result().rejection().reason());
    }
    SignatureHeader.Parsed parsed =
        SignatureHeader.parse(request.headers().first(ProjeqtorHeaders.SIGNATURE).orElse(null));
    return parsed.isValid() && parsed.signature().headerValue().equals(request.expectedSignature());
  }

  private static String answer(ReceivedRequest request) {
    if (request.result().isAccepted()) {
      return "200 accepted";
    }
    return request.status()
        + " "
        + request.result().rejection().reason()
        + ": "
        + Printable.of(request.result().rejection().message(), 300);
  }

  private static String header(ReceivedRequest request, String name) {
    return Printable.of(request.headers().first(name).orElse(null), 200);
  }

  private static String contentLength(ReceivedRequest request) {
    return request.headers().first("Content-Length").map(v -> Printable.of(v, 20)).orElse("(none)")
        + (request.bodyTruncated() ? " (larger than the limit; not read)" : "");
  }

  private static String requestTime(ReceivedRequest request) {
    String value =
        request.profile().timestampHeader().flatMap(h -> request.headers().first(h)).orElse(null);
    if (value == null) {
      return "(none)";
    }
    try {
      long seconds = Long.parseLong(value.strip());
      Instant sent = Instant.ofEpochSecond(seconds);
      long ago = Duration.between(sent, request.receivedAt()).getSeconds();
      return seconds
          + " "
          + sent
          + (ago >= 0 ? " (" + ago + " seconds ago)" : " (" + -ago + " seconds in the future)");
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return Printable.of(value, 40) + " (not Unix seconds)";
    }
  }

  private static String withheld(String expected) {
    return expected.substring(0, "sha256=".length() + 8) + "... (withheld on mismatch)";
  }
}
