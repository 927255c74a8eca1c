package io.webhookkit.verifier;

import static io.webhookkit.core.internal.HttpText.trimOws;
import static io.webhookkit.verifier.internal.HeaderText.quote;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.SignatureHeader;
import io.webhookkit.core.TimestampCheck;
import io.webhookkit.core.TimestampPolicy;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.WebhookSigner;
import io.webhookkit.verifier.internal.HeaderText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a received request is a genuine webhook of the {@code projeqtor} profile, and
 * says why not when it is not.
 *
 * <p>{@link #verify(WebhookRequest)} checks, in this order, and stops at the first failure: the
 * method is {@code POST}; the body is at most {@code maxBodyBytes}; the Basic credentials match,
 * when they are configured; the {@code Content-Type}, when present, is JSON; the {@code
 * Projeqtor-Signature-Sha256} header is present, well formed and the HMAC-SHA256 of the exact body
 * bytes (compared in constant time); the {@code Projeqtor-Timestamp} is fresh; the {@code
 * Projeqtor-Event}, {@code Projeqtor-Class} and {@code Projeqtor-Delivery} headers are valid. A
 * security header that appears more than once is rejected when its step is reached, since two
 * readers could pick different copies. Header names are compared without regard to ASCII case.
 *
 * <p>Verifying never throws on what the request holds: every failure is a {@link Rejection} with a
 * reason code, an HTTP status and a message that is safe to log. Nothing is logged or printed.
 *
 * <p><b>Instances are immutable and safe to share between threads.</b>
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder().secret(Secret.of(secretText)).build();
 * VerificationResult result = verifier.verify(request);
 * }</pre>
 */
public final class WebhookVerifier {

  /** The default largest body accepted, 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1_048_576;

  private static final String AUTHORIZATION = "Authorization";

  private final WebhookSigner signer;
  private final TimestampPolicy timestampPolicy;
  private final BasicCredentials basicAuth;
  private final int maxBodyBytes;

  private WebhookVerifier(Builder builder, TimestampPolicy timestampPolicy) {
    this.signer = WebhookSigner.of(builder.secret);
    this.timestampPolicy = timestampPolicy;
    this.basicAuth = builder.basicAuth;
    this.maxBodyBytes = builder.maxBodyBytes;
  }

  /** Returns a builder; a secret is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the largest body accepted; adapters can stop reading a body after one more byte. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Returns the policy that timestamps are checked against. */
  public TimestampPolicy timestampPolicy() {
    return timestampPolicy;
  }

  /** Returns whether requests must carry Basic credentials. */
  public boolean requiresBasicAuth() {
    return basicAuth != null;
  }

  /**
   * Checks {@code request} and returns the verified webhook or the first rejection found.
   *
   * <p>Never throws on hostile content: missing, repeated, huge or non-ASCII headers, a missing or
   * oversized body and an unexpected method are all rejections.
   *
   * @throws NullPointerException if {@code request} itself is null, a programming error
   */
  public VerificationResult verify(WebhookRequest request) {
    Objects.requireNonNull(request, "request");
    ReceivedHeaders headers = request.headers();
    byte[] body = request.bodyWithoutCopy();

    Rejection rejection = checkMethod(request.method());
    if (rejection == null) {
      rejection = checkBodySize(body.length);
    }
    if (rejection == null && basicAuth != null) {
      rejection = checkCredentials(headers);
    }
    if (rejection == null) {
      rejection = checkContentType(headers);
    }
    if (rejection == null) {
      rejection = checkSignature(headers, body);
    }
    if (rejection != null) {
      return VerificationResult.rejected(rejection);
    }

    // The body is authentic; what is left are the unsigned headers that describe it.
    return readDescription(headers, body);
  }

  private static Rejection checkMethod(String method) {
    if ("POST".equals(method)) {
      return null;
    }
    return new Rejection(
        RejectionReason.METHOD_NOT_ALLOWED,
        "method "
            + quote(method)
            + " is not allowed: webhooks are delivered with POST (methods are case-sensitive)");
  }

  private Rejection checkBodySize(int length) {
    if (length <= maxBodyBytes) {
      return null;
    }
    return new Rejection(
        RejectionReason.PAYLOAD_TOO_LARGE,
        "body is "
            + length
            + " bytes, more than the "
            + maxBodyBytes
            + " allowed: raise maxBodyBytes if such payloads are expected");
  }

  private Rejection checkCredentials(ReceivedHeaders headers) {
    List<String> values = headers.all(AUTHORIZATION);
    if (values.isEmpty()) {
      return new Rejection(
          RejectionReason.MISSING_CREDENTIALS,
          "header Authorization is missing: the sender must send the Basic credentials"
              + " configured for this receiver");
    }
    if (values.size() > 1) {
      return duplicate(AUTHORIZATION, values.size());
    }
    String value = values.get(0);
    if (!value.strip().regionMatches(true, 0, "Basic ", 0, "Basic ".length())) {
      return new Rejection(
          RejectionReason.BAD_CREDENTIALS,
          "header Authorization does not use the Basic scheme: the sender must use HTTP Basic"
              + " authentication");
    }
    Optional<BasicCredentials> received = BasicCredentials.parseAuthorizationHeader(value);
    if (received.isEmpty()) {
      return new Rejection(
          RejectionReason.BAD_CREDENTIALS,
          "header Authorization is not valid Basic credentials: expected base64 of UTF-8"
              + " user:password");
    }
    if (!basicAuth.matches(received.get())) {
      // Neither part is named, so that the message cannot help guess a user name.
      return new Rejection(
          RejectionReason.BAD_CREDENTIALS,
          "Basic credentials do not match: check the user name and password configured in the"
              + " sender");
    }
    return null;
  }

  private static Rejection checkContentType(ReceivedHeaders headers) {
    for (String contentType : headers.all(ProjeqtorHeaders.CONTENT_TYPE)) {
      if (!HeaderText.isJsonMediaType(contentType)) {
        return new Rejection(
            RejectionReason.UNSUPPORTED_MEDIA_TYPE,
            "Content-Type "
                + quote(contentType)
                + " is not JSON: the sender must send application/json");
      }
    }
    return null;
  }

  private Rejection checkSignature(ReceivedHeaders headers, byte[] body) {
    String name = ProjeqtorHeaders.SIGNATURE;
    List<String> values = headers.all(name);
    if (values.isEmpty()) {
      return new Rejection(
          RejectionReason.MISSING_SIGNATURE,
          "signature header " + name + " is missing: the sender must sign each request");
    }
    if (values.size() > 1) {
      return duplicate(name, values.size());
    }
    SignatureHeader.Parsed parsed = SignatureHeader.parse(values.get(0));
    if (!parsed.isValid()) {
      return new Rejection(
          RejectionReason.MALFORMED_SIGNATURE,
          "signature header " + name + " is malformed: " + parsed.problem());
    }
    if (!signer.sign(body).matches(parsed.signature())) {
      // The expected signature is never shown: it would let anyone forge this body.
      return new Rejection(
          RejectionReason.SIGNATURE_MISMATCH,
          "signature header "
              + name
              + " does not match the body: check that both sides use the same secret and that"
              + " nothing re-encodes the body before it is signed or verified");
    }
    return null;
  }

  private VerificationResult readDescription(ReceivedHeaders headers, byte[] body) {
    Read<Instant> timestamp = readTimestamp(headers);
    if (timestamp.failed()) {
      return VerificationResult.rejected(timestamp.rejection());
    }
    Read<WebhookEvent> event = readEvent(headers);
    if (event.failed()) {
      return VerificationResult.rejected(event.rejection());
    }
    Read<ItemClass> itemClass = readItemClass(headers);
    if (itemClass.failed()) {
      return VerificationResult.rejected(itemClass.rejection());
    }
    Read<DeliveryId> deliveryId = readDeliveryId(headers);
    if (deliveryId.failed()) {
      return VerificationResult.rejected(deliveryId.rejection());
    }
    return VerificationResult.accepted(
        new VerifiedWebhook(
            deliveryId.value(),
            event.value(),
            itemClass.value(),
            timestamp.value(),
            Payload.of(body)));
  }

  private Read<Instant> readTimestamp(ReceivedHeaders headers) {
    List<String> values = headers.all(ProjeqtorHeaders.TIMESTAMP);
    if (values.size() > 1) {
      return Read.failure(duplicate(ProjeqtorHeaders.TIMESTAMP, values.size()));
    }
    TimestampCheck check = timestampPolicy.check(values.isEmpty() ? null : values.get(0));
    return check.isFresh() ? Read.success(check.timestamp()) : Read.failure(rejection(check));
  }

  private static Read<WebhookEvent> readEvent(ReceivedHeaders headers) {
    String name = ProjeqtorHeaders.EVENT;
    Read<String> text = readSingle(headers, name, RejectionReason.MISSING_EVENT, "afterUpdate");
    if (text.failed()) {
      return Read.failure(text.rejection());
    }
    Optional<WebhookEvent> event = WebhookEvent.fromWireName(trimOws(text.value()));
    if (event.isEmpty()) {
      return Read.failure(
          new Rejection(
              RejectionReason.UNKNOWN_EVENT,
              "event header "
                  + name
                  + " is "
                  + quote(text.value())
                  + ", not one of "
                  + WebhookEvent.wireNames()
                  + " (case-sensitive)"));
    }
    return Read.success(event.get());
  }

  private static Read<ItemClass> readItemClass(ReceivedHeaders headers) {
    String name = ProjeqtorHeaders.ITEM_CLASS;
    Read<String> text = readSingle(headers, name, RejectionReason.MISSING_ITEM_CLASS, "Ticket");
    if (text.failed()) {
      return Read.failure(text.rejection());
    }
    String className = trimOws(text.value());
    Optional<ItemClass> itemClass = ItemClass.parse(className);
    if (itemClass.isEmpty()) {
      return Read.failure(
          new Rejection(
              RejectionReason.MALFORMED_ITEM_CLASS,
              "item class header "
                  + name
                  + " is "
                  + quote(text.value())
                  + ": "
                  + ItemClass.problem(className)));
    }
    return Read.success(itemClass.get());
  }

  private static Read<DeliveryId> readDeliveryId(ReceivedHeaders headers) {
    String name = ProjeqtorHeaders.DELIVERY;
    Read<String> text =
        readSingle(
            headers,
            name,
            RejectionReason.MISSING_DELIVERY_ID,
            "a UUID that every attempt of one delivery repeats");
    if (text.failed()) {
      return Read.failure(text.rejection());
    }
    Optional<DeliveryId> deliveryId = DeliveryId.parse(trimOws(text.value()));
    if (deliveryId.isEmpty()) {
      return Read.failure(
          new Rejection(
              RejectionReason.MALFORMED_DELIVERY_ID,
              "delivery header "
                  + name
                  + " is "
                  + quote(text.value())
                  + ", not a UUID such as 123e4567-e89b-12d3-a456-426614174000"));
    }
    return Read.success(deliveryId.get());
  }

  /** Reads the one value of a header that must appear exactly once. */
  private static Read<String> readSingle(
      ReceivedHeaders headers, String name, RejectionReason missingReason, String example) {
    List<String> values = headers.all(name);
    if (values.isEmpty()) {
      return Read.failure(
          new Rejection(
              missingReason,
              "header " + name + " is missing: the sender must send it, for example " + example));
    }
    if (values.size() > 1) {
      return Read.failure(duplicate(name, values.size()));
    }
    return Read.success(values.get(0));
  }

  /** The outcome of reading one header: its value, or why it was rejected. */
  private record Read<T>(T value, Rejection rejection) {
    static <T> Read<T> success(T value) {
      return new Read<>(value, null);
    }

    static <T> Read<T> failure(Rejection rejection) {
      return new Read<>(null, rejection);
    }

    boolean failed() {
      return rejection != null;
    }
  }

  private static Rejection rejection(TimestampCheck check) {
    String name = ProjeqtorHeaders.TIMESTAMP;
    switch (check.outcome()) {
      case MISSING:
        return new Rejection(
            RejectionReason.MISSING_TIMESTAMP,
            "timestamp header "
                + name
                + " is missing: the sender must stamp each request with Unix seconds");
      case MALFORMED:
        return new Rejection(
            RejectionReason.MALFORMED_TIMESTAMP,
            "timestamp header " + name + " is malformed: " + check.message());
      case STALE:
        return new Rejection(
            RejectionReason.STALE_TIMESTAMP,
            "timestamp header " + name + " is too old: " + check.message());
      case FUTURE:
        return new Rejection(
            RejectionReason.FUTURE_TIMESTAMP,
            "timestamp header " + name + " is too far ahead: " + check.message());
      default:
        throw new IllegalArgumentException("a fresh timestamp is no rejection: " + check);
    }
  }

  private static Rejection duplicate(String name, int count) {
    return new Rejection(
        RejectionReason.DUPLICATE_HEADER,
        "header "
            + name
            + " appears "
            + count
            + " times: send it once, since readers that pick different copies could disagree");
  }

  /** Shows the options, never the secret or the credentials. */
  @Override
  public String toString() {
    return "WebhookVerifier[profile=projeqtor, "
        + timestampPolicy
        + ", basicAuth="
        + (basicAuth != null)
        + ", maxBodyBytes="
        + maxBodyBytes
        + "]";
  }

  /**
   * Builds a {@link WebhookVerifier}. A secret is required; the other options have defaults.
   * Programming errors (a null argument, a size below 1, a missing secret) fail here, never in
   * {@link WebhookVerifier#verify}. Not thread-safe.
   */
  public static final class Builder {
    private Secret secret;
    private TimestampPolicy timestampPolicy = TimestampPolicy.defaults();
    private Clock clock;
    private BasicCredentials basicAuth;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private Builder() {}

    /** Sets the secret that the sender signs with. Required. */
    public Builder secret(Secret secret) {
      this.secret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /**
     * Sets the timestamp tolerances and clock; the default is {@link TimestampPolicy#defaults()}. A
     * {@link #clock(Clock)} set on this builder replaces the policy's clock, whatever the order of
     * the two calls.
     */
    public Builder timestampPolicy(TimestampPolicy timestampPolicy) {
      this.timestampPolicy = Objects.requireNonNull(timestampPolicy, "timestampPolicy");
      return this;
    }

    /**
     * Sets the clock that timestamps are checked against, keeping the tolerances of the timestamp
     * policy: with no policy set, the default policy reading this clock. It takes precedence over
     * the clock of a policy passed to {@link #timestampPolicy}, whatever the order of the calls.
     * Tests pass a fixed clock.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Requires every request to carry these Basic credentials in its {@code Authorization} header.
     * By default no credentials are required.
     */
    public Builder basicAuth(BasicCredentials basicAuth) {
      this.basicAuth = Objects.requireNonNull(basicAuth, "basicAuth");
      return this;
    }

    /**
     * Sets the largest body accepted, in bytes; the default is 1 MiB.
     *
     * @throws IllegalArgumentException if {@code maxBodyBytes} is below 1
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes < 1: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * Returns the verifier.
     *
     * @throws IllegalArgumentException if no secret was set
     */
    public WebhookVerifier build() {
      if (secret == null) {
        throw new IllegalArgumentException(
            "secret is not set: call secret(Secret) with the secret that the sender signs with");
      }
      TimestampPolicy policy = timestampPolicy;
      if (clock != null) {
        policy =
            TimestampPolicy.builder()
                .pastTolerance(timestampPolicy.pastTolerance())
                .futureTolerance(timestampPolicy.futureTolerance())
                .clock(clock)
                .build();
      }
      return new WebhookVerifier(this, policy);
    }
  }
}
