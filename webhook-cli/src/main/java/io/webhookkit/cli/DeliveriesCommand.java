package io.webhookkit.cli;

import io.webhookkit.cli.internal.Printable;
import io.webhookkit.cli.internal.UserError;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.outbox.AttemptRecord;
import io.webhookkit.outbox.DeliveryStore;
import io.webhookkit.outbox.OutboxEntry;
import io.webhookkit.outbox.OutboxException;
import io.webhookkit.outbox.internal.JdbcUrls;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the deliveries of an outbox, shows one with its attempts, and delivers dead ones again. */
@Command(
    name = "deliveries",
    mixinStandardHelpOptions = true,
    description = {
      "List, show and redeliver the deliveries of an outbox.",
      "",
      "The outbox is an embedded file (the path given to the dispatcher's embedded store) or a",
      "shared PostgreSQL database (a jdbc:postgresql: URL; put no password in it on a shared",
      "machine: use ~/.pgpass or PGPASSWORD)."
    },
    subcommands = {
      DeliveriesCommand.ListDeliveries.class,
      DeliveriesCommand.ShowDelivery.class,
      DeliveriesCommand.Redeliver.class
    })
final class DeliveriesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without a subcommand there is nothing to do: show the usage and report bad input. */
  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println("webhook deliveries: give a command: list, show, redeliver");
    spec.commandLine().usage(spec.commandLine().getErr());
    return WebhookCommand.USAGE;
  }

  /** The {@code --store} option that every subcommand takes. */
  static final class Store {
    @Option(
        names = "--store",
        required = true,
        paramLabel = "PATH|JDBC_URL",
        description = "The outbox: an embedded file or a jdbc:postgresql: URL.")
    String value;

    DeliveryStore open() {
      return DeliveriesCommand.open(value);
    }
  }

  /**
   * Opens the outbox that {@code --store} names; refuses to create one, so that a mistyped path or
   * schema is reported instead of looking like an empty outbox.
   */
  static DeliveryStore open(String store) {
    if (store.isBlank()) {
      throw new UserError(
          "--store is empty: give an embedded outbox file or a jdbc:postgresql: URL");
    }
    try {
      if (store.startsWith("jdbc:postgresql:")) {
        requirePostgresOutbox(store);
        return DeliveryStore.postgres(store, null, null);
      }
      if (store.startsWith("jdbc:")) {
        throw new UserError("--store supports jdbc:postgresql: URLs and embedded outbox files");
      }
      Path file = Path.of(store);
      Path withSuffix =
          store.endsWith(".mv.db") ? file : file.resolveSibling(file.getFileName() + ".mv.db");
      if (!Files.exists(withSuffix)) {
        throw new UserError(
            "no outbox at "
                + store
                + " (looked for "
                + withSuffix
                + "): give the path of an"
                + " existing embedded outbox or a jdbc:postgresql: URL");
      }
      return DeliveryStore.embedded(file);
    } catch (OutboxException e) {
      if (String.valueOf(e.getMessage()).contains("already in use")) {
        throw new UserError(
            "the embedded outbox "
                + store
                + " is open in another process (a running dispatcher): stop it first; only a"
                + " PostgreSQL outbox can be managed while dispatchers run");
      }
      throw new UserError(masked(e.getMessage()));
    }
  }

  /** Checks, without creating anything, that the database holds an outbox. */
  private static void requirePostgresOutbox(String url) {
    try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet result =
            statement.executeQuery("SELECT to_regclass('webhook_outbox') IS NOT NULL")) {
      if (!result.next() || !result.getBoolean(1)) {
        throw new UserError(
            "no outbox at "
                + masked(url)
                + ": its schema has no webhook_outbox table; check the database and currentSchema");
      }
    } catch (java.sql.SQLException e) {
      throw new UserError("cannot open " + masked(url) + ": " + masked(e.getMessage()));
    }
  }

  /** Hides passwords in a JDBC URL or a message that quotes one. */
  static String masked(String text) {
    return text == null ? "" : JdbcUrls.withoutPassword(text);
  }

  /** Lists deliveries in one status. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the deliveries of one status, dead ones by default.")
  static final class ListDeliveries implements Callable<Integer> {

    @Mixin Store store;

    @Option(
        names = "--status",
        defaultValue = "dead",
        paramLabel = "STATUS",
        description =
            "pending, in_flight, delivered, dead or disabled (default: ${DEFAULT-VALUE}).")
    String status;

    @Option(
        names = "--limit",
        defaultValue = "50",
        paramLabel = "N",
        description = "Show at most N deliveries, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      OutboxEntry.Status wanted = status(status);
      if (limit < 1 || limit > 10_000) {
        throw new UserError("--limit " + limit + " is out of range: give 1 to 10000");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (DeliveryStore outbox = store.open()) {
        List<OutboxEntry> entries = outbox.list(wanted, limit);
        out.printf(
            "%-36s  %-9s  %8s  %-20s  %-20s  %s%n",
            "DELIVERY", "STATUS", "ATTEMPTS", "NEXT ATTEMPT", "SUBSCRIPTION", "LAST ERROR");
        for (OutboxEntry entry : entries) {
          out.printf(
              "%-36s  %-9s  %8d  %-20s  %-20s  %s%n",
              entry.deliveryId(),
              entry.status(),
              entry.attempts(),
              entry.nextAttemptAt() == null
                  ? "-"
                  : entry.nextAttemptAt().truncatedTo(ChronoUnit.SECONDS),
              Printable.of(entry.subscription(), 20),
              Printable.of(entry.lastError() == null ? "-" : entry.lastError(), 120));
        }
        out.println(
            entries.size()
                + " "
                + wanted.name().toLowerCase(Locale.ROOT)
                + " deliveries"
                + (entries.size() == limit ? " shown; there may be more: raise --limit" : ""));
        out.flush();
        return 0;
      } catch (OutboxException e) {
        throw new UserError(masked(e.getMessage()));
      }
    }
  }

  /** Shows one delivery and its attempts. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show one delivery and every attempt made of it.")
  static final class ShowDelivery implements Callable<Integer> {

    @Mixin Store store;

    @Parameters(index = "0", paramLabel = "DELIVERY_ID")
    String id;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      DeliveryId deliveryId = deliveryId(id);
      PrintWriter out = spec.commandLine().getOut();
      try (DeliveryStore outbox = store.open()) {
        Optional<OutboxEntry> found = outbox.find(deliveryId);
        if (found.isEmpty()) {
          out.println("no delivery " + deliveryId + " in the outbox");
          out.flush();
          return WebhookCommand.FAILED;
        }
        OutboxEntry entry = found.get();
        out.println("Delivery=" + entry.deliveryId());
        out.println("Status=" + entry.status());
        out.println("Subscription=" + Printable.of(entry.subscription(), 200));
        out.println("Url=" + Printable.of(entry.url().toString(), 500));
        out.println("Event=" + entry.event().wireName());
        out.println("Class=" + entry.itemClass());
        out.println("Payload=" + entry.payload());
        out.println("CreatedAt=" + entry.createdAt());
        out.println("NextAttemptAt=" + entry.nextAttemptAt());
        out.println("LastError=" + Printable.of(entry.lastError(), 500));
        for (AttemptRecord attempt : outbox.attempts(deliveryId)) {
          out.println(
              "Attempt "
                  + attempt.number()
                  + " at "
                  + attempt.startedAt()
                  + " by "
                  + Printable.of(attempt.nodeId(), 60)
                  + ": "
                  + attempt.outcome()
                  + (attempt.statusCode() > 0 ? " " + attempt.statusCode() : "")
                  + " in "
                  + attempt.duration().toMillis()
                  + " ms"
                  + (attempt.error() == null ? "" : ": " + Printable.of(attempt.error(), 300)));
        }
        out.flush();
        return 0;
      } catch (OutboxException e) {
        throw new UserError(masked(e.getMessage()));
      }
    }
  }

  /** Delivers dead or disabled deliveries again. */
  @Command(
      name = "redeliver",
      mixinStandardHelpOptions = true,
      description = {
        "Make dead or disabled deliveries due again, now; the next dispatcher to claim them sends",
        "them. An embedded outbox can be changed only while no dispatcher has it open.",
        "Exit status 0 when every one was made due, 1 otherwise."
      })
  static final class Redeliver implements Callable<Integer> {

    @Mixin Store store;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "DELIVERY_ID")
    List<String> ids;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      List<DeliveryId> deliveryIds = ids.stream().map(DeliveriesCommand::deliveryId).toList();
      PrintWriter out = spec.commandLine().getOut();
      int failed = 0;
      try (DeliveryStore outbox = store.open()) {
        for (DeliveryId deliveryId : deliveryIds) {
          if (outbox.redeliver(deliveryId, Instant.now())) {
            out.println("due again: " + deliveryId);
          } else {
            failed++;
            out.println(
                "not redelivered: "
                    + deliveryId
                    + " "
                    + outbox
                        .find(deliveryId)
                        .map(e -> "is " + e.status() + ", not DEAD or DISABLED")
                        .orElse("is not in the outbox"));
          }
        }
        out.flush();
        return failed == 0 ? 0 : WebhookCommand.FAILED;
      } catch (OutboxException e) {
        throw new UserError(masked(e.getMessage()));
      }
    }
  }

  private static OutboxEntry.Status status(String text) {
    try {
      return OutboxEntry.Status.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError(
          "--status '"
              + Printable.of(text, 30)
              + "' is not a status: use pending, in_flight, delivered, dead or disabled");
    }
  }

  private static DeliveryId deliveryId(String text) {
    return DeliveryId.parse(text)
        .orElseThrow(
            () -> new UserError("'" + Printable.of(text, 40) + "' is not a delivery id (a UUID)"));
  }
}
