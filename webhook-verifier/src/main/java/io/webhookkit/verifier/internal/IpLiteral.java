package io.webhookkit.verifier.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Turns the text of a peer address, as a server reports it, into an {@link InetAddress} without
 * ever asking DNS: anything that is not an IPv4 or IPv6 literal gives null.
 */
public final class IpLiteral {

  private IpLiteral() {}

  /**
   * Returns the address that {@code text} spells, such as {@code 127.0.0.1}, {@code ::1} or {@code
   * [::1]}; null when {@code text} is null, a host name or not a valid literal.
   */
  public static InetAddress parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.indexOf(':') < 0) {
      return parseIpv4(text);
    }
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      // Hex digits, separators and the characters of a zone id such as %eth0.
      if (c != ':' && c != '.' && c != '%' && !isZoneChar(c)) {
        return null;
      }
    }
    try {
      // Brackets make the JDK treat the text as an IPv6 literal: a bad one fails, never a lookup.
      return InetAddress.getByName("[" + bare + "]");
    } catch (UnknownHostException | IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isZoneChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static InetAddress parseIpv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] octets = new byte[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (part.isEmpty() || part.length() > 3) {
        return null;
      }
      int value = 0;
      for (int j = 0; j < part.length(); j++) {
        char c = part.charAt(j);
        if (c < '0' || c > '9') {
          return null;
        }
        value = value * 10 + (c - '0');
      }
      if (value > 255) {
        return null;
      }
      octets[i] = (byte) value;
    }
    try {
      return InetAddress.getByAddress(octets);
    } catch (UnknownHostException e) {
      throw new AssertionError("four octets are always a valid address", e);
    }
  }
}
