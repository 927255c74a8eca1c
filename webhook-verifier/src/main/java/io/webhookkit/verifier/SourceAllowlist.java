package io.webhookkit.verifier;

import static io.webhookkit.verifier.internal.HeaderText.quote;

import io.webhookkit.verifier.internal.ForwardedChain;
import io.webhookkit.verifier.internal.ForwardedChain.Hops;
import io.webhookkit.verifier.internal.IpLiteral;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a request comes from an allowed source address, looking through the proxies that
 * the receiver trusts to say who their client was.
 *
 * <p>The client is the peer of the connection, unless the peer is a trusted proxy: then the
 * forwarding headers are read from the right, the nearest hop first, skipping every address that is
 * itself a trusted proxy, and the first other address is the client. Entries further left were
 * written by the client or by proxies nobody vouches for, so they are never read; when every entry
 * is a trusted proxy, the leftmost one is the client. Both {@code X-Forwarded-For} (every
 * occurrence, as one comma-separated list) and RFC 7239 {@code Forwarded} ({@code for=} only,
 * quoted, IPv6 in brackets, ports dropped) are read. The headers of a peer that is not a trusted
 * proxy are ignored entirely, since anyone can send them.
 *
 * <p>It fails closed. The request is refused when the peer is unknown; when a hop that has to be
 * read is malformed, hidden ({@code unknown}, {@code _hidden}) or, in {@code Forwarded}, has no
 * {@code for=}; when a forwarding header is longer than {@value #MAX_HEADER_CHARS} characters or
 * has more than {@value #MAX_HOPS} hops; and when both headers are present and name different
 * clients, because a proxy that writes one of them may pass the other on from the client unchanged,
 * and preferring either would let a client choose its own address.
 *
 * <p>An allowlist with no {@link Builder#allow allowed} entries allows every source without reading
 * any header, so that the check can be wired in unconditionally; add an entry to restrict.
 * Addresses are compared as {@link Cidr} does: an IPv4 address and its IPv4-mapped IPv6 form are
 * the same. No DNS lookup is ever made, and nothing is logged.
 *
 * <p><b>Instances are immutable and safe to share between threads.</b>
 *
 * <pre>{@code
 * SourceAllowlist sources =
 *     SourceAllowlist.builder().allow("203.0.113.0/24").trustProxy("10.0.0.0/8").build();
 * SourceDecision decision = sources.check(remoteAddress, ReceivedHeaders.of(headers));
 * }</pre>
 */
public final class SourceAllowlist {

  /** The most hops read from a forwarding header; a longer chain is refused. */
  public static final int MAX_HOPS = 32;

  /** The longest forwarding header read, all its occurrences together; a longer one is refused. */
  public static final int MAX_HEADER_CHARS = 8192;

  private static final String X_FORWARDED_FOR = "X-Forwarded-For";
  private static final String FORWARDED = "Forwarded";

  private final List<Cidr> allowed;
  private final List<Cidr> trustedProxies;

  private SourceAllowlist(Builder builder) {
    this.allowed = List.copyOf(builder.allowed);
    this.trustedProxies = List.copyOf(builder.trustedProxies);
  }

  /** Returns a builder of an allowlist that starts with no entries and no trusted proxies. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the allowed blocks in the order added; empty means every source is allowed. */
  public List<Cidr> allowed() {
    return allowed;
  }

  /** Returns the blocks of the proxies whose forwarding headers are believed. */
  public List<Cidr> trustedProxies() {
    return trustedProxies;
  }

  /**
   * Decides whether a request from {@code peer}, the remote address of the connection, carrying
   * {@code headers}, comes from an allowed source. Never throws on what the headers hold: a hostile
   * or malformed forwarding chain is a refusal with a message. A null {@code headers} is read as no
   * headers.
   */
  public SourceDecision check(InetAddress peer, ReceivedHeaders headers) {
    if (allowed.isEmpty()) {
      return new SourceDecision(
          true, peer, "every source is allowed: the allowlist has no entries");
    }
    if (peer == null) {
      return refused(
          "the peer address is unknown, so the source cannot be checked; the receiver must pass"
              + " the remote address of the connection");
    }
    if (!isTrustedProxy(peer)) {
      return decide(peer, "source " + text(peer));
    }

    ReceivedHeaders received = headers == null ? ReceivedHeaders.empty() : headers;
    List<String> forwardedFor = received.all(X_FORWARDED_FOR);
    List<String> forwarded = received.all(FORWARDED);
    if (forwardedFor.isEmpty() && forwarded.isEmpty()) {
      return decide(peer, "trusted proxy " + text(peer) + ", which named no client,");
    }

    Resolution byForwardedFor =
        forwardedFor.isEmpty()
            ? null
            : resolve(
                X_FORWARDED_FOR,
                ForwardedChain.splitXForwardedFor(forwardedFor, MAX_HEADER_CHARS, MAX_HOPS),
                peer,
                false);
    Resolution byForwarded =
        forwarded.isEmpty()
            ? null
            : resolve(
                FORWARDED,
                ForwardedChain.splitForwarded(forwarded, MAX_HEADER_CHARS, MAX_HOPS),
                peer,
                true);
    for (Resolution resolution : Arrays.asList(byForwardedFor, byForwarded)) {
      if (resolution != null && resolution.problem() != null) {
        return refused(resolution.problem());
      }
    }
    if (byForwardedFor != null
        && byForwarded != null
        && !sameAddress(byForwardedFor, byForwarded)) {
      return refused(
          X_FORWARDED_FOR
              + " names client "
              + text(byForwardedFor.client())
              + " but "
              + FORWARDED
              + " names "
              + text(byForwarded.client())
              + "; trusted proxies must send one of the two headers, or both naming the same"
              + " client");
    }

    InetAddress client = byForwarded != null ? byForwarded.client() : byForwardedFor.client();
    return decide(client, "client " + text(client) + " behind trusted proxy " + text(peer));
  }

  /** Shows the allowed blocks and the trusted proxies. */
  @Override
  public String toString() {
    return "SourceAllowlist[allowed=" + allowed + ", trustedProxies=" + trustedProxies + "]";
  }

  /** The client named by one forwarding header, or why it could not be told. */
  private record Resolution(InetAddress client, String problem) {}

  /**
   * Walks the hops from the right while the address reached is a trusted proxy; the first other
   * address is the client. Only the hops walked are read, so spoofed entries further left are
   * neither believed nor checked.
   */
  private Resolution resolve(String header, Hops hops, InetAddress peer, boolean bracketsRequired) {
    if (hops.problem() != null) {
      return failure(header + " from trusted proxy " + text(peer) + " " + hops.problem());
    }
    InetAddress client = peer;
    List<String> nodes = hops.nodes();
    for (int i = nodes.size() - 1; i >= 0 && isTrustedProxy(client); i--) {
      String node = nodes.get(i);
      String hop = header + " hop " + (i + 1) + " from trusted proxy " + text(client);
      if (node == null) {
        return failure(hop + " has no for= parameter, so the client is unknown");
      }
      if (ForwardedChain.isHidden(node)) {
        return failure(hop + " hides the client as " + quote(node) + ", so it cannot be checked");
      }
      InetAddress address = ForwardedChain.readAddress(node, bracketsRequired);
      if (address == null) {
        return failure(hop + " is not an IP address: " + quote(node));
      }
      client = address;
    }
    return new Resolution(client, null);
  }

  private static Resolution failure(String problem) {
    return new Resolution(null, problem + "; fix the forwarding headers the proxy sends");
  }

  private boolean isTrustedProxy(InetAddress address) {
    for (Cidr proxy : trustedProxies) {
      if (proxy.contains(address)) {
        return true;
      }
    }
    return false;
  }

  private SourceDecision decide(InetAddress client, String who) {
    for (Cidr entry : allowed) {
      if (entry.contains(client)) {
        return new SourceDecision(true, client, who + " is allowed by " + entry);
      }
    }
    return new SourceDecision(
        false,
        client,
        who
            + " is not in the source allowlist; send from an allowed address or ask the receiver"
            + " to allow this one");
  }

  private static SourceDecision refused(String message) {
    return new SourceDecision(false, null, message);
  }

  private static boolean sameAddress(Resolution one, Resolution other) {
    return Arrays.equals(
        IpLiteral.toSixteenBytes(one.client().getAddress()),
        IpLiteral.toSixteenBytes(other.client().getAddress()));
  }

  /** Writes an address as a literal, never with a host name, which could need a DNS lookup. */
  private static String text(InetAddress address) {
    return IpLiteral.format(address.getAddress());
  }

  /**
   * Builds a {@link SourceAllowlist}. Entries are parsed when added, so a malformed one fails here,
   * never in {@link SourceAllowlist#check}. Not thread-safe.
   */
  public static final class Builder {
    private final List<Cidr> allowed = new ArrayList<>();
    private final List<Cidr> trustedProxies = new ArrayList<>();

    private Builder() {}

    /**
     * Allows the sources in {@code cidr}, a block such as {@code 203.0.113.0/24} or one address.
     *
     * @throws IllegalArgumentException if {@code cidr} is not a block; see {@link Cidr#parse}
     */
    public Builder allow(String cidr) {
      return allow(Cidr.parse(cidr));
    }

    /** Allows the sources in {@code cidr}. */
    public Builder allow(Cidr cidr) {
      allowed.add(Objects.requireNonNull(cidr, "cidr"));
      return this;
    }

    /**
     * Trusts the proxies in {@code cidr} to name their client in {@code X-Forwarded-For} or {@code
     * Forwarded}. Trust only proxies that append to those headers; a peer outside every trusted
     * block is itself the client, whatever headers it sends.
     *
     * @throws IllegalArgumentException if {@code cidr} is not a block; see {@link Cidr#parse}
     */
    public Builder trustProxy(String cidr) {
      return trustProxy(Cidr.parse(cidr));
    }

    /** Trusts the proxies in {@code cidr}; see {@link #trustProxy(String)}. */
    public Builder trustProxy(Cidr cidr) {
      trustedProxies.add(Objects.requireNonNull(cidr, "cidr"));
      return this;
    }

    /** Returns the allowlist; the builder may go on to build others. */
    public SourceAllowlist build() {
      return new SourceAllowlist(this);
    }
  }
}
