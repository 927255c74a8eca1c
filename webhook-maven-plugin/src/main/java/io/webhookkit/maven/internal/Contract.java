package io.webhookkit.maven.internal;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.verifier.SignatureProfile;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one contract file promises about a receiver: where it listens, how it checks signatures, and
 * which deliveries it accepts.
 *
 * @param name the contract's name, from its file name, used for the report
 * @param url the receiver's URL
 * @param profile the wire profile the receiver verifies
 * @param secret the shared signing secret, resolved
 * @param auth the Basic credentials the receiver demands, or null when it demands none
 * @param guardsReplays whether the receiver refuses a delivery id it has already accepted
 * @param deliveries the deliveries to send, never empty
 */
public record Contract(
    String name,
    URI url,
    SignatureProfile profile,
    Secret secret,
    BasicCredentials auth,
    boolean guardsReplays,
    List<Delivery> deliveries) {

  /** Creates a contract; refuses null parts (but {@code auth}) and no deliveries. */
  public Contract {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(secret, "secret");
    deliveries = List.copyOf(deliveries);
    if (deliveries.isEmpty()) {
      throw new IllegalArgumentException("a contract without deliveries tests nothing");
    }
  }

  /** Returns the Basic credentials the receiver demands, if any. */
  public Optional<BasicCredentials> basicAuth() {
    return Optional.ofNullable(auth);
  }

  /**
   * One delivery that the receiver must accept when genuine.
   *
   * @param name the name in reports, such as {@code Ticket-afterCreate}
   * @param event the event sent
   * @param itemClass the item class sent
   * @param payload the file holding the exact body
   * @param schema a JSON Schema file that the payload must satisfy, or null
   */
  public record Delivery(
      String name, WebhookEvent event, ItemClass itemClass, Path payload, Path schema) {

    /** Creates a delivery; refuses null parts but {@code schema}. */
    public Delivery {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(itemClass, "itemClass");
      Objects.requireNonNull(payload, "payload");
    }
  }
}
