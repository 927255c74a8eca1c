package io.webhookkit.verifier;

import static io.webhookkit.core.internal.HttpText.trimOws;
import static io.webhookkit.verifier.internal.HeaderText.quote;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.Signature;
import io.webhookkit.core.StandardWebhooksSecret;
import io.webhookkit.core.TimestampPolicy;
import io.webhookkit.core.WebhookSigner;
import io.webhookkit.core.internal.PayloadHandoff;
import io.webhookkit.verifier.internal.DescriptionHeaders;
import io.webhookkit.verifier.internal.GzipBody;
import io.webhookkit.verifier.internal.HeaderText;
import io.webhookkit.verifier.internal.Read;
import io.webhookkit.verifier.internal.SignatureList;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a received request is a genuine webhook of its {@link SignatureProfile}, and says
 * why not when it is not.
 *
 * <p>{@link #verify(WebhookRequest)} checks, in this order, and stops at the first failure: the
 * method is {@code POST}; the body is at most {@code maxBodyBytes}; the Basic credentials match,
 * when they are configured; the {@code Content-Type}, when present, is JSON; the {@code
 * Content-Encoding} is absent, {@code identity} or gzip, and a gzip body inflates within {@code
 * maxDecompressedBytes}; the signature header holds at least one signature that is the HMAC-SHA256
 * of the signed bytes under one of the secrets (compared in constant time); the timestamp is fresh;
 * the event, item class and delivery id headers are valid; the {@link ReplayGuard}, when
 * configured, has not seen the delivery id. A security header that appears more than once is
 * rejected when its step is reached, since two readers could pick different copies. Header names
 * are compared without regard to ASCII case.
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

  /** The default number of signatures that one signature header may hold. */
  public static final int DEFAULT_MAX_SIGNATURES = 5;

  /** How long a replay guard remembers ids of a profile without timestamps, by default. */
  public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofHours(24);

  /** The decoded body may be this many times {@code maxBodyBytes}, by default. */
  private static final int DEFAULT_DECOMPRESSION_RATIO = 4;

  private static final String AUTHORIZATION = "Authorization";
  private static final String CONTENT_ENCODING = "Content-Encoding";

  private final SignatureProfile profile;
  private final List<WebhookSigner> signers;
  private final TimestampPolicy timestampPolicy;
  private final BasicCredentials basicAuth;
  private final int maxBodyBytes;
  private final int maxDecompressedBytes;
  private final int maxSignatures;
  private final ReplayGuard replayGuard;
  private final SourceAllowlist sourceAllowlist;
  private final Duration replayWindow;

  private WebhookVerifier(Builder builder, TimestampPolicy timestampPolicy) {
    this.profile = builder.profile;
    this.signers = builder.secrets.stream().map(WebhookSigner::of).toList();
    this.timestampPolicy = timestampPolicy;
    this.basicAuth = builder.basicAuth;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.maxDecompressedBytes =
        builder.maxDecompressedBytes > 0
            ? builder.maxDecompressedBytes
            : (int)
                Math.min(Integer.MAX_VALUE - 8, (long) DEFAULT_DECOMPRESSION_RATIO * maxBodyBytes);
    this.maxSignatures = builder.maxSignatures;
    this.replayGuard = builder.replayGuard;
    this.sourceAllowlist = builder.sourceAllowlist;
    this.replayWindow =
        profile.timestampHeader().isPresent()
            ? timestampPolicy.pastTolerance().plus(timestampPolicy.futureTolerance())
            : builder.replayWindow;
  }

  /** Returns a builder; a secret is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the wire format that requests must follow. */
  public SignatureProfile profile() {
    return profile;
  }

  /** Returns the largest body accepted; adapters can stop reading a body after one more byte. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Returns the largest payload that a gzip body may inflate to. */
  public int maxDecompressedBytes() {
    return maxDecompressedBytes;
  }

  /** Returns how many signatures one signature header may hold. */
  public int maxSignatures() {
    return maxSignatures;
  }

  /** Returns the policy that timestamps are checked against; GitHub requests have none. */
  public TimestampPolicy timestampPolicy() {
    return timestampPolicy;
  }

  /** Returns whether requests must carry Basic credentials. */
  public boolean requiresBasicAuth() {
    return basicAuth != null;
  }

  /**
   * Returns how long the replay guard remembers a delivery id: the past plus the future tolerance
   * of the timestamp policy, or the configured replay window for a profile without timestamps.
   */
  public Duration replayWindow() {
    return replayWindow;
  }

  /**
   * Checks {@code request} and returns the verified webhook or the first rejection found.
   *
   * <p>Never throws on hostile content: missing, repeated, huge or non-ASCII headers, a missing,
   * oversized or corrupt body, an unexpected method and a failing replay guard are all rejections.
   *
   * @throws NullPointerException if {@code request} itself is null, a programming error
   */
  public VerificationResult verify(WebhookRequest request) {
    Objects.requireNonNull(request, "request");
    ReceivedHeaders headers = request.headers();
    byte[] body = request.bodyWithoutCopy();

    // Where a request comes from is known before anything it says is read.
    Rejection rejection = checkSource(request);
    if (rejection == null) {
      rejection = checkMethod(request.method());
    }
    if (rejection == null) {
      rejection = checkBodySize(body.length);
    }
    if (rejection == null && basicAuth != null) {
      rejection = checkCredentials(headers);
    }
    if (rejection == null) {
      rejection = checkContentType(headers);
    }
    if (rejection != null) {
      return VerificationResult.rejected(rejection);
    }

    Read<byte[]> payload = decodeBody(headers, body);
    if (payload.failed()) {
      return VerificationResult.rejected(payload.rejection());
    }

    rejection = checkSignature(headers, payload.value());
    if (rejection != null) {
      return VerificationResult.rejected(rejection);
    }

    // The payload is authentic; what is left are the headers that describe it.
    return readDescription(headers, payload.value());
  }

  private Rejection checkSource(WebhookRequest request) {
    if (sourceAllowlist == null) {
      return null;
    }
    SourceDecision decision = sourceAllowlist.check(request.remoteAddress(), request.headers());
    return decision.allowed()
        ? null
        : new Rejection(RejectionReason.FORBIDDEN_SOURCE, decision.message());
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
      return DescriptionHeaders.duplicate(AUTHORIZATION, values.size());
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

  /** Returns the payload that was signed: the body, inflated when it is gzip. */
  private Read<byte[]> decodeBody(ReceivedHeaders headers, byte[] body) {
    List<String> values = headers.all(CONTENT_ENCODING);
    if (values.isEmpty()) {
      return Read.success(body);
    }
    String encoding = values.size() == 1 ? HeaderText.lowerCaseAscii(trimOws(values.get(0))) : "";
    if (encoding.equals("identity")) {
      return Read.success(body);
    }
    if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
      return Read.failure(
          new Rejection(
              RejectionReason.UNSUPPORTED_CONTENT_ENCODING,
              "Content-Encoding "
                  + quote(String.join(", ", values))
                  + " is not supported: send the body as is or with the single encoding gzip"));
    }
    GzipBody.Inflated inflated = GzipBody.inflate(body, maxDecompressedBytes);
    switch (inflated.outcome()) {
      case TOO_LARGE:
        return Read.failure(
            new Rejection(
                RejectionReason.PAYLOAD_TOO_LARGE,
                "gzip body inflates to more than the "
                    + maxDecompressedBytes
                    + " bytes allowed: raise maxDecompressedBytes if such payloads are expected"));
      case CORRUPT:
        return Read.failure(
            new Rejection(
                RejectionReason.MALFORMED_BODY,
                "body is declared Content-Encoding gzip but is not valid gzip data: compress the"
                    + " whole body once, or send it without Content-Encoding"));
      default:
        return Read.success(inflated.bytes());
    }
  }

  private Rejection checkSignature(ReceivedHeaders headers, byte[] payload) {
    String name = profile.signatureHeader();
    List<String> values = headers.all(name);
    if (values.isEmpty()) {
      return new Rejection(
          RejectionReason.MISSING_SIGNATURE,
          "signature header " + name + " is missing: the sender must sign each request");
    }
    if (values.size() > 1) {
      return DescriptionHeaders.duplicate(name, values.size());
    }
    SignatureList.Parsed parsed =
        profile.usesBase64Signatures()
            ? SignatureList.parseStandardWebhooks(values.get(0), maxSignatures)
            : SignatureList.parseHex(values.get(0), maxSignatures);
    if (!parsed.isValid()) {
      return new Rejection(
          RejectionReason.MALFORMED_SIGNATURE,
          "signature header " + name + " is malformed: " + parsed.problem());
    }
    Read<byte[]> prefix = signedPrefix(headers);
    if (prefix.failed()) {
      return prefix.rejection();
    }
    if (!matchesAnySecret(parsed.signatures(), prefix.value(), payload)) {
      // The expected signature is never shown: it would let anyone forge this payload.
      return new Rejection(
          RejectionReason.SIGNATURE_MISMATCH,
          "signature header "
              + name
              + " does not match "
              + (profile.signsDeliveryAndTimestamp()
                  ? "the delivery, timestamp and body"
                  : "the body")
              + ": check that both sides use the same secret and that nothing re-encodes the body"
              + " before it is signed or verified");
    }
    return null;
  }

  /**
   * Returns the bytes signed before the payload: {@code <delivery>.<timestamp>.} as received
   * (without surrounding white space) for the profiles that bind them, else nothing.
   */
  private Read<byte[]> signedPrefix(ReceivedHeaders headers) {
    if (!profile.signsDeliveryAndTimestamp()) {
      return Read.success(new byte[0]);
    }
    Read<String> delivery =
        DescriptionHeaders.readSingle(
            headers,
            profile.deliveryHeader(),
            RejectionReason.MISSING_DELIVERY_ID,
            "an id that every attempt of one delivery repeats");
    if (delivery.failed()) {
      return Read.failure(delivery.rejection());
    }
    String timestampName = profile.timestampHeader().orElseThrow();
    Read<String> timestamp =
        DescriptionHeaders.readSingle(
            headers, timestampName, RejectionReason.MISSING_TIMESTAMP, "1700000000");
    if (timestamp.failed()) {
      return Read.failure(timestamp.rejection());
    }
    String prefix = trimOws(delivery.value()) + "." + trimOws(timestamp.value()) + ".";
    return Read.success(prefix.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Compares every candidate with the HMAC under every secret, without stopping at a match, so that
   * the time taken does not tell which secret or which candidate matched.
   */
  private boolean matchesAnySecret(List<Signature> candidates, byte[] prefix, byte[] payload) {
    boolean matched = false;
    for (WebhookSigner signer : signers) {
      Signature expected = signer.sign(prefix, payload);
      for (Signature candidate : candidates) {
        matched |= expected.matches(candidate);
      }
    }
    return matched;
  }

  private VerificationResult readDescription(ReceivedHeaders headers, byte[] payload) {
    Instant timestamp = null;
    if (profile.timestampHeader().isPresent()) {
      Read<Instant> read =
          DescriptionHeaders.readTimestamp(
              headers, profile.timestampHeader().get(), timestampPolicy);
      if (read.failed()) {
        return VerificationResult.rejected(read.rejection());
      }
      timestamp = read.value();
    }
    String event = null;
    if (profile.eventHeader().isPresent()) {
      String name = profile.eventHeader().get();
      Read<String> read =
          profile.isProjeqtor()
              ? DescriptionHeaders.readProjeqtorEvent(headers, name)
              : DescriptionHeaders.readEventName(headers, name);
      if (read.failed()) {
        return VerificationResult.rejected(read.rejection());
      }
      event = read.value();
    }
    ItemClass itemClass = null;
    if (profile.itemClassHeader().isPresent()) {
      Read<ItemClass> read =
          DescriptionHeaders.readItemClass(headers, profile.itemClassHeader().get());
      if (read.failed()) {
        return VerificationResult.rejected(read.rejection());
      }
      itemClass = read.value();
    }
    Read<String> deliveryId =
        profile.isProjeqtor()
            ? DescriptionHeaders.readUuid(headers, profile.deliveryHeader())
            : DescriptionHeaders.readToken(headers, profile.deliveryHeader());
    if (deliveryId.failed()) {
      return VerificationResult.rejected(deliveryId.rejection());
    }
    Rejection replay = checkReplay(deliveryId.value());
    if (replay != null) {
      return VerificationResult.rejected(replay);
    }
    // The request's body is its own copy and never handed out, and an inflated body is new: no
    // one else can change these bytes, so the payload shares them instead of copying them again.
    return VerificationResult.accepted(
        new VerifiedWebhook(
            profile,
            deliveryId.value(),
            event,
            itemClass,
            timestamp,
            PayloadHandoff.wrapOwned(payload)));
  }

  /** Asks the replay guard last, so that only authentic, well-formed requests reach its store. */
  private Rejection checkReplay(String deliveryId) {
    if (replayGuard == null) {
      return null;
    }
    boolean first;
    try {
      first = replayGuard.firstSighting(profile.id() + ":" + deliveryId, replayWindow);
    } catch (RuntimeException e) {
      // The cause may name hosts or hold store details, so only the fact is reported.
      return new Rejection(
          RejectionReason.REPLAY_CHECK_UNAVAILABLE,
          "the replay guard could not tell whether this delivery was seen before: retry later");
    }
    if (first) {
      return null;
    }
    return new Rejection(
        RejectionReason.REPLAYED,
        "delivery "
            + quote(deliveryId)
            + " was already accepted: a retry of a handled delivery, or a replay");
  }

  /** Shows the options, never the secrets or the credentials. */
  @Override
  public String toString() {
    return "WebhookVerifier[profile="
        + profile.id()
        + ", secrets="
        + signers.size()
        + ", "
        + timestampPolicy
        + ", basicAuth="
        + (basicAuth != null)
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", maxDecompressedBytes="
        + maxDecompressedBytes
        + ", replayGuard="
        + (replayGuard != null)
        + "]";
  }

  /**
   * Builds a {@link WebhookVerifier}. At least one secret is required; the other options have
   * defaults. Programming errors (a null argument, a size below 1, a missing secret) fail here,
   * never in {@link WebhookVerifier#verify}. Not thread-safe.
   */
  public static final class Builder {
    private final List<Secret> secrets = new ArrayList<>();
    private SignatureProfile profile = SignatureProfile.PROJEQTOR;
    private TimestampPolicy timestampPolicy = TimestampPolicy.defaults();
    private Clock clock;
    private BasicCredentials basicAuth;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxDecompressedBytes;
    private int maxSignatures = DEFAULT_MAX_SIGNATURES;
    private ReplayGuard replayGuard;
    private SourceAllowlist sourceAllowlist;
    private Duration replayWindow = DEFAULT_REPLAY_WINDOW;

    private Builder() {}

    /**
     * Adds a secret that the sender may sign with. Call it again to accept several secrets while
     * the sender rotates from one to the next: a request is accepted when any of them matches.
     */
    public Builder secret(Secret secret) {
      secrets.add(Objects.requireNonNull(secret, "secret"));
      return this;
    }

    /**
     * Adds every secret of {@code secrets}; see {@link #secret(Secret)}.
     *
     * @throws IllegalArgumentException if {@code secrets} is empty
     * @throws NullPointerException if {@code secrets} or one of its elements is null
     */
    public Builder secrets(Collection<Secret> secrets) {
      Objects.requireNonNull(secrets, "secrets");
      if (secrets.isEmpty()) {
        throw new IllegalArgumentException("secrets is empty: give at least one secret");
      }
      secrets.forEach(this::secret);
      return this;
    }

    /** Sets the wire format that requests must follow; the default is {@code projeqtor}. */
    public Builder profile(SignatureProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
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
     * Sets the largest body accepted as received, in bytes; the default is 1 MiB.
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
     * Sets the largest payload that a {@code Content-Encoding: gzip} body may inflate to, enforced
     * while inflating; the default is 4 times {@code maxBodyBytes} (4 MiB with the default body
     * limit).
     *
     * @throws IllegalArgumentException if {@code maxDecompressedBytes} is below 1
     */
    public Builder maxDecompressedBytes(int maxDecompressedBytes) {
      if (maxDecompressedBytes < 1) {
        throw new IllegalArgumentException("maxDecompressedBytes < 1: " + maxDecompressedBytes);
      }
      this.maxDecompressedBytes = maxDecompressedBytes;
      return this;
    }

    /**
     * Sets how many signatures one signature header may hold; the default is {@value
     * #DEFAULT_MAX_SIGNATURES}. A header with more is malformed.
     *
     * @throws IllegalArgumentException if {@code maxSignatures} is below 1 or above 100
     */
    public Builder maxSignatures(int maxSignatures) {
      if (maxSignatures < 1 || maxSignatures > 100) {
        throw new IllegalArgumentException("maxSignatures not in 1..100: " + maxSignatures);
      }
      this.maxSignatures = maxSignatures;
      return this;
    }

    /**
     * Refuses a delivery id that {@code replayGuard} has seen, as {@link RejectionReason#REPLAYED}.
     * By default there is no guard, and a captured request can be replayed within the timestamp
     * tolerance (for GitHub, at any time).
     */
    public Builder replayGuard(ReplayGuard replayGuard) {
      this.replayGuard = Objects.requireNonNull(replayGuard, "replayGuard");
      return this;
    }

    /**
     * Accepts requests only from the addresses of {@code sourceAllowlist}, reading forwarding
     * headers only from its trusted proxies; a refused source is {@link
     * RejectionReason#FORBIDDEN_SOURCE}, checked before anything else. By default every source is
     * accepted.
     */
    public Builder sourceAllowlist(SourceAllowlist sourceAllowlist) {
      this.sourceAllowlist = Objects.requireNonNull(sourceAllowlist, "sourceAllowlist");
      return this;
    }

    /**
     * Sets how long the replay guard remembers a delivery id of a profile without timestamps
     * (GitHub); the default is 24 hours. Profiles with timestamps use the past plus the future
     * tolerance instead, since older requests are refused as stale anyway.
     *
     * @throws IllegalArgumentException if {@code replayWindow} is zero or negative
     */
    public Builder replayWindow(Duration replayWindow) {
      Objects.requireNonNull(replayWindow, "replayWindow");
      if (replayWindow.isNegative() || replayWindow.isZero()) {
        throw new IllegalArgumentException("replayWindow <= 0: " + replayWindow);
      }
      this.replayWindow = replayWindow;
      return this;
    }

    /**
     * Returns the verifier.
     *
     * @throws IllegalArgumentException if no secret was set, or a Standard Webhooks verifier got a
     *     secret that is still in its {@code whsec_} text form
     */
    public WebhookVerifier build() {
      if (secrets.isEmpty()) {
        throw new IllegalArgumentException(
            "secret is not set: call secret(Secret) with the secret that the sender signs with");
      }
      if (profile == SignatureProfile.STANDARD_WEBHOOKS) {
        byte[] prefix = StandardWebhooksSecret.PREFIX.getBytes(StandardCharsets.US_ASCII);
        for (Secret secret : secrets) {
          byte[] key = secret.keyBytes();
          if (key.length >= prefix.length
              && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length)) {
            throw new IllegalArgumentException(
                "a secret is the text whsec_...: decode it with StandardWebhooksSecret.parse");
          }
        }
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
