package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class SourceAllowlistTest {

  private static final InetAddress PROXY = ip("10.0.0.1");
  private static final InetAddress ALLOWED_CLIENT = ip("203.0.113.7");
  private static final InetAddress OTHER_CLIENT = ip("198.51.100.9");

  /** Allows 203.0.113.0/24 and 2001:db8::/32, and trusts the proxies in 10.0.0.0/8. */
  private final SourceAllowlist sources =
      SourceAllowlist.builder()
          .allow("203.0.113.0/24")
          .allow("2001:db8::/32")
          .trustProxy("10.0.0.0/8")
          .build();

  @Test
  void allowsAPeerInTheAllowlist() {
    SourceDecision decision = sources.check(ALLOWED_CLIENT, ReceivedHeaders.empty());

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.client()).isEqualTo(ALLOWED_CLIENT);
    assertThat(decision.message()).isEqualTo("source 203.0.113.7 is allowed by 203.0.113.0/24");
  }

  @Test
  void refusesAPeerOutsideTheAllowlistAndSaysWhatToDo() {
    SourceDecision decision = sources.check(OTHER_CLIENT, ReceivedHeaders.empty());

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.client()).isEqualTo(OTHER_CLIENT);
    assertThat(decision.message())
        .isEqualTo(
            "source 198.51.100.9 is not in the source allowlist; send from an allowed address or"
                + " ask the receiver to allow this one");
  }

  @Test
  void emptyAllowlistAllowsEverySourceWithoutReadingHeaders() {
    SourceAllowlist everyone = SourceAllowlist.builder().trustProxy("10.0.0.0/8").build();

    SourceDecision decision = everyone.check(PROXY, headers("X-Forwarded-For", "not an address"));

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.client()).isEqualTo(PROXY);
    assertThat(decision.message()).contains("the allowlist has no entries");
  }

  @Test
  void emptyAllowlistAllowsAnUnknownPeer() {
    assertThat(SourceAllowlist.builder().build().check(null, null).allowed()).isTrue();
  }

  @Test
  void refusesAnUnknownPeerWhenTheAllowlistHasEntries() {
    SourceDecision decision = sources.check(null, ReceivedHeaders.empty());

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.client()).isNull();
    assertThat(decision.message()).contains("peer address is unknown");
  }

  @Test
  void ignoresForwardingHeadersFromAnUntrustedPeer() {
    ReceivedHeaders spoofed =
        ReceivedHeaders.builder()
            .add("X-Forwarded-For", "203.0.113.7")
            .add("Forwarded", "for=203.0.113.7")
            .build();

    SourceDecision decision = sources.check(OTHER_CLIENT, spoofed);

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.client()).isEqualTo(OTHER_CLIENT);
  }

  @Test
  void ignoresEvenMalformedHeadersFromAnUntrustedPeer() {
    SourceDecision decision = sources.check(ALLOWED_CLIENT, headers("Forwarded", "for=\"[::1"));

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.client()).isEqualTo(ALLOWED_CLIENT);
  }

  @Test
  void takesTheClientFromXForwardedForWhenThePeerIsATrustedProxy() {
    SourceDecision decision = sources.check(PROXY, headers("X-Forwarded-For", "203.0.113.7"));

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.client()).isEqualTo(ALLOWED_CLIENT);
    assertThat(decision.message())
        .isEqualTo("client 203.0.113.7 behind trusted proxy 10.0.0.1 is allowed by 203.0.113.0/24");
  }

  @Test
  void readsTheChainFromTheRightSkippingSeveralTrustedHops() {
    ReceivedHeaders chain =
        headers("X-Forwarded-For", "198.51.100.1, 203.0.113.7, 10.0.0.3,10.0.0.2");

    SourceDecision decision = sources.check(PROXY, chain);

    assertThat(decision.client()).isEqualTo(ALLOWED_CLIENT);
    assertThat(decision.allowed()).isTrue();
  }

  @Test
  void believesNoSpoofedEntryLeftOfTheNearestUntrustedHop() {
    ReceivedHeaders spoofed = headers("X-Forwarded-For", "203.0.113.7, 198.51.100.9");

    SourceDecision decision = sources.check(PROXY, spoofed);

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.client()).isEqualTo(OTHER_CLIENT);
  }

  @Test
  void neverReadsMalformedEntriesLeftOfTheClient() {
    ReceivedHeaders chain = headers("X-Forwarded-For", "garbage, unknown, , 203.0.113.7");

    SourceDecision decision = sources.check(PROXY, chain);

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.client()).isEqualTo(ALLOWED_CLIENT);
  }

  @Test
  void joinsEveryXForwardedForOccurrenceInOrder() {
    ReceivedHeaders twoLines =
        ReceivedHeaders.builder()
            .add("X-Forwarded-For", "198.51.100.9")
            .add("x-forwarded-for", "203.0.113.7, 10.0.0.2")
            .build();

    assertThat(sources.check(PROXY, twoLines).client()).isEqualTo(ALLOWED_CLIENT);
  }

  @Test
  void takesTheLeftmostEntryWhenEveryHopIsATrustedProxy() {
    SourceDecision decision =
        sources.check(PROXY, headers("X-Forwarded-For", "10.0.0.3, 10.0.0.2"));

    assertThat(decision.client()).isEqualTo(ip("10.0.0.3"));
    assertThat(decision.allowed()).isFalse();
  }

  @Test
  void checksATrustedProxyThatNamesNoClientAsTheSource() {
    SourceDecision decision = sources.check(PROXY, ReceivedHeaders.empty());

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.client()).isEqualTo(PROXY);
    assertThat(decision.message()).startsWith("trusted proxy 10.0.0.1, which named no client,");
  }

  @Test
  void readsPortsAndBareOrBracketedIpv6InXForwardedFor() {
    assertThat(sources.check(PROXY, headers("X-Forwarded-For", "203.0.113.7:51234")).client())
        .isEqualTo(ALLOWED_CLIENT);
    assertThat(sources.check(PROXY, headers("X-Forwarded-For", "2001:db8::1")).client())
        .isEqualTo(ip("2001:db8::1"));
    assertThat(sources.check(PROXY, headers("X-Forwarded-For", "[2001:db8::1]:443")).client())
        .isEqualTo(ip("2001:db8::1"));
  }

  @Test
  void failsClosedOnAMalformedHopFromATrustedProxy() {
    SourceDecision decision =
        sources.check(PROXY, headers("X-Forwarded-For", "203.0.113.7, evil.example"));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.client()).isNull();
    assertThat(decision.message())
        .isEqualTo(
            "X-Forwarded-For hop 2 from trusted proxy 10.0.0.1 is not an IP address:"
                + " 'evil.example'; fix the forwarding headers the proxy sends");
  }

  @Test
  void failsClosedOnAnEmptyHopFromATrustedProxy() {
    SourceDecision decision = sources.check(PROXY, headers("X-Forwarded-For", "203.0.113.7,"));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.message()).contains("hop 2", "is not an IP address: ''");
  }

  @Test
  void namesTheTrustedProxyThatWroteAMalformedHop() {
    SourceDecision decision =
        sources.check(PROXY, headers("X-Forwarded-For", "203.0.113.7, 300.0.0.1, 10.0.0.2"));

    assertThat(decision.message())
        .startsWith("X-Forwarded-For hop 2 from trusted proxy 10.0.0.2 is not an IP address");
  }

  @Test
  void escapesControlCharactersOfAMalformedHopInTheMessage() {
    SourceDecision decision = sources.check(PROXY, headers("X-Forwarded-For", "1.2.3.4\r\nX: y"));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.message()).contains("'1.2.3.4\\u000d\\u000aX: y'").doesNotContain("\n");
  }

  @Test
  void readsForwardedWithAQuotedBracketedIpv6AndPort() {
    SourceDecision decision =
        sources.check(PROXY, headers("Forwarded", "for=\"[2001:db8:cafe::17]:4711\""));

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.client()).isEqualTo(ip("2001:db8:cafe::17"));
  }

  @Test
  void readsForwardedElementsFromTheRightWithOtherParametersAndAnyCase() {
    ReceivedHeaders chain =
        headers(
            "Forwarded",
            "for=198.51.100.1, For=\"203.0.113.7:8443\";proto=https;by=_edge,"
                + " for=10.0.0.2 ; host=\"hooks.example, with comma\"");

    SourceDecision decision = sources.check(PROXY, chain);

    assertThat(decision.client()).isEqualTo(ALLOWED_CLIENT);
    assertThat(decision.allowed()).isTrue();
  }

  @Test
  void readsEscapesInForwardedQuotedStrings() {
    SourceDecision decision = sources.check(PROXY, headers("Forwarded", "for=\"203.0.113.\\7\""));

    assertThat(decision.client()).isEqualTo(ALLOWED_CLIENT);
  }

  @Test
  void refusesAClientHiddenAsUnknownInForwarded() {
    SourceDecision decision = sources.check(PROXY, headers("Forwarded", "for=unknown"));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.client()).isNull();
    assertThat(decision.message())
        .isEqualTo(
            "Forwarded hop 1 from trusted proxy 10.0.0.1 hides the client as 'unknown', so it"
                + " cannot be checked; fix the forwarding headers the proxy sends");
  }

  @Test
  void refusesAClientHiddenBehindAnObfuscatedIdentifier() {
    SourceDecision decision = sources.check(PROXY, headers("Forwarded", "for=\"_hidden:_port\""));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.message()).contains("hides the client as '_hidden:_port'");
  }

  @Test
  void skipsAnObfuscatedHopLeftOfTheClient() {
    SourceDecision decision =
        sources.check(PROXY, headers("Forwarded", "for=_hidden, for=203.0.113.7"));

    assertThat(decision.allowed()).isTrue();
  }

  @Test
  void refusesAForwardedElementWithoutFor() {
    SourceDecision decision = sources.check(PROXY, headers("Forwarded", "proto=https;by=10.0.0.1"));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.message()).contains("Forwarded hop 1", "has no for= parameter");
  }

  @Test
  void refusesIpv6WithoutBracketsInForwarded() {
    SourceDecision decision = sources.check(PROXY, headers("Forwarded", "for=\"2001:db8::1\""));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.message()).contains("is not an IP address: '2001:db8::1'");
  }

  @Test
  void refusesAPortOutOfRangeInForwarded() {
    SourceDecision decision =
        sources.check(PROXY, headers("Forwarded", "for=\"203.0.113.7:65536\""));

    assertThat(decision.allowed()).isFalse();
  }

  @Test
  void refusesForwardedThatBreaksTheSyntaxAnywhere() {
    assertThat(refusal("for=\"203.0.113.7")).contains("from trusted proxy 10.0.0.1 has no valid");
    assertThat(refusal("for=203.0.113.7:80")).contains("unexpected character at character 16");
    assertThat(refusal("for=")).contains("has no valid value at character 5");
    assertThat(refusal("for 203.0.113.7")).contains("no name=value parameter at character 1");
    assertThat(refusal("for=203.0.113.7;for=203.0.113.8")).contains("repeats for=");
    assertThat(refusal("for=\"203.0.113.7\u0000\"")).contains("has no valid value");
  }

  @Test
  void acceptsBothHeadersWhenTheyNameTheSameClient() {
    ReceivedHeaders both =
        ReceivedHeaders.builder()
            .add("X-Forwarded-For", "203.0.113.7")
            .add("Forwarded", "for=203.0.113.7;proto=https")
            .build();

    SourceDecision decision = sources.check(PROXY, both);

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.client()).isEqualTo(ALLOWED_CLIENT);
  }

  @Test
  void refusesBothHeadersWhenTheyNameDifferentClients() {
    ReceivedHeaders disagreeing =
        ReceivedHeaders.builder()
            .add("X-Forwarded-For", "198.51.100.9")
            .add("Forwarded", "for=203.0.113.7")
            .build();

    SourceDecision decision = sources.check(PROXY, disagreeing);

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.client()).isNull();
    assertThat(decision.message())
        .isEqualTo(
            "X-Forwarded-For names client 198.51.100.9 but Forwarded names 203.0.113.7; trusted"
                + " proxies must send one of the two headers, or both naming the same client");
  }

  @Test
  void refusesBothHeadersWhenOneOfThemIsMalformed() {
    ReceivedHeaders oneBroken =
        ReceivedHeaders.builder()
            .add("X-Forwarded-For", "203.0.113.7")
            .add("Forwarded", "for=unknown")
            .build();

    assertThat(sources.check(PROXY, oneBroken).allowed()).isFalse();
  }

  @Test
  void refusesAForwardingHeaderLongerThan8192Characters() {
    String huge = "203.0.113.7" + " ".repeat(SourceAllowlist.MAX_HEADER_CHARS);

    SourceDecision decision = sources.check(PROXY, headers("X-Forwarded-For", huge));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.message())
        .isEqualTo(
            "X-Forwarded-For from trusted proxy 10.0.0.1 is longer than 8192 characters; fix the"
                + " forwarding headers the proxy sends");
  }

  @Test
  void countsEveryOccurrenceTowardsTheHeaderLength() {
    ReceivedHeaders.Builder many = ReceivedHeaders.builder();
    for (int i = 0; i < 1000; i++) {
      many.add("Forwarded", "for=10.0.0.2");
    }

    SourceDecision decision = sources.check(PROXY, many.build());

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.message()).contains("Forwarded", "is longer than 8192 characters");
  }

  @Test
  void refusesAChainOfMoreThan32Hops() {
    String hops = String.join(",", Collections.nCopies(SourceAllowlist.MAX_HOPS + 1, "10.0.0.2"));

    SourceDecision decision = sources.check(PROXY, headers("X-Forwarded-For", hops));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.message()).contains("has more than 32 entries");
  }

  @Test
  void refusesAForwardedChainOfMoreThan32Elements() {
    String hops = String.join(",", Collections.nCopies(SourceAllowlist.MAX_HOPS + 1, "for=_x"));

    SourceDecision decision = sources.check(PROXY, headers("Forwarded", hops));

    assertThat(decision.message()).contains("has more than 32 elements");
  }

  @Test
  void readsAChainOfExactly32Hops() {
    String trusted =
        String.join(",", Collections.nCopies(SourceAllowlist.MAX_HOPS - 1, "10.0.0.2"));

    SourceDecision decision =
        sources.check(PROXY, headers("X-Forwarded-For", "203.0.113.7," + trusted));

    assertThat(decision.allowed()).isTrue();
  }

  @Test
  void trustsAnIpv4MappedPeerThroughItsIpv4Entry() throws UnknownHostException {
    byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 10, 0, 0, 1};
    InetAddress mappedProxy = Inet6Address.getByAddress(null, mapped, -1);

    SourceDecision decision = sources.check(mappedProxy, headers("X-Forwarded-For", "203.0.113.7"));

    assertThat(decision.client()).isEqualTo(ALLOWED_CLIENT);
  }

  @Test
  void allowsAnIpv4MappedClientThroughItsIpv4Entry() {
    SourceDecision decision =
        sources.check(PROXY, headers("Forwarded", "for=\"[::ffff:203.0.113.7]\""));

    assertThat(decision.allowed()).isTrue();
  }

  @Test
  void refusesAMalformedEntryWhenTheAllowlistIsBuilt() {
    assertThatThrownBy(() -> SourceAllowlist.builder().allow("webhooks.example.com"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceAllowlist.builder().trustProxy("10.0.0.1/8"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isNotChangedByLaterUseOfItsBuilder() {
    SourceAllowlist.Builder builder = SourceAllowlist.builder().allow("203.0.113.0/24");
    SourceAllowlist first = builder.build();

    builder.allow("198.51.100.0/24");

    assertThat(first.allowed()).containsExactly(Cidr.parse("203.0.113.0/24"));
    assertThat(first.check(OTHER_CLIENT, null).allowed()).isFalse();
  }

  private String refusal(String forwarded) {
    SourceDecision decision = sources.check(PROXY, headers("Forwarded", forwarded));
    assertThat(decision.allowed()).isFalse();
    return decision.message();
  }

  private static ReceivedHeaders headers(String name, String value) {
    return ReceivedHeaders.builder().add(name, value).build();
  }

  /** Builds test addresses from literals only; getByName on a literal makes no lookup. */
  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
