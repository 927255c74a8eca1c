package io.webhookkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;

/**
 * The guard's decisions, on addresses chosen by a fake upstream {@link Dns}. Every address is an IP
 * literal: nothing here queries a resolver or opens a socket.
 */
class SsrfGuardTest {

  private final List<String> lookups = new ArrayList<>();

  private Dns answering(String... addresses) {
    return host -> {
      lookups.add(host);
      List<InetAddress> result = new ArrayList<>();
      for (String address : addresses) {
        result.add(InetAddress.getByName(address));
      }
      return result;
    };
  }

  private SsrfGuard guard(String... addresses) {
    return SsrfGuard.builder().upstream(answering(addresses)).build();
  }

  @Test
  void returnsThePublicAddressesOfAHost() throws UnknownHostException {
    List<InetAddress> addresses = guard("8.8.8.8", "2001:4860:4860::8888").lookup("hooks.test");

    assertThat(addresses).extracting(InetAddress::getHostAddress).contains("8.8.8.8");
  }

  @Test
  void refusesAHostThatResolvesToLoopback() {
    assertThatThrownBy(() -> guard("127.0.0.1").lookup("hooks.test"))
        .isInstanceOf(SsrfBlockedException.class)
        .hasMessage(
            "blocked by the SSRF guard: hooks.test resolves to 127.0.0.1, a loopback address;"
                + " to allow it, use SsrfGuard.builder().allowHost(\"hooks.test\")");
  }

  @Test
  void refusesAHostWhenAnyOfItsAddressesIsInternal() {
    assertThatThrownBy(() -> guard("8.8.8.8", "10.0.0.7").lookup("hooks.test"))
        .isInstanceOf(SsrfBlockedException.class)
        .hasMessageContaining("10.0.0.7, a private address");
  }

  @Test
  void namesTheCloudMetadataService() {
    assertThatThrownBy(() -> guard("169.254.169.254").lookup("metadata.test"))
        .hasMessageContaining("a cloud metadata address");
  }

  @Test
  void namesTheEmbeddingOfAnIpv4Address() {
    assertThatThrownBy(() -> guard("64:ff9b::a9fe:a9fe").lookup("hooks.test"))
        .hasMessageContaining("cloud metadata (NAT64) address");
  }

  @Test
  void refusalIsAnUnknownHostExceptionSoThatOkHttpConnectsNowhere() {
    assertThatThrownBy(() -> guard("::1").lookup("hooks.test"))
        .isInstanceOf(UnknownHostException.class);
  }

  @Test
  void theExceptionNamesHostAndAddress() {
    SsrfBlockedException blocked = null;
    try {
      guard("192.168.0.10").lookup("printer.test");
    } catch (UnknownHostException e) {
      blocked = (SsrfBlockedException) e;
    }

    assertThat(blocked.host()).isEqualTo("printer.test");
    assertThat(blocked.address().getHostAddress()).isEqualTo("192.168.0.10");
  }

  @Test
  void anAllowedHostSkipsTheCheck() throws UnknownHostException {
    SsrfGuard guard =
        SsrfGuard.builder().upstream(answering("10.0.0.7")).allowHost("Intranet.Test").build();

    assertThat(guard.lookup("intranet.test")).hasSize(1);
  }

  @Test
  void anAllowedHostDoesNotAllowItsSubdomains() {
    SsrfGuard guard =
        SsrfGuard.builder().upstream(answering("10.0.0.7")).allowHost("intranet.test").build();

    assertThatThrownBy(() -> guard.lookup("evil.intranet.test"))
        .isInstanceOf(SsrfBlockedException.class);
  }

  @Test
  void allowedAddressesPass() throws UnknownHostException {
    SsrfGuard guard =
        SsrfGuard.builder()
            .upstream(answering("10.0.0.7"))
            .allowAddresses(address -> address.getHostAddress().startsWith("10."))
            .build();

    assertThat(guard.lookup("intranet.test")).hasSize(1);
  }

  @Test
  void allowingSomeAddressesStillRefusesOthers() {
    SsrfGuard guard =
        SsrfGuard.builder()
            .upstream(answering("10.0.0.7", "127.0.0.1"))
            .allowAddresses(address -> address.getHostAddress().startsWith("10."))
            .build();

    assertThatThrownBy(() -> guard.lookup("intranet.test"))
        .hasMessageContaining("127.0.0.1, a loopback address");
  }

  @Test
  void permissiveAllowsEverything() throws UnknownHostException {
    assertThat(SsrfGuard.permissive().lookup("127.0.0.1")).hasSize(1);
  }

  @Test
  void checkUrlRefusesAnIpLiteralWithoutAskingTheUpstream() {
    SsrfGuard guard = guard("8.8.8.8");

    assertThatThrownBy(() -> guard.checkUrl(URI.create("http://[::ffff:169.254.169.254]/")))
        .hasMessageContaining("169.254.169.254 is a cloud metadata address");
    assertThat(lookups).isEmpty();
  }

  @Test
  void checkUrlReadsDecimalIpv4AsOkHttpDoes() {
    assertThatThrownBy(() -> guard("8.8.8.8").checkUrl(URI.create("http://2130706433/")))
        .hasMessageContaining("2130706433 resolves to 127.0.0.1, a loopback address");
  }

  @Test
  void checkUrlResolvesANameThroughTheUpstream() {
    assertThatThrownBy(() -> guard("100.64.1.1").checkUrl(URI.create("https://hooks.test/in")))
        .hasMessageContaining("carrier-grade NAT");
    assertThat(lookups).containsExactly("hooks.test");
  }

  @Test
  void refusesABlankAllowedHost() {
    assertThatThrownBy(() -> SsrfGuard.builder().allowHost(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
