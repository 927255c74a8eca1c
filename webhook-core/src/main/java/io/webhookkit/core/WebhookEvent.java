package io.webhookkit.core;

import java.util.Optional;

/**
 * The item lifecycle events that a ProjeQtOr-style source application announces.
 *
 * <p>Each event has a wire name, the exact text of the {@code Projeqtor-Event} header. Parsing is
 * strict: {@link #fromWireName(String)} accepts the wire names only, with their exact case, and
 * refuses anything else rather than guessing.
 */
public enum WebhookEvent {
  /** The item was created. */
  AFTER_CREATE("afterCreate"),
  /** The item was updated. */
  AFTER_UPDATE("afterUpdate"),
  /** The item was deleted. */
  AFTER_DELETE("afterDelete");

  private final String wireName;

  WebhookEvent(String wireName) {
    this.wireName = wireName;
  }

  /** Returns the name of this event on the wire, for example {@code afterUpdate}. */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the event whose wire name is exactly {@code wireName}, or empty for {@code null} and
   * for any other text.
   */
  public static Optional<WebhookEvent> fromWireName(String wireName) {
    if (wireName == null) {
      return Optional.empty();
    }
    for (WebhookEvent event : values()) {
      if (event.wireName.equals(wireName)) {
        return Optional.of(event);
      }
    }
    return Optional.empty();
  }

  /** Returns the wire names of all events, in declaration order, for messages and help texts. */
  public static String wireNames() {
    StringBuilder names = new StringBuilder();
    for (WebhookEvent event : values()) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append(event.wireName);
    }
    return names.toString();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
