package io.webhookkit.cli;

import io.webhookkit.cli.internal.DurationConverter;
import io.webhookkit.cli.internal.Printable;
import io.webhookkit.cli.internal.ReceiverLog;
import io.webhookkit.cli.internal.SecretSource;
import io.webhookkit.cli.internal.UserError;
import io.webhookkit.cli.internal.WebhookReceiver;
import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Secret;
import io.webhookkit.core.StandardWebhooksSecret;
import io.webhookkit.core.TimestampPolicy;
import io.webhookkit.verifier.ReplayGuard;
import io.webhookkit.verifier.ReplayGuardException;
import io.webhookkit.verifier.SignatureProfile;
import io.webhookkit.verifier.SourceAllowlist;
import io.webhookkit.verifier.WebhookVerifier;
import io.webhookkit.verifier.redis.RedisReplayGuard;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Receives webhooks: verifies each POST, answers, logs a record and prints a line. */
@Command(
    name = "listen",
    mixinStandardHelpOptions = true,
    description = {
      "Receive and verify webhooks, like the plugin's receiver.php.",
      "",
      "Verify each POST and answer: 200 accepted; 400 malformed; 401 signature, timestamp or"
          + " credentials failed; 403 source not allowed; 405 not a POST; 409 replayed; 413 body"
          + " too large; 415 not JSON. Append a record to the log, print one line per request;"
          + " Ctrl-C stops.",
      "",
      "A tool for development and tests: put a hardened server in front of it for production."
    })
final class ListenCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      required = true,
      paramLabel = "PORT",
      description = "Port to listen on (0 picks a free one).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @ArgGroup(exclusive = false, multiplicity = "1")
  SecretOptions secret;

  @Option(
      names = "--log",
      paramLabel = "FILE",
      defaultValue = "receiver.log",
      description = "File that each request's record is appended to (default: ${DEFAULT-VALUE}).")
  Path log;

  @Option(
      names = "--tolerance",
      paramLabel = "DURATION",
      defaultValue = "300s",
      converter = DurationConverter.class,
      description = "How old a timestamp may be (default: ${DEFAULT-VALUE}).")
  Duration tolerance;

  @Option(
      names = "--max-body",
      paramLabel = "BYTES",
      defaultValue = "1048576",
      description = "Largest body accepted, in bytes (default: ${DEFAULT-VALUE}).")
  int maxBody;

  @Option(names = "--user", paramLabel = "USER", description = "Require this Basic auth user.")
  String user;

  @Option(
      names = "--allow",
      paramLabel = "CIDR",
      description =
          "Accept requests only from these addresses (IPv4 or IPv6, single or CIDR); repeat the"
              + " option for several. Default: every source.")
  java.util.List<String> allowed = new java.util.ArrayList<>();

  @Option(
      names = "--trusted-proxy",
      paramLabel = "CIDR",
      description =
          "Proxies whose X-Forwarded-For and Forwarded headers name the client; from any other"
              + " peer these headers are ignored. Repeat for several.")
  java.util.List<String> trustedProxies = new java.util.ArrayList<>();

  @Option(
      names = "--replay-guard",
      paramLabel = "memory|redis://HOST:PORT",
      description =
          "Refuse a delivery id seen before within the tolerance window (409): in this process's"
              + " memory, or in Redis, shared by several receivers (rediss:// for TLS; a password"
              + " in the URL is never printed).")
  String replayGuard;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      defaultValue = "projeqtor",
      description =
          "Signature profile: projeqtor, projeqtor-v2, standard-webhooks or github"
              + " (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(
      names = "--password-env",
      paramLabel = "NAME",
      description = "Environment variable that holds the required Basic auth password.")
  String passwordEnv;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Longer tolerances defeat the purpose of a timestamp. */
  private static final Duration MAX_TOLERANCE = Duration.ofDays(7);

  /** A dotted IPv4 or a colon-holding IPv6 literal; anything else would need a DNS lookup. */
  private static final java.util.regex.Pattern ADDRESS_LITERAL =
      java.util.regex.Pattern.compile(
          "\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*]?");

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new UserError("--port " + port + " is not a port: use 0 to 65535");
    }
    if (maxBody < 1 || maxBody > WebhookReceiver.MAX_BODY_LIMIT) {
      throw new UserError(
          "--max-body "
              + maxBody
              + " is out of range: give 1 to "
              + WebhookReceiver.MAX_BODY_LIMIT
              + " bytes");
    }
    if (tolerance.compareTo(MAX_TOLERANCE) > 0) {
      throw new UserError(
          "--tolerance "
              + tolerance.toHours()
              + "h is more than 7 days, which would accept replays for that long: give less");
    }
    SignatureProfile signatureProfile =
        SignatureProfile.fromId(profile)
            .orElseThrow(
                () ->
                    new UserError(
                        "--profile '"
                            + Printable.of(profile, 40)
                            + "' is not a profile: use "
                            + SignatureProfile.ids()));
    SecretSource secrets = SecretSource.system();
    Secret sharedSecret =
        signatureProfile == SignatureProfile.STANDARD_WEBHOOKS
            ? secret.read(secrets, StandardWebhooksSecret::parse)
            : secret.read(secrets);
    WebhookVerifier.Builder verifier =
        WebhookVerifier.builder()
            .profile(signatureProfile)
            .secret(sharedSecret)
            .maxBodyBytes(maxBody)
            .timestampPolicy(TimestampPolicy.builder().pastTolerance(tolerance).build());
    BasicCredentials credentials = credentials(secrets);
    if (credentials != null) {
      verifier.basicAuth(credentials);
    }
    SourceAllowlist sources = sources();
    if (sources != null) {
      verifier.sourceAllowlist(sources);
    }
    ReplayGuard guard = replayGuard();
    if (guard != null) {
      verifier.replayGuard(guard);
    }
    ensureWritable(log);

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReceiverLog receiverLog = new ReceiverLog(log);
    CountDownLatch stopped = new CountDownLatch(1);
    WebhookReceiver receiver =
        WebhookReceiver.start(
            address(bind),
            port,
            verifier.build(),
            sharedSecret,
            maxBody,
            Clock.systemUTC(),
            request -> {
              // The record is in the log before the line appears, so a reader of both agrees.
              try {
                receiverLog.append(request);
              } catch (IOException e) {
                err.println("webhook listen: cannot append to " + log + ": " + e.getMessage());
                err.flush();
              }
              synchronized (out) {
                out.println(ReceiverLog.summary(request));
                out.flush();
              }
            });
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  receiver.close();
                  stopped.countDown();
                }));
    out.println(
        "webhook listen: listening on " + receiver.url() + " (log: " + log + "); Ctrl-C to stop");
    out.flush();
    stopped.await();
    return 0;
  }

  private SourceAllowlist sources() {
    if (allowed.isEmpty() && trustedProxies.isEmpty()) {
      return null;
    }
    if (allowed.isEmpty()) {
      // Without --allow every source passes, so the proxies would change nothing.
      throw new UserError("--trusted-proxy needs --allow: say which clients to accept");
    }
    SourceAllowlist.Builder sources = SourceAllowlist.builder();
    try {
      allowed.forEach(sources::allow);
      trustedProxies.forEach(sources::trustProxy);
    } catch (IllegalArgumentException e) {
      throw new UserError("--allow/--trusted-proxy: " + e.getMessage());
    }
    return sources.build();
  }

  private ReplayGuard replayGuard() {
    if (replayGuard == null) {
      return null;
    }
    if (replayGuard.equals("memory")) {
      return ReplayGuard.inMemory();
    }
    if (replayGuard.startsWith("redis://") || replayGuard.startsWith("rediss://")) {
      RedisReplayGuard redis;
      try {
        redis = RedisReplayGuard.builder().uri(replayGuard).build();
      } catch (IllegalArgumentException e) {
        throw new UserError("--replay-guard: " + e.getMessage());
      }
      try {
        // Fail at start, not at the first delivery, when Redis does not answer.
        redis.firstSighting(
            "webhook-cli:startup-check:" + java.util.UUID.randomUUID(), Duration.ofSeconds(1));
      } catch (ReplayGuardException e) {
        redis.close();
        throw new UserError("--replay-guard: " + e.getMessage());
      }
      return redis;
    }
    // The value is not echoed: a mistyped Redis URL may hold a password.
    throw new UserError("--replay-guard must be memory, redis://HOST:PORT or rediss://HOST:PORT");
  }

  private BasicCredentials credentials(SecretSource secrets) {
    if (user == null && passwordEnv == null) {
      return null;
    }
    if (user == null || passwordEnv == null) {
      throw new UserError("Basic auth needs both --user and --password-env");
    }
    try {
      return new BasicCredentials(user, secrets.textFromEnvironment(passwordEnv, "password"));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** Parses an IP address literal without any DNS lookup; {@code localhost} is the loopback. */
  private static InetAddress address(String text) {
    if (text.equals("localhost")) {
      return InetAddress.getLoopbackAddress();
    }
    if (!ADDRESS_LITERAL.matcher(text).matches()) {
      throw new UserError(
          "--bind '"
              + Printable.of(text, 60)
              + "' is not an IP address: give one such as 127.0.0.1");
    }
    try {
      // A literal is parsed, never looked up.
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      throw new UserError(
          "--bind '" + text + "' is not an IP address: give one such as 127.0.0.1 or ::1");
    }
  }

  private static void ensureWritable(Path log) {
    try {
      Files.writeString(
          log, "", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UserError("cannot write the log file " + log + ": " + SecretSource.describe(e));
    }
  }
}
