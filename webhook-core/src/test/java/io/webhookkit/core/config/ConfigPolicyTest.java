package io.webhookkit.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigPolicyTest {

  private static final ConfigPolicy STRICT =
      ConfigPolicy.builder()
          .requireHttps(true)
          .allowLiteralSecrets(false)
          .secretsResolvableWith(SecretResolver.of(Map.of("CRM_WEBHOOK_SECRET", "s3cret-value")))
          .sourceCheck(s -> s.contains("/") ? Optional.empty() : Optional.of(s + " is no block"))
          .build();

  private static ConfigReadResult read(String name, ConfigPolicy policy) {
    return WebhookConfigReader.read("config/" + name, ConfigFixtures.bytes(name), policy);
  }

  @Test
  void readsHeadersRetryAndAllowedSources() {
    ConfigReadResult result = read("extended-valid.yaml", STRICT);

    assertThat(result.problems()).isEmpty();
    WebhookConfig config = result.config().orElseThrow();
    assertThat(config.allowedSources()).containsExactly("10.0.0.0/8", "2001:db8::/32");
    Subscription subscription = config.subscriptions().get(0);
    assertThat(subscription.headers())
        .containsExactly(Map.entry("X-Tenant", "acme"), Map.entry("X-Route", "crm; region=eu"));
    assertThat(subscription.retry())
        .isEqualTo(
            new RetryConfig(5, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofDays(1)));
  }

  @Test
  void theLenientPolicyAcceptsHttpAndLiteralSecrets() {
    List<String> rules =
        read("extended-problems.yaml", ConfigPolicy.lenient()).problems().stream()
            .map(ConfigProblem::ruleId)
            .toList();

    assertThat(rules).doesNotContain("insecure-url", "literal-secret", "unresolvable-secret");
  }

  @Test
  void reportsEveryPolicyAndFormatProblemAtItsValue() {
    ConfigReadResult result = read("extended-problems.yaml", STRICT);

    assertThat(result.problems())
        .extracting(ConfigProblem::format)
        .containsExactly(
            "config/extended-problems.yaml:2:20: error: allowedSources entry not-an-address is no"
                + " block [invalid-cidr]",
            "config/extended-problems.yaml:6:10: error: url uses http, which sends the payload"
                + " unencrypted: use https:// (or allow insecure URLs for a local receiver)"
                + " [insecure-url]",
            "config/extended-problems.yaml:7:13: error: secret is written as the value itself:"
                + " keep it out of the file with ${env:NAME}, ${file:PATH} or ${sys:NAME}"
                + " [literal-secret]",
            "config/extended-problems.yaml:9:7: error: header name X_Tenant holds '_', which"
                + " proxies drop: use '-' instead [invalid-header-name]",
            "config/extended-problems.yaml:10:7: error: header Projeqtor-Event is written by the"
                + " sender itself and cannot be set: rename it [invalid-header-name]",
            "config/extended-problems.yaml:11:14: error: header X-Bad value holds a control"
                + " character at position 5: remove it [invalid-header-value]",
            "config/extended-problems.yaml:13:20: error: retry.maxAttempts 0 is not between 1 and"
                + " 100 [retry-out-of-range]",
            "config/extended-problems.yaml:14:21: error: initialDelay 10 seconds is not a"
                + " duration: write a number and a unit, such as 10s, 5m or 1h (units ms, s, m, h,"
                + " d) [invalid-duration]",
            "config/extended-problems.yaml:15:5: warning: this subscription repeats the one on"
                + " line 4 (same itemClass, events and url): each event would be sent twice"
                + " [duplicate-subscription]",
            "config/extended-problems.yaml:17:10: error: url uses http, which sends the payload"
                + " unencrypted: use https:// (or allow insecure URLs for a local receiver)"
                + " [insecure-url]",
            "config/extended-problems.yaml:18:13: error: secret: environment variable"
                + " WEBHOOKKIT_SURELY_UNSET_VARIABLE is not set: export it before starting"
                + " [unresolvable-secret]",
            "config/extended-problems.yaml:21:17: error: retry.maxDelay is not between"
                + " initialDelay and 1d [retry-out-of-range]");
  }
}
