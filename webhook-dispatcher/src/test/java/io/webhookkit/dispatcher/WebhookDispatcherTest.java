package io.webhookkit.dispatcher;

import static io.webhookkit.dispatcher.TestConfigs.TICKET;
import static io.webhookkit.dispatcher.TestConfigs.TICKET_JSON;
import static io.webhookkit.dispatcher.TestConfigs.config;
import static io.webhookkit.dispatcher.TestConfigs.dispatcher;
import static io.webhookkit.dispatcher.TestConfigs.ticketUpdates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.client.AttemptOutcome;
import io.webhookkit.client.RetryDecision;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.config.RetryConfig;
import io.webhookkit.core.config.SecretReference;
import io.webhookkit.core.config.SecretResolver;
import io.webhookkit.core.config.Subscription;
import io.webhookkit.outbox.DeliveryStore;
import io.webhookkit.outbox.OutboxEntry;
import io.webhookkit.outbox.OutboxEntry.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a dispatcher does with each answer of a receiver, on an embedded outbox. */
class WebhookDispatcherTest {

  @TempDir Path folder;

  private DeliveryStore store;
  private Receiver receiver;
  private final RecordingListener listener = new RecordingListener();

  @BeforeEach
  void start() throws Exception {
    store = DeliveryStore.embedded(folder.resolve("outbox"));
    receiver = new Receiver();
  }

  @AfterEach
  void stop() throws Exception {
    receiver.close();
    store.close();
  }

  private WebhookDispatcher dispatcherFor(Subscription... subscriptions) {
    return dispatcher(config(subscriptions), store, listener).build();
  }

  private DeliveryId publishOne(WebhookDispatcher dispatcher) {
    return dispatcher.publish(WebhookEvent.AFTER_UPDATE, TICKET, TICKET_JSON).get(0);
  }

  @Test
  void fansOutToEveryMatchingSubscriptionAndNoOther() throws Exception {
    Subscription other =
        new Subscription(
            "projects",
            ItemClass.of("Project"),
            java.util.EnumSet.of(WebhookEvent.AFTER_UPDATE),
            receiver.url("/projects"),
            SecretReference.of("s3cret"),
            io.webhookkit.core.config.AuthConfig.none(),
            io.webhookkit.core.config.SourceLocation.startOf("webhooks.yaml"));
    try (WebhookDispatcher dispatcher =
        dispatcherFor(
            ticketUpdates("crm", receiver.url("/crm")),
            other,
            ticketUpdates("audit", receiver.url("/audit")))) {

      List<DeliveryId> ids = dispatcher.publish(WebhookEvent.AFTER_UPDATE, TICKET, TICKET_JSON);

      assertThat(ids).hasSize(2).doesNotHaveDuplicates();
      listener.awaitSucceeded(2);
      assertThat(receiver.requests())
          .extracting(request -> request.getUrl().encodedPath())
          .containsExactlyInAnyOrder("/crm", "/audit");
      assertThat(receiver.countsPerDelivery()).containsOnlyKeys(ids);
    }
  }

  @Test
  void publishReturnsNoDeliveryWhenNoSubscriptionMatches() {
    try (WebhookDispatcher dispatcher = dispatcherFor(ticketUpdates("crm", receiver.url("/")))) {
      assertThat(dispatcher.publish(WebhookEvent.AFTER_DELETE, TICKET, TICKET_JSON)).isEmpty();
    }
  }

  @Test
  void publishStoresTheDeliveryBeforeItReturns() {
    try (WebhookDispatcher dispatcher = dispatcherFor(ticketUpdates("crm", receiver.url("/")))) {
      receiver.hold();

      DeliveryId id = publishOne(dispatcher);

      assertThat(store.find(id)).isPresent();
      receiver.open();
    }
  }

  @Test
  void publishIsRefusedAfterClose() {
    WebhookDispatcher dispatcher = dispatcherFor(ticketUpdates("crm", receiver.url("/")));
    dispatcher.close();

    assertThatThrownBy(() -> dispatcher.publish(WebhookEvent.AFTER_UPDATE, TICKET, TICKET_JSON))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void a2xxAnswerMarksTheDeliveryDelivered() throws Exception {
    receiver.answer(204);
    try (WebhookDispatcher dispatcher = dispatcherFor(ticketUpdates("crm", receiver.url("/")))) {
      DeliveryId id = publishOne(dispatcher);

      listener.awaitSucceeded(1);

      OutboxEntry entry = store.find(id).orElseThrow();
      assertThat(entry.status()).isEqualTo(Status.DELIVERED);
      assertThat(entry.attempts()).isEqualTo(1);
      assertThat(receiver.requests().get(0).getBody().toByteArray()).isEqualTo(TICKET_JSON.bytes());
    }
  }

  @Test
  void retriesAfterServerErrorsWithTheSameIdAndBytes() throws Exception {
    receiver.answer(500, 500, 200);
    try (WebhookDispatcher dispatcher = dispatcherFor(ticketUpdates("crm", receiver.url("/")))) {
      DeliveryId id = publishOne(dispatcher);

      listener.awaitSucceeded(1);

      List<RecordedRequest> requests = receiver.requests();
      assertThat(requests).hasSize(3);
      assertThat(requests)
          .extracting(request -> request.getHeaders().get("Projeqtor-Delivery"))
          .containsOnly(id.toString());
      assertThat(requests)
          .extracting(request -> request.getBody().toByteArray())
          .allSatisfy(body -> assertThat(body).isEqualTo(TICKET_JSON.bytes()));
      assertThat(requests)
          .extracting(request -> Long.parseLong(request.getHeaders().get("Projeqtor-Timestamp")))
          .isSorted();
      assertThat(store.attempts(id)).extracting(a -> a.statusCode()).containsExactly(500, 500, 200);
    }
  }

  @Test
  void honoursRetryAfterOnA429() throws Exception {
    receiver.answer(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
    try (WebhookDispatcher dispatcher = dispatcherFor(ticketUpdates("crm", receiver.url("/")))) {
      DeliveryId id = publishOne(dispatcher);

      listener.awaitFailed(1);

      RecordingListener.Failure failure = listener.failed().get(0);
      assertThat(failure.decision().action()).isEqualTo(RetryDecision.Action.RETRY);
      assertThat(failure.decision().nextAttemptAt())
          .isAfterOrEqualTo(failure.attempt().startedAt().plusSeconds(1))
          .isBefore(failure.attempt().startedAt().plusSeconds(2));
      // The store keeps microseconds.
      assertThat(store.find(id).orElseThrow().nextAttemptAt())
          .isEqualTo(failure.decision().nextAttemptAt().truncatedTo(ChronoUnit.MICROS));
    }
  }

  @Test
  void aSubscriptionsOwnRetrySettingsReplaceTheDispatchersPolicy() throws Exception {
    receiver.answer(500, 200);
    Subscription base = ticketUpdates("crm", receiver.url("/"));
    Subscription oneAttempt =
        new Subscription(
            base.name(),
            base.itemClass(),
            base.events(),
            base.url(),
            base.secret(),
            base.auth(),
            base.headers(),
            new RetryConfig(1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)),
            base.location());
    try (WebhookDispatcher dispatcher = dispatcherFor(oneAttempt)) {
      DeliveryId id = publishOne(dispatcher);

      listener.awaitDeadLetters(1);

      assertThat(store.find(id).orElseThrow().status()).isEqualTo(Status.DEAD);
      assertThat(receiver.requests()).hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404})
  void deadLettersAClientErrorAtOnce(int status) throws Exception {
    receiver.answer(status);
    try (WebhookDispatcher dispatcher = dispatcherFor(ticketUpdates("crm", receiver.url("/")))) {
      DeliveryId id = publishOne(dispatcher);

      listener.awaitDeadLetters(1);

      assertThat(store.find(id).orElseThrow().status()).isEqualTo(Status.DEAD);
      assertThat(receiver.requests()).hasSize(1);
      assertThat(listener.deadLetters().get(0)).contains(String.valueOf(status));
    }
  }

  @Test
  void a410DisablesTheSubscriptionAndLaterPublishesSkipIt() throws Exception {
    receiver.answer("/gone", 410);
    try (WebhookDispatcher dispatcher =
        dispatcherFor(
            ticketUpdates("gone", receiver.url("/gone")),
            ticketUpdates("crm", receiver.url("/crm")))) {
      List<DeliveryId> first = dispatcher.publish(WebhookEvent.AFTER_UPDATE, TICKET, TICKET_JSON);
      listener.awaitFailed(1);
      listener.awaitDisabled(1);
      listener.awaitSucceeded(1);

      List<DeliveryId> later = dispatcher.publish(WebhookEvent.AFTER_UPDATE, TICKET, TICKET_JSON);

      assertThat(listener.disabled()).containsExactly("gone");
      assertThat(dispatcher.disabledSubscriptions()).containsExactly("gone");
      assertThat(store.find(first.get(0)).orElseThrow().status()).isEqualTo(Status.DISABLED);
      assertThat(later).hasSize(1);
      assertThat(store.find(later.get(0)).orElseThrow().subscription()).isEqualTo("crm");
    }
  }

  @Test
  void aRedirectIsDeadLetteredNamingItsLocationAndNotFollowed() throws Exception {
    receiver.answer(
        new MockResponse.Builder()
            .code(302)
            .setHeader("Location", receiver.url("/moved").toString())
            .build());
    try (WebhookDispatcher dispatcher = dispatcherFor(ticketUpdates("crm", receiver.url("/")))) {
      DeliveryId id = publishOne(dispatcher);

      listener.awaitDeadLetters(1);

      assertThat(listener.deadLetters().get(0)).contains("/moved");
      assertThat(store.find(id).orElseThrow().lastError()).contains("/moved");
      assertThat(receiver.requests()).hasSize(1);
    }
  }

  @Test
  void retriesAnAttemptThatTimedOut() throws Exception {
    receiver.answer(
        new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS).build(),
        new MockResponse.Builder().code(200).build());
    try (WebhookDispatcher dispatcher =
        dispatcher(config(ticketUpdates("crm", receiver.url("/"))), store, listener)
            .readTimeout(Duration.ofMillis(200))
            .build()) {
      publishOne(dispatcher);

      listener.awaitSucceeded(1);

      assertThat(listener.failed()).hasSize(1);
      assertThat(listener.failed().get(0).attempt().outcome()).isEqualTo(AttemptOutcome.TIMED_OUT);
      assertThat(listener.failed().get(0).decision().action())
          .isEqualTo(RetryDecision.Action.RETRY);
    }
  }

  @Test
  void keepsAtMostTheConfiguredAttemptsToOneEndpointAtOnce() throws Exception {
    receiver.hold();
    try (WebhookDispatcher dispatcher =
        dispatcher(config(ticketUpdates("crm", receiver.url("/"))), store, listener)
            .maxConcurrencyPerEndpoint(2)
            .build()) {
      for (int i = 0; i < 6; i++) {
        publishOne(dispatcher);
      }
      receiver.awaitConcurrent(2);
      listener.awaitPostponed(1);

      assertThat(receiver.current()).isEqualTo(2);
      receiver.open();
      listener.awaitSucceeded(6);

      assertThat(receiver.maxConcurrent()).isEqualTo(2);
      assertThat(listener.postponed().get(0).reason()).contains("attempts under way");
    }
  }

  @Test
  void theSsrfGuardRefusesALoopbackReceiverByDefault() throws Exception {
    try (WebhookDispatcher dispatcher =
        WebhookDispatcher.builder()
            .config(config(ticketUpdates("crm", receiver.url("/"))))
            .store(store)
            .retryPolicy(TestConfigs.FAST_RETRIES)
            .listener(listener)
            .build()) {
      publishOne(dispatcher);

      listener.awaitFailed(1);

      assertThat(listener.failed().get(0).attempt().describe())
          .contains("blocked by the SSRF guard");
      assertThat(receiver.requests()).isEmpty();
    }
  }

  @Test
  void aListenerThatThrowsDoesNotStopDelivery() throws Exception {
    DeliveryListener throwing =
        new DeliveryListener() {
          @Override
          public void attemptStarted(OutboxEntry entry, int attemptNumber) {
            throw new IllegalStateException("listener bug");
          }

          @Override
          public void attemptFailed(
              OutboxEntry entry,
              io.webhookkit.client.DeliveryAttempt attempt,
              RetryDecision decision) {
            throw new IllegalStateException("listener bug");
          }
        };
    receiver.answer(503);
    try (WebhookDispatcher dispatcher =
        dispatcher(config(ticketUpdates("crm", receiver.url("/"))), store, throwing).build()) {
      DeliveryId id = publishOne(dispatcher);

      receiver.awaitRequests(2);

      assertThat(receiver.countsPerDelivery()).containsEntry(id, 2);
    }
  }

  @Test
  void deadLettersCanBeListedAndRedelivered() throws Exception {
    receiver.answer(400);
    try (WebhookDispatcher dispatcher = dispatcherFor(ticketUpdates("crm", receiver.url("/")))) {
      DeliveryId id = publishOne(dispatcher);
      listener.awaitDeadLetters(1);

      assertThat(dispatcher.deadLetters(10))
          .extracting(OutboxEntry::deliveryId)
          .containsExactly(id);
      assertThat(dispatcher.redeliver(id)).isTrue();

      listener.awaitSucceeded(1);
      assertThat(store.find(id).orElseThrow().status()).isEqualTo(Status.DELIVERED);
      assertThat(receiver.countsPerDelivery()).containsEntry(id, 2);
    }
  }

  @Test
  void deadLettersADeliveryWhoseSecretCannotBeResolved() throws Exception {
    Subscription crm =
        new Subscription(
            "crm",
            TICKET,
            java.util.EnumSet.of(WebhookEvent.AFTER_UPDATE),
            receiver.url("/"),
            SecretReference.of("${env:CRM_SECRET}"),
            io.webhookkit.core.config.AuthConfig.none(),
            io.webhookkit.core.config.SourceLocation.startOf("webhooks.yaml"));
    try (WebhookDispatcher dispatcher =
        dispatcher(config(crm), store, listener)
            .secretResolver(SecretResolver.of(Map.of()))
            .build()) {
      DeliveryId id = publishOne(dispatcher);

      listener.awaitDeadLetters(1);

      assertThat(listener.deadLetters().get(0)).contains("CRM_SECRET is not set");
      assertThat(store.find(id).orElseThrow().status()).isEqualTo(Status.DEAD);
      assertThat(receiver.requests()).isEmpty();
    }
  }

  @Test
  void deadLettersADeliveryWhoseSubscriptionIsNoLongerConfigured() throws Exception {
    OutboxEntry queued =
        OutboxEntry.pending(
            io.webhookkit.core.Delivery.of(WebhookEvent.AFTER_UPDATE, TICKET, TICKET_JSON),
            "removed",
            receiver.url("/removed"),
            java.time.Instant.now());
    store.enqueue(List.of(queued));

    try (WebhookDispatcher dispatcher = dispatcherFor(ticketUpdates("crm", receiver.url("/")))) {
      listener.awaitDeadLetters(1);
    }

    assertThat(listener.deadLetters())
        .containsExactly("subscription removed is no longer configured");
    assertThat(store.find(queued.deliveryId()).orElseThrow().status()).isEqualTo(Status.DEAD);
    assertThat(receiver.requests()).isEmpty();
  }
}
