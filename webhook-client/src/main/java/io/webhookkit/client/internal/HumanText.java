package io.webhookkit.client.internal;

import java.time.Duration;

/** Formats values for the one-line descriptions of attempts. */
public final class HumanText {

  private HumanText() {}

  /**
   * Formats {@code duration} as {@code 12 ms} below a second, else as {@code 10 s} or {@code 1.5
   * s}.
   */
  public static String duration(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /**
   * Returns {@code text} on one line, at most {@code maxChars} characters long: control characters
   * (line breaks, escapes) become spaces, so that text from the network cannot forge log lines.
   */
  public static String oneLine(String text, int maxChars) {
    StringBuilder line = new StringBuilder(Math.min(text.length(), maxChars + 1));
    for (int i = 0; i < text.length() && line.length() < maxChars; i++) {
      char c = text.charAt(i);
      line.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (line.length() < text.length()) {
      // Never leave half of a surrogate pair behind the ellipsis.
      if (line.length() > 0 && Character.isHighSurrogate(line.charAt(line.length() - 1))) {
        line.setLength(line.length() - 1);
      }
      line.append('…');
    }
    return line.toString().strip();
  }
}
