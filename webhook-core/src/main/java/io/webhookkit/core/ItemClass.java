package io.webhookkit.core;

import java.util.Optional;

/**
 * The class of the item that a webhook is about, such as {@code Ticket}, {@code Activity} or {@code
 * Project}: the text of the {@code Projeqtor-Class} header.
 *
 * <p>A name is a Java/PHP-style identifier of at most {@value #MAX_LENGTH} ASCII characters: a
 * letter or underscore, then letters, digits or underscores. Anything else is refused, so that a
 * hostile header value never reaches logs or routing code.
 */
public record ItemClass(String name) {

  /** The longest item class name accepted. */
  public static final int MAX_LENGTH = 64;

  /**
   * Creates an item class.
   *
   * @throws IllegalArgumentException if {@code name} is not a valid item class name
   */
  public ItemClass {
    if (!isValid(name)) {
      throw new IllegalArgumentException(problem(name));
    }
  }

  /** Creates an item class; see {@link ItemClass#ItemClass(String)}. */
  public static ItemClass of(String name) {
    return new ItemClass(name);
  }

  /** Parses untrusted text: returns the item class, or empty when the text is not a valid name. */
  public static Optional<ItemClass> parse(String name) {
    return isValid(name) ? Optional.of(new ItemClass(name)) : Optional.empty();
  }

  /** Returns whether {@code name} is a valid item class name. */
  public static boolean isValid(String name) {
    if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
      return false;
    }
    // Checked by hand rather than by a regular expression: this runs on every received request.
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** Describes why {@code name} is not a valid item class name, for error messages. */
  public static String problem(String name) {
    if (name == null || name.isEmpty()) {
      return "item class is empty: give a class name such as Ticket";
    }
    if (name.length() > MAX_LENGTH) {
      return "item class is longer than " + MAX_LENGTH + " characters";
    }
    return "item class is not a class name (a letter or _ then letters, digits or _),"
        + " such as Ticket";
  }

  @Override
  public String toString() {
    return name;
  }
}
