package io.webhookkit.verifier.internal;

/**
 * Reads and writes IP address literals without ever touching DNS: {@link
 * java.net.InetAddress#getByName} would look a host name up, so the source allowlist parses the
 * text itself and only hands bytes to {@link java.net.InetAddress#getByAddress(byte[])}.
 *
 * <p>The accepted forms are strict: IPv4 as four decimal octets without leading zeros (so that
 * {@code 010.0.0.1} cannot mean octal 8 to one reader and decimal 10 to another), and IPv6 as in
 * RFC 4291 section 2.2, with at most one {@code ::} and an optional dotted IPv4 tail. Zone ids
 * ({@code %eth0}), brackets, ports, the short IPv4 forms of {@code inet_aton} ({@code 10.1}, {@code
 * 0x0a.0.0.1}, {@code 167772161}) and host names are refused.
 */
public final class IpLiteral {

  /**
   * The longest IPv6 literal, eight groups with a dotted tail: {@code 0000:...:255.255.255.255}.
   */
  private static final int MAX_LENGTH = 45;

  private IpLiteral() {}

  /**
   * Returns the 4 bytes of an IPv4 literal or the 16 bytes of an IPv6 literal, or null when {@code
   * text} is neither.
   */
  public static byte[] parse(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
      return null;
    }
    return text.indexOf(':') < 0 ? parseIpv4(text) : parseIpv6(text);
  }

  /**
   * Returns the peer address that a server reports as text, such as {@code 127.0.0.1}, {@code ::1}
   * or {@code [::1]}, or null when it is not a literal this class accepts; a zone id such as {@code
   * %eth0} is dropped, since a peer's zone says nothing about who it is.
   */
  public static java.net.InetAddress peerAddress(String text) {
    if (text == null) {
      return null;
    }
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    int zone = bare.indexOf('%');
    byte[] address = parse(zone < 0 ? bare : bare.substring(0, zone));
    if (address == null) {
      return null;
    }
    try {
      return java.net.InetAddress.getByAddress(address);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("a parsed literal has 4 or 16 bytes", e);
    }
  }

  /**
   * Returns {@code address} as 16 bytes: IPv6 unchanged, IPv4 as its IPv4-mapped IPv6 form {@code
   * ::ffff:a.b.c.d}, so that both families can be compared bit by bit.
   */
  public static byte[] toSixteenBytes(byte[] address) {
    if (address.length == 16) {
      return address.clone();
    }
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    System.arraycopy(address, 0, mapped, 12, 4);
    return mapped;
  }

  /** Returns whether 16 bytes are an IPv4-mapped IPv6 address, {@code ::ffff:a.b.c.d}. */
  public static boolean isIpv4Mapped(byte[] sixteen) {
    for (int i = 0; i < 10; i++) {
      if (sixteen[i] != 0) {
        return false;
      }
    }
    return sixteen[10] == (byte) 0xff && sixteen[11] == (byte) 0xff;
  }

  /**
   * Writes 4 bytes as dotted decimal and 16 bytes in the canonical text of RFC 5952: lower-case
   * hex, no leading zeros, the longest run of two or more zero groups as {@code ::}, and an
   * IPv4-mapped address as {@code ::ffff:a.b.c.d}.
   */
  public static String format(byte[] address) {
    if (address.length == 4) {
      return dotted(address, 0);
    }
    if (isIpv4Mapped(address)) {
      return "::ffff:" + dotted(address, 12);
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
    }

    int bestStart = -1;
    int bestLength = 1; // RFC 5952 4.2.2: a single zero group is never shortened.
    for (int i = 0; i < 8; ) {
      int end = i;
      while (end < 8 && groups[end] == 0) {
        end++;
      }
      if (end - i > bestLength) {
        bestStart = i;
        bestLength = end - i;
      }
      i = end == i ? i + 1 : end;
    }

    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }

  private static String dotted(byte[] address, int from) {
    return (address[from] & 0xff)
        + "."
        + (address[from + 1] & 0xff)
        + "."
        + (address[from + 2] & 0xff)
        + "."
        + (address[from + 3] & 0xff);
  }

  private static byte[] parseIpv4(String text) {
    String[] octets = text.split("\\.", -1);
    if (octets.length != 4) {
      return null;
    }
    byte[] address = new byte[4];
    for (int i = 0; i < 4; i++) {
      int value = decimalOctet(octets[i]);
      if (value < 0) {
        return null;
      }
      address[i] = (byte) value;
    }
    return address;
  }

  /** Returns 0 to 255, or -1 for anything but one to three ASCII digits without a leading zero. */
  private static int decimalOctet(String text) {
    if (text.isEmpty() || text.length() > 3 || (text.length() > 1 && text.charAt(0) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value <= 255 ? value : -1;
  }

  private static byte[] parseIpv6(String text) {
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return null; // Two gaps would be ambiguous.
    }
    String head = gap < 0 ? text : text.substring(0, gap);
    String tail = gap < 0 ? "" : text.substring(gap + 2);

    int[] headGroups = groups(head, gap < 0);
    int[] tailGroups = groups(tail, true);
    if (headGroups == null || tailGroups == null) {
      return null;
    }
    int count = headGroups.length + tailGroups.length;
    if (gap < 0 ? count != 8 : count > 7) {
      return null;
    }

    byte[] address = new byte[16];
    put(address, 0, headGroups);
    put(address, 8 - tailGroups.length, tailGroups);
    return address;
  }

  /**
   * Returns the 16-bit groups of a colon-separated run (empty for an empty run), a dotted IPv4 tail
   * counting as two groups when {@code mayEndInIpv4}; null when the run is malformed.
   */
  private static int[] groups(String run, boolean mayEndInIpv4) {
    if (run.isEmpty()) {
      return new int[0];
    }
    String[] parts = run.split(":", -1);
    String last = parts[parts.length - 1];
    boolean ipv4Tail = mayEndInIpv4 && last.indexOf('.') >= 0;
    int[] groups = new int[parts.length + (ipv4Tail ? 1 : 0)];
    for (int i = 0; i < parts.length - (ipv4Tail ? 1 : 0); i++) {
      int value = hexGroup(parts[i]);
      if (value < 0) {
        return null;
      }
      groups[i] = value;
    }
    if (ipv4Tail) {
      byte[] ipv4 = parseIpv4(last);
      if (ipv4 == null) {
        return null;
      }
      groups[parts.length - 1] = ((ipv4[0] & 0xff) << 8) | (ipv4[1] & 0xff);
      groups[parts.length] = ((ipv4[2] & 0xff) << 8) | (ipv4[3] & 0xff);
    }
    return groups;
  }

  /** Returns 0 to 0xffff, or -1 for anything but one to four ASCII hex digits. */
  private static int hexGroup(String text) {
    if (text.isEmpty() || text.length() > 4) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      int digit = hexDigit(text.charAt(i));
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  /** ASCII only: {@link Character#digit} would also take full-width and other non-ASCII digits. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static void put(byte[] address, int firstGroup, int[] groups) {
    for (int i = 0; i < groups.length; i++) {
      address[2 * (firstGroup + i)] = (byte) (groups[i] >>> 8);
      address[2 * (firstGroup + i) + 1] = (byte) groups[i];
    }
  }
}
