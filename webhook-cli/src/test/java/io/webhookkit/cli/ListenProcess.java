package io.webhookkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code webhook listen} started as its own process, the way a user starts it. */
final class ListenProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final BufferedReader output;
  private final URI url;

  private ListenProcess(Process process, BufferedReader output, URI url) {
    this.process = process;
    this.output = output;
    this.url = url;
  }

  /** Starts {@code webhook listen --port 0} with the secret in {@code LISTEN_TEST_SECRET}. */
  static ListenProcess start(String secret, Path log, String... options) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                WebhookCommand.class.getName(),
                "listen",
                "--port",
                "0",
                "--secret-env",
                "LISTEN_TEST_SECRET",
                "--log",
                log.toString()));
    command.addAll(List.of(options));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LISTEN_TEST_SECRET", secret);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = output.readLine();
    Matcher matcher = Pattern.compile("listening on (http://\\S+/)").matcher(String.valueOf(first));
    assertThat(matcher.find()).as("first line: %s", first).isTrue();
    return new ListenProcess(process, output, URI.create(matcher.group(1) + "webhook"));
  }

  URI url() {
    return url;
  }

  /** Returns the next line that the receiver printed. */
  String nextLine() throws IOException {
    return output.readLine();
  }

  HttpResponse<String> post(Map<String, String> headers, byte[] body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
