package io.webhookkit.core.config.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word that a misspelt one was probably meant to be, for "did you mean" hints. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * Returns the candidate closest to {@code input}, or empty when none is close: equal ignoring
   * case, or at most a third of the input's length of edits away (and at least one edit allowed).
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    String lowerInput = input.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, input.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(lowerInput, candidate.toLowerCase(Locale.ROOT));
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns " (did you mean X?)" for the closest candidate, or an empty string. */
  public static String didYouMean(String input, Collection<String> candidates) {
    return closest(input, candidates).map(c -> " (did you mean " + c + "?)").orElse("");
  }

  /** The Levenshtein distance: insertions, deletions and substitutions of one character. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
