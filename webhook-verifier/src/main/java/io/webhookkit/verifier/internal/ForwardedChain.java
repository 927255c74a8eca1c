package io.webhookkit.verifier.internal;

import io.webhookkit.core.internal.HttpText;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the headers in which proxies record the addresses a request came through: the de facto
 * {@code X-Forwarded-For} list and the {@code for=} parameters of RFC 7239 {@code Forwarded}.
 *
 * <p>Splitting a header into hops checks its size and, for {@code Forwarded}, its whole syntax;
 * reading a hop's address is left to the caller, hop by hop from the right, so that entries left of
 * the client, which nobody trusted wrote, are never read.
 */
public final class ForwardedChain {

  private ForwardedChain() {}

  /**
   * The hops of one header in the order received, the nearest last, or the problem that stopped
   * reading them. A {@code Forwarded} element without {@code for=} is a null hop.
   */
  public record Hops(List<String> nodes, String problem) {

    private static Hops of(List<String> nodes) {
      return new Hops(nodes, null);
    }

    private static Hops refused(String problem) {
      return new Hops(List.of(), problem);
    }
  }

  /**
   * Splits every value of {@code X-Forwarded-For} at its commas, trimming spaces and tabs. Refuses
   * values longer than {@code maxChars} together or more than {@code maxHops} entries; an empty
   * entry is kept, to be refused if it is ever read.
   */
  public static Hops splitXForwardedFor(List<String> values, int maxChars, int maxHops) {
    String tooLong = tooLong(values, maxChars);
    if (tooLong != null) {
      return Hops.refused(tooLong);
    }
    List<String> nodes = new ArrayList<>();
    for (String value : values) {
      for (String entry : value.split(",", -1)) {
        nodes.add(HttpText.trimOws(entry));
      }
      if (nodes.size() > maxHops) {
        return Hops.refused("has more than " + maxHops + " entries");
      }
    }
    return Hops.of(nodes);
  }

  /**
   * Splits every value of {@code Forwarded} into its elements and returns the {@code for=} value of
   * each, unquoted. Refuses values longer than {@code maxChars} together, more than {@code maxHops}
   * elements, any departure from the syntax of RFC 7239 section 4 (a quoted string cut short, a
   * control character, a parameter without a value) and a {@code for=} repeated in one element.
   * Spaces and tabs around {@code ;} and {@code ,} are tolerated.
   */
  public static Hops splitForwarded(List<String> values, int maxChars, int maxHops) {
    String tooLong = tooLong(values, maxChars);
    if (tooLong != null) {
      return Hops.refused(tooLong);
    }
    List<String> nodes = new ArrayList<>();
    for (String value : values) {
      String problem = new ForwardedReader(value).readInto(nodes);
      if (problem != null) {
        return Hops.refused(problem);
      }
      if (nodes.size() > maxHops) {
        return Hops.refused("has more than " + maxHops + " elements");
      }
    }
    return Hops.of(nodes);
  }

  /**
   * Returns whether a hop hides its address on purpose: RFC 7239's {@code unknown} or an obfuscated
   * identifier such as {@code _hidden}, with or without a port.
   */
  public static boolean isHidden(String node) {
    int colon = node.indexOf(':');
    String name = colon < 0 ? node : node.substring(0, colon);
    return name.equalsIgnoreCase("unknown") || (name.startsWith("_") && isObfuscated(name));
  }

  /**
   * Returns the address of a hop, dropping its port, or null when it is not an address literal.
   * IPv6 must be in brackets ({@code [2001:db8::1]:4711}) when {@code bracketsRequired}, as RFC
   * 7239 requires; {@code X-Forwarded-For} also carries bare IPv6. No DNS lookup is made.
   */
  public static InetAddress readAddress(String node, boolean bracketsRequired) {
    String host = node;
    String port = null;
    if (node.startsWith("[")) {
      int close = node.indexOf(']');
      if (close < 0) {
        return null;
      }
      host = node.substring(1, close);
      String rest = node.substring(close + 1);
      if (host.indexOf(':') < 0 || !(rest.isEmpty() || rest.startsWith(":"))) {
        return null;
      }
      port = rest.isEmpty() ? null : rest.substring(1);
    } else {
      int colon = node.indexOf(':');
      // Without brackets only IPv4 can carry a port: an IPv6 literal has two colons or more.
      boolean ipv4WithPort = colon >= 0 && (bracketsRequired || colon == node.lastIndexOf(':'));
      if (ipv4WithPort) {
        host = node.substring(0, colon);
        port = node.substring(colon + 1);
      }
      if (bracketsRequired && host.indexOf(':') >= 0) {
        return null;
      }
    }
    if (port != null && !isPort(port)) {
      return null;
    }
    byte[] address = IpLiteral.parse(host);
    if (address == null) {
      return null;
    }
    try {
      return InetAddress.getByAddress(address);
    } catch (UnknownHostException impossible) {
      throw new AssertionError("4 or 16 bytes are always an address", impossible);
    }
  }

  private static String tooLong(List<String> values, int maxChars) {
    long length = 0;
    for (String value : values) {
      length += value.length() + 1L;
      if (length - 1 > maxChars) {
        return "is longer than " + maxChars + " characters";
      }
    }
    return null;
  }

  private static boolean isPort(String port) {
    if (port.startsWith("_")) {
      return isObfuscated(port);
    }
    if (port.isEmpty() || port.length() > 5) {
      return false;
    }
    for (int i = 0; i < port.length(); i++) {
      if (port.charAt(i) < '0' || port.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(port) <= 65535;
  }

  /** RFC 7239 section 6.3: an underscore, then ASCII letters, digits, dots, underscores, dashes. */
  private static boolean isObfuscated(String text) {
    if (text.length() < 2 || text.charAt(0) != '_') {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** Reads one {@code Forwarded} value: elements separated by commas, pairs by semicolons. */
  private static final class ForwardedReader {
    private final String value;
    private int position;

    ForwardedReader(String value) {
      this.value = value;
    }

    /** Adds the {@code for=} of each element to {@code nodes}; returns a problem or null. */
    String readInto(List<String> nodes) {
      String forValue = null;
      boolean seenFor = false;
      while (true) {
        skipOws();
        if (position < value.length() && !atSeparator()) {
          int nameStart = position;
          String name = token();
          if (name.isEmpty() || !consume('=')) {
            return "has no name=value parameter at character " + (nameStart + 1);
          }
          int valueStart = position;
          String parameter =
              position < value.length() && value.charAt(position) == '"' ? quotedString() : token();
          if (parameter == null || parameter.isEmpty()) {
            return "has no valid value at character " + (valueStart + 1);
          }
          if (HeaderText.lowerCaseAscii(name).equals("for")) {
            if (seenFor) {
              return "repeats for= within one element at character " + (nameStart + 1);
            }
            seenFor = true;
            forValue = parameter;
          }
          skipOws();
        }

        if (position >= value.length()) {
          nodes.add(forValue);
          return null;
        }
        char separator = value.charAt(position++);
        if (separator == ',') {
          nodes.add(forValue);
          forValue = null;
          seenFor = false;
        } else if (separator != ';') {
          return "has an unexpected character at character " + position;
        }
      }
    }

    private boolean atSeparator() {
      char c = value.charAt(position);
      return c == ',' || c == ';';
    }

    private void skipOws() {
      while (position < value.length()
          && (value.charAt(position) == ' ' || value.charAt(position) == '\t')) {
        position++;
      }
    }

    private boolean consume(char expected) {
      if (position < value.length() && value.charAt(position) == expected) {
        position++;
        return true;
      }
      return false;
    }

    private String token() {
      int start = position;
      while (position < value.length() && isTokenChar(value.charAt(position))) {
        position++;
      }
      return value.substring(start, position);
    }

    /** Returns the unescaped content, or null when the string is cut short or holds a control. */
    private String quotedString() {
      StringBuilder content = new StringBuilder();
      position++; // The opening quote.
      while (position < value.length()) {
        char c = value.charAt(position++);
        if (c == '"') {
          return content.toString();
        }
        if (c == '\\') {
          if (position >= value.length()) {
            return null;
          }
          c = value.charAt(position++);
        }
        if (!isVisibleOrBlank(c)) {
          return null; // Also refuses non-ASCII: an address needs none.
        }
        content.append(c);
      }
      return null;
    }

    private static boolean isVisibleOrBlank(char c) {
      return c == '\t' || (c >= 0x20 && c < 0x7f);
    }

    /** RFC 9110 section 5.6.2: the characters of a token. */
    private static boolean isTokenChar(char c) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
  }
}
