package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Holds the example of the README's source allowlist section, so that it keeps compiling. */
class SourceAllowlistReadmeExampleTest {

  /** The README example: returns 403 for a refused source, 0 to go on verifying. */
  static int checkSource(InetAddress remoteAddress, Map<String, List<String>> headers) {
    SourceAllowlist sources =
        SourceAllowlist.builder()
            .allow("203.0.113.0/24") // the sender's addresses; IPv4, IPv6 or single addresses
            .trustProxy("10.0.0.0/8") // your load balancers, which append X-Forwarded-For
            .build();
    SourceDecision decision = sources.check(remoteAddress, ReceivedHeaders.of(headers));
    if (!decision.allowed()) {
      return 403; // and log decision.message()
    }
    return 0;
  }

  @Test
  void letsInAClientForwardedByATrustedProxy() throws UnknownHostException {
    InetAddress proxy = InetAddress.getByName("10.0.0.1");

    assertThat(checkSource(proxy, Map.of("X-Forwarded-For", List.of("203.0.113.7")))).isZero();
  }

  @Test
  void refusesAPeerOutsideTheAllowlist() throws UnknownHostException {
    InetAddress stranger = InetAddress.getByName("198.51.100.9");

    assertThat(checkSource(stranger, Map.of("X-Forwarded-For", List.of("203.0.113.7"))))
        .isEqualTo(403);
  }
}
