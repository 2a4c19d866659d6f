package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.fetch.LocalMirror;
import org.entente.testing.BundledStore;
import org.entente.testing.CoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --update-every}: the server brings the store up to date from a local mirror of GDELT
 * (the real export the fixtures carry, as four 15-minute files) while it answers. Until the update
 * commits, the API answers from the store as it was (no event of 2015 between Egypt and Libya, the
 * pair the export names most); after it, from the new one, without a restart.
 */
class ServeUpdatesIT {

  private static final Path SAMPLE = CoreFixtures.path("events/20150218230000.export.CSV");
  private static final Pattern SERVING = Pattern.compile("Entente serving (http://\\S+/) ");

  @TempDir Path dir;

  @Test
  void theServerUpdatesItselfAndAnswersThroughout() throws Exception {
    List<Path> built = LocalMirror.buildGdelt(SAMPLE, 4, dir.resolve("site/gdeltv2"));
    String db = BundledStore.copyTo(dir.resolve("store.duckdb")).toString();
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    try (LocalMirror mirror = new LocalMirror(dir.resolve("site"), 0)) {
      Files.writeString(
          home.resolve("sources.properties"), "gdelt=" + mirror.base() + "gdeltv2/\n");
      // The first file comes slowly: the server is asked while the update runs.
      mirror.pause("gdeltv2/" + built.get(0).getFileName(), 3_000);
      ProcessBuilder serve =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-jar",
              Path.of("target", "entente.jar").toAbsolutePath().toString(),
              "serve",
              "--db",
              db,
              "--port",
              "0",
              "--update-every",
              "1h");
      serve.environment().put("ENTENTE_HOME", home.toString());
      Process server = serve.start();
      BlockingQueue<String> out = lines(server.getInputStream());
      BlockingQueue<String> err = lines(server.getErrorStream());
      try {
        String base = null;
        List<String> printed = new ArrayList<>();
        for (long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2); base == null; ) {
          String line = out.poll(1, TimeUnit.SECONDS);
          Matcher m = line == null ? null : SERVING.matcher(line);
          if (m != null && m.find()) {
            base = m.group(1);
            assertThat(line).contains("updating gdelt every 1h");
          } else if (line != null) {
            printed.add(line);
          }
          assertThat(System.nanoTime()).as("the server's start line").isLessThan(end);
        }
        String events =
            base + "api/v1/events?a=EGY&b=LBY&from=2015-01-01&to=2015-12-31&by=month&list=true";

        // While the update downloads, imports and fits the model: answers from the old store.
        List<String> seen = new ArrayList<>();
        int answered = 0;
        boolean done = false;
        for (long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5); !done; ) {
          HttpResponse<String> during = get(events);
          assertThat(during.statusCode()).as(during.body()).isEqualTo(200);
          if (!during.body().contains("2015-02")) {
            answered++;
          }
          String line;
          while ((line = err.poll(200, TimeUnit.MILLISECONDS)) != null) {
            seen.add(line);
            done |= line.startsWith("Fitted the relation model") || line.contains("update failed");
          }
          assertThat(System.nanoTime()).as(String.join("\n", seen)).isLessThan(end);
        }
        assertThat(seen).anyMatch(l -> l.startsWith("entente serve: updating gdelt at "));
        assertThat(seen).noneMatch(l -> l.contains("update failed"));
        assertThat(answered).as("answers from the store as it was").isPositive();
        printed.addAll(drain(out));
        assertThat(String.join("\n", printed)).contains("Imported 2271 events from 4 file(s)");

        // Committed: the same question now has the new answer.
        HttpResponse<String> after = get(events);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("2015-02");
      } finally {
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The stream's lines as they come, read by a thread of their own. */
  private static BlockingQueue<String> lines(java.io.InputStream stream) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  lines.add(line);
                }
              } catch (java.io.IOException e) {
                // the process ended
              }
            });
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static List<String> drain(BlockingQueue<String> queue) throws InterruptedException {
    List<String> all = new ArrayList<>();
    String line;
    while ((line = queue.poll(1, TimeUnit.SECONDS)) != null) {
      all.add(line);
    }
    return all;
  }
}
