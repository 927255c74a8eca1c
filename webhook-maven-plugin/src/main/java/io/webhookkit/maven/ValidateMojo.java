package io.webhookkit.maven;

import io.webhookkit.core.config.ConfigPolicy;
import io.webhookkit.core.config.ConfigProblem;
import io.webhookkit.core.config.SecretResolver;
import io.webhookkit.maven.internal.ConfigFileSet;
import io.webhookkit.maven.internal.ConfigValidation;
import io.webhookkit.maven.internal.ValidationReport;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when a webhook configuration file under {@link #directory} has an error (or a
 * warning, with {@link #failOnWarning}), after logging every problem as {@code path:line:column:
 * error: message [rule-id]}.
 *
 * <p>A missing directory is not an error: the goal logs it and succeeds.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

  /** The directory searched for configuration files. */
  @Parameter(defaultValue = "${project.basedir}/src/main/webhooks", required = true)
  private File directory;

  /**
   * Globs, relative to {@link #directory}, of the files to check; default every {@code .yaml},
   * {@code .yml} and {@code .json} file at any depth.
   */
  @Parameter private List<String> includes;

  /** Globs, relative to {@link #directory}, of files to leave out, such as {@code drafts/**}. */
  @Parameter private List<String> excludes;

  /** Skips the check. */
  @Parameter(property = "webhook.skip", defaultValue = "false")
  private boolean skip;

  /** Fails the build on warnings too, such as unknown keys. */
  @Parameter(property = "webhook.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Accepts {@code http://} URLs, for receivers on a trusted network or on the same host. */
  @Parameter(property = "webhook.allowInsecureUrls", defaultValue = "false")
  private boolean allowInsecureUrls;

  /** Accepts secrets and passwords written as the value itself rather than as a reference. */
  @Parameter(property = "webhook.allowLiteralSecrets", defaultValue = "false")
  private boolean allowLiteralSecrets;

  /**
   * Requires each referenced secret ({@code ${env:...}}, {@code ${file:...}}, {@code ${sys:...}})
   * to exist when the build runs.
   */
  @Parameter(property = "webhook.requireSecretsResolvable", defaultValue = "false")
  private boolean requireSecretsResolvable;

  /** The project directory, against which file names in messages are shown. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File baseDirectory;

  /**
   * Checks the configuration files.
   *
   * @throws MojoFailureException if a file has an error, or a warning with {@code failOnWarning}
   * @throws MojoExecutionException if the directory cannot be listed
   */
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping webhook configuration validation (webhook.skip)");
      return;
    }
    if (!directory.isDirectory()) {
      getLog().info("No webhook configuration directory " + directory + "; nothing to validate");
      return;
    }

    ConfigFileSet files =
        new ConfigFileSet(
            directory.toPath(),
            includes == null || includes.isEmpty() ? ConfigFileSet.DEFAULT_INCLUDES : includes,
            excludes == null ? List.of() : excludes);
    ValidationReport report;
    try {
      report = new ConfigValidation(baseDirectory.toPath(), policy()).validate(files);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot list the files under " + directory, e);
    }

    for (ConfigProblem problem : report.problems()) {
      if (problem.isError()) {
        getLog().error(problem.format());
      } else {
        getLog().warn(problem.format());
      }
    }
    Optional<String> failure = report.failureMessage(failOnWarning);
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
    getLog().info("Validated " + report.files().size() + " webhook configuration file(s)");
  }

  private ConfigPolicy policy() {
    ConfigPolicy.Builder policy =
        ConfigValidation.policyWithCidrCheck()
            .requireHttps(!allowInsecureUrls)
            .allowLiteralSecrets(allowLiteralSecrets);
    if (requireSecretsResolvable) {
      policy.secretsResolvableWith(SecretResolver.system());
    }
    return policy.build();
  }
}
