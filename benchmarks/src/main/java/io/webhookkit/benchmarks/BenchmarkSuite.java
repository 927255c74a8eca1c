package io.webhookkit.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this module once, with the GC profiler, and writes JMH's JSON and a
 * Markdown table of the results to {@code benchmarks/} next to the jar ({@code
 * benchmarks/target/benchmarks/results.json} and {@code results.md}).
 *
 * <p>The settings fit a 2-core machine in about 6 minutes for the 20 runs (5 + 3 + 2 methods, two
 * payload sizes each): one fork, so each run pays one JVM start; three 2-second warm-up iterations,
 * enough for C2 to compile these short, hot paths; five 2-second measured iterations for an error
 * bar; one thread, since two cores cannot hold more threads without measuring the scheduler, and
 * the sending benchmark's receiver needs the second core.
 *
 * <p>Arguments, when given, are regular expressions that select the benchmarks to run, as JMH's own
 * command line takes them; by default all run.
 */
public final class BenchmarkSuite {

  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private BenchmarkSuite() {}

  /** Runs the suite and writes the results; see the class description. */
  public static void main(String[] args) throws RunnerException, IOException, URISyntaxException {
    Path out = outputDirectory();
    Files.createDirectories(out);
    Path json = out.resolve("results.json");

    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(2))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(2))
            .threads(1)
            .jvmArgsAppend("-Xms512m", "-Xmx512m")
            .addProfiler(GCProfiler.class)
            .resultFormat(ResultFormatType.JSON)
            .result(json.toString());
    if (args.length == 0) {
      options.include(BenchmarkSuite.class.getPackageName() + ".*Benchmark");
    }
    for (String pattern : args) {
      options.include(pattern);
    }

    Collection<RunResult> results = new Runner(options.build()).run();
    Path markdown = out.resolve("results.md");
    Files.writeString(markdown, table(results), StandardCharsets.UTF_8);
    System.out.println("Wrote " + json + " and " + markdown);
  }

  /** The directory {@code benchmarks} beside the jar (or beside {@code classes} in an IDE). */
  private static Path outputDirectory() throws URISyntaxException {
    Path location =
        Path.of(BenchmarkSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return location.toAbsolutePath().getParent().resolve("benchmarks");
  }

  /**
   * Returns the Markdown table: one row per benchmark and payload size, with its ratio to the
   * baseline of its class (the method whose name starts with {@code bare}) at the same size.
   */
  static String table(Collection<RunResult> results) {
    List<Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      rows.add(Row.of(result));
    }
    rows.sort(
        Comparator.comparing(Row::group)
            .thenComparing(row -> Payloads.SIZES.indexOf(row.size()))
            .thenComparing(Row::order));
    Map<String, Row> baselines = new HashMap<>();
    for (Row row : rows) {
      if (row.isBaseline()) {
        baselines.put(row.group() + "/" + row.size(), row);
      }
    }

    StringBuilder text = new StringBuilder();
    text.append("# Benchmark results\n\n")
        .append("Run ")
        .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" processors, Java ")
        .append(System.getProperty("java.version"))
        .append(" (")
        .append(System.getProperty("java.vm.name"))
        .append(").\n\n")
        .append("| benchmark | method | payload | ops/s | ± error (99.9 %) | B/op | ratio |\n")
        .append("|---|---|---|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      Row baseline = baselines.get(row.group() + "/" + row.size());
      text.append("| ")
          .append(row.group())
          .append(" | ")
          .append(row.method())
          .append(" | ")
          .append(row.size())
          .append(" | ")
          .append(format("%,.0f", row.score()))
          .append(" | ")
          .append(format("%,.0f", row.error()))
          .append(" | ")
          .append(Double.isNaN(row.allocation()) ? "n/a" : format("%,.0f", row.allocation()))
          .append(" | ")
          .append(baseline == null ? "n/a" : format("%.2f", row.score() / baseline.score()))
          .append(" |\n");
    }
    text.append("\nratio: ops/s divided by the `bare…` baseline of the same benchmark and payload")
        .append(" (bare HMAC for verifying and signing, bare OkHttp for sending).")
        .append(" B/op: `gc.alloc.rate.norm` of JMH's GC profiler.\n");
    return text.toString();
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }

  /** One run's figures. */
  private record Row(
      String group, String method, String size, double score, double error, double allocation) {

    static Row of(RunResult result) {
      String benchmark = result.getParams().getBenchmark();
      int dot = benchmark.lastIndexOf('.');
      String type = benchmark.substring(0, dot);
      Result<?> primary = result.getPrimaryResult();
      Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
      String size = result.getParams().getParam("size");
      String store = result.getParams().getParam("store");
      return new Row(
          type.substring(type.lastIndexOf('.') + 1),
          benchmark.substring(dot + 1) + (store == null ? "" : " (" + store + " store)"),
          size == null ? Payloads.TICKET : size,
          primary.getScore(),
          primary.getScoreError(),
          allocation == null ? Double.NaN : allocation.getScore());
    }

    boolean isBaseline() {
      return method.startsWith("bare");
    }

    /** Puts the baseline first, then the others by name. */
    String order() {
      return (isBaseline() ? "0" : "1") + method;
    }
  }
}
