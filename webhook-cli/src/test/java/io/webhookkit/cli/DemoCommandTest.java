package io.webhookkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class DemoCommandTest {

  @Test
  void theGenuineDeliveryMatchesAndTheForgedOneIsRejected() {
    CliRun run = CliRun.of("demo");

    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains(
            "Event=afterUpdate",
            "Class=Ticket",
            "ContentType=application/json",
            "ContentLength=",
            "seconds ago)",
            "Payload={\"id\":9,\"reference\":\"001-001-INC-009\"",
            "receiveSignature=sha256=",
            "expectedSignature=sha256=",
            "=> MATCH",
            "=> NO MATCH",
            "401 SIGNATURE_MISMATCH",
            "demo passed");
  }

  @Test
  void theGenuineRecordComesBeforeTheForgedOne() {
    String out = CliRun.of("demo").out();

    assertThat(out.indexOf("=> MATCH")).isLessThan(out.indexOf("=> NO MATCH"));
  }
}
