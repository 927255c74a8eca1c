package io.webhookkit.verifier;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Whether a {@link SourceAllowlist} lets a request in, which address it took for the client, and a
 * one-line message that says why.
 *
 * <p>{@code client} is the peer itself, or the address a trusted proxy forwarded the request for;
 * it is null when it could not be told (no peer, a hidden or malformed forwarding chain, two
 * forwarding headers that disagree). The message is safe to log and to send back: any received text
 * it echoes is cut short and stripped of control characters.
 *
 * @param allowed whether the source may send webhooks
 * @param client the address checked against the allowlist, or null when it is unknown
 * @param message why, in one line
 */
public record SourceDecision(boolean allowed, InetAddress client, String message) {

  /**
   * Creates a decision.
   *
   * @throws NullPointerException if {@code message} is null
   */
  public SourceDecision {
    Objects.requireNonNull(message, "message");
  }
}
