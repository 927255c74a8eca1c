package io.webhookkit.core.config.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the durations of configuration files: a whole number and a unit, such as {@code 10s}. */
public final class Durations {

  /** The form that {@link #parse(String)} accepts, also used by the published JSON Schema. */
  public static final String PATTERN = "^[0-9]{1,9}(ms|s|m|h|d)$";

  private static final Pattern DURATION = Pattern.compile(PATTERN);

  private Durations() {}

  /**
   * Returns the duration written as {@code <number><unit>} with the unit {@code ms}, {@code s},
   * {@code m}, {@code h} or {@code d}, or empty when the text has another form.
   */
  public static Optional<Duration> parse(String text) {
    Matcher matcher = DURATION.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    long amount = Long.parseLong(text.substring(0, matcher.start(1)));
    return Optional.of(
        switch (matcher.group(1)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        });
  }

  /** Writes {@code duration} back in the shortest exact form, such as {@code 5m}. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 86_400_000 == 0 && millis > 0) {
      return millis / 86_400_000 + "d";
    }
    if (millis % 3_600_000 == 0 && millis > 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0 && millis > 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + "s";
    }
    return millis + "ms";
  }
}
