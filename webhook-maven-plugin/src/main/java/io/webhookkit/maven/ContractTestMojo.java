package io.webhookkit.maven;

import io.webhookkit.core.config.SecretResolver;
import io.webhookkit.maven.internal.CheckResult;
import io.webhookkit.maven.internal.ConfigFileSet;
import io.webhookkit.maven.internal.Contract;
import io.webhookkit.maven.internal.ContractReader;
import io.webhookkit.maven.internal.ContractReport;
import io.webhookkit.maven.internal.ContractRunner;
import io.webhookkit.maven.internal.InvalidContractException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import okhttp3.OkHttpClient;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Sends each contract's deliveries to its receiver, genuine and forged, and fails the build when
 * the receiver accepts a forgery or refuses a genuine delivery. Writes {@code TEST-<contract>.xml}
 * under {@link #reportsDirectory} and a summary table to the log.
 *
 * <p>Contracts are meant for receivers on the loopback interface or a test network; the client's
 * SSRF guard is off.
 */
@Mojo(name = "contract-test", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class ContractTestMojo extends AbstractMojo {

  /** The directory that holds the contract files. */
  @Parameter(defaultValue = "${project.basedir}/src/test/webhooks", required = true)
  private File directory;

  /** Globs, relative to {@link #directory}, of the contract files; default {@code *.yaml}. */
  @Parameter private List<String> includes;

  /** Globs, relative to {@link #directory}, of files to leave out. */
  @Parameter private List<String> excludes;

  /** Where the JUnit XML reports are written. */
  @Parameter(
      property = "webhook.reportsDirectory",
      defaultValue = "${project.build.directory}/webhook-contracts",
      required = true)
  private File reportsDirectory;

  /** Fails the build when no contract file is found. */
  @Parameter(property = "webhook.failIfNoContracts", defaultValue = "true")
  private boolean failIfNoContracts;

  /** Skips the contract tests. */
  @Parameter(property = "webhook.contracts.skip", defaultValue = "false")
  private boolean skip;

  /** The project's properties, where {@code receiver.urlProperty} is looked up after -D. */
  @Parameter(defaultValue = "${project.properties}", readonly = true)
  private Properties projectProperties;

  /** The project directory, against which file names in messages are shown. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File baseDirectory;

  /**
   * Runs every contract.
   *
   * @throws MojoFailureException if a check deviates, a contract is invalid, or none is found
   * @throws MojoExecutionException if the files cannot be listed or the report written
   */
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping webhook contract tests (webhook.contracts.skip)");
      return;
    }
    List<Path> files = contractFiles();
    if (files.isEmpty()) {
      String message = "No webhook contract found in " + directory;
      if (failIfNoContracts) {
        throw new MojoFailureException(message + "; set failIfNoContracts=false to allow that");
      }
      getLog().info(message);
      return;
    }

    ContractReader reader = new ContractReader(this::property, SecretResolver.system());
    OkHttpClient http = new OkHttpClient();
    int checks = 0;
    int failures = 0;
    try {
      ContractRunner runner = new ContractRunner(http, Clock.systemUTC());
      for (Path file : files) {
        Contract contract = read(reader, file);
        getLog().info("Webhook contract " + contract.name() + " against " + contract.url());
        List<CheckResult> results = runner.run(contract);
        ContractReport.table(results).forEach(line -> getLog().info("  " + line));
        for (CheckResult result : results) {
          if (!result.passed()) {
            getLog()
                .error(
                    contract.name()
                        + ": "
                        + result.delivery()
                        + " "
                        + result.check()
                        + ": expected "
                        + result.expected()
                        + ", got "
                        + result.actual()
                        + " ("
                        + result.detail()
                        + ")");
          }
        }
        writeReport(contract.name(), results);
        checks += results.size();
        failures += (int) results.stream().filter(r -> !r.passed()).count();
      }
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }

    if (failures > 0) {
      throw new MojoFailureException(
          failures
              + " of "
              + checks
              + " webhook contract check(s) failed; see the table above and "
              + reportsDirectory);
    }
    getLog().info(checks + " webhook contract check(s) passed in " + files.size() + " contract(s)");
  }

  private List<Path> contractFiles() throws MojoExecutionException {
    try {
      return new ConfigFileSet(
              directory.toPath(),
              includes == null || includes.isEmpty() ? List.of("*.yaml", "*.yml") : includes,
              excludes == null ? List.of() : excludes)
          .files();
    } catch (IOException e) {
      throw new MojoExecutionException("cannot list the files under " + directory, e);
    }
  }

  private Contract read(ContractReader reader, Path file) throws MojoFailureException {
    Path base = baseDirectory.toPath().toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    String name =
        (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
            .toString()
            .replace(File.separatorChar, '/');
    try {
      return reader.read(file, name);
    } catch (InvalidContractException e) {
      throw new MojoFailureException(e.getMessage());
    }
  }

  private void writeReport(String contract, List<CheckResult> results)
      throws MojoExecutionException {
    try {
      ContractReport.writeJUnitXml(reportsDirectory.toPath(), contract, results);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the report of contract " + contract, e);
    }
  }

  private Optional<String> property(String name) {
    String value = System.getProperty(name);
    if (value == null && projectProperties != null) {
      value = projectProperties.getProperty(name);
    }
    return Optional.ofNullable(value);
  }
}
