package io.webhookkit.core.config;

import io.webhookkit.core.ItemClass;
import io.webhookkit.core.WebhookEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The subscriptions of one configuration file, in file order: what to send where.
 *
 * <p>Read one with {@link WebhookConfigReader}. The configuration refuses two subscriptions with
 * the same name.
 *
 * @param subscriptions the subscriptions, in the order of the file
 * @param allowedSources the {@code receiver.allowedSources} entries, address blocks such as {@code
 *     10.0.0.0/8} that a receiver reading this file accepts requests from; empty when not given
 */
public record WebhookConfig(List<Subscription> subscriptions, List<String> allowedSources) {

  /**
   * Creates a configuration.
   *
   * @throws IllegalArgumentException if two subscriptions have the same name
   */
  public WebhookConfig {
    subscriptions = List.copyOf(subscriptions);
    allowedSources = List.copyOf(allowedSources);
    Set<String> names = new HashSet<>();
    for (Subscription subscription : subscriptions) {
      String name = subscription.name();
      if (name != null && !names.add(name)) {
        throw new IllegalArgumentException(
            "subscription name " + name + " is used twice: give each subscription its own name");
      }
    }
  }

  /**
   * Creates a configuration without {@code allowedSources}.
   *
   * @throws IllegalArgumentException if two subscriptions have the same name
   */
  public WebhookConfig(List<Subscription> subscriptions) {
    this(subscriptions, List.of());
  }

  /**
   * Returns the subscriptions that want {@code event} about items of {@code itemClass}, in file
   * order; empty when none does.
   */
  public List<Subscription> subscriptionsFor(WebhookEvent event, ItemClass itemClass) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(itemClass, "itemClass");
    return subscriptions.stream().filter(s -> s.matches(event, itemClass)).toList();
  }
}
