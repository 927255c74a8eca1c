package io.webhookkit.verifier.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhookkit.verifier.ReplayGuardException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the guard says when Redis cannot answer; needs no Redis, only a closed loopback port. */
class RedisReplayGuardFailureTest {

  private static final String PASSWORD = "hunter2-never-echoed";
  private static final Duration WINDOW = Duration.ofMinutes(5);

  /** Returns a loopback port that was just bound and released, so nothing listens on it. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static ReplayGuardException sightingFailure(RedisReplayGuard guard) {
    return catchThrowableOfType(
        ReplayGuardException.class, () -> guard.firstSighting("projeqtor:a", WINDOW));
  }

  @Test
  void unreachableRedisIsAGuardExceptionNamingHostAndPort() throws IOException {
    int port = closedPort();
    try (RedisReplayGuard guard =
        RedisReplayGuard.builder().uri("redis://127.0.0.1:" + port).build()) {

      assertThat(sightingFailure(guard))
          .hasMessage(
              "replay guard cannot connect to Redis at redis://127.0.0.1:"
                  + port
                  + "/0: check that Redis runs there and that the network lets this host"
                  + " through");
    }
  }

  @Test
  void unreachableRedisFailsWithinTheConnectTimeout() throws IOException {
    int port = closedPort();
    try (RedisReplayGuard guard =
        RedisReplayGuard.builder()
            .uri("redis://127.0.0.1:" + port)
            .connectTimeout(Duration.ofMillis(500))
            .build()) {
      long start = System.nanoTime();

      sightingFailure(guard);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void silentRedisIsAGuardExceptionAfterTheSocketTimeout() throws IOException {
    // The kernel completes the handshake into the backlog, but nothing ever reads or answers.
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        RedisReplayGuard guard =
            RedisReplayGuard.builder()
                .uri("redis://127.0.0.1:" + silent.getLocalPort())
                .socketTimeout(Duration.ofMillis(200))
                .build()) {

      assertThat(sightingFailure(guard))
          .hasMessage(
              "Redis at redis://127.0.0.1:"
                  + silent.getLocalPort()
                  + "/0 did not answer the replay guard within its socket timeout of 200 ms:"
                  + " check that it is up and not overloaded");
    }
  }

  @Test
  void failureMessageIsOneLineWithoutThePassword() throws IOException {
    int port = closedPort();
    try (RedisReplayGuard guard =
        RedisReplayGuard.builder().uri("redis://user:" + PASSWORD + "@127.0.0.1:" + port).build()) {

      ReplayGuardException failure = sightingFailure(guard);

      assertThat(failure.getMessage()).doesNotContain(PASSWORD).doesNotContain("\n");
      assertThat(failure.getMessage()).contains("127.0.0.1:" + port);
    }
  }

  @Test
  void toStringShowsWhereRedisIsButNotThePassword() {
    try (RedisReplayGuard guard =
        RedisReplayGuard.builder()
            .uri("rediss://:" + PASSWORD + "@cache.internal:6380/2")
            .build()) {

      assertThat(guard.toString())
          .isEqualTo(
              "RedisReplayGuard[rediss://cache.internal:6380/2,"
                  + " keyPrefix=webhookkit:replay:, ownsClient=true]");
    }
  }
}
