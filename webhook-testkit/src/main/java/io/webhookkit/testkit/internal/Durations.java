package io.webhookkit.testkit.internal;

import java.time.Duration;

/** Writes durations for people: {@code 5s}, {@code 250ms}, {@code 1h 0m 3s}. */
public final class Durations {

  private Durations() {}

  /** Returns {@code duration} in the largest units that keep it exact, down to milliseconds. */
  public static String text(Duration duration) {
    if (duration.toMillisPart() != 0 || duration.isZero()) {
      return duration.toMillis() + "ms";
    }
    return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
  }
}
