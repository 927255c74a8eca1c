package io.webhookkit.benchmarks;

import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.StandardWebhooksSecret;
import io.webhookkit.core.StandardWebhooksSigner;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.WebhookSigner;
import io.webhookkit.verifier.SignatureProfile;
import io.webhookkit.verifier.VerificationResult;
import io.webhookkit.verifier.WebhookRequest;
import io.webhookkit.verifier.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Verifies one correctly signed request per operation: ours under the {@code projeqtor} and {@code
 * standard-webhooks} profiles, the Standard Webhooks reference library, stripe-java's signature
 * check, and the floor, a bare HMAC-SHA256 of the body compared in constant time.
 *
 * <p>Each contender verifies a request that it (or its documented scheme) signed in the trial's
 * setup, and gets its input in the type its API takes: our verifier a {@link WebhookRequest} built
 * once (building one copies the body, the adapter's cost, not measured here), the two libraries a
 * {@code String} payload decoded once. The Standard Webhooks library reads the system clock, so the
 * requests are stamped when the trial starts, well within its 5-minute tolerance; the others get a
 * fixed clock at that same instant.
 *
 * <p>TODO: Svix ({@code com.svix:svix}, {@code Webhook.verify}) is not compared, so one alternative
 * that users pick is missing: the registry these builds use refuses the artifact.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerificationBenchmark {

  private static final String PROJEQTOR_SECRET = "benchmark-secret-of-the-projeqtor-sender";

  /** 32 random-looking bytes in the {@code whsec_} form that both Standard Webhooks sides read. */
  private static final String WHSEC = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  private static final String STRIPE_SECRET = "whsec_stripe_benchmark_secret";
  private static final long STRIPE_TOLERANCE_SECONDS = 300;
  private static final String MESSAGE_ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";

  @Param({Payloads.TICKET, Payloads.LARGE})
  public String size;

  private byte[] body;
  private Mac bareMac;
  private byte[] bareExpected;

  private WebhookVerifier projeqtorVerifier;
  private WebhookRequest projeqtorRequest;
  private WebhookVerifier standardVerifier;
  private WebhookRequest standardRequest;

  private com.standardwebhooks.Webhook standardLibrary;
  private String standardLibraryPayload;
  private Map<String, List<String>> standardLibraryHeaders;

  private String stripePayload;
  private String stripeHeader;
  private Clock stripeClock;

  /** Signs one request per contender, stamped now, and checks that each is accepted. */
  @Setup(Level.Trial)
  public void signRequests() throws Exception {
    body = Payloads.bytes(size);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);

    Secret secret = Secret.of(PROJEQTOR_SECRET);
    bareMac = BareHmac.prepared(PROJEQTOR_SECRET.getBytes(StandardCharsets.UTF_8));
    bareExpected = bareMac.doFinal(body);

    Delivery delivery =
        Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(body));
    projeqtorVerifier = WebhookVerifier.builder().secret(secret).clock(clock).build();
    projeqtorRequest =
        WebhookRequest.builder()
            .headers(ProjeqtorHeaders.forAttempt(delivery, WebhookSigner.of(secret), now))
            .body(body)
            .build();

    Secret whsec = StandardWebhooksSecret.parse(WHSEC);
    standardVerifier =
        WebhookVerifier.builder()
            .profile(SignatureProfile.STANDARD_WEBHOOKS)
            .secret(whsec)
            .clock(clock)
            .build();
    standardRequest =
        WebhookRequest.builder()
            .header(ProjeqtorHeaders.CONTENT_TYPE, ProjeqtorHeaders.JSON_CONTENT_TYPE)
            .headers(StandardWebhooksSigner.of(whsec).headers(MESSAGE_ID, now, Payload.of(body)))
            .body(body)
            .build();

    String text = new String(body, StandardCharsets.UTF_8);
    standardLibrary = new com.standardwebhooks.Webhook(WHSEC);
    standardLibraryPayload = text;
    standardLibraryHeaders =
        Map.of(
            "webhook-id", List.of(MESSAGE_ID),
            "webhook-timestamp", List.of(Long.toString(now.getEpochSecond())),
            "webhook-signature",
                List.of(standardLibrary.sign(MESSAGE_ID, now.getEpochSecond(), text)));

    stripePayload = text;
    stripeClock = clock;
    stripeHeader =
        "t="
            + now.getEpochSecond()
            + ",v1="
            + com.stripe.net.Webhook.Util.computeHmacSha256(
                STRIPE_SECRET, now.getEpochSecond() + "." + text);

    checkEveryContenderAccepts();
  }

  private void checkEveryContenderAccepts() throws Exception {
    if (!bareHmac()) {
      throw new IllegalStateException("the bare HMAC does not match its own signature");
    }
    for (VerificationResult result : List.of(webhookkitProjeqtor(), webhookkitStandardWebhooks())) {
      if (!result.isAccepted()) {
        throw new IllegalStateException("our verifier rejects its request: " + result);
      }
    }
    standardWebhooksLibrary(); // Throws when it rejects.
    if (!stripe()) {
      throw new IllegalStateException("stripe-java rejects its request");
    }
  }

  /** The floor: HMAC-SHA256 of the body with a prepared {@link Mac}, compared in constant time. */
  @Benchmark
  public boolean bareHmac() {
    return MessageDigest.isEqual(bareMac.doFinal(body), bareExpected);
  }

  /** Our verifier, {@code projeqtor} profile: every check of the profile, result included. */
  @Benchmark
  public VerificationResult webhookkitProjeqtor() {
    return projeqtorVerifier.verify(projeqtorRequest);
  }

  /** Our verifier, {@code standard-webhooks} profile. */
  @Benchmark
  public VerificationResult webhookkitStandardWebhooks() {
    return standardVerifier.verify(standardRequest);
  }

  /** {@code com.standardwebhooks:standardwebhooks}, the reference library; throws on rejection. */
  @Benchmark
  public void standardWebhooksLibrary() throws Exception {
    standardLibrary.verify(standardLibraryPayload, standardLibraryHeaders);
  }

  /**
   * {@code com.stripe:stripe-java}'s {@code Webhook.Signature.verifyHeader}; throws on rejection.
   */
  @Benchmark
  public boolean stripe() throws Exception {
    return com.stripe.net.Webhook.Signature.verifyHeader(
        stripePayload, stripeHeader, STRIPE_SECRET, STRIPE_TOLERANCE_SECONDS, stripeClock);
  }
}
