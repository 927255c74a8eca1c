package io.webhookkit.core.config.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for the custom headers of a subscription: names are RFC 9110 tokens without {@code _},
 * values hold no control characters, and the headers that the sender writes itself are refused.
 */
public final class HeaderRules {

  /** RFC 9110 token characters, less {@code _}, which many proxies drop or rewrite. */
  public static final String NAME_PATTERN = "^[!#$%&'*+.^`|~0-9A-Za-z-]+$";

  private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^`|~";

  private static final Set<String> RESERVED =
      Set.of("authorization", "content-type", "content-length", "host", "user-agent");

  private HeaderRules() {}

  /** Describes what is wrong with {@code name} as a custom header name, or returns empty. */
  public static Optional<String> nameProblem(String name) {
    if (name.isEmpty()) {
      return Optional.of("header name is empty: give a name such as X-Tenant");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        return Optional.of(
            "header name " + name + " holds '_', which proxies drop: use '-' instead");
      }
      if (!isTokenChar(c)) {
        return Optional.of(
            "header name "
                + name
                + " holds a character that a header name cannot carry at position "
                + (i + 1));
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (RESERVED.contains(lower)
        || lower.startsWith("projeqtor-")
        || lower.startsWith("webhook-")) {
      return Optional.of(
          "header " + name + " is written by the sender itself and cannot be set: rename it");
    }
    return Optional.empty();
  }

  /** Describes what is wrong with a header value, or returns empty; never quotes the value. */
  public static Optional<String> valueProblem(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return Optional.of(
            "header "
                + name
                + " value holds a control character at position "
                + (i + 1)
                + ": remove it");
      }
    }
    return Optional.empty();
  }

  private static boolean isTokenChar(char c) {
    return (c >= '0' && c <= '9')
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || TOKEN_SYMBOLS.indexOf(c) >= 0;
  }
}
