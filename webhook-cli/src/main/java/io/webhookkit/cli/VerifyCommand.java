package io.webhookkit.cli;

import io.webhookkit.cli.internal.BodyInput;
import io.webhookkit.cli.internal.Printable;
import io.webhookkit.cli.internal.SecretSource;
import io.webhookkit.core.Payload;
import io.webhookkit.core.SignatureHeader;
import io.webhookkit.core.WebhookSigner;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a signature header value against a payload's exact bytes. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check a signature against a payload's exact bytes.",
      "",
      "Check a signature (sha256=<hex>) against a payload's exact bytes.",
      "Exit status 0 on a match, 1 on a mismatch or a malformed signature."
    })
final class VerifyCommand implements Callable<Integer> {

  @ArgGroup(exclusive = false, multiplicity = "1")
  SecretOptions secret;

  @Option(
      names = "--signature",
      required = true,
      paramLabel = "SIG",
      description = "The signature to check, as sent: sha256=<64 hex digits>.")
  String signature;

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
    SignatureHeader.Parsed parsed = SignatureHeader.parse(signature);
    byte[] body = BodyInput.read(file, System.in);
    if (!parsed.isValid()) {
      spec.commandLine().getOut().println("NO MATCH: " + Printable.of(parsed.problem(), 200));
      spec.commandLine().getOut().flush();
      return WebhookCommand.FAILED;
    }
    boolean match = signer.verify(Payload.of(body), parsed.signature());
    spec.commandLine()
        .getOut()
        .println(
            match
                ? "MATCH"
                : "NO MATCH: the signature was not made with this secret over these "
                    + body.length
                    + " bytes");
    spec.commandLine().getOut().flush();
    return match ? 0 : WebhookCommand.FAILED;
  }
}
