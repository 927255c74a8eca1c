package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

  @Test
  void containsTheFirstAndLastAddressOfAnIpv4BlockAndNothingOutside() {
    Cidr block = Cidr.parse("10.0.0.0/8");

    assertThat(block.contains(ip("10.0.0.0"))).isTrue();
    assertThat(block.contains(ip("10.255.255.255"))).isTrue();
    assertThat(block.contains(ip("9.255.255.255"))).isFalse();
    assertThat(block.contains(ip("11.0.0.0"))).isFalse();
  }

  @Test
  void splitsAtAPrefixThatIsNotAWholeOctet() {
    Cidr block = Cidr.parse("192.168.1.64/26");

    assertThat(block.contains(ip("192.168.1.64"))).isTrue();
    assertThat(block.contains(ip("192.168.1.127"))).isTrue();
    assertThat(block.contains(ip("192.168.1.63"))).isFalse();
    assertThat(block.contains(ip("192.168.1.128"))).isFalse();
  }

  @Test
  void readsAnIpv4AddressWithoutPrefixAsASlash32() {
    Cidr single = Cidr.parse("192.168.1.7");

    assertThat(single).isEqualTo(Cidr.parse("192.168.1.7/32"));
    assertThat(single.prefixLength()).isEqualTo(32);
    assertThat(single.contains(ip("192.168.1.7"))).isTrue();
    assertThat(single.contains(ip("192.168.1.8"))).isFalse();
  }

  @Test
  void ipv4SlashZeroHoldsEveryIpv4AddressButNoOtherIpv6() {
    Cidr everyIpv4 = Cidr.parse("0.0.0.0/0");

    assertThat(everyIpv4.contains(ip("0.0.0.0"))).isTrue();
    assertThat(everyIpv4.contains(ip("255.255.255.255"))).isTrue();
    assertThat(everyIpv4.contains(ip("2001:db8::1"))).isFalse();
  }

  @Test
  void ipv6SlashZeroHoldsEveryAddressIpv4Included() {
    Cidr everything = Cidr.parse("::/0");

    assertThat(everything.contains(ip("2001:db8::1"))).isTrue();
    assertThat(everything.contains(ip("203.0.113.9"))).isTrue();
  }

  @Test
  void containsTheBoundariesOfAnIpv6Block() {
    Cidr block = Cidr.parse("2001:db8::/32");

    assertThat(block.contains(ip("2001:db8::"))).isTrue();
    assertThat(block.contains(ip("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"))).isTrue();
    assertThat(block.contains(ip("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff"))).isFalse();
    assertThat(block.contains(ip("2001:db9::"))).isFalse();
  }

  @Test
  void readsAnIpv6AddressWithoutPrefixAsASlash128() {
    Cidr loopback = Cidr.parse("::1");

    assertThat(loopback).isEqualTo(Cidr.parse("::1/128"));
    assertThat(loopback.prefixLength()).isEqualTo(128);
    assertThat(loopback.contains(ip("::1"))).isTrue();
    assertThat(loopback.contains(ip("::2"))).isFalse();
  }

  @Test
  void anIpv4MappedPeerFallsInItsIpv4Entry() throws UnknownHostException {
    Inet6Address mapped = Inet6Address.getByAddress(null, mappedBytes(203, 0, 113, 9), -1);

    assertThat(Cidr.parse("203.0.113.9/32").contains(mapped)).isTrue();
    assertThat(Cidr.parse("203.0.113.0/24").contains(mapped)).isTrue();
    assertThat(Cidr.parse("203.0.113.10/32").contains(mapped)).isFalse();
  }

  @Test
  void anIpv4PeerFallsInItsIpv4MappedEntry() {
    assertThat(Cidr.parse("::ffff:203.0.113.9/128").contains(ip("203.0.113.9"))).isTrue();
    assertThat(Cidr.parse("::ffff:203.0.113.9/128").contains(ip("203.0.113.8"))).isFalse();
  }

  @Test
  void treatsAnIpv4MappedBlockAsTheSameIpv4Block() {
    Cidr mapped = Cidr.parse("::ffff:10.0.0.0/104");

    assertThat(mapped).isEqualTo(Cidr.parse("10.0.0.0/8"));
    assertThat(mapped).hasToString("10.0.0.0/8");
    assertThat(mapped.prefixLength()).isEqualTo(8);
    assertThat(mapped.contains(ip("10.1.2.3"))).isTrue();
  }

  @Test
  void writesBlocksInCanonicalForm() {
    assertThat(Cidr.parse("2001:0DB8:0000::/32")).hasToString("2001:db8::/32");
    assertThat(Cidr.parse("2001:db8:0:0:1:0:0:1")).hasToString("2001:db8::1:0:0:1/128");
    assertThat(Cidr.parse("2001:db8:0:1:1:1:1:1")).hasToString("2001:db8:0:1:1:1:1:1/128");
    assertThat(Cidr.parse("::")).hasToString("::/128");
    assertThat(Cidr.parse("192.168.1.7")).hasToString("192.168.1.7/32");
  }

  @Test
  void readsAnIpv6AddressWithADottedIpv4Tail() {
    assertThat(Cidr.parse("64:ff9b::192.0.2.33")).isEqualTo(Cidr.parse("64:ff9b::c000:221"));
  }

  @Test
  void givesTheNetworkAddressAndItsFamily() {
    assertThat(Cidr.parse("10.0.0.0/8").network()).isEqualTo(ip("10.0.0.0"));
    assertThat(Cidr.parse("2001:db8::/32").network()).isEqualTo(ip("2001:db8::"));
  }

  @Test
  void containsNoNullAddress() {
    assertThat(Cidr.parse("::/0").contains(null)).isFalse();
  }

  @Test
  void refusesAnIpv4PrefixAbove32WithAOneLineMessage() {
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'10.0.0.0/33': prefix length must be 0 to 32 for IPv4");
  }

  @Test
  void refusesAnIpv6PrefixAbove128() {
    assertThatThrownBy(() -> Cidr.parse("2001:db8::/129"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'2001:db8::/129': prefix length must be 0 to 128 for IPv6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/+8", "10.0.0.0/8a", "10.0.0.0/8/8"})
  void refusesAPrefixThatIsNotADecimalNumber(String text) {
    assertThatThrownBy(() -> Cidr.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix length must be 0 to 32 for IPv4");
  }

  @Test
  void refusesHostBitsAfterThePrefixAndSuggestsBothReadings() {
    assertThatThrownBy(() -> Cidr.parse("10.0.0.1/8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'10.0.0.1/8': host bits are set after the first 8 bits; write 10.0.0.0/8 for the"
                + " block or 10.0.0.1/32 for the single address");
  }

  @Test
  void refusesIpv6HostBitsAfterThePrefix() {
    assertThatThrownBy(() -> Cidr.parse("2001:db8::1/32"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("write 2001:db8::/32 for the block");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "example.invalid", "webhooks.example.com/24"})
  void refusesHostNamesInsteadOfLookingThemUp(String text) {
    assertThatThrownBy(() -> Cidr.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an IPv4 or IPv6 address literal")
        .hasMessageContaining("DNS");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "10.1",
        "10.0.0",
        "10.0.0.0.0",
        "010.0.0.1",
        "0x0a.0.0.1",
        "167772161",
        "256.0.0.0",
        "1.2.3.-4",
        "1.2.3.4 ",
        " 1.2.3.4",
        "\uff11.2.3.4",
        "[::1]",
        "1.2.3.4:80",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7:8::",
        "1::2::3",
        ":::",
        ":1::",
        "::1:",
        "12345::",
        "g::",
        "::1.2.3",
        "1.2.3.4::",
        "::1.2.3.4:5",
        "1:2:3:4:5:6:7:1.2.3.4"
      })
  void refusesEverythingButStrictAddressLiterals(String text) {
    assertThatThrownBy(() -> Cidr.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an IPv4 or IPv6 address literal");
  }

  @Test
  void refusesZoneIds() {
    assertThatThrownBy(() -> Cidr.parse("fe80::1%eth0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'fe80::1%eth0': zone ids such as %eth0 are not supported; write the address"
                + " without it");
  }

  @Test
  void escapesControlCharactersInItsMessage() {
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0\n/8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'10.0.0.0\\u000a/8'")
        .hasMessageNotContaining("\n");
  }

  @Test
  void ignoresTheZoneOfALinkLocalPeer() throws UnknownHostException {
    byte[] linkLocal = ip("fe80::1").getAddress();
    Inet6Address scoped = Inet6Address.getByAddress(null, linkLocal, 3);

    assertThat(Cidr.parse("fe80::/10").contains(scoped)).isTrue();
  }

  /** Builds test addresses from literals only; getByName on a literal makes no lookup. */
  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] mappedBytes(int a, int b, int c, int d) {
    return new byte[] {
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, (byte) a, (byte) b, (byte) c, (byte) d
    };
  }
}
