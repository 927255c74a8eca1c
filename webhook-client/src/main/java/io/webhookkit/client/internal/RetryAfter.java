package io.webhookkit.client.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} response header (RFC 9110, section 10.2.3): either delta-seconds or
 * an HTTP-date. Anything else is ignored rather than guessed at, because the header comes from the
 * network.
 */
public final class RetryAfter {

  /** Delta-seconds with more digits than this are treated as "as long as possible". */
  private static final int MAX_DIGITS = 18;

  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US)
          .withResolverStyle(ResolverStyle.STRICT);

  /** RFC 850, obsolete: {@code Sunday, 06-Nov-94 08:49:37 GMT}; the year is fixed up later. */
  private static final DateTimeFormatter RFC_850 =
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-uuuu HH:mm:ss 'GMT'", Locale.US)
          .withResolverStyle(ResolverStyle.STRICT);

  /** ANSI C's asctime(), obsolete: {@code Sun Nov 6 08:49:37 1994}. */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.US)
          .withResolverStyle(ResolverStyle.STRICT);

  private RetryAfter() {}

  /**
   * Returns how long to wait from {@code now}: the delta-seconds, or the time until the HTTP-date,
   * which is zero for a date in the past. Returns empty for a missing, negative, fractional or
   * otherwise malformed value. Delta-seconds too large for a {@code long} become {@code
   * Long.MAX_VALUE} seconds, for the caller to cap.
   */
  public static Optional<Duration> delay(String value, Instant now) {
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    if (trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(seconds(trimmed));
    }
    return date(trimmed, now)
        .map(date -> date.isAfter(now) ? Duration.between(now, date) : Duration.ZERO);
  }

  private static Duration seconds(String digits) {
    if (digits.length() > MAX_DIGITS) {
      return Duration.ofSeconds(Long.MAX_VALUE);
    }
    return Duration.ofSeconds(Long.parseLong(digits));
  }

  private static Optional<Instant> date(String text, Instant now) {
    Optional<Instant> date = parse(text, IMF_FIXDATE);
    if (date.isEmpty()) {
      date = parse(text, ASCTIME);
    }
    if (date.isEmpty()) {
      date = rfc850(text, now);
    }
    return date;
  }

  /**
   * Parses an RFC 850 date. Its two-digit year is read as 20yy unless that is more than 50 years
   * after {@code now}, then as 19yy, as RFC 9110 asks.
   */
  private static Optional<Instant> rfc850(String text, Instant now) {
    int dash = text.lastIndexOf('-');
    int space = text.indexOf(' ', Math.max(dash, 0));
    if (dash < 0 || space != dash + 3) {
      return Optional.empty();
    }
    String twoDigits = text.substring(dash + 1, space);
    if (!twoDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int year = 2000 + Integer.parseInt(twoDigits);
    int thisYear = now.atZone(ZoneOffset.UTC).getYear();
    if (year > thisYear + 50) {
      year -= 100;
    }
    String fourDigits = text.substring(0, dash + 1) + year + text.substring(space);
    return parse(fourDigits, RFC_850);
  }

  private static Optional<Instant> parse(String text, DateTimeFormatter format) {
    try {
      return Optional.of(LocalDateTime.parse(text, format).toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty(); // Not this format, or a day of week that contradicts the date.
    }
  }
}
