package io.webhookkit.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class IpLiteralPeerAddressTest {

  @Test
  void dropsTheZoneOfAPeerAddress() {
    assertThat(IpLiteral.peerAddress("fe80::1%eth0")).isEqualTo(IpLiteral.peerAddress("fe80::1"));
  }

  @Test
  void parsesAnIpv4Literal() throws Exception {
    assertThat(IpLiteral.peerAddress("192.0.2.7"))
        .isEqualTo(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7}));
  }

  @Test
  void parsesAnIpv6LiteralWithOrWithoutBrackets() {
    assertThat(IpLiteral.peerAddress("::1")).isEqualTo(IpLiteral.peerAddress("[::1]")).isNotNull();
    assertThat(IpLiteral.peerAddress("::1").isLoopbackAddress()).isTrue();
  }

  @Test
  void givesNullForAHostNameInsteadOfLookingItUp() {
    assertThat(IpLiteral.peerAddress("localhost")).isNull();
  }

  @Test
  void givesNullForLiteralsThatAreNotValid() {
    assertThat(IpLiteral.peerAddress("256.1.1.1")).isNull();
    assertThat(IpLiteral.peerAddress("1.2.3")).isNull();
    assertThat(IpLiteral.peerAddress("1:2:3")).isNull();
    assertThat(IpLiteral.peerAddress("")).isNull();
    assertThat(IpLiteral.peerAddress(null)).isNull();
  }
}
