package io.webhookkit.verifier.internal;

import io.webhookkit.core.internal.HttpText;

/**
 * Handles the text of received header names and values, which comes from the network and may hold
 * anything: control characters, line breaks, non-ASCII look-alikes or megabytes of data.
 */
public final class HeaderText {

  /** Echoed values are cut after this many characters. */
  public static final int MAX_ECHOED_LENGTH = 40;

  private HeaderText() {}

  /**
   * Returns {@code text} in single quotes, safe to put in a one-line message: cut after {@value
   * #MAX_ECHOED_LENGTH} characters, and every character outside printable ASCII written as a {@code
   * \}{@code uXXXX} escape, so that no line break, control or bidirectional character reaches a
   * log.
   */
  public static String quote(String text) {
    if (text == null) {
      return "(none)";
    }
    StringBuilder quoted = new StringBuilder("'");
    int shown = Math.min(text.length(), MAX_ECHOED_LENGTH);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '\\' && c != '\'') {
        quoted.append(c);
      } else {
        quoted.append(String.format("\\u%04x", (int) c));
      }
    }
    quoted.append('\'');
    if (shown < text.length()) {
      quoted.append("... (").append(text.length()).append(" characters)");
    }
    return quoted.toString();
  }

  /**
   * Lowers the case of ASCII letters only. Header names are ASCII tokens; folding other letters
   * would let look-alikes such as U+017F (long s, whose upper case is S) pass for a real name.
   */
  public static String lowerCaseAscii(String text) {
    StringBuilder lowered = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (lowered == null) {
          lowered = new StringBuilder(text);
        }
        lowered.setCharAt(i, (char) (c + ('a' - 'A')));
      }
    }
    return lowered == null ? text : lowered.toString();
  }

  /**
   * Returns whether a {@code Content-Type} value names JSON: {@code application/json} or an {@code
   * application/...+json} type, in any case, with or without parameters such as {@code charset}.
   */
  public static boolean isJsonMediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    String type = lowerCaseAscii(HttpText.trimOws(mediaType));
    if (type.equals("application/json")) {
      return true;
    }
    return type.startsWith("application/")
        && type.endsWith("+json")
        && type.length() > "application/+json".length()
        && type.indexOf('/') == type.lastIndexOf('/');
  }
}
