package io.webhookkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every address here is an IP literal: parsing it makes no lookup and opens no socket. */
class AddressClassTest {

  private static InetAddress literal(String address) throws UnknownHostException {
    return InetAddress.getByName(address);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "127.0.0.1, LOOPBACK",
    "127.255.0.9, LOOPBACK",
    "::1, LOOPBACK",
    "0.0.0.0, UNSPECIFIED",
    "::, UNSPECIFIED",
    "10.1.2.3, PRIVATE",
    "172.16.0.1, PRIVATE",
    "172.31.255.255, PRIVATE",
    "192.168.1.1, PRIVATE",
    "fc00::1, PRIVATE",
    "fd12:3456::1, PRIVATE",
    "169.254.1.1, LINK_LOCAL",
    "fe80::1, LINK_LOCAL",
    "100.64.0.1, CARRIER_GRADE_NAT",
    "100.127.255.255, CARRIER_GRADE_NAT",
    "224.0.0.1, MULTICAST",
    "ff02::1, MULTICAST",
    "255.255.255.255, BROADCAST",
    "240.0.0.1, RESERVED",
    "169.254.169.254, CLOUD_METADATA",
    "fd00:ec2::254, CLOUD_METADATA",
    "100.100.100.200, CLOUD_METADATA",
    "8.8.8.8, PUBLIC",
    "172.32.0.1, PUBLIC",
    "100.128.0.1, PUBLIC",
    "2001:4860:4860::8888, PUBLIC"
  })
  void classifiesAddresses(String address, AddressClass expected) throws UnknownHostException {
    assertThat(AddressClass.of(literal(address))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is {1} ({2})")
  @CsvSource({
    "::127.0.0.1, LOOPBACK, IPv4-compatible",
    "::0.0.0.2, UNSPECIFIED, IPv4-compatible",
    "64:ff9b::7f00:1, LOOPBACK, NAT64",
    "64:ff9b::a00:1, PRIVATE, NAT64",
    "64:ff9b::a9fe:a9fe, CLOUD_METADATA, NAT64",
    "2002:7f00:1::1, LOOPBACK, 6to4",
    "2002:c0a8:101::, PRIVATE, 6to4",
    "64:ff9b::808:808, PUBLIC, NAT64",
    "2002:808:808::1, PUBLIC, 6to4"
  })
  void judgesIpv6FormsByTheIpv4AddressTheyEmbed(
      String address, AddressClass expected, String embedding) throws UnknownHostException {
    InetAddress parsed = literal(address);

    assertThat(AddressClass.of(parsed)).isEqualTo(expected);
    assertThat(AddressClass.embedding(parsed)).isEqualTo(embedding);
  }

  @ParameterizedTest
  @CsvSource({"127.0.0.1, LOOPBACK", "10.0.0.1, PRIVATE", "169.254.169.254, CLOUD_METADATA"})
  void judgesAnIpv4MappedAddressKeptInItsIpv6Form(String ipv4, AddressClass expected)
      throws UnknownHostException {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    System.arraycopy(literal(ipv4).getAddress(), 0, mapped, 12, 4);

    // Inet6Address keeps the mapped form, which InetAddress.getByName would turn into IPv4.
    InetAddress address = java.net.Inet6Address.getByAddress(null, mapped, -1);

    assertThat(AddressClass.of(address)).isEqualTo(expected);
    assertThat(AddressClass.embedding(address)).isEqualTo("IPv4-mapped");
  }

  @ParameterizedTest
  @CsvSource({"::ffff:7f00:1, LOOPBACK", "::ffff:a9fe:a9fe, CLOUD_METADATA"})
  void judgesAnIpv4MappedLiteralAsItsIpv4Address(String address, AddressClass expected)
      throws UnknownHostException {
    // InetAddress.getByName already returns the IPv4 address for a mapped literal.
    assertThat(AddressClass.of(literal(address))).isEqualTo(expected);
  }
}
