package io.webhookkit.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * One step of the answers that a {@link MockWebhookReceiver} gives, in the order they were
 * scripted: a status, how many requests get it, and optionally a {@code Retry-After} header, a
 * delay before the answer and a body.
 *
 * <pre>{@code
 * receiver.respondWith(500).times(2).then(200);
 * receiver.respondWith(429).retryAfter(Duration.ofSeconds(30));
 * }</pre>
 *
 * <p>When every step is used up the receiver answers {@code 200}. Steps are changed and consumed
 * under the receiver's lock, so a test may script while a sender is running; a step already used up
 * is not changed by later calls.
 */
public final class ScriptedResponse {

  private final Object lock;
  private final MockWebhookReceiver receiver;
  private final int status;
  private int remaining = 1;
  private Duration retryAfter;
  private Duration delay = Duration.ZERO;
  private String body = "";

  ScriptedResponse(Object lock, MockWebhookReceiver receiver, int status) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status is not an HTTP status: " + status);
    }
    this.lock = lock;
    this.receiver = receiver;
    this.status = status;
  }

  /**
   * Answers the next {@code count} requests with this step instead of one.
   *
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public ScriptedResponse times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("times < 1: " + count);
    }
    synchronized (lock) {
      remaining = count;
    }
    return this;
  }

  /**
   * Adds {@code Retry-After: <seconds>} to this step's answers.
   *
   * @throws IllegalArgumentException if {@code wait} is negative or not whole seconds
   */
  public ScriptedResponse retryAfter(Duration wait) {
    Objects.requireNonNull(wait, "wait");
    if (wait.isNegative() || wait.getNano() != 0) {
      throw new IllegalArgumentException(
          "retryAfter is not whole seconds >= 0: " + wait + "; Retry-After carries seconds");
    }
    synchronized (lock) {
      retryAfter = wait;
    }
    return this;
  }

  /**
   * Waits {@code delay} before sending this step's headers, for testing a sender's read timeout.
   *
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public ScriptedResponse delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay < 0: " + delay);
    }
    synchronized (lock) {
      this.delay = delay;
    }
    return this;
  }

  /** Answers with {@code text} (UTF-8) as the body; the default is an empty body. */
  public ScriptedResponse body(String text) {
    Objects.requireNonNull(text, "text");
    synchronized (lock) {
      this.body = text;
    }
    return this;
  }

  /** Scripts the step after this one: the next request after this step is used up gets it. */
  public ScriptedResponse then(int status) {
    return receiver.respondWith(status);
  }

  /** Returns the status of this step. */
  public int status() {
    return status;
  }

  /** Uses this step once; returns whether it had a use left. Call under the lock. */
  boolean use() {
    if (remaining == 0) {
      return false;
    }
    remaining--;
    return true;
  }

  Duration retryAfterOrNull() {
    return retryAfter;
  }

  Duration delayBeforeAnswer() {
    return delay;
  }

  String bodyText() {
    return body;
  }

  /** Shows the status and the uses left. */
  @Override
  public String toString() {
    synchronized (lock) {
      return "ScriptedResponse[" + status + " x" + remaining + "]";
    }
  }
}
