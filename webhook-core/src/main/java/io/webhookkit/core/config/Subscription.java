package io.webhookkit.core.config;

import io.webhookkit.core.ItemClass;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.config.internal.WebhookUrls;
import java.net.URI;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a configuration file: send these events about this item class to this URL, signed
 * with this secret.
 *
 * <p>A subscription refuses an empty event set, a URL that is not an absolute http or https URL
 * with a host (or that holds user-info or a fragment), and a blank name. The name is optional (null
 * when the file gives none); a {@link WebhookConfig} keeps names unique.
 *
 * @param name a name for logs and messages, unique in its file, or null
 * @param itemClass the item class whose events are sent
 * @param events the events that are sent, never empty
 * @param url where deliveries are sent
 * @param secret where the signing secret lives
 * @param auth how the sender authenticates besides the signature
 * @param headers extra headers sent with each attempt, in file order; may be empty
 * @param retry how failed deliveries are retried
 * @param location where the subscription starts in its file
 */
public record Subscription(
    String name,
    ItemClass itemClass,
    Set<WebhookEvent> events,
    URI url,
    SecretReference secret,
    AuthConfig auth,
    Map<String, String> headers,
    RetryConfig retry,
    SourceLocation location) {

  /**
   * Creates a subscription.
   *
   * @throws IllegalArgumentException if the name is blank, the events are empty, or the URL breaks
   *     the rules above
   */
  public Subscription {
    if (name != null && name.isBlank()) {
      throw new IllegalArgumentException("subscription name is blank: give a name or none");
    }
    Objects.requireNonNull(itemClass, "itemClass");
    Objects.requireNonNull(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events is empty: list at least one event");
    }
    events = Collections.unmodifiableSet(EnumSet.copyOf(events));
    WebhookUrls.problem(url)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(auth, "auth");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(location, "location");
  }

  /**
   * Creates a subscription without custom headers and with {@link RetryConfig#defaults()}.
   *
   * @throws IllegalArgumentException if the name is blank, the events are empty, or the URL breaks
   *     the rules above
   */
  public Subscription(
      String name,
      ItemClass itemClass,
      Set<WebhookEvent> events,
      URI url,
      SecretReference secret,
      AuthConfig auth,
      SourceLocation location) {
    this(name, itemClass, events, url, secret, auth, Map.of(), RetryConfig.defaults(), location);
  }

  /** Returns whether this subscription wants {@code event} about items of {@code itemClass}. */
  public boolean matches(WebhookEvent event, ItemClass itemClass) {
    return events.contains(event) && this.itemClass.equals(itemClass);
  }
}
