package io.webhookkit.core.internal;

/**
 * Text rules of HTTP header values shared by the modules. Not API: it may change in any release.
 */
public final class HttpText {

  private HttpText() {}

  /**
   * Removes HTTP's optional whitespace (spaces and tabs, RFC 9110) around a header value; other
   * characters, Unicode spaces included, are kept so that a check can refuse them.
   */
  public static String trimOws(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isOws(value.charAt(start))) {
      start++;
    }
    while (end > start && isOws(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }
}
