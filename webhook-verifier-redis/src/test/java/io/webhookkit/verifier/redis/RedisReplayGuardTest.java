package io.webhookkit.verifier.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.webhookkit.verifier.ReplayGuardException;
import io.webhookkit.verifier.redis.internal.RedisUri;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import redis.clients.jedis.RedisClient;

/** Runs the guard against a real Redis; see {@link TestRedis} for which one and when it skips. */
class RedisReplayGuardTest {

  private static final Duration WINDOW = Duration.ofMinutes(5);

  private static TestRedis redis;

  private String keyPrefix;
  private RedisReplayGuard guard;

  @BeforeAll
  static void connect() {
    redis = TestRedis.connect();
  }

  @AfterAll
  static void deleteKeysAndDisconnect() {
    redis.close();
  }

  @BeforeEach
  void buildGuard(TestInfo test) {
    redis.requireReachable();
    // One prefix per test, under the run's prefix, so that tests never see each other's keys.
    keyPrefix = redis.keyPrefix() + test.getTestMethod().orElseThrow().getName() + ":";
    guard = newGuard();
  }

  @AfterEach
  void closeGuard() {
    if (guard != null) {
      guard.close();
    }
  }

  private RedisReplayGuard newGuard() {
    return RedisReplayGuard.builder().uri(redis.url()).keyPrefix(keyPrefix).build();
  }

  @Test
  void acceptsTheFirstSightingOfAKey() {
    assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isTrue();
  }

  @Test
  void refusesTheSecondSightingWithinTheWindow() {
    guard.firstSighting("projeqtor:a", WINDOW);

    assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isFalse();
  }

  @Test
  void storesTheKeyUnderThePrefixWithTheTtlAsItsExpiry() {
    guard.firstSighting("projeqtor:a", WINDOW);

    assertThat(redis.pttl(keyPrefix + "projeqtor:a")).isBetween(1L, WINDOW.toMillis());
  }

  @Test
  void aRepeatedSightingDoesNotExtendTheExpiry() {
    guard.firstSighting("projeqtor:a", Duration.ofSeconds(30));
    guard.firstSighting("projeqtor:a", WINDOW);

    assertThat(redis.pttl(keyPrefix + "projeqtor:a")).isLessThanOrEqualTo(30_000L);
  }

  @Test
  void acceptsTheKeyAgainOnceRedisHasExpiredIt() {
    guard.firstSighting("projeqtor:a", Duration.ofMillis(100));

    assertThat(redis.awaitExpiry(keyPrefix + "projeqtor:a", Duration.ofSeconds(5))).isTrue();
    assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isTrue();
  }

  @Test
  void twoGuardsSharingRedisSeeEachOthersKeys() {
    try (RedisReplayGuard other = newGuard()) {
      assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isTrue();

      assertThat(other.firstSighting("projeqtor:a", WINDOW)).isFalse();
    }
  }

  @Test
  void twoGuardsRacingOverTheSameKeysAcceptEachKeyExactlyOnce() throws Exception {
    int keys = 500;
    try (RedisReplayGuard other = newGuard()) {
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        Future<Set<String>> first = threads.submit(acceptAll(guard, keys, start));
        Future<Set<String>> second = threads.submit(acceptAll(other, keys, start));
        start.countDown();

        Set<String> acceptedByFirst = first.get();
        Set<String> acceptedBySecond = second.get();
        // Every key accepted by one guard or the other, and no key by both.
        assertThat(acceptedByFirst.size() + acceptedBySecond.size()).isEqualTo(keys);
        Set<String> acceptedByEither = new HashSet<>(acceptedByFirst);
        acceptedByEither.addAll(acceptedBySecond);
        assertThat(acceptedByEither).hasSize(keys);
      } finally {
        threads.shutdownNow();
      }
    }
  }

  private static Callable<Set<String>> acceptAll(
      RedisReplayGuard guard, int keys, CountDownLatch start) {
    return () -> {
      start.await();
      Set<String> accepted = new HashSet<>();
      for (int k = 0; k < keys; k++) {
        String key = "projeqtor:" + k;
        if (guard.firstSighting(key, WINDOW)) {
          accepted.add(key);
        }
      }
      return accepted;
    };
  }

  @Test
  void refusedCredentialsAreAGuardExceptionWithoutThePassword() {
    String password = "wrong-password-never-echoed";
    RedisUri target = RedisUri.parse(redis.url());
    String uri = "redis://intruder:" + password + "@" + target.hostAndPort() + "/";
    try (RedisReplayGuard intruder = RedisReplayGuard.builder().uri(uri).build()) {

      assertThat(catchThrowable(() -> intruder.firstSighting("projeqtor:a", WINDOW)))
          .isInstanceOf(ReplayGuardException.class)
          .hasMessageContaining(target.hostAndPort() + "/0 refused the replay guard's credentials")
          .hasMessageNotContaining(password);
    }
  }

  @Test
  void closingAGuardLeavesASuppliedClientOpen() {
    try (RedisClient client = RedisClient.create(URI.create(redis.url()))) {
      RedisReplayGuard borrowing =
          RedisReplayGuard.builder().client(client).keyPrefix(keyPrefix).build();
      borrowing.close();

      assertThat(client.ping()).isEqualTo("PONG");
    }
  }
}
