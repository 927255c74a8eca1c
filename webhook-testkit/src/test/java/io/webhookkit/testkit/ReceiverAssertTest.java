package io.webhookkit.testkit;

import static io.webhookkit.testkit.Fixtures.ticketUpdate;
import static io.webhookkit.testkit.WebhookAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.core.WebhookEvent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReceiverAssertTest {

  private static final Duration SHORT = Duration.ofMillis(100);

  private final MockWebhookReceiver receiver = Fixtures.receiver();

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void receivedExactlyPassesWhenTheCountArrives() throws Exception {
    ticketUpdate().send(receiver.uri());

    assertThat(receiver).receivedExactly(1);
  }

  @Test
  void receivedExactlyWaitsForADeliverySentLater() {
    CompletableFuture<Void> sender =
        CompletableFuture.runAsync(
            () -> {
              try {
                ticketUpdate().send(receiver.uri());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    assertThat(receiver).receivedExactly(1);
    sender.join();
  }

  @Test
  void receivedExactlyFailsWhenTooFewArriveInTime() throws Exception {
    ticketUpdate().send(receiver.uri());

    assertThatThrownBy(() -> assertThat(receiver).within(SHORT).receivedExactly(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            "Expecting receiver at:",
            "  " + receiver.url(),
            "to receive exactly:",
            "  2 deliveries",
            "within 100ms, but it received 1 delivery:",
            "  #0 POST /webhooks event=afterUpdate class=Ticket");
  }

  @Test
  void receivedExactlyFailsWhenMoreArrived() throws Exception {
    ticketUpdate().send(receiver.uri());
    ticketUpdate().send(receiver.uri());

    assertThatThrownBy(() -> assertThat(receiver).receivedExactly(1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to receive exactly:%n  1 delivery%n".formatted())
        .hasMessageContaining("but it received 2 deliveries:");
  }

  @Test
  void receivedNothingForPassesOnSilence() {
    assertThat(receiver).receivedNothingFor(SHORT);
  }

  @Test
  void receivedNothingForFailsAndListsWhatArrived() throws Exception {
    ticketUpdate().send(receiver.uri());

    assertThatThrownBy(() -> assertThat(receiver).receivedNothingFor(SHORT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to receive no delivery for 100ms, but it received:")
        .hasMessageContaining("#0 POST /webhooks");
  }

  @Test
  void filtersCountOnlyMatchingDeliveries() throws Exception {
    ticketUpdate().send(receiver.uri());
    ticketUpdate().withHeader("Projeqtor-Event", "afterDelete").send(receiver.uri());

    assertThat(receiver).withEvent(WebhookEvent.AFTER_DELETE).receivedExactly(1);
    assertThat(receiver).withItemClass("Ticket").receivedExactly(2);
  }

  @Test
  void aFilterIsNamedInTheFailure() {
    assertThatThrownBy(
            () ->
                assertThat(receiver)
                    .within(SHORT)
                    .withEvent(WebhookEvent.AFTER_CREATE)
                    .withItemClass("Project")
                    .receivedAtLeast(1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "to receive at least:%n  1 delivery with event afterCreate and with item class Project"
                .formatted())
        .hasMessageContaining("received 0 deliveries:%n  nothing".formatted());
  }

  @Test
  void deliveryGivesAssertionsOnTheOneAtItsIndex() throws Exception {
    ticketUpdate().send(receiver.uri());
    ticketUpdate().withHeader("Projeqtor-Class", "Project").send(receiver.uri());

    assertThat(receiver).delivery(1).hasItemClass("Project");
    assertThat(receiver).first().hasItemClass("Ticket");
    assertThat(receiver).last().hasItemClass("Project");
  }

  @Test
  void deliveryFailsWhenItDidNotArrive() {
    assertThatThrownBy(() -> assertThat(receiver).within(SHORT).delivery(0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to receive at least:%n  1 delivery%n".formatted());
  }
}
