package io.webhookkit.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.maven.testing.TestReceivers;
import io.webhookkit.verifier.SignatureProfile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContractRunnerTest {

  private static final String SECRET = "contract-test-secret-0123456789";

  private final OkHttpClient http = new OkHttpClient();
  private final ContractRunner runner = new ContractRunner(http, Clock.systemUTC());
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
    http.dispatcher().executorService().shutdown();
  }

  @Test
  void aCorrectReceiverPassesEveryCheck() throws Exception {
    server = TestReceivers.startVerifying(SECRET, "projeqtor", "pa55word");

    List<CheckResult> results =
        runner.run(contract(new BasicCredentials("projeqtor", "pa55word"), "ticket.schema.json"));

    assertThat(results)
        .extracting(CheckResult::check)
        .containsExactly(
            "payload-schema",
            "genuine",
            "wrong-signature",
            "tampered-body",
            "missing-signature",
            "stale-timestamp",
            "missing-credentials",
            "wrong-credentials",
            "replayed-delivery");
    assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.detail()).isTrue());
  }

  @Test
  void aPermissiveReceiverFailsEveryForgery() throws Exception {
    server = TestReceivers.startPermissive();

    List<CheckResult> results = runner.run(contract(null, null));

    assertThat(results)
        .filteredOn(r -> !r.passed())
        .extracting(CheckResult::check)
        .containsExactly(
            "wrong-signature",
            "tampered-body",
            "missing-signature",
            "stale-timestamp",
            "replayed-delivery");
    assertThat(results.get(1).actual()).isEqualTo("204");
  }

  @Test
  void aPayloadThatBreaksItsSchemaFailsTheSchemaCheck() throws Exception {
    server = TestReceivers.startVerifying(SECRET, null, null);

    CheckResult schema = runner.run(contract(null, "ticket-needs-status.schema.json")).get(0);

    assertThat(schema.check()).isEqualTo("payload-schema");
    assertThat(schema.passed()).isFalse();
    assertThat(schema.detail()).contains("status");
  }

  @Test
  void aReceiverThatIsDownFailsTheGenuineCheckWithoutAStatus() throws Exception {
    server = TestReceivers.startPermissive();
    Contract contract = contract(null, null);
    server.stop(0);
    server = null;

    CheckResult genuine = runner.run(contract).get(0);

    assertThat(genuine.passed()).isFalse();
    assertThat(genuine.actual()).isEqualTo("none");
  }

  private Contract contract(BasicCredentials auth, String schema) throws URISyntaxException {
    Path contracts = Path.of(getClass().getResource("/contracts").toURI());
    return new Contract(
        "crm",
        URI.create(TestReceivers.url(server)),
        SignatureProfile.PROJEQTOR,
        Secret.of(SECRET),
        auth,
        true,
        List.of(
            new Contract.Delivery(
                "Ticket-afterCreate",
                WebhookEvent.AFTER_CREATE,
                ItemClass.of("Ticket"),
                contracts.resolve("payloads/ticket.json"),
                schema == null ? null : contracts.resolve(schema))));
  }
}
