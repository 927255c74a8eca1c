package io.webhookkit.client;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Thrown by {@link SsrfGuard} when a webhook host resolves to an address inside the sender's own
 * host or network. It extends {@link UnknownHostException} so that OkHttp treats it like a failed
 * lookup: no connection is opened. Its message is one line naming the host, the address, its class
 * and how to allow it.
 */
public final class SsrfBlockedException extends UnknownHostException {

  private static final long serialVersionUID = 1L;

  /** The host name of the refused URL. */
  private final String host;

  /** The address that was refused. */
  private final InetAddress address;

  /** Creates the exception for {@code host}, which resolved to {@code address} of that class. */
  SsrfBlockedException(String host, InetAddress address, String addressClass) {
    super(message(host, address, addressClass));
    this.host = host;
    this.address = address;
  }

  private static String message(String host, InetAddress address, String addressClass) {
    String literal = address.getHostAddress();
    String resolved = host.equals(literal) ? host + " is" : host + " resolves to " + literal + ",";
    String article = addressClass.matches("[aeiou].*") ? "an " : "a ";
    return "blocked by the SSRF guard: "
        + resolved
        + " "
        + article
        + addressClass
        + " address; to allow it, use SsrfGuard.builder().allowHost(\""
        + host
        + "\")";
  }

  /** Returns the host name of the refused URL. */
  public String host() {
    return host;
  }

  /** Returns the address that was refused. */
  public InetAddress address() {
    return address;
  }
}
