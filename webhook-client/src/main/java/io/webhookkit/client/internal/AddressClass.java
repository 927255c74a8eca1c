package io.webhookkit.client.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The kinds of address that a webhook must not reach, because they lead into the sender's own host
 * or network. IPv6 forms that embed an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64 {@code
 * 64:ff9b::/96} and 6to4 {@code 2002::/16}) are judged by the IPv4 address they embed.
 */
public enum AddressClass {
  /** An ordinary address, reachable on the internet. */
  PUBLIC("public"),
  /** A cloud provider's instance metadata service, which hands out credentials. */
  CLOUD_METADATA("cloud metadata"),
  /** The sender's own host: 127/8 and ::1. */
  LOOPBACK("loopback"),
  /** 0.0.0.0/8 and ::, which many systems treat as the own host. */
  UNSPECIFIED("unspecified"),
  /** 10/8, 172.16/12, 192.168/16, fc00::/7 and the deprecated fec0::/10. */
  PRIVATE("private"),
  /** 169.254/16 and fe80::/10. */
  LINK_LOCAL("link-local"),
  /** 100.64/10, the carrier-grade NAT space. */
  CARRIER_GRADE_NAT("carrier-grade NAT"),
  /** 224/4 and ff00::/8. */
  MULTICAST("multicast"),
  /** 255.255.255.255. */
  BROADCAST("broadcast"),
  /** 240/4, reserved for future use and never routed. */
  RESERVED("reserved");

  private static final byte[][] METADATA = {
    {(byte) 169, (byte) 254, (byte) 169, (byte) 254},
    {100, 100, 100, (byte) 200},
    {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54}
  };

  private final String description;

  AddressClass(String description) {
    this.description = description;
  }

  /** Returns the class in words, such as {@code loopback}, for messages. */
  public String description() {
    return description;
  }

  /** Returns the class of {@code address}, judging an embedded IPv4 address by itself. */
  public static AddressClass of(InetAddress address) {
    byte[] bytes = address.getAddress();
    for (byte[] metadata : METADATA) {
      if (Arrays.equals(bytes, metadata)) {
        return CLOUD_METADATA;
      }
    }
    if (bytes.length == 4) {
      return ofIpv4(bytes);
    }
    byte[] embedded = embeddedIpv4(bytes);
    return embedded != null ? of(ipv4(embedded)) : ofIpv6(bytes);
  }

  /**
   * Returns how {@code address} embeds an IPv4 address, such as {@code IPv4-mapped}, or null when
   * it is not one of those forms.
   */
  public static String embedding(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length != 16 || embeddedIpv4(bytes) == null) {
      return null;
    }
    if (bytes[0] == 0x20) {
      return "6to4";
    }
    if (bytes[1] == 0x64) {
      return "NAT64";
    }
    return bytes[10] == (byte) 0xff ? "IPv4-mapped" : "IPv4-compatible";
  }

  private static AddressClass ofIpv4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 127) {
      return LOOPBACK;
    }
    if (first == 0) {
      return UNSPECIFIED;
    }
    if (first == 10 || (first == 172 && second >= 16 && second < 32)) {
      return PRIVATE;
    }
    if (first == 192 && second == 168) {
      return PRIVATE;
    }
    if (first == 169 && second == 254) {
      return LINK_LOCAL;
    }
    if (first == 100 && second >= 64 && second < 128) {
      return CARRIER_GRADE_NAT;
    }
    if (first >= 224 && first < 240) {
      return MULTICAST;
    }
    if (Arrays.equals(b, new byte[] {-1, -1, -1, -1})) {
      return BROADCAST;
    }
    return first >= 240 ? RESERVED : PUBLIC;
  }

  private static AddressClass ofIpv6(byte[] b) {
    if (isZero(b, 0, 15) && b[15] == 1) {
      return LOOPBACK;
    }
    if (isZero(b, 0, 16)) {
      return UNSPECIFIED;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if ((first & 0xfe) == 0xfc || (first == 0xfe && (second & 0xc0) == 0xc0)) {
      return PRIVATE;
    }
    if (first == 0xfe && (second & 0xc0) == 0x80) {
      return LINK_LOCAL;
    }
    return first == 0xff ? MULTICAST : PUBLIC;
  }

  /** Returns the IPv4 address embedded in IPv6 {@code b}, or null if it embeds none. */
  private static byte[] embeddedIpv4(byte[] b) {
    boolean mapped = isZero(b, 0, 10) && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    // ::/96 holds :: and ::1 too, which are judged as IPv6; any other is IPv4-compatible.
    boolean compatible = isZero(b, 0, 12) && !(isZero(b, 12, 15) && (b[15] == 0 || b[15] == 1));
    boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
    if (mapped || compatible || (nat64 && isZero(b, 4, 12))) {
      return Arrays.copyOfRange(b, 12, 16);
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return Arrays.copyOfRange(b, 2, 6);
    }
    return null;
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static InetAddress ipv4(byte[] bytes) {
    try {
      return Inet4Address.getByAddress(bytes); // Four bytes: no lookup is made.
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
