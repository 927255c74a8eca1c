package io.webhookkit.dispatcher.internal;

import io.webhookkit.core.config.Subscription;
import io.webhookkit.core.config.WebhookConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a subscription by the key that an outbox entry stores: its name, or its URL when it has no
 * name. Refuses a configuration in which two subscriptions would share a key.
 */
public final class SubscriptionIndex {

  private final Map<String, Subscription> byKey;

  private SubscriptionIndex(Map<String, Subscription> byKey) {
    this.byKey = byKey;
  }

  /**
   * Indexes the subscriptions of {@code config}.
   *
   * @throws IllegalArgumentException if two unnamed subscriptions share a URL, or an unnamed one's
   *     URL is another's name
   */
  public static SubscriptionIndex of(WebhookConfig config) {
    Map<String, Subscription> byKey = new LinkedHashMap<>();
    for (Subscription subscription : config.subscriptions()) {
      Subscription other = byKey.putIfAbsent(keyOf(subscription), subscription);
      if (other != null) {
        throw new IllegalArgumentException(
            "subscriptions at "
                + other.location()
                + " and "
                + subscription.location()
                + " have no name and share the URL "
                + keyOf(subscription)
                + ": give them names, by which the outbox tells them apart");
      }
    }
    return new SubscriptionIndex(Map.copyOf(byKey));
  }

  /** Returns the key under which deliveries for {@code subscription} are stored. */
  public static String keyOf(Subscription subscription) {
    return subscription.name() != null ? subscription.name() : subscription.url().toString();
  }

  /** Returns the subscription stored under {@code key}, or empty if none is configured. */
  public Optional<Subscription> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }
}
