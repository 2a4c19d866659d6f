package org.entente.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Recorder;

/**
 * A fixed-rate load on a running server, for {@code bench/serve.sh}: sends {@code rate} requests a
 * second for {@code seconds} seconds, cycling through the URLs, and prints latency percentiles per
 * URL. Latency counts from when a request was due, not when it was sent, so a stalled server is
 * charged for the requests it held up (no coordinated omission). Stops by itself: each request
 * times out after 5 s, and the run ends at most 10 s after the last one was due.
 *
 * <pre>{@code
 * java -cp test-classes:HdrHistogram.jar org.entente.serve.LoadGenerator 200 20 \
 *     http://127.0.0.1:7070/api/v1/alignment?a=CHN&b=RUS http://…/triad?a=CHN&b=RUS&c=PRK
 * }</pre>
 */
public final class LoadGenerator {

  private LoadGenerator() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: LoadGenerator RATE_PER_SECOND SECONDS URL...");
      System.exit(2);
    }
    int rate = Integer.parseInt(args[0]);
    int seconds = Integer.parseInt(args[1]);
    List<URI> urls = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      urls.add(URI.create(args[i]));
    }
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    // Warm-up: one of each, untimed (JIT, first queries); none with -Dcold=true.
    for (URI url : Boolean.getBoolean("cold") ? List.<URI>of() : urls) {
      client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding());
    }
    List<Recorder> recorders = new ArrayList<>();
    urls.forEach(u -> recorders.add(new Recorder(TimeUnit.SECONDS.toNanos(10), 3)));
    Recorder all = new Recorder(TimeUnit.SECONDS.toNanos(10), 3);
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> pending = new ArrayList<>();
    long total = (long) rate * seconds;
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      int which = (int) (i % urls.size());
      HttpRequest request =
          HttpRequest.newBuilder(urls.get(which)).timeout(Duration.ofSeconds(5)).build();
      pending.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
              .handle(
                  (response, failure) -> {
                    if (failure != null || response.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                    long latency = System.nanoTime() - due;
                    recorders.get(which).recordValue(latency);
                    all.recordValue(latency);
                    return null;
                  }));
    }
    double sendSeconds = (System.nanoTime() - start) / 1e9;
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    System.out.printf(
        Locale.ROOT,
        "%d requests in %.1f s (%.0f/s offered), %d errors%n",
        total,
        sendSeconds,
        total / sendSeconds,
        errors.get());
    System.out.printf(
        Locale.ROOT,
        "%-70s %8s %8s %8s %8s %8s%n",
        "url",
        "n",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "max ms");
    // Per URL for a few URLs; many distinct URLs (a cold run) get the total only.
    for (int i = 0; i <= urls.size(); i++) {
      if (i < urls.size() && urls.size() > 8) {
        continue;
      }
      var h = (i < urls.size() ? recorders.get(i) : all).getIntervalHistogram();
      System.out.printf(
          Locale.ROOT,
          "%-70s %8d %8.2f %8.2f %8.2f %8.2f%n",
          i < urls.size()
              ? urls.get(i).getPath() + "?" + urls.get(i).getQuery()
              : "all (" + urls.size() + " URLs)",
          h.getTotalCount(),
          h.getValueAtPercentile(50) / 1e6,
          h.getValueAtPercentile(90) / 1e6,
          h.getValueAtPercentile(99) / 1e6,
          h.getMaxValue() / 1e6);
    }
    System.exit(errors.get() == 0 ? 0 : 1);
  }
}
