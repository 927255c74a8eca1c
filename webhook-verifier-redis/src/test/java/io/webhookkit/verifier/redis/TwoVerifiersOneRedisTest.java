package io.webhookkit.verifier.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.WebhookSigner;
import io.webhookkit.verifier.RejectionReason;
import io.webhookkit.verifier.VerificationResult;
import io.webhookkit.verifier.WebhookRequest;
import io.webhookkit.verifier.WebhookVerifier;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two receiver instances behind a load balancer: each has its own verifier and its own guard
 * object, and they share one Redis, so a captured delivery is accepted once in all.
 */
class TwoVerifiersOneRedisTest {

  private static final Secret SECRET = Secret.of("shared-by-both-instances");

  private static TestRedis redis;

  @BeforeAll
  static void connect() {
    redis = TestRedis.connect();
  }

  @AfterAll
  static void deleteKeysAndDisconnect() {
    redis.close();
  }

  @BeforeEach
  void requireRedis() {
    redis.requireReachable();
  }

  @Test
  void aDeliveryAcceptedByOneInstanceIsAReplayForTheOther() {
    try (RedisReplayGuard firstGuard = guard();
        RedisReplayGuard secondGuard = guard()) {
      WebhookVerifier first = verifier(firstGuard);
      WebhookVerifier second = verifier(secondGuard);
      WebhookRequest request = signedTicket();

      VerificationResult atFirst = first.verify(request);
      VerificationResult atSecond = second.verify(request);

      assertThat(atFirst.isAccepted()).as("%s", atFirst).isTrue();
      assertThat(atSecond.rejection().reason()).isEqualTo(RejectionReason.REPLAYED);
      assertThat(atSecond.rejection().httpStatus()).isEqualTo(409);
    }
  }

  @Test
  void theReadmeExampleBuildsAVerifierWithTheGuard() {
    String secretText = "readme-secret";
    // The example of README.md, with the test Redis instead of REDIS_URL.
    try (RedisReplayGuard guard =
        RedisReplayGuard.builder().uri(redis.url()).keyPrefix(redis.keyPrefix()).build()) {
      WebhookVerifier verifier =
          WebhookVerifier.builder().secret(Secret.of(secretText)).replayGuard(guard).build();

      assertThat(verifier.toString()).contains("replayGuard=true");
    }
  }

  private static RedisReplayGuard guard() {
    return RedisReplayGuard.builder().uri(redis.url()).keyPrefix(redis.keyPrefix()).build();
  }

  private static WebhookVerifier verifier(RedisReplayGuard guard) {
    return WebhookVerifier.builder().secret(SECRET).replayGuard(guard).build();
  }

  private static WebhookRequest signedTicket() {
    Delivery delivery =
        Delivery.of(
            WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.ofUtf8("{\"id\":9}"));
    return WebhookRequest.builder()
        .headers(ProjeqtorHeaders.forAttempt(delivery, WebhookSigner.of(SECRET), Instant.now()))
        .body(delivery.payload().bytes())
        .build();
  }
}
