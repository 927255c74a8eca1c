package io.webhookkit.maven.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under a directory that match at least one include pattern and no exclude pattern.
 * Patterns are globs on the path relative to the directory, written with {@code /}: {@code
 * **}{@code /*.yaml} matches at any depth, {@code *.yaml} only at the top.
 *
 * @param directory the directory searched
 * @param includes the globs a file must match one of
 * @param excludes the globs a file must match none of
 */
public record ConfigFileSet(Path directory, List<String> includes, List<String> excludes) {

  /** The default includes: YAML and JSON files at any depth. */
  public static final List<String> DEFAULT_INCLUDES =
      List.of("**/*.yaml", "**/*.yml", "**/*.json", "*.yaml", "*.yml", "*.json");

  /** Creates a file set; the lists are copied. */
  public ConfigFileSet {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  /**
   * Returns the matching regular files, sorted; empty when the directory does not exist.
   *
   * @throws IOException if the directory cannot be walked
   */
  public List<Path> files() throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    FileSystem fs = FileSystems.getDefault();
    List<PathMatcher> in = includes.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
    List<PathMatcher> out = excludes.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(p -> matchesAny(in, p) && !matchesAny(out, p))
          .sorted()
          .toList();
    }
  }

  private boolean matchesAny(List<PathMatcher> matchers, Path file) {
    // Matching on the '/' form keeps patterns the same on every platform.
    Path relative = Path.of(directory.relativize(file).toString().replace(File.separatorChar, '/'));
    return matchers.stream().anyMatch(m -> m.matches(relative));
  }
}
