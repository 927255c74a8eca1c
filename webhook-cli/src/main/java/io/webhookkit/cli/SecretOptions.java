package io.webhookkit.cli;

import io.webhookkit.cli.internal.SecretSource;
import io.webhookkit.cli.internal.UserError;
import io.webhookkit.core.Secret;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a command reads the shared secret: an environment variable or a file, never argv. */
final class SecretOptions {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(
        names = "--secret-env",
        paramLabel = "NAME",
        description = "Environment variable that holds the shared secret.")
    String environmentVariable;

    @Option(
        names = "--secret-file",
        paramLabel = "FILE",
        description = "UTF-8 file that holds the shared secret (one trailing newline ignored).")
    Path file;
  }

  Secret read(SecretSource secrets) {
    return read(secrets, Secret::of);
  }

  /** Reads the secret and decodes its text, such as a Standard Webhooks {@code whsec_} key. */
  Secret read(SecretSource secrets, java.util.function.Function<String, Secret> decode) {
    if (source.environmentVariable != null) {
      return secrets.fromEnvironment(source.environmentVariable, "webhook secret", decode);
    }
    if (source.file != null) {
      return secrets.fromFile(source.file, decode);
    }
    throw new UserError("give the secret with --secret-env NAME or --secret-file FILE");
  }
}
