package io.webhookkit.cli.internal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations such as {@code 300s}, {@code 5m}, {@code 1h}, {@code 250ms} or plain seconds. */
public final class DurationConverter implements ITypeConverter<Duration> {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

  @Override
  public Duration convert(String value) {
    Matcher matcher = DURATION.matcher(value.strip());
    if (!matcher.matches()) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration: write a number with ms, s, m or h, such as 300s");
    }
    long amount = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "s" : matcher.group(2);
    switch (unit) {
      case "ms":
        return Duration.ofMillis(amount);
      case "m":
        return Duration.ofMinutes(amount);
      case "h":
        return Duration.ofHours(amount);
      default:
        return Duration.ofSeconds(amount);
    }
  }
}
