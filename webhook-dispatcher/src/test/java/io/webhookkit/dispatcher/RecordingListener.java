package io.webhookkit.dispatcher;

import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.RetryDecision;
import io.webhookkit.outbox.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Records what a dispatcher reports, and lets a test wait for it. */
final class RecordingListener implements DeliveryListener {

  private static final Duration AWAIT = Duration.ofSeconds(20);

  /** A failed attempt and what followed it. */
  record Failure(OutboxEntry entry, DeliveryAttempt attempt, RetryDecision decision) {}

  /** A postponed delivery. */
  record Postponement(OutboxEntry entry, Instant until, String reason) {}

  private final List<DeliveryAttempt> succeeded = new ArrayList<>();
  private final List<Failure> failed = new ArrayList<>();
  private final List<Postponement> postponed = new ArrayList<>();
  private final List<String> deadLetters = new ArrayList<>();
  private final List<String> disabled = new ArrayList<>();

  @Override
  public synchronized void attemptSucceeded(OutboxEntry entry, DeliveryAttempt attempt) {
    succeeded.add(attempt);
    notifyAll();
  }

  @Override
  public synchronized void attemptFailed(
      OutboxEntry entry, DeliveryAttempt attempt, RetryDecision decision) {
    failed.add(new Failure(entry, attempt, decision));
    notifyAll();
  }

  @Override
  public synchronized void deliveryPostponed(OutboxEntry entry, Instant until, String reason) {
    postponed.add(new Postponement(entry, until, reason));
    notifyAll();
  }

  @Override
  public synchronized void deadLettered(OutboxEntry entry, String reason) {
    deadLetters.add(reason);
    notifyAll();
  }

  @Override
  public synchronized void subscriptionDisabled(String subscription, String reason) {
    disabled.add(subscription);
    notifyAll();
  }

  synchronized List<DeliveryAttempt> succeeded() {
    return List.copyOf(succeeded);
  }

  synchronized List<Failure> failed() {
    return List.copyOf(failed);
  }

  synchronized List<Postponement> postponed() {
    return List.copyOf(postponed);
  }

  synchronized List<String> deadLetters() {
    return List.copyOf(deadLetters);
  }

  synchronized List<String> disabled() {
    return List.copyOf(disabled);
  }

  void awaitSucceeded(int count) throws InterruptedException {
    await(() -> succeeded.size() >= count, count + " deliveries");
  }

  void awaitFailed(int count) throws InterruptedException {
    await(() -> failed.size() >= count, count + " failed attempts");
  }

  void awaitPostponed(int count) throws InterruptedException {
    await(() -> postponed.size() >= count, count + " postponements");
  }

  void awaitDisabled(int count) throws InterruptedException {
    await(() -> disabled.size() >= count, count + " disabled subscriptions");
  }

  void awaitDeadLetters(int count) throws InterruptedException {
    await(() -> deadLetters.size() >= count, count + " dead letters");
  }

  private synchronized void await(BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + AWAIT.toNanos();
    while (!condition.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("dispatcher did not report " + what + " within " + AWAIT);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }
}
