package io.webhookkit.client;

import io.webhookkit.client.internal.AddressClass;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Keeps webhooks from reaching the sender's own host and network (server-side request forgery): a
 * subscriber could otherwise point a webhook at {@code http://169.254.169.254/} or an intranet
 * service and read the answer in the delivery log.
 *
 * <p>As an OkHttp {@link Dns} it resolves each host through an upstream {@code Dns} and refuses,
 * with an {@link SsrfBlockedException}, a host of which <em>any</em> address is loopback,
 * unspecified, private, link-local, carrier-grade NAT, multicast, broadcast, reserved or a cloud
 * metadata service, including the IPv6 forms that embed such an IPv4 address (IPv4-mapped,
 * IPv4-compatible, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}). Checking the addresses that
 * are then connected to, rather than the name beforehand, leaves no gap for DNS rebinding.
 *
 * <p>OkHttp does not ask its {@code Dns} about a host that looks like an IP address ({@code
 * 127.0.0.1}, {@code [::1]}, but also {@code 2130706433} or {@code 127.1}); it parses it with
 * {@link InetAddress#getByName}. {@link #applyTo(OkHttpClient.Builder)} therefore also adds an
 * interceptor that checks such hosts before any connection is made; use it, or {@link
 * WebhookClient.Builder#ssrfGuard(SsrfGuard)}, rather than setting the guard as {@code Dns} alone.
 *
 * <p>Not covered: behind an HTTP proxy the proxy resolves the host, and the guard sees only the
 * proxy's own address; such a proxy must refuse internal destinations itself.
 *
 * <p><b>A guard is immutable and thread-safe</b> if its upstream {@code Dns} and allow predicate
 * are.
 */
public final class SsrfGuard implements Dns {

  /** The hosts that OkHttp 5 parses as IP addresses without asking its {@code Dns}. */
  private static final Pattern OKHTTP_IP_LITERAL =
      Pattern.compile("([0-9a-fA-F]*:[0-9a-fA-F:.]*)|([0-9.]+)");

  private final Dns upstream;
  private final Predicate<InetAddress> allowedAddresses;
  private final Set<String> allowedHosts;
  private final Interceptor literalCheck = this::checkLiteralHost;

  private SsrfGuard(Builder builder) {
    this.upstream = builder.upstream;
    this.allowedAddresses = builder.allowedAddresses;
    this.allowedHosts = Set.copyOf(builder.allowedHosts);
  }

  /** Returns a guard that resolves with {@link Dns#SYSTEM} and allows no internal address. */
  public static SsrfGuard defaults() {
    return builder().build();
  }

  /** Returns a guard that allows every address, for tests against local servers. */
  public static SsrfGuard permissive() {
    return builder().allowAddresses(address -> true).build();
  }

  /** Returns a builder that starts from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Resolves {@code hostname} through the upstream {@code Dns} and returns its addresses.
   *
   * @throws SsrfBlockedException if any address is internal and not allowed
   * @throws UnknownHostException if the upstream cannot resolve the host
   */
  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    Objects.requireNonNull(hostname, "hostname");
    List<InetAddress> addresses = upstream.lookup(hostname);
    if (!allowedHosts.contains(hostname.toLowerCase(Locale.ROOT))) {
      check(hostname, addresses);
    }
    return addresses;
  }

  /**
   * Checks the host of {@code url} as a request would: an IP address directly, a name by resolving
   * it through the upstream {@code Dns}, which may query the network. Useful when a subscription is
   * registered; it does not replace the check at connection time, as a name may resolve differently
   * later.
   *
   * @throws SsrfBlockedException if the host is, or resolves to, an internal address
   * @throws UnknownHostException if the host cannot be resolved
   * @throws IllegalArgumentException if {@code url} is not an http or https URL
   */
  public void checkUrl(URI url) throws UnknownHostException {
    HttpUrl parsed = HttpUrl.parse(url.toString());
    if (parsed == null) {
      throw new IllegalArgumentException("not an http or https URL: " + url.getScheme() + ":...");
    }
    String host = parsed.host();
    if (OKHTTP_IP_LITERAL.matcher(host).matches()) {
      checkLiteral(host);
    } else {
      lookup(host);
    }
  }

  /**
   * Makes {@code client} enforce this guard: sets it as the {@code Dns} and adds, as the last
   * application interceptor, the check of hosts that are IP addresses. Returns {@code client}.
   */
  public OkHttpClient.Builder applyTo(OkHttpClient.Builder client) {
    return client.dns(this).addInterceptor(literalCheck);
  }

  private Response checkLiteralHost(Interceptor.Chain chain) throws IOException {
    String host = chain.request().url().host();
    if (OKHTTP_IP_LITERAL.matcher(host).matches()) {
      checkLiteral(host);
    }
    return chain.proceed(chain.request());
  }

  private void checkLiteral(String host) throws UnknownHostException {
    if (allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
      return;
    }
    // The same parse as OkHttp's: no lookup is made for a host that is an address.
    check(host, List.of(InetAddress.getByName(host)));
  }

  private void check(String host, List<InetAddress> addresses) throws SsrfBlockedException {
    for (InetAddress address : addresses) {
      AddressClass addressClass = AddressClass.of(address);
      if (addressClass != AddressClass.PUBLIC && !allowedAddresses.test(address)) {
        String embedding = AddressClass.embedding(address);
        String described =
            embedding == null
                ? addressClass.description()
                : addressClass.description() + " (" + embedding + ")";
        throw new SsrfBlockedException(host, address, described);
      }
    }
  }

  @Override
  public String toString() {
    return "SsrfGuard[upstream=" + upstream + ", allowedHosts=" + allowedHosts + "]";
  }

  /** Collects the options of an {@link SsrfGuard}. Refuses nulls and blank host names. */
  public static final class Builder {
    private Dns upstream = Dns.SYSTEM;
    private Predicate<InetAddress> allowedAddresses = address -> false;
    private final Set<String> allowedHosts = new HashSet<>();

    private Builder() {}

    /** Sets the {@code Dns} that resolves host names (default {@link Dns#SYSTEM}). */
    public Builder upstream(Dns upstream) {
      this.upstream = Objects.requireNonNull(upstream, "upstream");
      return this;
    }

    /**
     * Allows the internal addresses that {@code allowed} accepts, such as an intranet receiver's
     * subnet. Each call adds to the addresses allowed before.
     */
    public Builder allowAddresses(Predicate<InetAddress> allowed) {
      Objects.requireNonNull(allowed, "allowed");
      this.allowedAddresses = this.allowedAddresses.or(allowed);
      return this;
    }

    /**
     * Lets URLs whose host is exactly {@code hostName} (ignoring case; no subdomains) skip the
     * check, whatever it resolves to. An IPv6 address is given without brackets.
     *
     * @throws IllegalArgumentException if it is blank
     */
    public Builder allowHost(String hostName) {
      Objects.requireNonNull(hostName, "hostName");
      if (hostName.isBlank()) {
        throw new IllegalArgumentException("allowHost is blank: give a host name such as hooks");
      }
      allowedHosts.add(hostName.strip().toLowerCase(Locale.ROOT));
      return this;
    }

    /** Returns the guard. */
    public SsrfGuard build() {
      return new SsrfGuard(this);
    }
  }
}
