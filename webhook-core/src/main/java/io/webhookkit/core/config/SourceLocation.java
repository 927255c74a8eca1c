package io.webhookkit.core.config;

import java.util.Objects;

/**
 * Where a value sits in a configuration file, so that a problem points at the exact spot.
 *
 * <p>Lines and columns count from 1, as editors and compilers show them. A location refuses a null
 * file name and a line or column below 1.
 *
 * @param file the file name as messages show it, usually a path
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourceLocation(String file, int line, int column) {

  /**
   * Creates a location.
   *
   * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
   */
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line < 1: " + line);
    }
    if (column < 1) {
      throw new IllegalArgumentException("column < 1: " + column);
    }
  }

  /** Returns the first character of {@code file}, for problems that concern the whole file. */
  public static SourceLocation startOf(String file) {
    return new SourceLocation(file, 1, 1);
  }

  /** Returns {@code file:line:column}, the form that editors and CI annotations recognise. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
