package io.webhookkit.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhookkit.core.ItemClass;
import io.webhookkit.core.WebhookEvent;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigModelTest {

  private static final SourceLocation HERE = new SourceLocation("hooks.yaml", 2, 5);
  private static final SecretReference SECRET = SecretReference.of("${env:SECRET}");

  private static Subscription subscription(String name, Set<WebhookEvent> events, String url) {
    return new Subscription(
        name, ItemClass.of("Ticket"), events, URI.create(url), SECRET, AuthConfig.none(), HERE);
  }

  @Test
  void subscriptionMatchesItsEventsAndItemClassOnly() {
    Subscription subscription =
        subscription("a", Set.of(WebhookEvent.AFTER_CREATE), "https://a.example.test/");

    assertThat(subscription.matches(WebhookEvent.AFTER_CREATE, ItemClass.of("Ticket"))).isTrue();
    assertThat(subscription.matches(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"))).isFalse();
    assertThat(subscription.matches(WebhookEvent.AFTER_CREATE, ItemClass.of("Project"))).isFalse();
  }

  @Test
  void subscriptionRefusesNoEvents() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> subscription("a", Set.of(), "https://a.example.test/"));
  }

  @Test
  void subscriptionRefusesAUrlWithUserInfo() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                subscription("a", Set.of(WebhookEvent.AFTER_CREATE), "https://u:p@a.example.test/"))
        .withMessageContaining("user-info");
  }

  @Test
  void configRefusesTwoSubscriptionsWithTheSameName() {
    Subscription one = subscription("a", Set.of(WebhookEvent.AFTER_CREATE), "https://a.test/");
    Subscription two = subscription("a", Set.of(WebhookEvent.AFTER_UPDATE), "https://b.test/");

    assertThatIllegalArgumentException().isThrownBy(() -> new WebhookConfig(List.of(one, two)));
  }

  @Test
  void basicAuthRefusesAColonInTheUserName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuthConfig.basic("team:projeqtor", SECRET));
  }

  @Test
  void noAuthRefusesAUserName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AuthConfig(AuthConfig.Type.NONE, "projeqtor", null));
  }

  @Test
  void problemFormatsAsCompilerStyleLine() {
    ConfigProblem problem = ConfigProblem.error(HERE, "url is missing", "missing-key");

    assertThat(problem.format()).isEqualTo("hooks.yaml:2:5: error: url is missing [missing-key]");
  }

  @Test
  void resultRefusesAConfigurationTogetherWithAnError() {
    ConfigProblem error = ConfigProblem.error(HERE, "url is missing", "missing-key");

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ConfigReadResult(
                    java.util.Optional.of(new WebhookConfig(List.of())), List.of(error)));
  }
}
