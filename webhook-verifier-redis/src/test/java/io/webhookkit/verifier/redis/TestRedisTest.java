package io.webhookkit.verifier.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The skipping rule of the Redis tests: skip on a developer's machine, fail in CI. */
class TestRedisTest {

  @Test
  void skipsWithAHowToWhenRedisIsDownOutsideCi() {
    assertThatThrownBy(() -> TestRedis.requireReachable(false, "127.0.0.1:6379", Map.of()))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("Redis not reachable at 127.0.0.1:6379")
        .hasMessageContaining("WEBHOOKKIT_REDIS_URL");
  }

  @Test
  void failsWhenRedisIsDownInCi() {
    assertThatThrownBy(
            () -> TestRedis.requireReachable(false, "127.0.0.1:6379", Map.of("CI", "true")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CI is set");
  }

  @Test
  void carriesOnWhenRedisAnswers() {
    TestRedis.requireReachable(true, "127.0.0.1:6379", Map.of("CI", "true"));
  }
}
