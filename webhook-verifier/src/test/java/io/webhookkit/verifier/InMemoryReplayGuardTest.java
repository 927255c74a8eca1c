package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryReplayGuardTest {

  private static final Duration WINDOW = Duration.ofMinutes(5);

  private final SteppedClock clock = new SteppedClock(Instant.parse("2024-05-01T12:00:00Z"));

  private InMemoryReplayGuard guard(int maxEntries) {
    return InMemoryReplayGuard.builder().maxEntries(maxEntries).clock(clock).build();
  }

  @Test
  void acceptsTheFirstSightingOfAKey() {
    assertThat(guard(10).firstSighting("projeqtor:a", WINDOW)).isTrue();
  }

  @Test
  void refusesTheSecondSightingWithinTheWindow() {
    InMemoryReplayGuard guard = guard(10);
    guard.firstSighting("projeqtor:a", WINDOW);
    clock.advance(WINDOW.minusMillis(1));

    assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isFalse();
  }

  @Test
  void forgetsAKeyOnceItsWindowHasPassed() {
    InMemoryReplayGuard guard = guard(10);
    guard.firstSighting("projeqtor:a", WINDOW);
    clock.advance(WINDOW);

    assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isTrue();
  }

  @Test
  void aRepeatedSightingDoesNotExtendTheWindow() {
    InMemoryReplayGuard guard = guard(10);
    guard.firstSighting("projeqtor:a", WINDOW);
    clock.advance(Duration.ofMinutes(4));
    guard.firstSighting("projeqtor:a", WINDOW);
    clock.advance(Duration.ofMinutes(1));

    assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isTrue();
  }

  @Test
  void whenFullRefusesNewKeysInsteadOfForgettingUnexpiredOnes() {
    InMemoryReplayGuard guard = guard(2);
    guard.firstSighting("projeqtor:a", WINDOW);
    guard.firstSighting("projeqtor:b", WINDOW);

    assertThatThrownBy(() -> guard.firstSighting("projeqtor:c", WINDOW))
        .isInstanceOf(ReplayGuardException.class)
        .hasMessage("replay guard is full: raise maxEntries (now 2) or use a shared store");
    assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isFalse();
  }

  @Test
  void whenFullStillAnswersForKeysItHolds() {
    InMemoryReplayGuard guard = guard(1);
    guard.firstSighting("projeqtor:a", WINDOW);

    assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isFalse();
  }

  @Test
  void makesRoomAsKeysExpire() {
    InMemoryReplayGuard guard = guard(2);
    guard.firstSighting("projeqtor:a", Duration.ofMinutes(1));
    guard.firstSighting("projeqtor:b", WINDOW);
    clock.advance(Duration.ofMinutes(1));

    assertThat(guard.firstSighting("projeqtor:c", WINDOW)).isTrue();
    assertThat(guard.size()).isEqualTo(2);
  }

  @Test
  void purgesKeysThatExpireSoonerEvenWhenRecordedLater() {
    InMemoryReplayGuard guard = guard(10);
    guard.firstSighting("projeqtor:long", WINDOW);
    guard.firstSighting("projeqtor:short", Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));

    assertThat(guard.size()).isEqualTo(1);
    assertThat(guard.firstSighting("projeqtor:long", WINDOW)).isFalse();
  }

  @Test
  void treatsATtlBeyondTheEndOfTimeAsForever() {
    InMemoryReplayGuard guard = guard(10);
    guard.firstSighting("projeqtor:a", Duration.ofSeconds(Long.MAX_VALUE));
    clock.advance(Duration.ofDays(365_000));

    assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isFalse();
  }

  @Test
  void acceptsEachKeyExactlyOnceUnderConcurrency() throws Exception {
    InMemoryReplayGuard guard = guard(10_000);
    int threads = 4;
    int keys = 1_000;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      tasks.add(
          () -> {
            start.await();
            int accepted = 0;
            for (int k = 0; k < keys; k++) {
              accepted += guard.firstSighting("projeqtor:" + k, WINDOW) ? 1 : 0;
            }
            return accepted;
          });
    }

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (Callable<Integer> task : tasks) {
        results.add(pool.submit(task));
      }
      start.countDown();
      int accepted = 0;
      for (Future<Integer> result : results) {
        accepted += result.get();
      }
      assertThat(accepted).isEqualTo(keys);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesAKeyLongerThan256CharactersWithoutEchoingIt() {
    String key = "projeqtor:" + "x".repeat(247);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> guard(10).firstSighting(key, WINDOW))
        .withMessage("key is 257 characters, more than the 256 allowed");
  }

  @Test
  void acceptsAKeyOfExactly256Characters() {
    assertThat(guard(10).firstSighting("k".repeat(256), WINDOW)).isTrue();
  }

  @Test
  void refusesAnEmptyKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> guard(10).firstSighting("", WINDOW))
        .withMessageContaining("key is empty");
  }

  @Test
  void refusesANullKey() {
    assertThatNullPointerException().isThrownBy(() -> guard(10).firstSighting(null, WINDOW));
  }

  @Test
  void refusesAZeroTtl() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> guard(10).firstSighting("projeqtor:a", Duration.ZERO))
        .withMessage("ttl <= 0: PT0S");
  }

  @Test
  void refusesMaxEntriesBelowOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InMemoryReplayGuard.builder().maxEntries(0))
        .withMessage("maxEntries < 1: 0");
  }

  @Test
  void refusesANullClock() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InMemoryReplayGuard.builder().clock(null))
        .withMessageContaining("clock is null");
  }

  @Test
  void defaultsToOneHundredThousandEntries() {
    assertThat(InMemoryReplayGuard.builder().build().maxEntries()).isEqualTo(100_000);
  }

  @Test
  void inMemoryFactoryReturnsAWorkingGuard() {
    ReplayGuard guard = ReplayGuard.inMemory();

    assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isTrue();
    assertThat(guard.firstSighting("projeqtor:a", WINDOW)).isFalse();
  }
}
