package io.webhookkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.outbox.AttemptRecord;
import io.webhookkit.outbox.DeliveryStore;
import io.webhookkit.outbox.OutboxEntry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveriesCommandTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  @TempDir Path dir;

  private Path outbox;
  private Delivery dead;
  private Delivery pending;

  @BeforeEach
  void fillAnOutbox() {
    outbox = dir.resolve("outbox");
    dead = Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.ofUtf8("{}"));
    pending = Delivery.of(WebhookEvent.AFTER_CREATE, ItemClass.of("Ticket"), Payload.ofUtf8("{}"));
    URI url = URI.create("https://crm.example.test/hooks");
    try (DeliveryStore store = DeliveryStore.embedded(outbox)) {
      store.enqueue(
          List.of(
              OutboxEntry.pending(dead, "crm", url, NOW),
              OutboxEntry.pending(pending, "crm", url, NOW.plusSeconds(3600))));
      store.claimDue("node-1", NOW, 1, Duration.ofMinutes(1));
      store.recordAttempt(
          new AttemptRecord(
              dead.id(),
              1,
              NOW,
              Duration.ofMillis(12),
              404,
              "REJECTED",
              "404 Not Found",
              "",
              "n1"));
      store.complete(dead.id(), "node-1", OutboxEntry.Status.DEAD, "404 Not Found");
    }
  }

  @Test
  void listsTheDeadDeliveriesByDefault() {
    CliRun run = CliRun.of("deliveries", "list", "--store", outbox.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(dead.id().toString(), "DEAD", "404 Not Found", "1 dead deliveries")
        .doesNotContain(pending.id().toString());
  }

  @Test
  void showsADeliveryWithItsAttempts() {
    CliRun run =
        CliRun.of("deliveries", "show", "--store", outbox.toString(), dead.id().toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Status=DEAD", "Attempt 1 at", "REJECTED 404 in 12 ms");
  }

  @Test
  void redeliversADeadDeliveryAndRefusesAPendingOne() {
    CliRun run =
        CliRun.of(
            "deliveries",
            "redeliver",
            "--store",
            outbox.toString(),
            dead.id().toString(),
            pending.id().toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("due again: " + dead.id(), "not redelivered: " + pending.id() + " is PENDING");
    try (DeliveryStore store = DeliveryStore.embedded(outbox)) {
      assertThat(store.find(dead.id()).orElseThrow().status())
          .isEqualTo(OutboxEntry.Status.PENDING);
    }
  }

  @Test
  void refusesToCreateAnOutboxThatDoesNotExist() {
    CliRun run = CliRun.of("deliveries", "list", "--store", dir.resolve("nope").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("webhook: no outbox at ");
    assertThat(dir.resolve("nope.mv.db")).doesNotExist();
  }

  @Test
  void refusesAPostgresDatabaseWithoutAnOutboxAndCreatesNothing() {
    String url =
        System.getenv()
            .getOrDefault(
                "WEBHOOKKIT_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    String schema = "no_outbox_" + java.util.UUID.randomUUID().toString().replace("-", "");

    CliRun run =
        CliRun.of(
            "deliveries",
            "list",
            "--store",
            url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&password=pw");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .satisfiesAnyOf(
            err -> assertThat(err).contains("has no webhook_outbox table"),
            err -> assertThat(err).contains("cannot open"))
        .contains("password=***")
        .doesNotContain("password=pw");
  }

  @Test
  void hidesAPasswordWrittenInsideTheUrl() {
    assertThat(DeliveriesCommand.masked("jdbc:postgresql://u:Sup3rSecretPW@127.0.0.1:5432/test"))
        .isEqualTo("jdbc:postgresql://u:***@127.0.0.1:5432/test");
  }

  @Test
  void refusesAnIdThatIsNotAUuid() {
    CliRun run = CliRun.of("deliveries", "show", "--store", outbox.toString(), "42");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("'42' is not a delivery id");
  }
}
