package io.webhookkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookCommandTest {

  @Test
  void withoutACommandItShowsTheUsageAndExitsTwo() {
    CliRun run = CliRun.of();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("give a command", "demo", "listen", "send", "sign", "verify");
  }

  @Test
  void theHelpListsEveryCommandWithAOneSentenceSummary() {
    CliRun run = CliRun.of("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "demo        Run the ProjeQtOr demo end to end on loopback.",
            "send        Send one signed webhook delivery.",
            "deliveries  List, show and redeliver the deliveries of an outbox.");
  }

  @Test
  void anUnknownCommandIsOneLineAndAHint() {
    CliRun run = CliRun.of("sned");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument", "Run 'webhook --help' for usage.");
  }

  @Test
  void anInvalidDurationSaysHowToWriteOne() {
    CliRun run = CliRun.of("listen", "--port", "0", "--secret-env", "X", "--tolerance", "abc");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("'abc' is not a duration: write a number with ms, s, m or h");
  }
}
