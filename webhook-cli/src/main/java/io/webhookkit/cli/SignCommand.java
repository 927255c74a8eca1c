package io.webhookkit.cli;

import io.webhookkit.cli.internal.BodyInput;
import io.webhookkit.cli.internal.SecretSource;
import io.webhookkit.core.WebhookSigner;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the signature header value of a payload's exact bytes. */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    description = {
      "Print the signature of a payload's exact bytes.",
      "",
      "Print the Projeqtor-Signature-Sha256 value (sha256=<hex>) of a payload's exact bytes.",
      "Every byte counts: a trailing newline, as echo adds one, changes the signature."
    })
final class SignCommand implements Callable<Integer> {

  @ArgGroup(exclusive = false, multiplicity = "1")
  SecretOptions secret;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The payload file, or - (the default) for standard input.")
  String file;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    WebhookSigner signer = WebhookSigner.of(secret.read(SecretSource.system()));
    byte[] body = BodyInput.read(file, System.in);
    spec.commandLine().getOut().println(signer.sign(body).headerValue());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
