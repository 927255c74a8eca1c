package io.webhookkit.cli.internal;

/**
 * Makes untrusted text safe to print on a terminal or append to a log: control characters (which
 * could move the cursor, clear the screen or forge log lines) are written as {@code \\uXXXX}
 * escapes, and long text is cut with a note of how much was left out.
 */
public final class Printable {

  private Printable() {}

  /**
   * Returns whether {@code c} reorders or breaks the text around it: line and paragraph separators
   * and the bidirectional controls that can make a log line read backwards.
   */
  private static boolean isLayoutControl(char c) {
    return c == '\u2028'
        || c == '\u2029'
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** Escapes control characters and cuts the text after {@code max} characters. */
  public static String of(String text, int max) {
    if (text == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 16);
    int shown = Math.min(text.length(), max);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || isLayoutControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > max) {
      out.append("... (").append(text.length() - max).append(" more characters)");
    }
    return out.toString();
  }
}
