package io.webhookkit.cli.internal;

import io.webhookkit.verifier.ReceivedHeaders;
import io.webhookkit.verifier.SignatureProfile;
import io.webhookkit.verifier.VerificationResult;
import java.time.Instant;

/**
 * What the CLI's receiver saw of one request and what it answered, for its log and its terminal.
 *
 * @param receivedAt when the request arrived
 * @param remote the peer's address
 * @param method the HTTP method
 * @param path the request path
 * @param headers the request headers
 * @param body the body bytes read, at most the receiver's limit
 * @param bodyTruncated whether the body was larger than the limit and not read to its end
 * @param result the verifier's verdict
 * @param profile the signature profile the receiver checks
 * @param expectedSignature the {@code projeqtor} signature the shared secret gives for {@code
 *     body}, or null for other profiles, whose signatures cover more than the body, and for
 *     compressed bodies, whose signature covers the decoded payload
 */
public record ReceivedRequest(
    Instant receivedAt,
    String remote,
    String method,
    String path,
    ReceivedHeaders headers,
    byte[] body,
    boolean bodyTruncated,
    VerificationResult result,
    SignatureProfile profile,
    String expectedSignature) {

  /** Returns the HTTP status that the receiver answered. */
  public int status() {
    return result.isAccepted() ? 200 : result.rejection().httpStatus();
  }
}
