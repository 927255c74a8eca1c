package io.webhookkit.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractReportTest {

  private static final List<CheckResult> RESULTS =
      List.of(
          new CheckResult("Ticket-afterCreate", "genuine", "2xx", "204", true, "ok", Duration.ZERO),
          new CheckResult(
              "Ticket-afterCreate",
              "tampered-body",
              "4xx",
              "200",
              false,
              "200 OK from http://127.0.0.1:1/hooks in 3 ms: <accepted & logged>",
              Duration.ofMillis(3)));

  @Test
  void writesOneTestcasePerCheckAndAFailureWithExpectedAndActual(@TempDir Path dir)
      throws IOException {
    Path file = ContractReport.writeJUnitXml(dir.resolve("reports"), "crm", RESULTS);

    assertThat(file.getFileName().toString()).isEqualTo("TEST-crm.xml");
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<testsuite name=\"webhook-contract.crm\" tests=\"2\" failures=\"1\"")
        .contains(
            "<testcase classname=\"webhook-contract.crm\" name=\"Ticket-afterCreate genuine\"")
        .contains("<failure message=\"expected 4xx, got 200\" type=\"contract-deviation\">")
        .contains("&lt;accepted &amp; logged&gt;");
  }

  @Test
  void alignsTheSummaryTable() {
    assertThat(ContractReport.table(RESULTS))
        .containsExactly(
            "delivery            check          expected  actual  result",
            "Ticket-afterCreate  genuine        2xx       204     ok",
            "Ticket-afterCreate  tampered-body  4xx       200     FAILED");
  }
}
