package io.webhookkit.verifier;

import io.webhookkit.verifier.internal.HeaderText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The headers of a received request: an immutable multimap whose names are compared without regard
 * to the case of ASCII letters, as HTTP requires.
 *
 * <p>It is built from whatever a server hands over, so it tolerates hostile maps: null names, null
 * value lists and null values are skipped, never an exception. Values are kept exactly as received
 * (no trimming, no splitting at commas) and in the order received. Only ASCII letters are folded: a
 * name that spells a real header with non-ASCII look-alikes stays a different name.
 *
 * <p>{@link #toString()} shows names only, since values such as {@code Authorization} carry
 * credentials. Instances are immutable and safe to share between threads.
 */
public final class ReceivedHeaders {

  private static final ReceivedHeaders EMPTY = new ReceivedHeaders(new LinkedHashMap<>());

  /** The values of each name, keyed by the name in ASCII lower case. */
  private final Map<String, Field> fields;

  private ReceivedHeaders(Map<String, Field> fields) {
    this.fields = fields;
  }

  /** A header name as first received and its values in the order received. */
  private record Field(String name, List<String> values) {}

  /** Returns headers with no fields. */
  public static ReceivedHeaders empty() {
    return EMPTY;
  }

  /**
   * Returns the headers of {@code headers}, where each name maps to its values, as servlet and most
   * server APIs provide them. Names that differ only in case are merged. A null map gives empty
   * headers; null names, lists and values are skipped.
   */
  public static ReceivedHeaders of(Map<String, ? extends List<String>> headers) {
    Builder builder = builder();
    if (headers != null) {
      for (Map.Entry<String, ? extends List<String>> entry : headers.entrySet()) {
        List<String> values = entry.getValue();
        if (values != null) {
          for (String value : values) {
            builder.add(entry.getKey(), value);
          }
        }
      }
    }
    return builder.build();
  }

  /**
   * Returns the headers of {@code headers}, where each name maps to one value. Names that differ
   * only in case are kept as repeated values of one name. A null map gives empty headers; null
   * names and values are skipped.
   */
  public static ReceivedHeaders ofSingle(Map<String, String> headers) {
    Builder builder = builder();
    if (headers != null) {
      for (Map.Entry<String, String> entry : headers.entrySet()) {
        builder.add(entry.getKey(), entry.getValue());
      }
    }
    return builder.build();
  }

  /** Returns a builder that adds one header at a time. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the first value of {@code name}, in any case, or empty when it was not received. */
  public Optional<String> first(String name) {
    List<String> values = all(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns every value of {@code name}, in any case, in the order received; an empty list when it
   * was not received. The list is unmodifiable.
   */
  public List<String> all(String name) {
    if (name == null) {
      return List.of();
    }
    Field field = fields.get(HeaderText.lowerCaseAscii(name));
    return field == null ? List.of() : field.values();
  }

  /**
   * Returns the distinct names, each spelt as first received, in the order first received. The set
   * is unmodifiable and compares case-sensitively; look values up with {@link #first} and {@link
   * #all}, which ignore case.
   */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    for (Field field : fields.values()) {
      names.add(field.name());
    }
    return Collections.unmodifiableSet(names);
  }

  /** Two header sets are equal when they hold the same values under the same names, in any case. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReceivedHeaders)) {
      return false;
    }
    Map<String, Field> theirs = ((ReceivedHeaders) other).fields;
    if (!fields.keySet().equals(theirs.keySet())) {
      return false;
    }
    for (Map.Entry<String, Field> entry : fields.entrySet()) {
      if (!entry.getValue().values().equals(theirs.get(entry.getKey()).values())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (Map.Entry<String, Field> entry : fields.entrySet()) {
      hash += entry.getKey().hashCode() ^ entry.getValue().values().hashCode();
    }
    return hash;
  }

  /** Shows the names only, quoted and cut, never the values, which may carry credentials. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ReceivedHeaders[");
    String separator = "";
    for (Field field : fields.values()) {
      text.append(separator).append(HeaderText.quote(field.name()));
      separator = ", ";
    }
    return text.append(']').toString();
  }

  /** Collects headers one at a time; skips null names and values. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> spellings = new LinkedHashMap<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds one value of {@code name}; a name already added in another case gets a further value.
     * Does nothing when {@code name} or {@code value} is null.
     */
    public Builder add(String name, String value) {
      if (name == null || value == null) {
        return this;
      }
      String key = HeaderText.lowerCaseAscii(name);
      spellings.putIfAbsent(key, name);
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      return this;
    }

    /** Returns the headers added so far; the builder may go on to build others. */
    public ReceivedHeaders build() {
      Map<String, Field> fields = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> entry : values.entrySet()) {
        String key = entry.getKey();
        fields.put(key, new Field(spellings.get(key), List.copyOf(entry.getValue())));
      }
      return new ReceivedHeaders(Collections.unmodifiableMap(fields));
    }
  }
}
