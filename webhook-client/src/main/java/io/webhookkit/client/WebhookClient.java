package io.webhookkit.client;

import io.webhookkit.client.internal.AttemptProgress;
import io.webhookkit.client.internal.BoundedBody;
import io.webhookkit.client.internal.HumanText;
import io.webhookkit.client.internal.PayloadBody;
import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Delivery;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookSigner;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends signed webhook deliveries: each {@link #send} call is exactly one HTTP request, signed with
 * the endpoint's secret and stamped with the current time, and its result is a {@link
 * DeliveryAttempt} value.
 *
 * <p>Network and HTTP problems never throw: a refused connection, a timeout or a 500 each become an
 * {@link AttemptOutcome}. Redirects are not followed, failed connections are not retried and a 401
 * is not answered with other credentials, so the receiver sees one request per attempt; retrying is
 * the caller's decision. Only the first {@link Builder#responseExcerptLimit(int)} bytes of a
 * response body are read: a longer body is not drained, its connection is dropped.
 *
 * <p>Usage:
 *
 * <pre>{@code
 * try (WebhookClient client = WebhookClient.create()) {
 *   DeliveryAttempt attempt = client.send(endpoint, delivery);
 * }
 * }</pre>
 *
 * <p><b>A client is immutable and thread-safe;</b> share one for all endpoints, as it holds a
 * connection pool. Each attempt is reported at {@code DEBUG} level to the {@link System.Logger}
 * named after this class.
 */
public final class WebhookClient implements AutoCloseable {

  private static final System.Logger LOGGER = System.getLogger(WebhookClient.class.getName());

  /** The longest {@code Location} value kept from a redirect. */
  private static final int LOCATION_LIMIT = 2048;

  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final Clock clock;
  private final int responseExcerptLimit;
  private final String userAgent;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * One signer per secret, so that an endpoint's key is set up once rather than for every attempt.
   * Secrets compare by identity and the keys are weak, so a secret that its owner drops frees its
   * signer too.
   */
  private final Map<Secret, WebhookSigner> signers =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private WebhookClient(Builder builder) {
    OkHttpClient.Builder http =
        builder.base == null ? new OkHttpClient.Builder() : builder.base.newBuilder();
    if (builder.ssrfGuard != null) {
      builder.ssrfGuard.applyTo(http);
    }
    this.http =
        http.connectTimeout(builder.connectTimeout)
            .readTimeout(builder.readTimeout)
            .writeTimeout(builder.writeTimeout)
            .callTimeout(builder.callTimeout)
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .authenticator(Authenticator.NONE)
            .addNetworkInterceptor(AttemptProgress.networkInterceptor())
            .build();
    this.ownsHttp = builder.base == null;
    this.clock = builder.clock;
    this.responseExcerptLimit = builder.responseExcerptLimit;
    this.userAgent = builder.userAgent;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.callTimeout = builder.callTimeout;
  }

  /** Returns a client with the default options; see {@link Builder}. */
  public static WebhookClient create() {
    return builder().build();
  }

  /** Returns a builder that starts from the default options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Makes one attempt to deliver {@code delivery} to {@code endpoint}, stamped with the clock's
   * current time. Blocks until the attempt ends or a timeout elapses.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if this client is closed
   */
  public DeliveryAttempt send(WebhookEndpoint endpoint, Delivery delivery) {
    return send(endpoint, delivery, clock.instant());
  }

  /**
   * Makes one attempt to deliver {@code delivery} to {@code endpoint}, stamped with {@code
   * timestamp} (in whole seconds) instead of the current time, as a retrying sender or a test
   * needs.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if this client is closed
   */
  public DeliveryAttempt send(WebhookEndpoint endpoint, Delivery delivery, Instant timestamp) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(timestamp, "timestamp");
    if (closed.get()) {
      throw new IllegalStateException("the webhook client is closed: build a new one to send");
    }

    Map<String, String> headers =
        ProjeqtorHeaders.forAttempt(delivery, signerFor(endpoint.secret()), timestamp);
    AttemptProgress progress = new AttemptProgress();
    Request request = request(endpoint, delivery, headers, progress);
    Attempt attempt =
        new Attempt(endpoint, delivery, timestamp, clock.instant(), System.nanoTime());

    DeliveryAttempt result = execute(http.newCall(request), attempt, progress);
    LOGGER.log(System.Logger.Level.DEBUG, result::describe);
    return result;
  }

  private Request request(
      WebhookEndpoint endpoint,
      Delivery delivery,
      Map<String, String> headers,
      AttemptProgress progress) {
    // The byte-array body keeps the media type exactly as given: no charset is appended.
    MediaType contentType = MediaType.get(headers.get(ProjeqtorHeaders.CONTENT_TYPE));
    Request.Builder request =
        new Request.Builder()
            .url(endpoint.url().toString())
            .post(new PayloadBody(delivery.payload(), contentType))
            .header("User-Agent", userAgent)
            .tag(AttemptProgress.class, progress);
    headers.forEach(request::header);
    endpoint
        .basicAuthentication()
        .map(BasicCredentials::authorizationHeader)
        .ifPresent(value -> request.header("Authorization", value));
    return request.build();
  }

  private static boolean isStalePooledConnection(
      IOException e, Call call, AttemptProgress progress) {
    return progress.reusedConnection()
        && !call.isCanceled()
        && !(e instanceof java.io.InterruptedIOException)
        && !(e instanceof SsrfBlockedException);
  }

  private WebhookSigner signerFor(Secret secret) {
    return signers.computeIfAbsent(secret, WebhookSigner::of);
  }

  private DeliveryAttempt execute(Call call, Attempt attempt, AttemptProgress progress) {
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      if (!isStalePooledConnection(e, call, progress)) {
        return attempt.failed(0, null, e, failure(e, call, progress.connected(), false));
      }
      // The receiver had closed a kept-alive connection (servers close idle ones after a few
      // seconds), so the request may never have reached it: send it once more on a new
      // connection. OkHttp would do this itself, but its retry also repeats requests in other
      // cases; this is the one case where a second request is worth its risk of a duplicate,
      // which receivers discard by delivery id.
      http.connectionPool().evictAll();
      progress.reset();
      call = http.newCall(call.request());
      try {
        response = call.execute();
      } catch (IOException again) {
        return attempt.failed(0, null, again, failure(again, call, progress.connected(), false));
      }
    }

    Response received = response;
    try (received) {
      int status = received.code();
      // The network interceptor took the header away from OkHttp's own follow-up logic.
      String retryAfter = progress.retryAfter();
      BoundedBody body;
      try {
        body = BoundedBody.read(received.body().source(), responseExcerptLimit);
      } catch (IOException e) {
        return attempt.failed(status, retryAfter, e, failure(e, call, true, true));
      }
      if (!body.complete()) {
        // Closing would drain the rest to reuse the connection; a hostile body may never end.
        call.cancel();
      }
      if (status >= 300 && status < 400) {
        String location = received.header("Location");
        return attempt.answered(
            AttemptOutcome.REDIRECTED,
            status,
            body.text(),
            location == null ? null : HumanText.oneLine(location, LOCATION_LIMIT),
            retryAfter);
      }
      AttemptOutcome outcome =
          status >= 200 && status < 300 ? AttemptOutcome.DELIVERED : AttemptOutcome.REJECTED;
      return attempt.answered(outcome, status, body.text(), null, retryAfter);
    }
  }

  /** Explains a failed attempt in one line, naming the timeout that elapsed if one did. */
  private String failure(IOException e, Call call, boolean connected, boolean responded) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SsrfBlockedException) {
        return t.getMessage();
      }
    }
    if (e instanceof SocketTimeoutException) {
      if (responded) {
        return "the response body stalled beyond the read timeout of " + human(readTimeout);
      }
      // A write timeout lands here as well; a webhook body rarely takes long to write.
      return connected
          ? "connected, but no response within the read timeout of " + human(readTimeout)
          : "no connection within the connect timeout of " + human(connectTimeout);
    }
    if (e instanceof InterruptedIOException && call.isCanceled()) {
      return "the attempt took longer than the call timeout of " + human(callTimeout);
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable cause = e.getCause();
    return cause == null || cause.getMessage() == null
        ? message
        : message + ": " + cause.getMessage();
  }

  private static String human(Duration timeout) {
    return timeout.isZero() ? "none" : HumanText.duration(timeout);
  }

  /**
   * Releases the connection pool and threads of the OkHttp client that this client created. When it
   * was built on a shared {@link Builder#okHttpClient(OkHttpClient) base client}, the pool and
   * threads belong to that base and stay open: its owner closes them. Either way, {@link #send}
   * refuses to run afterwards. Closing twice is harmless.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "WebhookClient[connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", callTimeout="
        + callTimeout
        + ", responseExcerptLimit="
        + responseExcerptLimit
        + ", userAgent="
        + userAgent
        + "]";
  }

  /** The facts of one attempt known before it is sent. */
  private record Attempt(
      WebhookEndpoint endpoint,
      Delivery delivery,
      Instant timestamp,
      Instant startedAt,
      long startNanos) {

    DeliveryAttempt answered(
        AttemptOutcome outcome, int status, String excerpt, String location, String retryAfter) {
      return new DeliveryAttempt(
          delivery.id(),
          endpoint.url(),
          startedAt,
          timestamp.getEpochSecond(),
          outcome,
          status,
          elapsed(),
          excerpt,
          location,
          retryAfter,
          null);
    }

    DeliveryAttempt failed(int status, String retryAfter, IOException e, String error) {
      AttemptOutcome outcome =
          isTimeout(e) ? AttemptOutcome.TIMED_OUT : AttemptOutcome.CONNECTION_FAILED;
      return new DeliveryAttempt(
          delivery.id(),
          endpoint.url(),
          startedAt,
          timestamp.getEpochSecond(),
          outcome,
          status,
          elapsed(),
          "",
          null,
          retryAfter,
          error);
    }

    private Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }
  }

  private static boolean isTimeout(IOException e) {
    return e instanceof InterruptedIOException && !Thread.currentThread().isInterrupted();
  }

  /**
   * Collects the options of a {@link WebhookClient}. Refuses negative or out-of-range timeouts, a
   * negative excerpt limit, a user agent that an HTTP header cannot carry, and nulls, each when it
   * is set.
   */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);
    private Duration writeTimeout = Duration.ofSeconds(10);
    private Duration callTimeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private int responseExcerptLimit = 1024;
    private String userAgent = defaultUserAgent();
    private OkHttpClient base;
    private SsrfGuard ssrfGuard;

    private Builder() {}

    /** Sets how long connecting may take (default 5 s); zero means no limit. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout(timeout, "connectTimeout");
      return this;
    }

    /** Sets how long the receiver may stay silent while answering (default 10 s); zero: none. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout(timeout, "readTimeout");
      return this;
    }

    /** Sets how long writing may stall while sending (default 10 s); zero means no limit. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout(timeout, "writeTimeout");
      return this;
    }

    /** Sets how long a whole attempt may take (default 30 s); zero means no limit. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the clock that stamps {@code Projeqtor-Timestamp} and {@code startedAt} (default: the
     * system clock in UTC). Durations are measured with {@link System#nanoTime()} regardless.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how many bytes of a response body are read and kept as the excerpt (default 1024); the
     * rest of the body is never read.
     *
     * @throws IllegalArgumentException if {@code bytes} is negative
     */
    public Builder responseExcerptLimit(int bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("responseExcerptLimit < 0: " + bytes);
      }
      this.responseExcerptLimit = bytes;
      return this;
    }

    /**
     * Sets the {@code User-Agent} header (default {@code webhookkit/<version>}).
     *
     * @throws IllegalArgumentException if it is blank or holds a character other than printable
     *     ASCII and spaces
     */
    public Builder userAgent(String userAgent) {
      Objects.requireNonNull(userAgent, "userAgent");
      if (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
        throw new IllegalArgumentException(
            "userAgent is blank or not printable ASCII: use a value such as myapp/1.2");
      }
      this.userAgent = userAgent;
      return this;
    }

    /**
     * Builds on {@code base}, to share its connection pool and threads. The client derives its own
     * OkHttp client from it and overrides the timeouts, redirects, retries and authenticator; the
     * base's interceptors still run and must not change the request body. {@link
     * WebhookClient#close()} leaves the base's pool and threads open.
     */
    public Builder okHttpClient(OkHttpClient base) {
      this.base = Objects.requireNonNull(base, "base");
      return this;
    }

    /**
     * Refuses to send to internal addresses, as {@code guard} decides (default: no guard). The
     * guard becomes the client's {@code Dns}, replacing a base client's, and checks hosts that are
     * IP addresses before connecting. A refused attempt is {@link
     * AttemptOutcome#CONNECTION_FAILED}, and its {@link DeliveryAttempt#describe()} says that the
     * SSRF guard blocked it and how to allow the host.
     */
    public Builder ssrfGuard(SsrfGuard guard) {
      this.ssrfGuard = Objects.requireNonNull(guard, "guard");
      return this;
    }

    /** Returns the client. */
    public WebhookClient build() {
      return new WebhookClient(this);
    }

    private static Duration timeout(Duration timeout, String name) {
      Objects.requireNonNull(timeout, name);
      if (timeout.isNegative()) {
        throw new IllegalArgumentException(name + " < 0: " + timeout);
      }
      // OkHttp counts timeouts in whole milliseconds held in an int.
      if (!timeout.isZero() && timeout.compareTo(Duration.ofMillis(1)) < 0) {
        throw new IllegalArgumentException(name + " < 1 ms: " + timeout + "; use 0 for no limit");
      }
      if (timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
        throw new IllegalArgumentException(name + " > " + Integer.MAX_VALUE + " ms: " + timeout);
      }
      return timeout;
    }

    private static String defaultUserAgent() {
      String version = WebhookClient.class.getPackage().getImplementationVersion();
      return version == null ? "webhookkit" : "webhookkit/" + version;
    }
  }
}
