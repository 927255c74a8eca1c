package io.webhookkit.verifier.redis;

import static org.assertj.core.api.Assertions.fail;

import io.webhookkit.verifier.redis.internal.RedisUri;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The Redis that tests run against: {@code WEBHOOKKIT_REDIS_URL}, or 127.0.0.1:6379 when it is not
 * set. When that Redis does not answer, tests are skipped with a message saying how to start one,
 * except in CI (the {@code CI} variable is set), where they fail: CI must never pass without Redis.
 *
 * <p>Each instance works under its own random key prefix and deletes its keys when closed.
 */
final class TestRedis implements AutoCloseable {

  static final String URL_VARIABLE = "WEBHOOKKIT_REDIS_URL";
  static final String DEFAULT_URL = "redis://127.0.0.1:6379";

  private final String url;
  private final RedisClient client;
  private final boolean reachable;
  private final String keyPrefix = "webhookkit-test:" + UUID.randomUUID() + ":";

  private TestRedis(String url, RedisClient client, boolean reachable) {
    this.url = url;
    this.client = client;
    this.reachable = reachable;
  }

  /**
   * Connects to the test Redis, or notes that it does not answer; call {@link #requireReachable()}
   * before each test. Skipping each test, rather than the whole class from {@code @BeforeAll},
   * makes Maven count and show the skipped tests instead of reporting none run.
   */
  static TestRedis connect() {
    String url = System.getenv().getOrDefault(URL_VARIABLE, DEFAULT_URL);
    RedisClient client = RedisClient.create(URI.create(url));
    boolean reachable;
    try {
      reachable = "PONG".equals(client.ping());
    } catch (RuntimeException e) {
      reachable = false;
    }
    if (!reachable && !System.getenv().containsKey("CI")) {
      // Maven counts skipped tests but does not show why; this line does, once per test class.
      System.err.println(
          "[webhookkit] " + unreachable(RedisUri.parse(url).hostAndPort()) + ": tests skipped");
    }
    return new TestRedis(url, client, reachable);
  }

  /** Skips the calling test, or fails it in CI, when the test Redis does not answer. */
  void requireReachable() {
    requireReachable(reachable, RedisUri.parse(url).hostAndPort(), System.getenv());
  }

  /** Skips, or in CI fails, when Redis at {@code where} is not reachable. */
  static void requireReachable(boolean reachable, String where, Map<String, String> environment) {
    String message = unreachable(where);
    if (!reachable && environment.containsKey("CI")) {
      fail(message + " (CI is set, so the Redis tests fail instead of being skipped)");
    }
    Assumptions.assumeTrue(reachable, message);
  }

  private static String unreachable(String where) {
    return "Redis not reachable at "
        + where
        + ": start it with `redis-server --bind 127.0.0.1 --port 6379` or set "
        + URL_VARIABLE
        + "=redis://host:port";
  }

  /** Returns the URL of the test Redis, password included if it has one. */
  String url() {
    return url;
  }

  /** Returns a key prefix that no other test run uses, ending in a colon. */
  String keyPrefix() {
    return keyPrefix;
  }

  /** Returns the milliseconds left to live of a full key, -2 if it does not exist. */
  long pttl(String fullKey) {
    return client.pttl(fullKey);
  }

  /**
   * Waits until Redis no longer holds {@code fullKey}, polling every 10 ms for at most {@code
   * limit}; returns whether it went.
   */
  boolean awaitExpiry(String fullKey, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (client.exists(fullKey)) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
    return true;
  }

  /** Deletes every key under this run's prefix and closes the connection. */
  @Override
  public void close() {
    if (!reachable) {
      client.close();
      return;
    }
    try {
      String cursor = ScanParams.SCAN_POINTER_START;
      ScanParams underPrefix = new ScanParams().match(keyPrefix + "*").count(1_000);
      do {
        ScanResult<String> page = client.scan(cursor, underPrefix);
        List<String> keys = page.getResult();
        if (!keys.isEmpty()) {
          client.del(keys.toArray(String[]::new));
        }
        cursor = page.getCursor();
      } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    } finally {
      client.close();
    }
  }
}
