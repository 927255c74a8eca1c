package io.webhookkit.dispatcher;

import io.webhookkit.core.DeliveryId;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A webhook receiver on 127.0.0.1 for tests: answers with scripted responses (200 once the script
 * runs out), records every request, counts them per delivery id and tracks how many are handled at
 * once. It can hold requests until {@link #open()} is called, to show concurrency limits.
 */
final class Receiver implements AutoCloseable {

  private static final Duration AWAIT = Duration.ofSeconds(20);

  private final MockWebServer server = new MockWebServer();
  private final Deque<MockResponse> script = new ArrayDeque<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final Map<DeliveryId, Integer> perDelivery = new HashMap<>();
  private final Map<String, Integer> statusByPath = new HashMap<>();
  private Duration latency = Duration.ZERO;
  private CountDownLatch gate = new CountDownLatch(0);
  private int current;
  private int maxConcurrent;

  Receiver() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            return handle(request);
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** Returns the URL of {@code path} on this receiver, by address: the SSRF guard names hosts. */
  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getPort() + path);
  }

  /** Answers the next requests with {@code responses}, in order. */
  synchronized Receiver answer(MockResponse... responses) {
    script.addAll(List.of(responses));
    return this;
  }

  /** Answers the next requests with these statuses, in order. */
  Receiver answer(int... statuses) {
    for (int status : statuses) {
      answer(new MockResponse.Builder().code(status).build());
    }
    return this;
  }

  /** Answers every request to {@code path} with {@code status}, whatever the script says. */
  synchronized Receiver answer(String path, int status) {
    statusByPath.put(path, status);
    return this;
  }

  /** Delays the headers of every default 200 answer by {@code latency}, as a slow server does. */
  synchronized Receiver slow(Duration latency) {
    this.latency = latency;
    return this;
  }

  /** Holds every request until {@link #open()}. */
  synchronized void hold() {
    gate = new CountDownLatch(1);
  }

  /** Lets held requests, and all later ones, through. */
  synchronized void open() {
    gate.countDown();
  }

  private MockResponse handle(RecordedRequest request) throws InterruptedException {
    CountDownLatch held;
    MockResponse response;
    synchronized (this) {
      requests.add(request);
      String header = request.getHeaders().get("Projeqtor-Delivery");
      DeliveryId.parse(header).ifPresent(id -> perDelivery.merge(id, 1, Integer::sum));
      current++;
      maxConcurrent = Math.max(maxConcurrent, current);
      notifyAll();
      held = gate;
      Integer status = statusByPath.get(request.getUrl().encodedPath());
      if (status != null) {
        response = new MockResponse.Builder().code(status).build();
      } else {
        response =
            script.isEmpty()
                ? new MockResponse.Builder()
                    .code(200)
                    .headersDelay(latency.toMillis(), TimeUnit.MILLISECONDS)
                    .build()
                : script.poll();
      }
    }
    try {
      held.await(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
      return response;
    } finally {
      synchronized (this) {
        current--;
        notifyAll();
      }
    }
  }

  synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  synchronized Map<DeliveryId, Integer> countsPerDelivery() {
    return Map.copyOf(perDelivery);
  }

  synchronized int current() {
    return current;
  }

  synchronized int maxConcurrent() {
    return maxConcurrent;
  }

  /** Waits until {@code count} requests have arrived. */
  void awaitRequests(int count) throws InterruptedException {
    await(() -> requests.size() >= count, count + " requests, got " + requests().size());
  }

  /** Waits until every one of {@code ids} has arrived at least once. */
  void awaitDeliveries(Set<DeliveryId> ids) throws InterruptedException {
    await(
        () -> perDelivery.keySet().containsAll(ids),
        ids.size() + " deliveries, got " + countsPerDelivery().size());
  }

  /** Waits until {@code count} requests are held at once. */
  void awaitConcurrent(int count) throws InterruptedException {
    await(() -> current >= count, count + " concurrent requests");
  }

  private synchronized void await(BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + AWAIT.toNanos();
    while (!condition.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("receiver did not see " + what + " within " + AWAIT);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  @Override
  public void close() throws IOException {
    open();
    server.close();
  }
}
