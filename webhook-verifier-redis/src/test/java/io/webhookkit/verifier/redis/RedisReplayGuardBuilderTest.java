package io.webhookkit.verifier.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The options the builder refuses; none of these tests contacts Redis. */
class RedisReplayGuardBuilderTest {

  private static final String PASSWORD = "hunter2-never-echoed";

  @Test
  void refusesToBuildWithoutUriOrClient() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RedisReplayGuard.builder().build())
        .withMessageStartingWith("neither uri nor client is set");
  }

  @Test
  void refusesToBuildWithBothUriAndClient() {
    try (RedisClient client = RedisClient.create("127.0.0.1", 6379)) {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> RedisReplayGuard.builder().uri("redis://127.0.0.1").client(client).build())
          .withMessage("both uri and client are set: pass only one");
    }
  }

  @Test
  void refusesTimeoutsThatASuppliedClientWouldIgnore() {
    try (RedisClient client = RedisClient.create("127.0.0.1", 6379)) {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  RedisReplayGuard.builder()
                      .client(client)
                      .socketTimeout(Duration.ofSeconds(1))
                      .build())
          .withMessageStartingWith("timeouts apply only to the client built from uri(...)");
    }
  }

  @Test
  void refusesASchemeOtherThanRedisOrRediss() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RedisReplayGuard.builder().uri("http://127.0.0.1:6379"))
        .withMessage("uri scheme is 'http', not redis or rediss (rediss for TLS)");
  }

  @Test
  void refusesAMalformedUriWithoutRepeatingItsPassword() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RedisReplayGuard.builder().uri("redis://:" + PASSWORD + "@ho st:6379"))
        .withMessageNotContaining(PASSWORD)
        .withNoCause();
  }

  @Test
  void refusesAUriWithoutHostWithoutRepeatingItsPassword() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RedisReplayGuard.builder().uri("redis://:" + PASSWORD + "@/0"))
        .withMessageStartingWith("uri names no host")
        .withMessageNotContaining(PASSWORD);
  }

  @Test
  void refusesAPathThatIsNotADatabaseIndex() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RedisReplayGuard.builder().uri("redis://127.0.0.1/cache"))
        .withMessage("uri path is '/cache', not a database index such as /0");
  }

  @Test
  void refusesAZeroConnectTimeout() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RedisReplayGuard.builder().connectTimeout(Duration.ZERO))
        .withMessage("connectTimeout <= 0: PT0S");
  }

  @Test
  void refusesANullKeyPrefix() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RedisReplayGuard.builder().keyPrefix(null))
        .withMessageStartingWith("keyPrefix is null");
  }

  @Test
  void defaultsToTheWebhookkitKeyPrefix() {
    try (RedisReplayGuard guard = RedisReplayGuard.builder().uri("redis://127.0.0.1").build()) {
      assertThat(guard.keyPrefix()).isEqualTo("webhookkit:replay:");
    }
  }

  @Test
  void readsTheDefaultPortWhenTheUriNamesNone() {
    try (RedisReplayGuard guard = RedisReplayGuard.builder().uri("redis://127.0.0.1").build()) {
      assertThat(guard.toString()).startsWith("RedisReplayGuard[redis://127.0.0.1:6379/0,");
    }
  }
}
