package io.webhookkit.maven.internal;

import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.WebhookClient;
import io.webhookkit.client.WebhookEndpoint;
import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Delivery;
import io.webhookkit.core.Payload;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.StandardWebhooksSigner;
import io.webhookkit.core.WebhookSigner;
import io.webhookkit.verifier.SignatureProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;

/**
 * Runs a contract against its receiver: for each delivery, one genuine signed request that must be
 * accepted (2xx), then forged variants that must be rejected (4xx): a wrong signature, a tampered
 * body, no signature, a stale timestamp, no and wrong credentials when the receiver demands them,
 * and the same delivery id again when the receiver guards replays.
 *
 * <p>Requests are signed with the SDK's signers and sent with {@link WebhookClient}, one request
 * per check, never retried. The runner never throws for what the receiver does: every deviation, a
 * refused connection included, is a failed {@link CheckResult}.
 */
public final class ContractRunner {

  /** How old the stale timestamp is: far beyond any sensible tolerance. */
  static final Duration STALE_AGE = Duration.ofHours(1);

  private static final String OK = "2xx";
  private static final String REJECTED = "4xx";

  private final OkHttpClient http;
  private final Clock clock;
  private final PayloadSchemas schemas;

  /**
   * Creates a runner that sends through {@code http} (its pool is shared, never closed here) and
   * stamps requests with {@code clock}.
   */
  public ContractRunner(OkHttpClient http, Clock clock) {
    this.http = http;
    this.clock = clock;
    this.schemas = new PayloadSchemas();
  }

  /** Runs every check of {@code contract}, in order, and returns their results. */
  public List<CheckResult> run(Contract contract) {
    List<CheckResult> results = new ArrayList<>();
    for (Contract.Delivery delivery : contract.deliveries()) {
      results.addAll(run(contract, delivery));
    }
    return results;
  }

  private List<CheckResult> run(Contract contract, Contract.Delivery spec) {
    List<CheckResult> results = new ArrayList<>();
    byte[] body;
    try {
      body = Files.readAllBytes(spec.payload());
    } catch (IOException e) {
      results.add(
          new CheckResult(
              spec.name(),
              "payload",
              "readable",
              "unreadable",
              false,
              "cannot read " + spec.payload() + ": " + e.getClass().getSimpleName(),
              Duration.ZERO));
      return results;
    }
    if (spec.schema() != null) {
      results.add(schemas.check(spec.name(), spec.schema(), body));
    }

    WebhookEndpoint endpoint = endpoint(contract, contract.auth());
    results.add(send(spec, "genuine", OK, contract, endpoint, fresh(spec, body), Forgery.NONE));
    results.add(
        send(
            spec,
            "wrong-signature",
            REJECTED,
            contract,
            endpoint,
            fresh(spec, body),
            Forgery.WRONG_SECRET));
    results.add(
        send(
            spec,
            "tampered-body",
            REJECTED,
            contract,
            endpoint,
            fresh(spec, body),
            Forgery.TAMPERED_BODY));
    results.add(
        send(
            spec,
            "missing-signature",
            REJECTED,
            contract,
            endpoint,
            fresh(spec, body),
            Forgery.NO_SIGNATURE));
    results.add(
        send(
            spec,
            "stale-timestamp",
            REJECTED,
            contract,
            endpoint,
            fresh(spec, body),
            Forgery.STALE));
    contract
        .basicAuth()
        .ifPresent(
            auth -> {
              results.add(
                  send(
                      spec,
                      "missing-credentials",
                      REJECTED,
                      contract,
                      endpoint(contract, null),
                      fresh(spec, body),
                      Forgery.NONE));
              BasicCredentials wrong =
                  new BasicCredentials(auth.username(), "wrong-" + auth.password());
              results.add(
                  send(
                      spec,
                      "wrong-credentials",
                      REJECTED,
                      contract,
                      endpoint(contract, wrong),
                      fresh(spec, body),
                      Forgery.NONE));
            });
    if (contract.guardsReplays()) {
      results.add(replay(contract, spec, endpoint, fresh(spec, body)));
    }
    return results;
  }

  private CheckResult replay(
      Contract contract, Contract.Delivery spec, WebhookEndpoint endpoint, Delivery delivery) {
    CheckResult first =
        send(spec, "replayed-delivery", OK, contract, endpoint, delivery, Forgery.NONE);
    if (!first.passed()) {
      return new CheckResult(
          spec.name(),
          "replayed-delivery",
          REJECTED,
          first.actual(),
          false,
          "the first copy was not accepted, so the replay proves nothing: " + first.detail(),
          first.duration());
    }
    return send(spec, "replayed-delivery", REJECTED, contract, endpoint, delivery, Forgery.NONE);
  }

  private CheckResult send(
      Contract.Delivery spec,
      String check,
      String expected,
      Contract contract,
      WebhookEndpoint endpoint,
      Delivery delivery,
      Forgery forgery) {
    Instant timestamp =
        forgery == Forgery.STALE ? clock.instant().minus(STALE_AGE) : clock.instant();
    Secret signingSecret =
        forgery == Forgery.WRONG_SECRET
            ? Secret.of("not-the-shared-secret-of-" + contract.name())
            : contract.secret();
    Map<String, String> headers =
        signedHeaders(contract.profile(), delivery, signingSecret, timestamp);

    Set<String> remove = new HashSet<>(profileHeaderNames());
    if (forgery == Forgery.NO_SIGNATURE) {
      headers.remove(contract.profile().signatureHeader());
    }
    byte[] body = null;
    if (forgery == Forgery.TAMPERED_BODY) {
      byte[] signed = delivery.payload().bytes();
      body = new byte[signed.length + 1];
      System.arraycopy(signed, 0, body, 0, signed.length);
      // One added byte: a receiver that verifies the raw bytes must notice.
      body[signed.length] = (byte) ' ';
    }

    OkHttpClient rewriting =
        http.newBuilder().addInterceptor(new RequestRewrite(remove, headers, body)).build();
    try (WebhookClient client =
        WebhookClient.builder().okHttpClient(rewriting).clock(clock).build()) {
      DeliveryAttempt attempt = client.send(endpoint, delivery, timestamp);
      int status = attempt.statusCode();
      boolean passed =
          expected.equals(OK) ? status >= 200 && status < 300 : status >= 400 && status < 500;
      return new CheckResult(
          spec.name(),
          check,
          expected,
          CheckResult.status(status),
          passed,
          attempt.describe(),
          attempt.duration());
    }
  }

  /** The headers that any profile's signing writes, all removed before the profile's are set. */
  private static List<String> profileHeaderNames() {
    List<String> names = new ArrayList<>();
    for (SignatureProfile profile : SignatureProfile.values()) {
      names.add(profile.signatureHeader());
      names.add(profile.deliveryHeader());
      profile.timestampHeader().ifPresent(names::add);
    }
    return names;
  }

  /** Returns the headers that sign {@code delivery} in {@code profile}, built by core's signers. */
  static Map<String, String> signedHeaders(
      SignatureProfile profile, Delivery delivery, Secret secret, Instant timestamp) {
    Map<String, String> headers =
        new LinkedHashMap<>(
            ProjeqtorHeaders.forAttempt(delivery, WebhookSigner.of(secret), timestamp));
    headers.remove(ProjeqtorHeaders.CONTENT_TYPE);
    switch (profile) {
      case PROJEQTOR -> {}
      case PROJEQTOR_V2 -> {
        headers.remove(ProjeqtorHeaders.SIGNATURE);
        String prefix = delivery.id() + "." + timestamp.getEpochSecond() + ".";
        headers.put(
            ProjeqtorHeaders.SIGNATURE_V2,
            WebhookSigner.of(secret)
                .sign(prefix.getBytes(StandardCharsets.US_ASCII), delivery.payload().bytes())
                .headerValue());
      }
      default -> {
        headers.clear();
        headers.putAll(
            StandardWebhooksSigner.of(secret)
                .headers(delivery.id().toString(), timestamp, delivery.payload()));
      }
    }
    return headers;
  }

  private static Delivery fresh(Contract.Delivery spec, byte[] body) {
    return Delivery.of(spec.event(), spec.itemClass(), Payload.of(body));
  }

  private static WebhookEndpoint endpoint(Contract contract, BasicCredentials credentials) {
    WebhookEndpoint endpoint = WebhookEndpoint.of(contract.url(), contract.secret());
    return credentials == null ? endpoint : endpoint.withBasicAuth(credentials);
  }

  /** What is wrong with a request on purpose. */
  private enum Forgery {
    /** Nothing: signed as the receiver expects. */
    NONE,
    /** Signed with a secret the receiver does not share. */
    WRONG_SECRET,
    /** The signed body with a byte appended. */
    TAMPERED_BODY,
    /** No signature header. */
    NO_SIGNATURE,
    /** Genuinely signed, but stamped {@code STALE_AGE} ago. */
    STALE
  }
}
