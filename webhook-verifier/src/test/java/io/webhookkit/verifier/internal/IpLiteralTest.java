package io.webhookkit.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class IpLiteralTest {

  @Test
  void parsesAnIpv4Literal() throws Exception {
    assertThat(IpLiteral.parse("192.0.2.7"))
        .isEqualTo(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7}));
  }

  @Test
  void parsesAnIpv6LiteralWithOrWithoutBrackets() {
    assertThat(IpLiteral.parse("::1")).isEqualTo(IpLiteral.parse("[::1]")).isNotNull();
    assertThat(IpLiteral.parse("::1").isLoopbackAddress()).isTrue();
  }

  @Test
  void givesNullForAHostNameInsteadOfLookingItUp() {
    assertThat(IpLiteral.parse("localhost")).isNull();
  }

  @Test
  void givesNullForLiteralsThatAreNotValid() {
    assertThat(IpLiteral.parse("256.1.1.1")).isNull();
    assertThat(IpLiteral.parse("1.2.3")).isNull();
    assertThat(IpLiteral.parse("1:2:3")).isNull();
    assertThat(IpLiteral.parse("")).isNull();
    assertThat(IpLiteral.parse(null)).isNull();
  }
}
