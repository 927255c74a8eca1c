package io.webhookkit.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.verifier.Rejection;
import io.webhookkit.verifier.RejectionReason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProblemAnswersTest {

  private static String body(HttpAnswer answer) {
    return new String(answer.body(), StandardCharsets.UTF_8);
  }

  @Test
  void answersAReplayWith409ByDefault() {
    Rejection replayed = new Rejection(RejectionReason.REPLAYED, "delivery seen before");

    HttpAnswer answer = ProblemAnswers.rejected(replayed, false);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(body(answer)).contains("\"title\":\"Conflict\"", "\"code\":\"REPLAYED\"");
  }

  @Test
  void answersAReplayWith200WhenReplaysAreAcknowledged() {
    Rejection replayed = new Rejection(RejectionReason.REPLAYED, "delivery seen before");

    HttpAnswer answer = ProblemAnswers.rejected(replayed, true);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(body(answer)).isEqualTo("{\"status\":\"duplicate\"}");
  }

  @Test
  void acknowledgingReplaysLeavesOtherRejectionsAlone() {
    Rejection mismatch = new Rejection(RejectionReason.SIGNATURE_MISMATCH, "no match");

    assertThat(ProblemAnswers.rejected(mismatch, true).status()).isEqualTo(401);
  }

  @Test
  void escapesQuotesBackslashesAndControlCharactersOfTheDetail() {
    Rejection rejection =
        new Rejection(RejectionReason.UNKNOWN_EVENT, "event 'a\"b\\c\nd\u00e9' is unknown");

    HttpAnswer answer = ProblemAnswers.rejected(rejection, false);

    assertThat(body(answer))
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"code\":\"UNKNOWN_EVENT\","
                + "\"detail\":\"event 'a\\\"b\\\\c\\u000ad\\u00e9' is unknown\"}");
  }

  @Test
  void leavesTheDetailOutOfA5xx() {
    Rejection unavailable =
        new Rejection(RejectionReason.REPLAY_CHECK_UNAVAILABLE, "redis at 10.0.0.7:6379 timed out");

    HttpAnswer answer = ProblemAnswers.rejected(unavailable, false);

    assertThat(body(answer))
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                + "\"code\":\"REPLAY_CHECK_UNAVAILABLE\"}");
  }

  @Test
  void leavesTheDetailOutOfA403() {
    Rejection forbidden =
        new Rejection(RejectionReason.FORBIDDEN_SOURCE, "peer is not in 10.0.0.0/8");

    assertThat(body(ProblemAnswers.rejected(forbidden, false))).doesNotContain("detail");
  }

  @Test
  void marksEveryProblemAsUncacheableAndUnsniffable() {
    Rejection mismatch = new Rejection(RejectionReason.SIGNATURE_MISMATCH, "no match");

    assertThat(ProblemAnswers.rejected(mismatch, false).headers())
        .containsEntry("Content-Type", "application/problem+json")
        .containsEntry("Cache-Control", "no-store")
        .containsEntry("X-Content-Type-Options", "nosniff");
  }

  @Test
  void asksToCloseTheConnectionOfABodyLeftUnread() {
    HttpAnswer answer = ProblemAnswers.bodyTooLarge(1024);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.headers()).containsEntry("Connection", "close");
    assertThat(body(answer)).contains("\"code\":\"PAYLOAD_TOO_LARGE\"", "1024 bytes");
  }
}
