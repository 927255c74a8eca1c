package io.webhookkit.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileSetTest {

  @TempDir Path dir;

  @Test
  void theDefaultsFindYamlAndJsonAtAnyDepth() throws IOException {
    touch("a.yaml", "b.yml", "nested/c.json", "notes.txt");

    assertThat(names(new ConfigFileSet(dir, ConfigFileSet.DEFAULT_INCLUDES, List.of())))
        .containsExactly("a.yaml", "b.yml", "nested/c.json");
  }

  @Test
  void excludesWinOverIncludes() throws IOException {
    touch("a.yaml", "drafts/b.yaml", "drafts/deeper/c.yaml");

    ConfigFileSet files =
        new ConfigFileSet(dir, ConfigFileSet.DEFAULT_INCLUDES, List.of("drafts/**"));

    assertThat(names(files)).containsExactly("a.yaml");
  }

  @Test
  void aMissingDirectoryHasNoFiles() throws IOException {
    assertThat(new ConfigFileSet(dir.resolve("absent"), List.of("*.yaml"), List.of()).files())
        .isEmpty();
  }

  private void touch(String... names) throws IOException {
    for (String name : names) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "subscriptions: []\n");
    }
  }

  private List<String> names(ConfigFileSet files) throws IOException {
    return files.files().stream()
        .map(f -> dir.relativize(f).toString().replace('\\', '/'))
        .toList();
  }
}
