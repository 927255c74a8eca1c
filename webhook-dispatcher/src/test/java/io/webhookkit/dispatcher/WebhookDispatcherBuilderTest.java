package io.webhookkit.dispatcher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.client.WebhookClient;
import io.webhookkit.outbox.DeliveryStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link WebhookDispatcher.Builder#build()} refuses, before anything runs. */
class WebhookDispatcherBuilderTest {

  @TempDir Path folder;

  private DeliveryStore store;

  @BeforeEach
  void open() {
    store = DeliveryStore.embedded(folder.resolve("outbox"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private WebhookDispatcher.Builder valid() {
    return TestConfigs.dispatcher(
        TestConfigs.config(
            TestConfigs.ticketUpdates("crm", URI.create("https://hooks.example/crm"))),
        store,
        DeliveryListener.NONE);
  }

  @Test
  void refusesAMissingConfig() {
    assertThatThrownBy(() -> WebhookDispatcher.builder().store(store).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("config is not set");
  }

  @Test
  void refusesAMissingStore() {
    assertThatThrownBy(() -> WebhookDispatcher.builder().config(TestConfigs.config()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("store is not set");
  }

  @Test
  void refusesAConcurrencyBelowOne() {
    assertThatThrownBy(() -> valid().maxConcurrencyPerEndpoint(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConcurrencyPerEndpoint < 1: 0");
  }

  @Test
  void refusesALeaseThatDoesNotExceedTheCallTimeout() {
    assertThatThrownBy(
            () -> valid().lease(Duration.ofSeconds(10)).callTimeout(Duration.ofSeconds(10)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not exceed the call timeout");
  }

  @Test
  void refusesANonPositivePollInterval() {
    assertThatThrownBy(() -> valid().pollInterval(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pollInterval <= 0");
  }

  @Test
  void refusesTimeoutsGivenTogetherWithAClient() {
    try (WebhookClient client = WebhookClient.create()) {
      assertThatThrownBy(() -> valid().client(client).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("configure them on the client");
    }
  }

  @Test
  void refusesTwoUnnamedSubscriptionsSharingAUrl() {
    URI url = URI.create("https://hooks.example/shared");
    assertThatThrownBy(
            () ->
                WebhookDispatcher.builder()
                    .config(
                        TestConfigs.config(
                            TestConfigs.ticketUpdates(null, url),
                            TestConfigs.ticketUpdates(null, url)))
                    .store(store)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give them names");
  }
}
