package io.webhookkit.maven.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a payload against the JSON Schema file a contract names, with networknt's validator (draft
 * 2020-12 unless the schema's {@code $schema} says otherwise). Never throws: an unreadable schema
 * or payload is a failed check.
 */
final class PayloadSchemas {

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /** Returns the {@code payload-schema} check of {@code payload} against {@code schemaFile}. */
  CheckResult check(String delivery, Path schemaFile, byte[] payload) {
    long start = System.nanoTime();
    String detail;
    boolean passed;
    try (InputStream in = Files.newInputStream(schemaFile)) {
      Schema schema = registry.getSchema(in, InputFormat.JSON);
      List<Error> errors =
          schema.validate(new String(payload, StandardCharsets.UTF_8), InputFormat.JSON);
      passed = errors.isEmpty();
      detail =
          passed
              ? "the payload satisfies " + schemaFile.getFileName()
              : errors.stream()
                  .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                  .collect(Collectors.joining("; "));
    } catch (IOException | RuntimeException e) {
      // The validator reports a broken schema or payload with unchecked exceptions.
      passed = false;
      detail = "cannot check against " + schemaFile.getFileName() + ": " + e.getMessage();
    }
    return new CheckResult(
        delivery,
        "payload-schema",
        "valid",
        passed ? "valid" : "invalid",
        passed,
        detail,
        Duration.ofNanos(System.nanoTime() - start));
  }
}
