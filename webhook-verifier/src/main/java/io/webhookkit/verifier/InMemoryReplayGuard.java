package io.webhookkit.verifier;

import io.webhookkit.verifier.internal.ReplayKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A {@link ReplayGuard} that remembers delivery ids in this process's memory: right for a single
 * receiver instance. Receivers behind a load balancer need a shared store, such as the Redis guard
 * of {@code webhook-verifier-redis}, since each instance would otherwise accept a replay once.
 *
 * <p>It holds at most {@code maxEntries} unexpired ids. <b>When full, it refuses new ids</b> by
 * throwing {@link ReplayGuardException}, and the verifier then rejects the request. It never evicts
 * an unexpired id to make room, because an evicted id could be replayed inside its window without
 * anyone noticing; a refusal is visible and can be fixed by raising {@code maxEntries} or by using
 * a shared store. Expired ids are forgotten as calls arrive, at an amortised cost of O(log n) per
 * call, with no background thread; memory is released as soon as ids expire.
 *
 * <p>Time comes from the {@link Clock} given to the builder. An id recorded with time to live
 * {@code ttl} at instant {@code t} is remembered while the clock reads before {@code t + ttl}.
 *
 * <p><b>Instances are thread-safe</b>: one lock makes each check-and-record atomic, so of several
 * threads that present the same id, exactly one sees its first sighting.
 *
 * <pre>{@code
 * ReplayGuard guard = InMemoryReplayGuard.builder().maxEntries(500_000).build();
 * }</pre>
 */
public final class InMemoryReplayGuard implements ReplayGuard {

  /** The default largest number of unexpired ids held, 100 000. */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  private final int maxEntries;
  private final Clock clock;

  /** Each remembered key and the instant it expires; guarded by {@code this}. */
  private final Map<String, Instant> expiries = new HashMap<>();

  /** The same entries, soonest expiry first, so that purging looks only at expired ones. */
  private final PriorityQueue<Entry> byExpiry = new PriorityQueue<>();

  private InMemoryReplayGuard(Builder builder) {
    this.maxEntries = builder.maxEntries;
    this.clock = builder.clock;
  }

  /** Returns a builder with {@value #DEFAULT_MAX_ENTRIES} entries and the system UTC clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Records {@code key} for {@code ttl} unless it is remembered and unexpired.
   *
   * @param key the profile and delivery id; 1 to 256 characters
   * @param ttl how long to remember the key; positive
   * @return {@code true} on the first sighting, {@code false} when the key is already remembered
   * @throws ReplayGuardException when {@code maxEntries} unexpired keys are held and this key is
   *     new: the guard refuses rather than forget an id that could then be replayed
   * @throws IllegalArgumentException if the key is empty or longer than 256 characters, or the ttl
   *     is not positive: the verifier never passes such values, so they are programming errors
   * @throws NullPointerException if either argument is null
   */
  @Override
  public synchronized boolean firstSighting(String key, Duration ttl) {
    ReplayKeys.check(key, ttl);
    Instant now = clock.instant();
    purgeExpired(now);

    if (expiries.containsKey(key)) {
      return false;
    }
    if (expiries.size() >= maxEntries) {
      throw new ReplayGuardException(
          "replay guard is full: raise maxEntries (now " + maxEntries + ") or use a shared store",
          null);
    }
    Instant expiry = expiryOf(now, ttl);
    expiries.put(key, expiry);
    byExpiry.add(new Entry(expiry, key));
    return true;
  }

  /**
   * Returns how many unexpired keys are held now; for monitoring how close the guard is to full.
   */
  public synchronized int size() {
    purgeExpired(clock.instant());
    return expiries.size();
  }

  /** Returns the largest number of unexpired keys this guard holds. */
  public int maxEntries() {
    return maxEntries;
  }

  private void purgeExpired(Instant now) {
    while (!byExpiry.isEmpty() && !byExpiry.peek().expiry().isAfter(now)) {
      expiries.remove(byExpiry.poll().key());
    }
  }

  private static Instant expiryOf(Instant now, Duration ttl) {
    // A ttl beyond the end of time means "forever", not an exception in the middle of a request.
    if (ttl.compareTo(Duration.between(now, Instant.MAX)) >= 0) {
      return Instant.MAX;
    }
    return now.plus(ttl);
  }

  /** Shows the options, never the keys. */
  @Override
  public String toString() {
    return "InMemoryReplayGuard[maxEntries=" + maxEntries + ", clock=" + clock + "]";
  }

  /** A remembered key, ordered by when it expires. */
  private record Entry(Instant expiry, String key) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      return expiry.compareTo(other.expiry);
    }
  }

  /** Options of an {@link InMemoryReplayGuard}; not thread-safe. */
  public static final class Builder {

    private int maxEntries = DEFAULT_MAX_ENTRIES;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the largest number of unexpired keys held; beyond it new keys are refused. Size it to
     * the deliveries expected within one timestamp window, with a margin.
     *
     * @throws IllegalArgumentException if {@code maxEntries} is below 1
     */
    public Builder maxEntries(int maxEntries) {
      if (maxEntries < 1) {
        throw new IllegalArgumentException("maxEntries < 1: " + maxEntries);
      }
      this.maxEntries = maxEntries;
      return this;
    }

    /**
     * Sets the clock that decides when keys expire; tests pass one they control.
     *
     * @throws IllegalArgumentException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      if (clock == null) {
        throw new IllegalArgumentException("clock is null: pass Clock.systemUTC() or a test clock");
      }
      this.clock = clock;
      return this;
    }

    /** Returns a new, empty guard with these options. */
    public InMemoryReplayGuard build() {
      return new InMemoryReplayGuard(this);
    }
  }
}
