package io.webhookkit.testkit;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Payload;
import io.webhookkit.verifier.ReceivedHeaders;
import io.webhookkit.verifier.SignatureProfile;
import io.webhookkit.verifier.VerificationResult;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One request that a {@link MockWebhookReceiver} recorded: what arrived, when, and what the
 * receiver's verifier made of it.
 *
 * <p>Read it through {@link WebhookAssertions#assertThat(ReceivedDelivery)} rather than by hand.
 * The header lookups read the headers of the receiver's {@link SignatureProfile} and return what
 * was sent, trimmed, whether or not it is valid; {@link #verification()} says whether it is.
 *
 * @param index the position of this delivery among all that the receiver recorded, from 0
 * @param arrivedAt when it arrived, by the receiver's clock
 * @param method the HTTP method as received
 * @param target the request target (path and query) as received
 * @param headers the headers as received
 * @param body the body bytes as received, copied in and out
 * @param profile the wire format that the receiver expects
 * @param expectedSignatures the signature entry each of the receiver's secrets gives for this
 *     request, in the order of the secrets; empty when the request lacks what the profile signs
 * @param verification what the receiver's {@code WebhookVerifier} decided
 */
public record ReceivedDelivery(
    int index,
    Instant arrivedAt,
    String method,
    String target,
    ReceivedHeaders headers,
    byte[] body,
    SignatureProfile profile,
    List<String> expectedSignatures,
    VerificationResult verification) {

  /**
   * Creates a recorded delivery, copying the body and the list of signatures.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public ReceivedDelivery {
    Objects.requireNonNull(arrivedAt, "arrivedAt");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(verification, "verification");
    if (index < 0) {
      throw new IllegalArgumentException("index < 0: " + index);
    }
    body = body.clone();
    expectedSignatures = List.copyOf(expectedSignatures);
  }

  /** Returns a copy of the body bytes. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** Returns the body as a payload, for its length and digest. */
  public Payload payload() {
    return Payload.of(body);
  }

  /** Returns the first value of header {@code name} (any case), trimmed, or empty. */
  public Optional<String> header(String name) {
    return headers.first(name).map(String::strip);
  }

  /** Returns the delivery id from the profile's delivery header, or empty. */
  public Optional<String> deliveryId() {
    return header(profile.deliveryHeader());
  }

  /** Returns the event from the profile's event header, or empty (Standard Webhooks has none). */
  public Optional<String> event() {
    return profile.eventHeader().flatMap(this::header);
  }

  /** Returns the item class from the profile's item class header, or empty. */
  public Optional<String> itemClass() {
    return profile.itemClassHeader().flatMap(this::header);
  }

  /** Returns the value of the profile's signature header, or empty. */
  public Optional<String> signature() {
    return header(profile.signatureHeader());
  }

  /** Returns the sender's timestamp, or empty when it is absent or not whole Unix seconds. */
  public Optional<Instant> timestamp() {
    Optional<String> seconds = profile.timestampHeader().flatMap(this::header);
    if (seconds.isEmpty() || !seconds.get().matches("[0-9]{1,12}")) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds.get())));
  }

  /** Returns the Basic credentials of the {@code Authorization} header, or empty. */
  public Optional<BasicCredentials> basicAuth() {
    return header("Authorization").flatMap(BasicCredentials::parseAuthorizationHeader);
  }

  /** Returns whether the receiver's verifier accepted the request. */
  public boolean isVerified() {
    return verification.isAccepted();
  }

  /**
   * Describes the delivery on one line for failure messages: index, method, target, event, item
   * class, delivery id, body length and digest; never the body or a header value that may hold
   * credentials.
   */
  public String describe() {
    return "#"
        + index
        + " "
        + method
        + " "
        + target
        + " event="
        + event().orElse("-")
        + " class="
        + itemClass().orElse("-")
        + " id="
        + deliveryId().orElse("-")
        + " body="
        + body.length
        + " bytes sha256="
        + payload().sha256Hex()
        + (isVerified() ? " verified" : " rejected " + verification.rejection().reason());
  }

  /** Compares the body by content, not by array identity. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ReceivedDelivery that
        && index == that.index
        && arrivedAt.equals(that.arrivedAt)
        && method.equals(that.method)
        && target.equals(that.target)
        && headers.equals(that.headers)
        && Arrays.equals(body, that.body)
        && profile == that.profile
        && expectedSignatures.equals(that.expectedSignatures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, arrivedAt, method, target, headers, Arrays.hashCode(body), profile);
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return "ReceivedDelivery[" + describe() + "]";
  }
}
