package io.webhookkit.core.config;

import static io.webhookkit.core.config.ConfigFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.ItemClass;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.config.ConfigProblem.Severity;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookConfigReaderTest {

  @Test
  void readsEverySubscriptionOfAValidYamlFile() {
    ConfigReadResult result = read("valid.yaml");

    assertThat(result.problems()).isEmpty();
    Subscription first = result.config().orElseThrow().subscriptions().get(0);
    assertThat(first.name()).isEqualTo("tickets-to-crm");
    assertThat(first.itemClass()).isEqualTo(ItemClass.of("Ticket"));
    assertThat(first.events())
        .containsExactly(WebhookEvent.AFTER_CREATE, WebhookEvent.AFTER_UPDATE);
    assertThat(first.url()).isEqualTo(URI.create("https://crm.example.test/hooks/projeqtor"));
    assertThat(first.secret()).isEqualTo(SecretReference.of("${env:CRM_WEBHOOK_SECRET}"));
    assertThat(first.auth())
        .isEqualTo(
            AuthConfig.basic("projeqtor", SecretReference.of("${env:CRM_WEBHOOK_PASSWORD}")));
  }

  @Test
  void defaultsToNoAuthenticationAndNoName() {
    Subscription second = read("valid.yaml").config().orElseThrow().subscriptions().get(1);

    assertThat(second.name()).isNull();
    assertThat(second.auth()).isEqualTo(AuthConfig.none());
  }

  @Test
  void validYamlAndJsonFilesDescribeTheSameSubscriptions() {
    WebhookConfig yaml = read("valid.yaml").config().orElseThrow();
    WebhookConfig json = read("valid.json").config().orElseThrow();

    // Only the locations differ: they point into different files.
    assertThat(json)
        .usingRecursiveComparison()
        .ignoringFields("subscriptions.location")
        .isEqualTo(yaml);
  }

  @Test
  void recordsWhereEachSubscriptionStarts() {
    WebhookConfig config = read("valid.yaml").config().orElseThrow();

    assertThat(config.subscriptions())
        .extracting(Subscription::location)
        .containsExactly(
            new SourceLocation("config/valid.yaml", 3, 5),
            new SourceLocation("config/valid.yaml", 12, 5));
  }

  @ParameterizedTest(name = "{0} -> {1}:{2} {3}")
  @CsvSource({
    "unknown-event.yaml,              3, 27, unknown-event",
    "json-problems.json,              5, 33, unknown-event",
    "missing-url.yaml,                2,  5, missing-key",
    "missing-secret.yaml,             2,  5, missing-key",
    "empty-url.yaml,                  4,  9, missing-value",
    "events-not-a-list.yaml,          3, 13, wrong-type",
    "numeric-secret.yaml,             5, 13, wrong-type",
    "invalid-item-class.yaml,         2, 16, invalid-item-class",
    "empty-events.yaml,               3, 13, empty-events",
    "broken-reference.yaml,           5, 13, invalid-secret",
    "unknown-auth-type.yaml,          7, 13, unknown-auth-type",
    "basic-auth-without-username.yaml, 7, 7, missing-key",
    "basic-auth-without-password.yaml, 7, 7, missing-key",
    "basic-auth-colon-username.yaml,  8, 17, invalid-username",
    "duplicate-names.yaml,            7, 11, duplicate-name",
    "duplicate-key.yaml,              5,  5, duplicate-key",
    "unparseable.json,                6,  7, syntax-error",
    "empty.yaml,                      1,  1, missing-key",
    "webhooks.txt,                    1,  1, unknown-format",
  })
  void reportsAnErrorAtTheOffendingValue(String fixture, int line, int column, String ruleId) {
    ConfigReadResult result = read(fixture);

    assertThat(result.config()).isEmpty();
    assertThat(result.problems())
        .containsExactly(
            new ConfigProblem(
                new SourceLocation("config/" + fixture, line, column),
                Severity.ERROR,
                result.problems().get(0).message(),
                ruleId));
  }

  @Test
  void suggestsTheEventThatAMisspeltNameProbablyMeant() {
    ConfigProblem problem = read("unknown-event.yaml").problems().get(0);

    assertThat(problem.message())
        .isEqualTo("unknown event afterupdate (did you mean afterUpdate?)");
  }

  @Test
  void listsTheEventsWhenNoNameIsClose() {
    ConfigProblem problem = read("many-problems.yaml").problems().get(1);

    assertThat(problem.format())
        .isEqualTo(
            "config/many-problems.yaml:4:27: error: unknown event afterSave: use one of"
                + " afterCreate, afterUpdate, afterDelete [unknown-event]");
  }

  @Test
  void warnsAboutUnknownKeysAndSuggestsCloseOnes() {
    ConfigReadResult result = read("misspelt-key.yaml");

    assertThat(result.problems())
        .extracting(ConfigProblem::format)
        .containsExactly(
            "config/misspelt-key.yaml:6:5: warning: unknown key retires in a subscription; it is"
                + " ignored [unknown-key]",
            "config/misspelt-key.yaml:7:5: warning: unknown key Url in a subscription (did you"
                + " mean url?) [unknown-key]");
  }

  @Test
  void keepsTheConfigurationWhenThereAreOnlyWarnings() {
    ConfigReadResult result = read("duplicate-event.yaml");

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.problems())
        .extracting(ConfigProblem::ruleId)
        .containsExactly("duplicate-event");
    assertThat(result.config()).isPresent();
  }

  @Test
  void reportsEveryKindOfBadUrlInOneFile() {
    ConfigReadResult result = read("invalid-urls.yaml");

    assertThat(result.problems())
        .extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.message())
        .containsExactly(
            "4:10 url scheme ftp is not supported: use https:// or http://",
            "8:10 url is not absolute: start it with https://",
            "12:10 url holds user-info (user@host): remove it and use auth: type: basic instead",
            "16:10 url has a #fragment, which is never sent to a server: remove it",
            "20:10 url port 99999 is not between 1 and 65535",
            "24:10 url is not a valid URL: Illegal character in path at character 31");
  }

  @Test
  void reportsEveryProblemOfAFileInLineOrder() {
    ConfigReadResult result = read("many-problems.yaml");

    assertThat(result.problems())
        .extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.ruleId())
        .containsExactly(
            "2:5 missing-key",
            "4:27 unknown-event",
            "5:10 invalid-url",
            "6:11 duplicate-name",
            "7:16 invalid-item-class",
            "8:13 empty-events",
            "12:13 unknown-auth-type");
  }

  @Test
  void reportsTheLineWhereTheYamlParserStopped() {
    ConfigReadResult result = read("unparseable.yaml");

    assertThat(result.problems())
        .extracting(ConfigProblem::format)
        .containsExactly(
            "config/unparseable.yaml:4:8: error: the file is not valid YAML: while parsing a flow"
                + " sequence; expected ',' or ']', but got : [syntax-error]");
  }

  @Test
  void neverQuotesAnUnquotedValueInASyntaxError() {
    ConfigReadResult result = read("unquoted-secret.json");

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.ruleId()).isEqualTo("syntax-error");
              assertThat(p.message()).doesNotContain("hunter2secret");
            });
  }

  @Test
  void acceptsALiteralSecret() {
    ConfigReadResult result = read("literal-secret.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.config().orElseThrow().subscriptions().get(0).secret().isReference())
        .isFalse();
  }

  @Test
  void readsAFileFromDiskUnderTheGivenName() {
    ConfigReadResult result =
        WebhookConfigReader.read(ConfigFixtures.path("unknown-event.yaml"), "hooks/a.yaml");

    assertThat(result.problems().get(0).location())
        .isEqualTo(new SourceLocation("hooks/a.yaml", 3, 27));
  }

  @Test
  void reportsAMissingFileAsAProblemInsteadOfThrowing(@TempDir Path directory) {
    ConfigReadResult result = WebhookConfigReader.read(directory.resolve("absent.yaml"));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.ruleId()).isEqualTo("unreadable-file");
              assertThat(p.location().line()).isEqualTo(1);
            });
  }

  @Test
  void subscriptionsForReturnsTheMatchingSubscriptionsInFileOrder() {
    WebhookConfig config = read("valid.yaml").config().orElseThrow();

    assertThat(config.subscriptionsFor(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket")))
        .extracting(Subscription::name)
        .containsExactly("tickets-to-crm");
    assertThat(config.subscriptionsFor(WebhookEvent.AFTER_DELETE, ItemClass.of("Ticket")))
        .isEmpty();
  }

  @Test
  void eventsAreExposedAsAnUnmodifiableSet() {
    Set<WebhookEvent> events =
        read("valid.yaml").config().orElseThrow().subscriptions().get(0).events();

    assertThat(events).isUnmodifiable();
  }
}
