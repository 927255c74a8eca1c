package io.webhookkit.verifier;

import static io.webhookkit.verifier.internal.HeaderText.quote;

import io.webhookkit.verifier.internal.IpLiteral;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A block of IP addresses written in CIDR notation, such as {@code 10.0.0.0/8} or {@code
 * 2001:db8::/32}, or a single address such as {@code 192.168.1.7} or {@code ::1}; an entry of a
 * {@link SourceAllowlist}.
 *
 * <p>{@link #parse} reads address literals only and never asks DNS: a host name such as {@code
 * localhost} is refused, as are zone ids ({@code fe80::1%eth0}), brackets, ports and the short IPv4
 * forms ({@code 10.1}, {@code 010.0.0.1}). A block whose address has bits set after the prefix
 * ({@code 10.0.0.1/8}) is refused rather than silently widened, since it is usually a typing error
 * for either {@code 10.0.0.0/8} or {@code 10.0.0.1/32}.
 *
 * <p>IPv4 and IPv6 meet through IPv4-mapped addresses: {@code ::ffff:a.b.c.d} is the same address
 * as {@code a.b.c.d}, so an IPv4-mapped peer falls in {@code a.b.c.d/32}, an IPv4 peer falls in
 * {@code ::ffff:a.b.c.d/128}, and {@code ::ffff:10.0.0.0/104} is the same block as {@code
 * 10.0.0.0/8} (equal, and written that way by {@link #toString()}). It follows that {@code ::/0}
 * holds every address, IPv4 included, while {@code 0.0.0.0/0} holds every IPv4 address. No other
 * embedding (IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96}) is treated as IPv4.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Cidr {

  /** The block's first address as 16 bytes, IPv4 in its IPv4-mapped form. */
  private final byte[] network;

  /** The prefix length over those 16 bytes: an IPv4 prefix plus 96. */
  private final int bits;

  private Cidr(byte[] network, int bits) {
    this.network = network;
    this.bits = bits;
  }

  /**
   * Parses a block ({@code address/prefix}) or a single address (a {@code /32} or {@code /128}
   * block), IPv4 or IPv6, without any DNS lookup.
   *
   * @throws IllegalArgumentException with a one-line message when {@code text} is not an address
   *     literal, when the prefix length is not a decimal number in range for the address family, or
   *     when the address has bits set after the prefix
   * @throws NullPointerException if {@code text} is null
   */
  public static Cidr parse(String text) {
    Objects.requireNonNull(text, "cidr");
    int slash = text.indexOf('/');
    String literal = slash < 0 ? text : text.substring(0, slash);
    if (literal.indexOf('%') >= 0) {
      throw refused(text, "zone ids such as %eth0 are not supported; write the address without it");
    }
    byte[] address = IpLiteral.parse(literal);
    if (address == null) {
      throw refused(
          text,
          "not an IPv4 or IPv6 address literal; host names are refused, since reading them would"
              + " need a DNS lookup");
    }

    int width = address.length * 8;
    int prefix = slash < 0 ? width : prefixLength(text, text.substring(slash + 1), width);
    byte[] network = IpLiteral.toSixteenBytes(address);
    int bits = prefix + 128 - width;
    if (!Arrays.equals(network, masked(network, bits))) {
      Cidr wide = new Cidr(masked(network, bits), bits);
      throw refused(
          text,
          "host bits are set after the first "
              + prefix
              + " bits; write "
              + wide
              + " for the block or "
              + IpLiteral.format(address)
              + "/"
              + width
              + " for the single address");
    }
    return new Cidr(network, bits);
  }

  /**
   * Returns whether {@code address} lies in this block. An IPv4 address and its IPv4-mapped IPv6
   * form are the same address; the zone id of a link-local address is ignored. A null address lies
   * in no block.
   */
  public boolean contains(InetAddress address) {
    if (address == null) {
      return false;
    }
    byte[] candidate = IpLiteral.toSixteenBytes(address.getAddress());
    return Arrays.equals(network, masked(candidate, bits));
  }

  /**
   * Returns the first address of the block: an {@link java.net.Inet4Address} for an IPv4 block,
   * IPv4-mapped blocks included.
   */
  public InetAddress network() {
    try {
      return InetAddress.getByAddress(network.clone());
    } catch (UnknownHostException impossible) {
      throw new AssertionError("16 bytes are always an address", impossible);
    }
  }

  /** Returns the prefix length in the block's own family: 0 to 32 for IPv4, 0 to 128 for IPv6. */
  public int prefixLength() {
    return isIpv4() ? bits - 96 : bits;
  }

  /** Two blocks are equal when they hold the same addresses. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Cidr
        && bits == ((Cidr) other).bits
        && Arrays.equals(network, ((Cidr) other).network);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(network) + bits;
  }

  /**
   * Returns the block in canonical form, always with its prefix length: {@code 10.0.0.0/8}, {@code
   * 2001:db8::/32}, {@code 192.168.1.7/32}; IPv4-mapped blocks are written as IPv4.
   */
  @Override
  public String toString() {
    if (isIpv4()) {
      return IpLiteral.format(Arrays.copyOfRange(network, 12, 16)) + "/" + (bits - 96);
    }
    return IpLiteral.format(network) + "/" + bits;
  }

  private boolean isIpv4() {
    return bits >= 96 && IpLiteral.isIpv4Mapped(network);
  }

  private static int prefixLength(String text, String digits, int width) {
    String family = width == 32 ? "IPv4" : "IPv6";
    String range = "prefix length must be 0 to " + width + " for " + family;
    if (digits.isEmpty() || digits.length() > 3) {
      throw refused(text, range);
    }
    int prefix = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw refused(text, range);
      }
      prefix = prefix * 10 + (c - '0');
    }
    if (prefix > width) {
      throw refused(text, range);
    }
    return prefix;
  }

  /** Returns a copy of 16 bytes with every bit after the first {@code bits} cleared. */
  private static byte[] masked(byte[] address, int bits) {
    byte[] masked = address.clone();
    for (int i = 0; i < 16; i++) {
      int kept = Math.max(0, Math.min(8, bits - 8 * i));
      masked[i] &= (byte) (0xff00 >>> kept);
    }
    return masked;
  }

  private static IllegalArgumentException refused(String text, String problem) {
    return new IllegalArgumentException(quote(text) + ": " + problem);
  }
}
