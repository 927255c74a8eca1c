package io.webhookkit.testkit;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Secret;
import io.webhookkit.testkit.internal.ExpectedSignatures;
import io.webhookkit.verifier.ReceivedHeaders;
import io.webhookkit.verifier.SignatureProfile;
import io.webhookkit.verifier.WebhookRequest;
import io.webhookkit.verifier.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okio.ByteString;

/**
 * A webhook subscriber for tests: an HTTP server on a free port of 127.0.0.1 that records every
 * request, verifies it with the receiver's secrets and profile, and answers as scripted.
 *
 * <pre>{@code
 * try (MockWebhookReceiver receiver = MockWebhookReceiver.start(Secret.of("s3cret"))) {
 *   receiver.respondWith(500).times(2).then(200);
 *   sender.send(receiver.uri(), ticket);
 *   assertThat(receiver).receivedExactly(3).delivery(2).hasValidSignature();
 * }
 * }</pre>
 *
 * <p>Every request to any path is recorded as a {@link ReceivedDelivery}, whatever its method or
 * signature: a test asserts on what arrived, and the verification outcome is part of it. Requests
 * are answered in order from the scripted {@link ScriptedResponse} steps, then with {@code 200}.
 * Wait for asynchronous senders with {@link #awaitDeliveries}, never with a sleep.
 *
 * <p>It refuses to listen anywhere but the loopback address. <b>Recording, scripting and awaiting
 * are thread-safe</b>: the server records on its own threads while the test reads.
 */
public final class MockWebhookReceiver implements AutoCloseable {

  /** The path of {@link #uri()}; requests to other paths are recorded too. */
  public static final String PATH = "/webhooks";

  private final MockWebServer server = new MockWebServer();
  private final WebhookVerifier verifier;
  private final List<Secret> secrets;
  private final SignatureProfile profile;
  private final Clock clock;

  /** Guards {@link #deliveries} and {@link #script}; signalled on each arrival. */
  private final Object lock = new Object();

  /** Every request recorded since the start or the last {@link #reset()}, in arrival order. */
  private final List<ReceivedDelivery> deliveries = new ArrayList<>();

  /** The scripted answers not yet used up, first to use at the head. */
  private final Deque<ScriptedResponse> script = new ArrayDeque<>();

  private MockWebhookReceiver(Builder builder) {
    this.secrets = List.copyOf(builder.secrets);
    this.profile = builder.profile;
    this.clock = builder.clock;
    WebhookVerifier.Builder verifier =
        WebhookVerifier.builder().secrets(secrets).profile(profile).clock(clock);
    if (builder.basicAuth != null) {
      verifier.basicAuth(builder.basicAuth);
    }
    this.verifier = verifier.build();
    server.setDispatcher(new Recorder());
  }

  /** Returns a builder; a secret is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a receiver that expects {@link SignatureProfile#PROJEQTOR} requests signed with {@code
   * secret}, on the system clock.
   *
   * @throws UncheckedIOException if no loopback port can be bound
   */
  public static MockWebhookReceiver start(Secret secret) {
    return builder().secret(secret).start();
  }

  /** Returns the URL that senders post to, {@code http://127.0.0.1:<port>/webhooks}. */
  public String url() {
    return uri().toString();
  }

  /** Returns {@link #url()} as a URI. */
  public URI uri() {
    // By address, not by the server's host name, so that no resolver is asked.
    return URI.create("http://127.0.0.1:" + server.getPort() + PATH);
  }

  /** Returns the wire format that the receiver verifies. */
  public SignatureProfile profile() {
    return profile;
  }

  /** Returns the clock that stamps arrivals and checks timestamps. */
  public Clock clock() {
    return clock;
  }

  /**
   * Scripts the next answer: after the steps already scripted are used up, requests get {@code
   * status}. Chain {@link ScriptedResponse#times}, {@link ScriptedResponse#then} and the others.
   *
   * @throws IllegalArgumentException if {@code status} is not in 100..999
   */
  public ScriptedResponse respondWith(int status) {
    ScriptedResponse step = new ScriptedResponse(lock, this, status);
    synchronized (lock) {
      script.addLast(step);
    }
    return step;
  }

  /** Returns every delivery recorded so far, in arrival order; the list is a snapshot. */
  public List<ReceivedDelivery> deliveries() {
    synchronized (lock) {
      return List.copyOf(deliveries);
    }
  }

  /**
   * Waits until at least {@code count} deliveries have arrived or {@code timeout} has passed, and
   * returns every delivery recorded by then; fewer than {@code count} when the time ran out.
   *
   * @throws IllegalArgumentException if {@code count} is negative or {@code timeout} is negative
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public List<ReceivedDelivery> awaitDeliveries(int count, Duration timeout)
      throws InterruptedException {
    return awaitDeliveries(delivery -> true, count, timeout);
  }

  /**
   * Waits until at least {@code count} deliveries that match {@code filter} have arrived or {@code
   * timeout} has passed, and returns the matching deliveries recorded by then. Time is measured
   * with {@link System#nanoTime()}, not the clock, so a fixed test clock does not stop the wait.
   *
   * @throws IllegalArgumentException if {@code count} is negative or {@code timeout} is negative
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public List<ReceivedDelivery> awaitDeliveries(
      Predicate<ReceivedDelivery> filter, int count, Duration timeout) throws InterruptedException {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(timeout, "timeout");
    if (count < 0) {
      throw new IllegalArgumentException("count < 0: " + count);
    }
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout < 0: " + timeout);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (true) {
        List<ReceivedDelivery> matching = deliveries.stream().filter(filter).toList();
        long left = deadline - System.nanoTime();
        if (matching.size() >= count || left <= 0) {
          return matching;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
    }
  }

  /** Forgets every recorded delivery and every scripted answer not yet used up. */
  public void reset() {
    synchronized (lock) {
      deliveries.clear();
      script.clear();
    }
  }

  /** Stops the server; calling it again does nothing. Recorded deliveries stay readable. */
  @Override
  public void close() {
    server.close();
  }

  /** Shows the URL, profile and number of deliveries, never a secret. */
  @Override
  public String toString() {
    synchronized (lock) {
      return "MockWebhookReceiver["
          + (server.getStarted() ? url() : "not started")
          + ", profile="
          + profile.id()
          + ", deliveries="
          + deliveries.size()
          + "]";
    }
  }

  private ReceivedDelivery record(RecordedRequest request) {
    ReceivedHeaders.Builder headers = ReceivedHeaders.builder();
    Headers received = request.getHeaders();
    for (int i = 0; i < received.size(); i++) {
      headers.add(received.name(i), received.value(i));
    }
    ReceivedHeaders headerValues = headers.build();
    ByteString bytes = request.getBody();
    byte[] body = bytes == null ? new byte[0] : bytes.toByteArray();
    List<String> expected = new ArrayList<>();
    for (Secret secret : secrets) {
      ExpectedSignatures.of(profile, secret, headerValues, body).ifPresent(expected::add);
    }
    WebhookRequest webhookRequest =
        new WebhookRequest(
            request.getMethod(), headerValues, body, InetAddress.getLoopbackAddress());

    synchronized (lock) {
      ReceivedDelivery delivery =
          new ReceivedDelivery(
              deliveries.size(),
              clock.instant(),
              request.getMethod(),
              request.getTarget(),
              headerValues,
              body,
              profile,
              expected,
              // Verified under the lock so that a replay guard would see arrivals in order.
              verifier.verify(webhookRequest));
      deliveries.add(delivery);
      lock.notifyAll();
      return delivery;
    }
  }

  private MockResponse nextAnswer() {
    ScriptedResponse step;
    synchronized (lock) {
      while (!script.isEmpty() && !script.peekFirst().use()) {
        script.removeFirst();
      }
      step = script.peekFirst();
      if (step == null) {
        return new MockResponse.Builder().code(200).build();
      }
      MockResponse.Builder answer =
          new MockResponse.Builder().code(step.status()).body(step.bodyText());
      if (step.retryAfterOrNull() != null) {
        answer.setHeader("Retry-After", step.retryAfterOrNull().toSeconds());
      }
      if (!step.delayBeforeAnswer().isZero()) {
        answer.headersDelay(step.delayBeforeAnswer().toNanos(), TimeUnit.NANOSECONDS);
      }
      return answer.build();
    }
  }

  /** Records each request, then answers it with the next scripted step. */
  private final class Recorder extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      record(request);
      return nextAnswer();
    }
  }

  /**
   * Collects the options of a {@link MockWebhookReceiver}. At least one secret is required.
   * Programming errors fail here, not in the test. Not thread-safe.
   */
  public static final class Builder {
    private final List<Secret> secrets = new ArrayList<>();
    private SignatureProfile profile = SignatureProfile.PROJEQTOR;
    private Clock clock = Clock.systemUTC();
    private BasicCredentials basicAuth;

    private Builder() {}

    /** Adds a secret the sender may sign with; call it again to accept several. */
    public Builder secret(Secret secret) {
      secrets.add(Objects.requireNonNull(secret, "secret"));
      return this;
    }

    /**
     * Adds every secret of {@code secrets}.
     *
     * @throws IllegalArgumentException if {@code secrets} is empty
     */
    public Builder secrets(Collection<Secret> secrets) {
      if (secrets.isEmpty()) {
        throw new IllegalArgumentException("secrets is empty: give at least one secret");
      }
      secrets.forEach(this::secret);
      return this;
    }

    /** Sets the wire format to verify; the default is {@link SignatureProfile#PROJEQTOR}. */
    public Builder profile(SignatureProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the clock that stamps arrivals and checks timestamps; the default is the system clock. A
     * fixed clock suits requests signed with {@link SignedWebhook} at the same instant; a real
     * sender stamps the system time.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Requires the verifier to see these Basic credentials; by default none are required. */
    public Builder basicAuth(BasicCredentials credentials) {
      this.basicAuth = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * Starts the receiver on a free port of 127.0.0.1.
     *
     * @throws IllegalArgumentException if no secret was set, or the verifier refuses the options
     * @throws UncheckedIOException if no loopback port can be bound
     */
    public MockWebhookReceiver start() {
      if (secrets.isEmpty()) {
        throw new IllegalArgumentException(
            "secret is not set: call secret(Secret) with the secret that the sender signs with");
      }
      MockWebhookReceiver receiver = new MockWebhookReceiver(this);
      try {
        receiver.server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen on 127.0.0.1: " + e.getMessage(), e);
      }
      return receiver;
    }
  }
}
