package io.webhookkit.verifier;

import java.time.Duration;

/**
 * Remembers the delivery ids that a receiver has accepted, so that a captured request replayed
 * within the timestamp tolerance is refused as {@link RejectionReason#REPLAYED}.
 *
 * <p>The verifier asks the guard only after a request's signature and timestamp have passed, so
 * that forged requests cannot fill it. An implementation records an id atomically: when several
 * receiver instances share one guard (as the Redis implementation allows), exactly one of them sees
 * the first sighting of an id. Implementations are thread-safe.
 */
public interface ReplayGuard {

  /**
   * Returns a guard that remembers up to 100 000 ids in this process's memory, by the system clock:
   * enough for one receiver instance. When full it refuses new ids rather than forget unexpired
   * ones. See {@link InMemoryReplayGuard} for the options.
   */
  static ReplayGuard inMemory() {
    return InMemoryReplayGuard.builder().build();
  }

  /**
   * Records {@code key} for {@code ttl} unless it is already recorded.
   *
   * @param key the profile and delivery id of an authenticated request, such as {@code
   *     projeqtor:3f2504e0-4f89-41d3-9a0c-0305e82c3301}; at most 256 characters
   * @param ttl how long to remember the key; the verifier passes its timestamp window
   * @return {@code true} on the first sighting, {@code false} when the key was seen within its time
   *     to live
   * @throws ReplayGuardException when the guard cannot answer (its store is unreachable); the
   *     verifier then refuses the request rather than risk accepting a replay
   */
  boolean firstSighting(String key, Duration ttl);
}
