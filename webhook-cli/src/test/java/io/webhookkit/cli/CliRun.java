package io.webhookkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The exit status and the output of one in-process run of the {@code webhook} command. */
record CliRun(int status, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine commandLine = WebhookCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int status = commandLine.execute(args);
    return new CliRun(status, out.toString(), err.toString());
  }
}
