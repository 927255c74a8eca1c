package io.webhookkit.dispatcher.internal;

import io.webhookkit.client.EndpointCircuit;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * One circuit and one bound on concurrent attempts per endpoint, where an endpoint is a scheme, a
 * host and a port: subscriptions that differ only in their path share them, as they share the
 * receiving server.
 */
public final class EndpointSlots {

  /** The circuit and the attempt permits of one endpoint. */
  public record Slot(String endpoint, EndpointCircuit circuit, Semaphore permits) {}

  private final Map<String, Slot> slots = new ConcurrentHashMap<>();
  private final int permitsPerEndpoint;
  private final Supplier<EndpointCircuit> circuits;

  /** Gives each endpoint {@code permitsPerEndpoint} permits and a circuit from {@code circuits}. */
  public EndpointSlots(int permitsPerEndpoint, Supplier<EndpointCircuit> circuits) {
    this.permitsPerEndpoint = permitsPerEndpoint;
    this.circuits = circuits;
  }

  /** Returns the slot of the endpoint that {@code url} points at, creating it on first use. */
  public Slot of(URI url) {
    return slots.computeIfAbsent(
        endpointOf(url),
        endpoint -> new Slot(endpoint, circuits.get(), new Semaphore(permitsPerEndpoint)));
  }

  /**
   * Returns {@code scheme://host:port} of {@code url}, with the scheme's default port filled in.
   */
  static String endpointOf(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }
}
