package io.webhookkit.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.webhookkit.client.SsrfGuard;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.config.AuthConfig;
import io.webhookkit.core.config.SecretReference;
import io.webhookkit.core.config.SecretResolver;
import io.webhookkit.core.config.SourceLocation;
import io.webhookkit.core.config.Subscription;
import io.webhookkit.core.config.WebhookConfig;
import io.webhookkit.dispatcher.WebhookDispatcher;
import io.webhookkit.outbox.DeliveryStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Deliveries per second through {@link WebhookDispatcher}: each operation publishes a batch of
 * Ticket deliveries (durable in the outbox before {@code publish} returns) and waits until a
 * receiver on 127.0.0.1 has answered 204 to every one. The store is the embedded H2 file or
 * PostgreSQL ({@code WEBHOOKKIT_POSTGRES_URL}, by default the machine's own, in a schema of its own
 * that is dropped afterwards) through a HikariCP pool, as a deployment would use.
 *
 * <p>Compare with {@link SendingBenchmark}, which sends one delivery at a time without an outbox:
 * the difference is the price of durability, claims and attempt records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DispatcherBenchmark {

  /** Deliveries published per operation. */
  static final int BATCH = 200;

  private static final String DEFAULT_POSTGRES =
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  @Param({"embedded", "postgresql"})
  public String store;

  private HttpServer receiver;
  private java.util.concurrent.ExecutorService receiverThreads;
  private final AtomicLong received = new AtomicLong();
  private Path directory;
  private String schema;
  private DeliveryStore outbox;
  private com.zaxxer.hikari.HikariDataSource dataSource;
  private WebhookDispatcher dispatcher;
  private Payload ticket;

  /** Starts the loopback receiver, opens the store and starts the dispatcher. */
  @Setup(Level.Trial)
  public void start() throws IOException, SQLException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    receiverThreads = Executors.newFixedThreadPool(8);
    receiver.setExecutor(receiverThreads);
    receiver.createContext(
        "/",
        exchange -> {
          try (exchange;
              InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            exchange.sendResponseHeaders(204, -1);
          }
          synchronized (received) {
            received.incrementAndGet();
            received.notifyAll();
          }
        });
    receiver.start();

    outbox = store.equals("embedded") ? embeddedStore() : postgresStore();
    URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    Subscription tickets =
        new Subscription(
            "benchmark",
            ItemClass.of("Ticket"),
            Set.of(WebhookEvent.AFTER_UPDATE),
            url,
            SecretReference.of("${env:BENCHMARK_SECRET}"),
            AuthConfig.none(),
            SourceLocation.startOf("benchmark"));
    dispatcher =
        WebhookDispatcher.builder()
            .config(new WebhookConfig(List.of(tickets)))
            .secretResolver(SecretResolver.of(Map.of("BENCHMARK_SECRET", "benchmark-secret")))
            .store(outbox)
            .ssrfGuard(SsrfGuard.builder().allowHost("127.0.0.1").build())
            .maxConcurrency(16)
            .maxConcurrencyPerEndpoint(16)
            .pollInterval(Duration.ofMillis(20))
            .build();
    ticket = Payload.of(Payloads.bytes(Payloads.TICKET));
  }

  /** Publishes a batch and waits until every delivery of it has been received. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long publishAndDeliver() throws InterruptedException {
    long target;
    synchronized (received) {
      target = received.get() + BATCH;
    }
    for (int i = 0; i < BATCH; i++) {
      dispatcher.publish(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), ticket);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    synchronized (received) {
      while (received.get() < target) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException(
              "deliveries did not all arrive within 60 s: " + received.get() + " of " + target);
        }
        received.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
      }
      return received.get();
    }
  }

  /** Stops the dispatcher and the receiver, and drops the schema or the files of the store. */
  @TearDown(Level.Trial)
  public void stop() throws IOException, SQLException {
    dispatcher.close();
    outbox.close();
    if (dataSource != null) {
      dataSource.close();
    }
    receiver.stop(0);
    receiverThreads.shutdownNow();
    if (schema != null) {
      try (Connection connection = DriverManager.getConnection(postgresUrl());
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
    if (directory != null) {
      try (var files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private DeliveryStore embeddedStore() throws IOException {
    directory = Files.createTempDirectory("webhookkit-benchmark");
    return DeliveryStore.embedded(directory.resolve("outbox"));
  }

  private DeliveryStore postgresStore() throws SQLException {
    schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(postgresUrl());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL does not answer at "
              + postgresUrl().replaceAll("password=[^&]*", "password=***")
              + ": start it or set WEBHOOKKIT_POSTGRES_URL",
          e);
    }
    String url = postgresUrl();
    com.zaxxer.hikari.HikariConfig pool = new com.zaxxer.hikari.HikariConfig();
    pool.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    pool.setMaximumPoolSize(20);
    dataSource = new com.zaxxer.hikari.HikariDataSource(pool);
    return DeliveryStore.postgres(dataSource);
  }

  private static String postgresUrl() {
    String configured = System.getenv("WEBHOOKKIT_POSTGRES_URL");
    return configured == null || configured.isBlank() ? DEFAULT_POSTGRES : configured;
  }
}
