package io.webhookkit.dispatcher;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.EndpointCircuit;
import io.webhookkit.client.RetryDecision;
import io.webhookkit.client.RetryPolicy;
import io.webhookkit.client.SsrfGuard;
import io.webhookkit.client.WebhookClient;
import io.webhookkit.client.WebhookEndpoint;
import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Delivery;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.config.AuthConfig;
import io.webhookkit.core.config.RetryConfig;
import io.webhookkit.core.config.SecretResolutionException;
import io.webhookkit.core.config.SecretResolver;
import io.webhookkit.core.config.Subscription;
import io.webhookkit.core.config.WebhookConfig;
import io.webhookkit.dispatcher.internal.EndpointSlots;
import io.webhookkit.dispatcher.internal.GuardedListener;
import io.webhookkit.dispatcher.internal.SubscriptionIndex;
import io.webhookkit.outbox.AttemptRecord;
import io.webhookkit.outbox.DeliveryStore;
import io.webhookkit.outbox.OutboxEntry;
import io.webhookkit.outbox.OutboxEntry.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delivers webhooks reliably: {@link #publish} fans an event out to every matching subscription and
 * stores one delivery per subscription in a durable {@link DeliveryStore}; a worker then claims due
 * deliveries, sends them with a {@link WebhookClient}, retries them as the {@link RetryPolicy}
 * says, and keeps those it gives up on as dead letters.
 *
 * <p>Delivery is <em>at least once</em>: a delivery whose attempt was made but whose result was not
 * stored (the process died, or its lease ran out) is sent again with the same delivery id and the
 * same bytes, so receivers must recognise a delivery id they have already handled. Every attempt
 * carries its own timestamp and signature.
 *
 * <p>Each attempt looks its subscription up by name in the configuration and resolves its secret
 * and Basic password then; secrets are never stored. A delivery whose subscription is no longer
 * configured, or whose secret cannot be resolved, is dead-lettered without being sent: both are
 * configuration errors that retrying would not mend, and a dead letter can be {@link
 * #redeliver(DeliveryId) redelivered} once they are fixed. A 410 Gone answer disables the
 * subscription for the life of this dispatcher: later publishes skip it and deliveries already
 * queued for it end {@code DISABLED} unsent.
 *
 * <p>Attempts run on at most {@code maxConcurrency} threads, at most {@code
 * maxConcurrencyPerEndpoint} at once per endpoint (scheme, host and port), each endpoint behind an
 * {@link EndpointCircuit}. A delivery whose endpoint is busy or whose circuit is open waits in the
 * store, without an attempt counted; it is never dropped.
 *
 * <p><b>A dispatcher is thread-safe.</b> Close it to stop: attempts under way finish, claimed
 * deliveries not yet started go back to the store. The store and a {@link Builder#client client}
 * passed in belong to the caller, who closes them after the dispatcher.
 */
public final class WebhookDispatcher implements AutoCloseable {

  private static final System.Logger LOGGER = System.getLogger(WebhookDispatcher.class.getName());

  /** How long a delivery waits for its endpoint when that has no free slot. */
  private static final Duration BUSY_ENDPOINT_DELAY = Duration.ofMillis(100);

  /** The outcome kept in the attempt history for an attempt that was counted but not sent. */
  private static final String NOT_SENT = "NOT_SENT";

  private final WebhookConfig config;
  private final SubscriptionIndex subscriptions;
  private final SecretResolver secretResolver;
  private final DeliveryStore store;
  private final RetryPolicy retryPolicy;

  /** The policies of subscriptions with retry settings of their own, built once each. */
  private final java.util.Map<RetryConfig, RetryPolicy> subscriptionPolicies =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final WebhookClient client;
  private final boolean ownsClient;
  private final DeliveryListener listener;
  private final Clock clock;
  private final String nodeId;
  private final Duration pollInterval;
  private final Duration lease;
  private final int claimBatch;
  private final EndpointSlots endpoints;

  /** One permit per attempt that may run at once; claimed deliveries hold one each. */
  private final Semaphore slots;

  private final ExecutorService attempts;
  private final Thread scheduler;
  private final Set<String> disabled = ConcurrentHashMap.newKeySet();

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition workArrived = lock.newCondition();

  /** Whether the scheduler should claim again without waiting; guarded by {@link #lock}. */
  private boolean wakeRequested;

  /** The earliest time a delivery this node postponed is due; guarded by {@link #lock}. */
  private Instant nextPostponedDue;

  private volatile boolean closing;

  private WebhookDispatcher(Builder builder, WebhookClient client, SubscriptionIndex index) {
    this.config = builder.config;
    this.subscriptions = index;
    this.secretResolver = builder.secretResolver;
    this.store = builder.store;
    this.retryPolicy = builder.retryPolicy;
    this.client = client;
    this.ownsClient = builder.client == null;
    this.listener = new GuardedListener(builder.listener);
    this.clock = builder.clock;
    this.nodeId = builder.nodeId;
    this.pollInterval = builder.pollInterval;
    this.lease = builder.lease;
    this.claimBatch = builder.claimBatch == null ? builder.maxConcurrency : builder.claimBatch;
    int failureThreshold = builder.circuitFailureThreshold;
    Duration openDuration = builder.circuitOpenDuration;
    this.endpoints =
        new EndpointSlots(
            builder.maxConcurrencyPerEndpoint,
            () ->
                EndpointCircuit.builder()
                    .failureThreshold(failureThreshold)
                    .openDuration(openDuration)
                    .clock(clock)
                    .build());
    this.slots = new Semaphore(builder.maxConcurrency);
    this.attempts =
        Executors.newFixedThreadPool(builder.maxConcurrency, threads("webhook-attempt-" + nodeId));
    this.scheduler = threads("webhook-dispatcher-" + nodeId).newThread(this::schedule);
  }

  /** Returns a builder; {@link Builder#config} and {@link Builder#store} must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Stores one delivery of {@code payload} for each subscription that wants {@code event} about
   * {@code itemClass} and is not disabled, each with its own delivery id, and returns their ids at
   * once. The deliveries are durable when this returns; they are sent in the background.
   *
   * @return the ids of the stored deliveries, in configuration order; empty when no subscription
   *     matches
   * @throws IllegalStateException if the dispatcher is closed
   * @throws io.webhookkit.outbox.OutboxException if the store fails; nothing is stored then
   */
  public List<DeliveryId> publish(WebhookEvent event, ItemClass itemClass, Payload payload) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(itemClass, "itemClass");
    Objects.requireNonNull(payload, "payload");
    requireOpen();

    Instant now = clock.instant();
    List<OutboxEntry> entries = new ArrayList<>();
    for (Subscription subscription : config.subscriptionsFor(event, itemClass)) {
      String key = SubscriptionIndex.keyOf(subscription);
      if (!disabled.contains(key)) {
        Delivery delivery = Delivery.of(event, itemClass, payload);
        entries.add(OutboxEntry.pending(delivery, key, subscription.url(), now));
      }
    }
    store.enqueue(entries);
    wake();
    return entries.stream().map(OutboxEntry::deliveryId).toList();
  }

  /**
   * Returns up to {@code limit} dead letters, oldest first; a pass-through to {@link
   * DeliveryStore#list}. Each entry's {@code lastError} says why it was given up.
   *
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public List<OutboxEntry> deadLetters(int limit) {
    return store.list(Status.DEAD, limit);
  }

  /**
   * Queues a dead or disabled delivery again, due now, with its id and bytes unchanged; a
   * pass-through to {@link DeliveryStore#redeliver}. Its attempt count is kept, so a redelivered
   * delivery that fails again is dead-lettered as soon as the retry policy's limits say so.
   *
   * @return false if there is no such delivery or it is neither dead nor disabled
   * @throws IllegalStateException if the dispatcher is closed
   */
  public boolean redeliver(DeliveryId id) {
    Objects.requireNonNull(id, "id");
    requireOpen();
    boolean queued = store.redeliver(id, clock.instant());
    wake();
    return queued;
  }

  /** Returns the names (or URLs, for unnamed ones) of the subscriptions disabled by a 410. */
  public Set<String> disabledSubscriptions() {
    return Set.copyOf(disabled);
  }

  /** Returns the id under which this dispatcher claims deliveries in the store. */
  public String nodeId() {
    return nodeId;
  }

  /** Stops as {@link #shutdown(Duration)} does, waiting up to 30 seconds. */
  @Override
  public void close() {
    shutdown(Duration.ofSeconds(30));
  }

  /**
   * Stops the dispatcher: it claims nothing more, lets the attempts under way finish for up to
   * {@code timeout}, and gives claimed deliveries that had not started back to the store. Attempts
   * still running after the timeout are abandoned; their deliveries are claimed again when their
   * lease ends, by this node's successor or another one. Closes the client if the dispatcher built
   * it. Calling it again does nothing but wait.
   *
   * @return whether every attempt finished within the timeout
   * @throws IllegalArgumentException if {@code timeout} is negative
   */
  public boolean shutdown(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("shutdown timeout < 0: " + timeout);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    closing = true;
    wake();
    boolean finished = false;
    try {
      scheduler.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      attempts.shutdown();
      finished = attempts.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (ownsClient) {
      client.close();
    }
    return finished && !scheduler.isAlive();
  }

  private void requireOpen() {
    if (closing) {
      throw new IllegalStateException("the webhook dispatcher is closed: build a new one");
    }
  }

  /** The scheduler thread: claims due deliveries while slots are free, then waits for work. */
  private void schedule() {
    while (!closing) {
      try {
        claimAndStart();
      } catch (RuntimeException e) {
        // The store may be down for a while: say so and try again at the next poll.
        LOGGER.log(System.Logger.Level.WARNING, "claiming due deliveries failed", e);
      }
      awaitWork();
    }
  }

  private void claimAndStart() {
    int free = slots.availablePermits();
    if (free == 0) {
      return; // Every slot is busy: an attempt that ends wakes the scheduler.
    }
    int limit = Math.min(free, claimBatch);
    List<OutboxEntry> claimed = store.claimDue(nodeId, clock.instant(), limit, lease);
    for (OutboxEntry entry : claimed) {
      slots.acquireUninterruptibly(); // Only this thread acquires: it never waits.
      boolean started = false;
      try {
        started = start(entry);
      } catch (RuntimeException e) {
        LOGGER.log(System.Logger.Level.WARNING, "starting delivery " + entry.deliveryId(), e);
      } finally {
        if (!started) {
          slots.release();
        }
      }
    }
    if (claimed.size() == limit) {
      wake(); // More may be due.
    }
  }

  /**
   * Starts an attempt on {@code entry}, or ends or postpones it when none may be made; returns
   * whether an attempt was started, which then releases the slot when it ends.
   */
  private boolean start(OutboxEntry entry) {
    Subscription subscription = subscriptions.find(entry.subscription()).orElse(null);
    if (subscription == null) {
      endUnsent(
          entry, Status.DEAD, "subscription " + entry.subscription() + " is no longer configured");
      return false;
    }
    if (disabled.contains(entry.subscription())) {
      endUnsent(
          entry,
          Status.DISABLED,
          "subscription " + entry.subscription() + " was disabled after a 410 Gone answer");
      return false;
    }

    EndpointSlots.Slot endpoint = endpoints.of(subscription.url());
    if (!endpoint.permits().tryAcquire()) {
      postpone(
          entry,
          clock.instant().plus(BUSY_ENDPOINT_DELAY),
          endpoint.endpoint() + " already has as many attempts under way as it may");
      return false;
    }
    if (!endpoint.circuit().allowsAttempt()) {
      endpoint.permits().release();
      postpone(
          entry,
          endpoint.circuit().reopensAt(),
          "the circuit of " + endpoint.endpoint() + " is open after repeated failures");
      return false;
    }
    try {
      attempts.execute(() -> runAttempt(entry, subscription, endpoint));
    } catch (RejectedExecutionException e) {
      endpoint.permits().release(); // Shutting down: the lease brings the entry back.
      return false;
    }
    return true;
  }

  private void runAttempt(OutboxEntry entry, Subscription subscription, EndpointSlots.Slot slot) {
    try {
      if (closing) {
        store.release(entry.deliveryId(), nodeId); // Claimed but not started: leave it to others.
        return;
      }
      attempt(entry, subscription, slot);
    } catch (RuntimeException e) {
      // The entry stays claimed until its lease ends, then it is attempted again.
      LOGGER.log(System.Logger.Level.WARNING, "delivery " + entry.deliveryId() + " failed", e);
    } finally {
      slot.permits().release();
      slots.release();
      wake();
    }
  }

  /**
   * Returns the retry policy of {@code subscription}: its own when its configuration sets {@code
   * retry} to other than the defaults, else the dispatcher's {@code retryPolicy}.
   */
  private RetryPolicy retryPolicyOf(Subscription subscription) {
    RetryConfig retry = subscription.retry();
    if (retry == null || retry.equals(RetryConfig.defaults())) {
      return retryPolicy;
    }
    return subscriptionPolicies.computeIfAbsent(
        retry,
        config ->
            RetryPolicy.builder()
                .maxAttempts(config.maxAttempts())
                .initialDelay(config.initialDelay())
                .maxDelay(config.maxDelay())
                .maxAge(config.maxAge())
                .build());
  }

  private void attempt(OutboxEntry entry, Subscription subscription, EndpointSlots.Slot slot) {
    WebhookEndpoint endpoint;
    try {
      endpoint = endpointOf(subscription);
    } catch (SecretResolutionException e) {
      endUnsent(entry, Status.DEAD, "subscription " + entry.subscription() + ": " + e.getMessage());
      return;
    }

    int number = entry.attempts() + 1;
    listener.attemptStarted(entry, number);
    DeliveryAttempt attempt = client.send(endpoint, entry.delivery());
    slot.circuit().record(attempt);
    recordAttempt(entry, number, attempt);

    Instant now = clock.instant();
    Instant firstAttemptAt = entry.createdAt().isAfter(now) ? now : entry.createdAt();
    RetryDecision decision =
        retryPolicyOf(subscription).decide(attempt, number, firstAttemptAt, now);
    switch (decision.action()) {
      case DELIVERED -> {
        ended(entry, store.complete(entry.deliveryId(), nodeId, Status.DELIVERED, null));
        listener.attemptSucceeded(entry, attempt);
      }
      case RETRY -> {
        String reason = decision.reason();
        Instant next = decision.nextAttemptAt();
        ended(entry, store.reschedule(entry.deliveryId(), nodeId, next, reason));
        listener.attemptFailed(entry, attempt, decision);
      }
      case DEAD_LETTER -> {
        ended(entry, store.complete(entry.deliveryId(), nodeId, Status.DEAD, decision.reason()));
        listener.attemptFailed(entry, attempt, decision);
        listener.deadLettered(entry, decision.reason());
      }
      case DISABLE_SUBSCRIPTION -> {
        // Disabled first, so that no publish after the store update still reaches it.
        disable(entry.subscription(), decision.reason());
        Status status = Status.DISABLED;
        ended(entry, store.complete(entry.deliveryId(), nodeId, status, decision.reason()));
        listener.attemptFailed(entry, attempt, decision);
      }
    }
  }

  /** Builds where to send, resolving the secret and the Basic password now. */
  private WebhookEndpoint endpointOf(Subscription subscription) {
    WebhookEndpoint endpoint =
        WebhookEndpoint.of(subscription.url(), subscription.secret().resolve(secretResolver));
    AuthConfig auth = subscription.auth();
    if (auth.type() == AuthConfig.Type.BASIC) {
      // A Secret keeps the text's UTF-8 bytes; Basic authentication wants the text back.
      byte[] password = auth.password().resolve(secretResolver).keyBytes();
      endpoint =
          endpoint.withBasicAuth(
              new BasicCredentials(auth.username(), new String(password, UTF_8)));
      return endpoint;
    }
    return endpoint;
  }

  private void recordAttempt(OutboxEntry entry, int number, DeliveryAttempt attempt) {
    AttemptRecord record =
        new AttemptRecord(
            entry.deliveryId(),
            number,
            attempt.startedAt(),
            attempt.duration(),
            attempt.statusCode(),
            attempt.outcome().name(),
            attempt.error(),
            attempt.responseExcerpt(),
            nodeId);
    addToHistory(record);
  }

  /**
   * Adds {@code record} to the history. A node that died after recording an attempt but before
   * ending its claim left that number taken while the count stayed behind: the attempt then takes
   * the next free number, so that no history is lost.
   */
  private void addToHistory(AttemptRecord record) {
    try {
      store.recordAttempt(record);
    } catch (IllegalArgumentException numberTaken) {
      List<AttemptRecord> history = store.attempts(record.deliveryId());
      int next = history.isEmpty() ? 1 : history.get(history.size() - 1).number() + 1;
      store.recordAttempt(
          new AttemptRecord(
              record.deliveryId(),
              next,
              record.startedAt(),
              record.duration(),
              record.statusCode(),
              record.outcome(),
              record.error(),
              record.responseExcerpt(),
              record.nodeId()));
    }
  }

  /** Ends {@code entry} as {@code status} without sending it, counting and recording an attempt. */
  private void endUnsent(OutboxEntry entry, Status status, String reason) {
    addToHistory(
        new AttemptRecord(
            entry.deliveryId(),
            entry.attempts() + 1,
            clock.instant(),
            Duration.ZERO,
            0,
            NOT_SENT,
            reason,
            null,
            nodeId));
    ended(entry, store.complete(entry.deliveryId(), nodeId, status, reason));
    if (status == Status.DEAD) {
      listener.deadLettered(entry, reason);
    }
  }

  private void postpone(OutboxEntry entry, Instant until, String reason) {
    ended(entry, store.postpone(entry.deliveryId(), nodeId, until));
    listener.deliveryPostponed(entry, until, reason);
    lock.lock();
    try {
      if (nextPostponedDue == null || until.isBefore(nextPostponedDue)) {
        nextPostponedDue = until;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Warns when the store refused to end a claim: the lease ran out and another node took it. */
  private void ended(OutboxEntry entry, boolean stored) {
    if (!stored) {
      LOGGER.log(
          System.Logger.Level.WARNING,
          () ->
              "delivery "
                  + entry.deliveryId()
                  + " was claimed by another node before its result was stored:"
                  + " choose a lease longer than an attempt ("
                  + lease
                  + " now)");
    }
  }

  private void disable(String subscription, String reason) {
    if (disabled.add(subscription)) {
      LOGGER.log(
          System.Logger.Level.WARNING,
          () -> "subscription " + subscription + " disabled: " + reason);
      listener.subscriptionDisabled(subscription, reason);
    }
  }

  private void wake() {
    lock.lock();
    try {
      wakeRequested = true;
      workArrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits for the poll interval, a wake-up, or the time a postponed delivery is due. */
  private void awaitWork() {
    lock.lock();
    try {
      long waitNanos = pollInterval.toNanos();
      if (nextPostponedDue != null) {
        long untilDue = Duration.between(clock.instant(), nextPostponedDue).toNanos();
        waitNanos = Math.max(0, Math.min(waitNanos, untilDue));
        nextPostponedDue = null;
      }
      while (!wakeRequested && !closing && waitNanos > 0) {
        waitNanos = workArrived.awaitNanos(waitNanos);
      }
      wakeRequested = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closing = true;
    } finally {
      lock.unlock();
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      // A forgotten dispatcher must not keep the JVM alive; its claims come back after the lease.
      thread.setDaemon(true);
      return thread;
    };
  }

  private void startScheduler() {
    scheduler.start();
  }

  @Override
  public String toString() {
    return "WebhookDispatcher[nodeId="
        + nodeId
        + ", store="
        + store
        + ", subscriptions="
        + config.subscriptions().size()
        + ", disabled="
        + disabled
        + "]";
  }

  /**
   * Collects the options of a {@link WebhookDispatcher}. Setters refuse nulls at once; {@link
   * #build()} refuses a missing configuration or store, numbers below 1, non-positive durations,
   * client options given together with a client, and a lease not longer than the call timeout.
   */
  public static final class Builder {
    private WebhookConfig config;
    private SecretResolver secretResolver = SecretResolver.system();
    private DeliveryStore store;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int maxConcurrency = 16;
    private int maxConcurrencyPerEndpoint = 4;
    private int circuitFailureThreshold = 5;
    private Duration circuitOpenDuration = Duration.ofSeconds(30);
    private SsrfGuard ssrfGuard;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private WebhookClient client;
    private DeliveryListener listener = DeliveryListener.NONE;
    private Clock clock = Clock.systemUTC();
    private String nodeId = "node-" + UUID.randomUUID();
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration lease = Duration.ofMinutes(5);
    private Integer claimBatch;

    private Builder() {}

    /** Sets the subscriptions to deliver to (required). */
    public Builder config(WebhookConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * Sets what resolves the subscriptions' secret and password references at each attempt (default
     * {@link SecretResolver#system()}: environment, system properties, files).
     */
    public Builder secretResolver(SecretResolver resolver) {
      this.secretResolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /** Sets the outbox (required); the caller closes it after the dispatcher. */
    public Builder store(DeliveryStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Sets when to retry and when to give up (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Sets how many attempts may run at once in all (default 16). */
    public Builder maxConcurrency(int attempts) {
      this.maxConcurrency = attempts;
      return this;
    }

    /** Sets how many attempts may run at once to one scheme, host and port (default 4). */
    public Builder maxConcurrencyPerEndpoint(int attempts) {
      this.maxConcurrencyPerEndpoint = attempts;
      return this;
    }

    /**
     * Sets each endpoint's circuit: it opens after {@code failureThreshold} failures in a row
     * (default 5) for {@code openDuration} (default 30 s), doubling after each failed probe.
     */
    public Builder circuit(int failureThreshold, Duration openDuration) {
      this.circuitFailureThreshold = failureThreshold;
      this.circuitOpenDuration = Objects.requireNonNull(openDuration, "openDuration");
      return this;
    }

    /**
     * Sets the guard that refuses internal addresses (default {@link SsrfGuard#defaults()}: no
     * loopback, private, link-local or metadata address). Allow an intranet receiver with {@code
     * SsrfGuard.builder().allowHost("hooks.intranet").build()}. Not with {@link #client}.
     */
    public Builder ssrfGuard(SsrfGuard guard) {
      this.ssrfGuard = Objects.requireNonNull(guard, "guard");
      return this;
    }

    /** Sets the client's connect timeout (default 5 s). Not with {@link #client}. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
      return this;
    }

    /** Sets the client's read timeout (default 10 s). Not with {@link #client}. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the client's call timeout, the longest an attempt takes (default 30 s); it must be
     * shorter than the lease. Not with {@link #client}.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "callTimeout");
      return this;
    }

    /**
     * Sends with {@code client} instead of one the dispatcher builds; the caller closes it. Its
     * SSRF guard, timeouts and clock are its own: give it a guard, and a call timeout shorter than
     * the lease, as the dispatcher cannot check them.
     */
    public Builder client(WebhookClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /** Sets who hears about attempts, dead letters and disabled subscriptions (default none). */
    public Builder listener(DeliveryListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the clock for publishing, claiming, retry times, circuits and the timestamp of each
     * attempt (default: the system clock in UTC).
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the id under which this node claims deliveries (default {@code node-<random UUID>}). */
    public Builder nodeId(String nodeId) {
      this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
      return this;
    }

    /**
     * Sets how often the store is asked for due deliveries when nothing wakes the worker (default 1
     * s); a publish wakes it at once.
     */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = Objects.requireNonNull(interval, "pollInterval");
      return this;
    }

    /**
     * Sets how long a claim lasts (default 5 min): a node that dies holding deliveries leaves them
     * to others for this long. It must exceed the client's call timeout.
     */
    public Builder lease(Duration lease) {
      this.lease = Objects.requireNonNull(lease, "lease");
      return this;
    }

    /** Sets the most deliveries claimed at once (default: {@code maxConcurrency}). */
    public Builder claimBatch(int entries) {
      this.claimBatch = entries;
      return this;
    }

    /**
     * Returns a started dispatcher.
     *
     * @throws IllegalArgumentException if an option is missing or out of range, as described on
     *     {@link Builder}, or two unnamed subscriptions share a URL
     */
    public WebhookDispatcher build() {
      if (config == null) {
        throw new IllegalArgumentException("config is not set: pass the WebhookConfig to deliver");
      }
      if (store == null) {
        throw new IllegalArgumentException(
            "store is not set: pass a DeliveryStore, such as" + " DeliveryStore.embedded(path)");
      }
      atLeastOne(maxConcurrency, "maxConcurrency");
      atLeastOne(maxConcurrencyPerEndpoint, "maxConcurrencyPerEndpoint");
      atLeastOne(circuitFailureThreshold, "circuit failureThreshold");
      positive(circuitOpenDuration, "circuit openDuration");
      positive(pollInterval, "pollInterval");
      positive(lease, "lease");
      if (claimBatch != null) {
        atLeastOne(claimBatch, "claimBatch");
      }
      if (nodeId.isBlank()) {
        throw new IllegalArgumentException("nodeId is blank: name this node or keep the default");
      }
      checkClientOptions();
      SubscriptionIndex index = SubscriptionIndex.of(config);

      WebhookClient sender = client != null ? client : buildClient();
      WebhookDispatcher dispatcher = new WebhookDispatcher(this, sender, index);
      dispatcher.startScheduler();
      return dispatcher;
    }

    private WebhookClient buildClient() {
      Duration call = callTimeout == null ? Duration.ofSeconds(30) : callTimeout;
      if (call.isZero() || call.compareTo(lease) >= 0) {
        throw new IllegalArgumentException(
            "lease "
                + lease
                + " does not exceed the call timeout "
                + (call.isZero() ? "0 (no limit)" : call)
                + ": a claim could run out while its attempt is under way;"
                + " lengthen the lease or shorten the call timeout");
      }
      WebhookClient.Builder builder =
          WebhookClient.builder()
              .clock(clock)
              .ssrfGuard(ssrfGuard == null ? SsrfGuard.defaults() : ssrfGuard)
              .callTimeout(call);
      if (connectTimeout != null) {
        builder.connectTimeout(connectTimeout);
      }
      if (readTimeout != null) {
        builder.readTimeout(readTimeout);
      }
      return builder.build();
    }

    private void checkClientOptions() {
      if (client != null
          && (ssrfGuard != null
              || connectTimeout != null
              || readTimeout != null
              || callTimeout != null)) {
        throw new IllegalArgumentException(
            "client is set together with ssrfGuard or a timeout: configure them on the client");
      }
    }

    private static void atLeastOne(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " < 1: " + value);
      }
    }

    private static void positive(Duration duration, String name) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " <= 0: " + duration);
      }
    }
  }
}
