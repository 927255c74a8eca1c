package io.webhookkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.WebhookSigner;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The security options of {@code webhook listen}, each against its own receiver process. */
@Timeout(60)
class ListenOptionsTest {

  private static final String SECRET = "options-test-secret";

  @TempDir Path dir;

  @Test
  void allowRefusesAPeerOutsideTheListWith403() throws Exception {
    try (ListenProcess listener =
        ListenProcess.start(SECRET, dir.resolve("log"), "--allow", "203.0.113.0/24")) {
      Delivery delivery = ticket();

      assertThat(listener.post(signed(delivery), delivery.payload().bytes()).statusCode())
          .isEqualTo(403);
      assertThat(listener.nextLine()).contains("-> 403 FORBIDDEN_SOURCE");
    }
  }

  @Test
  void forwardedForIsIgnoredFromAnUntrustedPeer() throws Exception {
    try (ListenProcess listener =
        ListenProcess.start(
            SECRET,
            dir.resolve("log"),
            "--allow",
            "203.0.113.7",
            "--trusted-proxy",
            "10.0.0.0/8")) {
      Delivery delivery = ticket();
      Map<String, String> headers = new java.util.LinkedHashMap<>(signed(delivery));
      headers.put("X-Forwarded-For", "203.0.113.7");

      assertThat(listener.post(headers, delivery.payload().bytes()).statusCode()).isEqualTo(403);
    }
  }

  @Test
  void allowLetsALoopbackSenderThrough() throws Exception {
    try (ListenProcess listener =
        ListenProcess.start(
            SECRET, dir.resolve("log"), "--allow", "127.0.0.0/8", "--allow", "::1")) {
      Delivery delivery = ticket();

      assertThat(listener.post(signed(delivery), delivery.payload().bytes()).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void anInMemoryReplayGuardRefusesTheSecondCopyWith409() throws Exception {
    try (ListenProcess listener =
        ListenProcess.start(SECRET, dir.resolve("log"), "--replay-guard", "memory")) {
      Delivery delivery = ticket();
      Map<String, String> headers = signed(delivery);

      assertThat(listener.post(headers, delivery.payload().bytes()).statusCode()).isEqualTo(200);
      assertThat(listener.post(headers, delivery.payload().bytes()).statusCode()).isEqualTo(409);
      listener.nextLine();
      assertThat(listener.nextLine()).contains("-> 409 REPLAYED");
    }
  }

  @Test
  void aRedisReplayGuardRefusesTheSecondCopyWith409() throws Exception {
    requireRedis();
    try (ListenProcess listener =
        ListenProcess.start(
            SECRET, dir.resolve("log"), "--replay-guard", "redis://127.0.0.1:6379")) {
      Delivery delivery = ticket();
      Map<String, String> headers = signed(delivery);

      assertThat(listener.post(headers, delivery.payload().bytes()).statusCode()).isEqualTo(200);
      assertThat(listener.post(headers, delivery.payload().bytes()).statusCode()).isEqualTo(409);
    }
  }

  @Test
  void theGithubProfileChecksXHubSignature256() throws Exception {
    try (ListenProcess listener =
        ListenProcess.start(SECRET, dir.resolve("log"), "--profile", "github")) {
      byte[] body = "{\"zen\":\"Keep it logically awesome.\"}".getBytes();
      Map<String, String> headers =
          Map.of(
              "Content-Type",
              "application/json",
              "X-GitHub-Event",
              "ping",
              "X-GitHub-Delivery",
              UUID.randomUUID().toString(),
              "X-Hub-Signature-256",
              WebhookSigner.of(Secret.of(SECRET)).sign(body).headerValue());

      assertThat(listener.post(headers, body).statusCode()).isEqualTo(200);
      assertThat(listener.post(Map.of("X-GitHub-Event", "ping"), body).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void aTrustedProxyWithoutAnAllowlistIsRefused() throws Exception {
    Path secret = java.nio.file.Files.writeString(dir.resolve("s"), "secret");

    CliRun run =
        CliRun.of(
            "listen",
            "--port",
            "0",
            "--secret-file",
            secret.toString(),
            "--trusted-proxy",
            "10.0.0.0/8");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--trusted-proxy needs --allow");
  }

  @Test
  void aMistypedRedisUrlIsNotEchoed() throws Exception {
    Path secret = java.nio.file.Files.writeString(dir.resolve("s"), "secret");

    CliRun run =
        CliRun.of(
            "listen",
            "--port",
            "0",
            "--secret-file",
            secret.toString(),
            "--replay-guard",
            "redis//:top/secret@127.0.0.1:6379");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--replay-guard must be").doesNotContain("top/secret");
  }

  @Test
  void anUnknownProfileIsOneLine() {
    CliRun run = CliRun.of("listen", "--port", "0", "--secret-env", "X", "--profile", "svix");

    assertThat(run.status()).isEqualTo(2);
  }

  @Test
  void anInvalidCidrIsOneLine() throws Exception {
    Path secret = java.nio.file.Files.writeString(dir.resolve("s"), "secret");

    CliRun run =
        CliRun.of(
            "listen", "--port", "0", "--secret-file", secret.toString(), "--allow", "10.0.0.1/8");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("webhook: --allow/--trusted-proxy:").contains("host bits");
  }

  @Test
  void anUnreachableRedisIsOneLineAtStart() throws Exception {
    Path secret = java.nio.file.Files.writeString(dir.resolve("s"), "secret");
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    CliRun run =
        CliRun.of(
            "listen",
            "--port",
            "0",
            "--secret-file",
            secret.toString(),
            "--replay-guard",
            "redis://:hunter2@127.0.0.1:" + closedPort);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("webhook: --replay-guard:").doesNotContain("hunter2");
  }

  private static Delivery ticket() {
    return Delivery.of(
        WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.ofUtf8("{\"id\":9}"));
  }

  private static Map<String, String> signed(Delivery delivery) {
    return ProjeqtorHeaders.forAttempt(
        delivery, WebhookSigner.of(Secret.of(SECRET)), Instant.now());
  }

  /** Skips visibly outside CI, fails in CI, when the test Redis does not answer. */
  private static void requireRedis() {
    boolean reachable;
    try (Socket socket = new Socket("127.0.0.1", 6379)) {
      reachable = true;
    } catch (java.io.IOException e) {
      reachable = false;
    }
    String message = "Redis not reachable at 127.0.0.1:6379: start it (see .ci/run)";
    if (!reachable && System.getenv("CI") != null) {
      throw new AssertionError(message + " (CI is set, so this test fails instead of skipping)");
    }
    Assumptions.assumeTrue(reachable, message);
  }
}
