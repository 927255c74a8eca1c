package io.webhookkit.outbox;

import static io.webhookkit.outbox.TestEntries.T0;
import static io.webhookkit.outbox.TestEntries.dueAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.Payload;
import io.webhookkit.outbox.OutboxEntry.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DeliveryStore} does; each store's test class runs these on an empty store. */
abstract class DeliveryStoreContract {

  static final Duration LEASE = Duration.ofSeconds(30);

  DeliveryStore store;

  /** Returns a store with no entries. */
  abstract DeliveryStore openEmptyStore() throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    store = openEmptyStore();
  }

  @AfterEach
  void closeStore() {
    if (store != null) { // null when the test was skipped before the store opened
      store.close();
    }
  }

  @Test
  void findReturnsTheEnqueuedEntryWithItsExactBytes() {
    byte[] json = "{\"summary\":\"Café — 東京 \\u00e9\\/\"}\n".getBytes(StandardCharsets.UTF_8);
    OutboxEntry entry = TestEntries.withPayload(Payload.of(json), T0);

    store.enqueue(List.of(entry));

    assertThat(store.find(entry.deliveryId())).contains(entry);
    assertThat(store.find(entry.deliveryId()).orElseThrow().payload().bytes()).isEqualTo(json);
  }

  @Test
  void keepsAMebibytePayloadByteForByte() {
    byte[] bytes = new byte[1024 * 1024];
    Arrays.fill(bytes, (byte) 0xE9);
    bytes[bytes.length - 1] = '\n';
    OutboxEntry entry = TestEntries.withPayload(Payload.of(bytes), T0);

    store.enqueue(List.of(entry));

    assertThat(store.find(entry.deliveryId()).orElseThrow().payload().bytes()).isEqualTo(bytes);
  }

  @Test
  void findReturnsEmptyForADeliveryNotInTheStore() {
    assertThat(store.find(DeliveryId.random())).isEmpty();
  }

  @Test
  void listReturnsTheEntriesInAStatusUpToTheLimit() {
    List<OutboxEntry> entries = List.of(dueAt(T0), dueAt(T0), dueAt(T0));
    store.enqueue(entries);

    assertThat(store.list(Status.PENDING, 2)).hasSize(2).isSubsetOf(entries);
    assertThat(store.list(Status.DEAD, 10)).isEmpty();
  }

  @Test
  void enqueueRefusesADeliveryIdAlreadyStoredAndStoresNothingOfTheBatch() {
    OutboxEntry first = dueAt(T0);
    store.enqueue(List.of(first));
    OutboxEntry fresh = dueAt(T0);

    assertThatThrownBy(() -> store.enqueue(List.of(fresh, first)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already in the outbox");
    assertThat(store.find(fresh.deliveryId())).isEmpty();
  }

  @Test
  void enqueueRefusesAnEntryThatIsNotPending() {
    OutboxEntry pending = dueAt(T0);
    OutboxEntry dead =
        new OutboxEntry(
            pending.deliveryId(),
            pending.subscription(),
            pending.url(),
            pending.event(),
            pending.itemClass(),
            pending.payload(),
            pending.createdAt(),
            3,
            pending.nextAttemptAt(),
            Status.DEAD,
            "gone");

    assertThatThrownBy(() -> store.enqueue(List.of(dead)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("enqueue PENDING entries");
  }

  @Test
  void claimDueLeavesEntriesThatAreNotDueYet() {
    OutboxEntry later = dueAt(T0.plusSeconds(60));
    store.enqueue(List.of(later));

    assertThat(store.claimDue("node-a", T0.plusSeconds(59), 10, LEASE)).isEmpty();
    assertThat(store.claimDue("node-a", T0.plusSeconds(60), 10, LEASE))
        .extracting(OutboxEntry::deliveryId)
        .containsExactly(later.deliveryId());
  }

  @Test
  void claimDueTakesAtMostTheLimitInOrderOfDueTime() {
    OutboxEntry third = dueAt(T0.plusSeconds(3));
    OutboxEntry first = dueAt(T0.plusSeconds(1));
    OutboxEntry second = dueAt(T0.plusSeconds(2));
    store.enqueue(List.of(third, first, second));

    List<OutboxEntry> claimed = store.claimDue("node-a", T0.plusSeconds(10), 2, LEASE);

    assertThat(claimed)
        .extracting(OutboxEntry::deliveryId)
        .containsExactly(first.deliveryId(), second.deliveryId());
    assertThat(claimed).extracting(OutboxEntry::status).containsOnly(Status.IN_FLIGHT);
  }

  @Test
  void aClaimedEntryIsNotClaimedAgainBeforeItsLeaseEnds() {
    store.enqueue(List.of(dueAt(T0)));
    store.claimDue("node-a", T0, 10, LEASE);

    assertThat(store.claimDue("node-a", T0.plus(LEASE).minusMillis(1), 10, LEASE)).isEmpty();
    assertThat(store.claimDue("node-b", T0.plus(LEASE).minusMillis(1), 10, LEASE)).isEmpty();
  }

  @Test
  void anotherNodeClaimsAnEntryWhoseLeaseEnded() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));
    store.claimDue("node-a", T0, 10, LEASE);

    assertThat(store.claimDue("node-b", T0.plus(LEASE), 10, LEASE))
        .extracting(OutboxEntry::deliveryId)
        .containsExactly(entry.deliveryId());
  }

  @Test
  void completeRefusesANodeWhoseClaimMovedToAnotherNode() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));
    store.claimDue("node-a", T0, 10, LEASE);
    store.claimDue("node-b", T0.plus(LEASE), 10, LEASE);

    assertThat(store.complete(entry.deliveryId(), "node-a", Status.DELIVERED, null)).isFalse();
    assertThat(store.find(entry.deliveryId()).orElseThrow().status()).isEqualTo(Status.IN_FLIGHT);
  }

  @Test
  void rescheduleRefusesANodeWhoseClaimMovedToAnotherNode() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));
    store.claimDue("node-a", T0, 10, LEASE);
    store.claimDue("node-b", T0.plus(LEASE), 10, LEASE);

    assertThat(store.reschedule(entry.deliveryId(), "node-a", T0.plusSeconds(300), "timeout"))
        .isFalse();
    assertThat(store.complete(entry.deliveryId(), "node-b", Status.DELIVERED, null)).isTrue();
  }

  @Test
  void completeEndsTheClaimForGoodAndCountsTheAttempt() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));
    store.claimDue("node-a", T0, 10, LEASE);

    assertThat(store.complete(entry.deliveryId(), "node-a", Status.DELIVERED, null)).isTrue();

    OutboxEntry delivered = store.find(entry.deliveryId()).orElseThrow();
    assertThat(delivered.status()).isEqualTo(Status.DELIVERED);
    assertThat(delivered.attempts()).isEqualTo(1);
    assertThat(store.claimDue("node-b", T0.plus(LEASE).plus(LEASE), 10, LEASE)).isEmpty();
  }

  @Test
  void completeRefusesANonFinalStatus() {
    assertThatThrownBy(() -> store.complete(DeliveryId.random(), "node-a", Status.PENDING, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DELIVERED, DEAD or DISABLED");
  }

  @Test
  void rescheduleMakesTheEntryDueLaterWithOneMoreAttempt() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));
    store.claimDue("node-a", T0, 10, LEASE);

    assertThat(store.reschedule(entry.deliveryId(), "node-a", T0.plusSeconds(60), "503")).isTrue();

    OutboxEntry pending = store.find(entry.deliveryId()).orElseThrow();
    assertThat(pending.status()).isEqualTo(Status.PENDING);
    assertThat(pending.attempts()).isEqualTo(1);
    assertThat(pending.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(pending.lastError()).isEqualTo("503");
    assertThat(store.claimDue("node-a", T0.plusSeconds(59), 10, LEASE)).isEmpty();
  }

  @Test
  void releaseMakesTheEntryClaimableAgainWithoutCountingAnAttempt() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));
    store.claimDue("node-a", T0, 10, LEASE);

    store.release(entry.deliveryId(), "node-a");

    List<OutboxEntry> claimed = store.claimDue("node-b", T0, 10, LEASE);
    assertThat(claimed).extracting(OutboxEntry::deliveryId).containsExactly(entry.deliveryId());
    assertThat(claimed.get(0).attempts()).isZero();
  }

  @Test
  void postponeMakesTheEntryDueLaterWithoutCountingAnAttempt() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));
    store.claimDue("node-a", T0, 10, LEASE);

    assertThat(store.postpone(entry.deliveryId(), "node-a", T0.plusSeconds(30))).isTrue();

    OutboxEntry pending = store.find(entry.deliveryId()).orElseThrow();
    assertThat(pending.status()).isEqualTo(Status.PENDING);
    assertThat(pending.attempts()).isZero();
    assertThat(pending.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(store.claimDue("node-b", T0.plusSeconds(29), 10, LEASE)).isEmpty();
    assertThat(store.claimDue("node-b", T0.plusSeconds(30), 10, LEASE)).hasSize(1);
  }

  @Test
  void postponeKeepsTheLastErrorOfTheAttemptBefore() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));
    store.claimDue("node-a", T0, 10, LEASE);
    store.reschedule(entry.deliveryId(), "node-a", T0.plusSeconds(1), "503 Service Unavailable");
    store.claimDue("node-a", T0.plusSeconds(1), 10, LEASE);

    store.postpone(entry.deliveryId(), "node-a", T0.plusSeconds(60));

    OutboxEntry pending = store.find(entry.deliveryId()).orElseThrow();
    assertThat(pending.attempts()).isEqualTo(1);
    assertThat(pending.lastError()).isEqualTo("503 Service Unavailable");
  }

  @Test
  void postponeRefusesANodeWhoseClaimMovedToAnotherNode() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));
    store.claimDue("node-a", T0, 10, LEASE);
    store.claimDue("node-b", T0.plus(LEASE), 10, LEASE);

    assertThat(store.postpone(entry.deliveryId(), "node-a", T0.plusSeconds(300))).isFalse();
    assertThat(store.find(entry.deliveryId()).orElseThrow().status()).isEqualTo(Status.IN_FLIGHT);
  }

  @Test
  void redeliverQueuesADeadEntryAgainDueNow() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));
    store.claimDue("node-a", T0, 10, LEASE);
    store.complete(entry.deliveryId(), "node-a", Status.DEAD, "500 Internal Server Error");
    Instant later = T0.plus(Duration.ofDays(1));

    assertThat(store.redeliver(entry.deliveryId(), later)).isTrue();

    assertThat(store.claimDue("node-a", later, 10, LEASE))
        .extracting(OutboxEntry::deliveryId)
        .containsExactly(entry.deliveryId());
  }

  @Test
  void redeliverRefusesAnEntryThatIsStillPending() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));

    assertThat(store.redeliver(entry.deliveryId(), T0)).isFalse();
  }

  @Test
  void attemptsReturnsTheHistoryInOrderOfNumber() {
    OutboxEntry entry = dueAt(T0);
    store.enqueue(List.of(entry));
    AttemptRecord second =
        new AttemptRecord(
            entry.deliveryId(),
            2,
            T0.plusSeconds(60),
            Duration.ofMillis(12),
            200,
            "DELIVERED",
            null,
            "ok",
            "node-b");
    AttemptRecord first =
        new AttemptRecord(
            entry.deliveryId(),
            1,
            T0,
            Duration.ofSeconds(10),
            0,
            "TIMED_OUT",
            "read timeout",
            null,
            "node-a");

    store.recordAttempt(second);
    store.recordAttempt(first);

    assertThat(store.attempts(entry.deliveryId())).containsExactly(first, second);
  }

  @Test
  void recordAttemptRefusesADeliveryNotInTheStore() {
    AttemptRecord attempt =
        new AttemptRecord(
            DeliveryId.random(), 1, T0, Duration.ZERO, 200, "DELIVERED", null, null, "node-a");

    assertThatThrownBy(() -> store.recordAttempt(attempt))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not in the outbox");
  }

  @Test
  void refusesCallsAfterClose() {
    store.close();

    assertThatThrownBy(() -> store.find(DeliveryId.random()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
