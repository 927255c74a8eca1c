package io.webhookkit.cli;

import io.webhookkit.cli.internal.Printable;
import io.webhookkit.cli.internal.UserError;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code webhook} command-line tool: runs the ProjeQtOr demo, receives, sends, signs and
 * verifies signed webhooks.
 *
 * <p>Every error is one line on standard error without a stack trace, unless {@code --verbose} is
 * given. Exit status: 0 on success, 1 when a delivery or a verification failed, 2 on bad input.
 */
@Command(
    name = "webhook",
    mixinStandardHelpOptions = true,
    versionProvider = WebhookCommand.Version.class,
    description = "Send, receive, sign and verify signed ProjeQtOr-style webhooks.",
    subcommands = {
      DemoCommand.class,
      ListenCommand.class,
      SendCommand.class,
      SignCommand.class,
      VerifyCommand.class,
      DeliveriesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class WebhookCommand implements java.util.concurrent.Callable<Integer> {

  /** Exit status when a delivery or a verification failed. */
  static final int FAILED = 1;

  /** Exit status on bad input. */
  static final int USAGE = 2;

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Held so that the level set in {@link #main} is not lost to garbage collection. */
  private static final java.util.logging.Logger HTTP_SERVER_LOG =
      java.util.logging.Logger.getLogger("com.sun.net.httpserver");

  /** Runs the tool with {@code args} and exits with its status. */
  public static void main(String[] args) {
    // Bound how long the JDK HTTP server waits for a slow client (seconds), unless set.
    System.setProperty(
        "sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "30"));
    System.setProperty(
        "sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "30"));
    // The JDK HTTP server logs client protocol errors through java.util.logging; the receiver
    // reports what concerns the user itself.
    HTTP_SERVER_LOG.setLevel(java.util.logging.Level.OFF);
    System.exit(commandLine().execute(args));
  }

  /** Returns the configured command line, for {@link #main} and for tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new WebhookCommand());
    commandLine.setUsageHelpWidth(100);
    commandLine.setExecutionExceptionHandler(WebhookCommand::handleError);
    commandLine.setParameterExceptionHandler(WebhookCommand::handleParameterError);
    return commandLine;
  }

  /** Without a command there is nothing to do: show the usage and report bad input. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("webhook: give a command, such as 'webhook demo'");
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  private static int handleError(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean verbose = parseResult.hasMatchedOption("--verbose") || isVerbose(parseResult);
    if (e instanceof UserError) {
      err.println("webhook: " + Printable.of(e.getMessage(), 500));
    } else {
      err.println(
          "webhook: unexpected error: " + e + (verbose ? "" : " (run with --verbose for details)"));
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return e instanceof UserError ? USAGE : FAILED;
  }

  private static boolean isVerbose(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult sub = parseResult; sub != null; sub = sub.subcommand()) {
      if (sub.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static int handleParameterError(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    if (e instanceof CommandLine.MaxValuesExceededException
        && e.getMessage().contains("--secret-env")) {
      err.println("webhook: give the secret with --secret-env or --secret-file, not both");
    } else {
      err.println("webhook: " + Printable.of(e.getMessage(), 500));
    }
    if (e instanceof CommandLine.UnmatchedArgumentException
        && ((CommandLine.UnmatchedArgumentException) e)
            .getUnmatched().stream()
                .anyMatch(arg -> arg.startsWith("--secret") || arg.startsWith("--password"))) {
      err.println(
          "Secrets are read from --secret-env NAME or --secret-file FILE (passwords from"
              + " --password-env NAME), never from the command line, where other users can see"
              + " them.");
    }
    err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return USAGE;
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = WebhookCommand.class.getPackage().getImplementationVersion();
      return new String[] {"webhook " + (version == null ? "(development build)" : version)};
    }
  }
}
