package io.webhookkit.benchmarks;

import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.Signature;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Signs one payload per operation: {@link WebhookSigner#sign(Payload)}, the whole header set of an
 * attempt ({@link ProjeqtorHeaders#forAttempt}), and the floor, a bare HMAC-SHA256 with a {@link
 * Mac} prepared once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigningBenchmark {

  private static final String SECRET = "benchmark-secret-of-the-projeqtor-sender";

  @Param({Payloads.TICKET, Payloads.LARGE})
  public String size;

  private byte[] body;
  private Mac bareMac;
  private WebhookSigner signer;
  private Delivery delivery;
  private Instant timestamp;

  /** Prepares the payload, the signers and a fixed attempt time. */
  @Setup(Level.Trial)
  public void prepare() {
    body = Payloads.bytes(size);
    bareMac = BareHmac.prepared(SECRET.getBytes(StandardCharsets.UTF_8));
    signer = WebhookSigner.of(Secret.of(SECRET));
    delivery = Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(body));
    timestamp = Instant.ofEpochSecond(1_700_000_000L);
  }

  /** The floor: the 32 bytes of the HMAC of the body. */
  @Benchmark
  public byte[] bareHmac() {
    return bareMac.doFinal(body);
  }

  /** Our signer over the delivery's payload. */
  @Benchmark
  public Signature webhookSigner() {
    return signer.sign(delivery.payload());
  }

  /** The six headers of one attempt, the signature among them, as the client sends them. */
  @Benchmark
  public Map<String, String> projeqtorHeaders() {
    return ProjeqtorHeaders.forAttempt(delivery, signer, timestamp);
  }
}
