package org.entente.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.store.Store;
import org.entente.testing.BundledStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under the hostile requests of issue 25, over copies of the bundled store: parallel
 * writers, errors Jetty answers before the routes, wrong methods, more heavy requests than it takes
 * at once, and a veto question the CLI answers with a reason.
 */
class HostileRequestsIT {

  private static final String TOKEN = "0123456789abcdef-hostile-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir static Path dir;
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static ApiServer writable;
  private static ApiServer oneHeavy;
  private static ApiServer impatient;

  @BeforeAll
  static void start() {
    PrintStream log = new PrintStream(LOG, true, StandardCharsets.UTF_8);
    writable =
        ApiServer.start(
            open(BundledStore.copyTo(dir.resolve("w.duckdb")), Store.Access.READ_WRITE),
            "127.0.0.1",
            0,
            TOKEN,
            log);
    Path shared = BundledStore.copyTo(dir.resolve("r.duckdb"));
    // One heavy request at a time and none waiting: the second is refused at once.
    oneHeavy =
        ApiServer.start(
            open(shared, Store.Access.READ_ONLY),
            "127.0.0.1",
            0,
            null,
            log,
            new HeavyWork.Limits(1, 0, Duration.ZERO, Duration.ofMinutes(5)));
    // Answers within a millisecond or tells the client to come back.
    impatient =
        ApiServer.start(
            open(BundledStore.copyTo(dir.resolve("i.duckdb")), Store.Access.READ_ONLY),
            "127.0.0.1",
            0,
            null,
            log,
            new HeavyWork.Limits(1, 4, Duration.ofMinutes(1), Duration.ofMillis(1)));
  }

  private static Store open(Path file, Store.Access access) {
    return Store.open(file, "1GB", access, Duration.ZERO, why -> {});
  }

  @AfterAll
  static void stop() {
    writable.close();
    oneHeavy.close();
    impatient.close();
  }

  private static URI uri(ApiServer server, String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  private static HttpResponse<String> get(ApiServer server, String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(server, pathAndQuery)).timeout(Duration.ofMinutes(5)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> importText(String name, String article) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(writable, "/api/v1/import-text?name=" + name))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "text/plain; charset=utf-8")
            .timeout(Duration.ofMinutes(2))
            .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Runs every call at once, each on a thread of its own, and collects their answers in order. */
  private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<T>> futures = new ArrayList<>();
      calls.forEach(c -> futures.add(threads.submit(c)));
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void parallelWritersAreAllStoredOneAfterAnotherAndNoneFails() throws Exception {
    List<Callable<HttpResponse<String>>> distinct = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      int day = i;
      distinct.add(
          () ->
              importText(
                  "parallel-" + day + ".txt",
                  "2023年9月" + day + "日、ロシアのプーチン大統領は北朝鮮の金正恩総書記と会談した。第" + day + "報。"));
    }
    for (HttpResponse<String> r : atOnce(distinct)) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      assertThat(JSON.readTree(r.body()).get("events_stored").asInt()).isPositive();
    }

    String same = "2024年6月19日、ロシアのプーチン大統領は平壌を訪問し、金正恩総書記と会談した。";
    List<Callable<HttpResponse<String>>> identical = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      identical.add(() -> importText("same.txt", same));
    }
    List<Integer> statuses = new ArrayList<>();
    for (HttpResponse<String> r : atOnce(identical)) {
      statuses.add(r.statusCode());
      if (r.statusCode() == 200) {
        assertThat(JSON.readTree(r.body()).get("already_imported").asBoolean()).isTrue();
      }
    }
    assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);

    // What was stored reads back whole: each article once, found by search.
    JsonNode found =
        JSON.readTree(
            get(writable, "/api/v1/search?kind=sentence&limit=200&q=" + enc("金正恩")).body());
    List<String> documents = new ArrayList<>();
    found.get("hits").forEach(h -> documents.add(h.get("evidence").asText()));
    for (int i = 1; i <= 8; i++) {
      assertThat(documents).containsOnlyOnce("parallel-" + i + ".txt#0");
    }
    assertThat(documents).containsOnlyOnce("same.txt#0");
    assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").isEmpty();
  }

  @Test
  void errorsJettyAnswersItselfAreJsonWithTheSecurityHeaders() throws Exception {
    String longUrl = "/api/v1/vetoes?member=" + "A".repeat(100_000);
    String bigHeader = "X-Padding: " + "a".repeat(100_000) + "\r\n";
    Map<String, RawResponse> cases = new LinkedHashMap<>();
    cases.put("400", raw(writable, "GET /../etc/passwd HTTP/1.1\r\n"));
    cases.put("400 %", raw(writable, "GET /%zz HTTP/1.1\r\n"));
    cases.put("414", raw(writable, "GET " + longUrl + " HTTP/1.1\r\n"));
    cases.put("431", raw(writable, "GET /api/v1/vetoes HTTP/1.1\r\n" + bigHeader));
    cases.put("404", raw(writable, "GET /no/such/page HTTP/1.1\r\n"));
    cases.put("404 api", raw(writable, "GET /api/v1/alliances HTTP/1.1\r\n"));
    for (var c : cases.entrySet()) {
      RawResponse r = c.getValue();
      assertThat(r.status()).as(c.getKey()).isEqualTo(Integer.parseInt(c.getKey().substring(0, 3)));
      assertThat(r.header("content-type")).as(c.getKey()).startsWith("application/json");
      assertThat(r.header("x-content-type-options")).as(c.getKey()).isEqualTo("nosniff");
      assertThat(r.header("x-frame-options")).as(c.getKey()).isEqualTo("DENY");
      assertThat(r.header("content-security-policy")).as(c.getKey()).contains("default-src 'self'");
      JsonNode error = JSON.readTree(r.body());
      assertThat(error.get("error").asText()).as(c.getKey()).isNotBlank();
      assertThat(r.body()).as(c.getKey()).doesNotContain("<html").doesNotContain("AAAAAAAAAA");
    }
    assertThat(JSON.readTree(cases.get("414").body()).get("error").asText()).contains("too long");

    // A charset Java does not know is the client's mistake, not a 500 with a stack trace.
    for (String charset : List.of("nonsense", "utf-8\"<x>")) {
      RawResponse unknown =
          raw(
              writable,
              "POST /api/v1/extract HTTP/1.1\r\nContent-Type: text/plain; charset="
                  + charset
                  + "\r\nContent-Length: 5\r\n",
              "hello");
      assertThat(unknown.status()).as(charset + ": " + unknown.body()).isEqualTo(400);
      assertThat(JSON.readTree(unknown.body()).get("error").asText()).contains("unknown charset");
    }
    assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    assertThat(JSON.readTree(cases.get("431").body()).get("error").asText()).contains("headers");
  }

  @Test
  void aWrongMethodOnARouteIs405WithAllow() throws Exception {
    Map<String, String> cases =
        Map.of(
            "DELETE /api/v1/triad?a=CHN&b=RUS&c=PRK", "GET, HEAD",
            "POST /api/v1/camps?states=CHN,RUS,USA", "GET, HEAD",
            "PUT /api/v1/alignment", "GET, HEAD",
            "GET /api/v1/import-text", "POST",
            "GET /api/v1/extract", "POST");
    for (var c : cases.entrySet()) {
      RawResponse r = raw(writable, c.getKey() + " HTTP/1.1\r\n" + "Content-Length: 0\r\n");
      assertThat(r.status()).as(c.getKey()).isEqualTo(405);
      assertThat(r.header("allow")).as(c.getKey()).isEqualTo(c.getValue());
      assertThat(r.header("x-content-type-options")).as(c.getKey()).isEqualTo("nosniff");
      assertThat(JSON.readTree(r.body()).get("error").asText())
          .as(c.getKey())
          .contains(c.getKey().substring(0, c.getKey().indexOf(' ')) + " is not allowed");
    }
    // HEAD is what Allow says: a GET route answers it
    assertThat(raw(writable, "HEAD /api/v1/vetoes?member=RUS HTTP/1.1\r\n").status())
        .isEqualTo(200);
  }

  @Test
  void heavyRequestsBeyondTheLimitAre503WithRetryAfterWhileACheapOneIsAnswered() throws Exception {
    // Ideal points of a range of sessions: an EM fit over thousands of roll calls, seconds each.
    List<String> heavy = new ArrayList<>();
    for (int from = 1990; from < 1996; from++) {
      heavy.add("/api/v1/idealpoints?from=" + from + "&to=2020");
    }
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (String q : heavy) {
      sent.add(
          HTTP.sendAsync(
              HttpRequest.newBuilder(uri(oneHeavy, q)).timeout(Duration.ofMinutes(5)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> refused =
        java.util.concurrent.CompletableFuture.anyOf(
                sent.toArray(java.util.concurrent.CompletableFuture[]::new))
            .thenApply(r -> (HttpResponse<String>) r)
            .get();
    // The first to come back is one refused while one runs; a cheap request is answered meanwhile.
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    HttpResponse<String> cheap = get(oneHeavy, "/api/v1/vetoes?member=RUS&with=CHN");
    assertThat(cheap.statusCode()).isEqualTo(200);
    int ok = 0;
    int busy = 0;
    for (var f : sent) {
      HttpResponse<String> r = f.get();
      if (r.statusCode() == 200) {
        ok++;
        continue;
      }
      assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
      busy++;
      assertThat(r.headers().firstValue("Retry-After")).hasValue("10");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(JSON.readTree(r.body()).get("error").asText())
          .contains("busy with long requests")
          .contains("send this one again");
    }
    assertThat(ok).isPositive();
    assertThat(busy).isPositive();
    assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
  }

  @Test
  void aHeavyAnswerThatOutlastsItsClientGoesToTheSameRequestAskedAgain() throws Exception {
    String camps = "/api/v1/camps?states=CHN,RUS,USA,GBR,FRA,JPN,KOR,PRK&year=2019";
    HttpResponse<String> first = get(impatient, camps);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(503);
    assertThat(first.headers().firstValue("Retry-After")).hasValue("10");
    assertThat(JSON.readTree(first.body()).get("error").asText()).contains("sent again");
    // Asked again until the computation under way has ended; bounded, as a patient client would.
    HttpResponse<String> again = first;
    for (int i = 0; i < 600 && again.statusCode() == 503; i++) {
      Thread.sleep(200);
      again = get(impatient, camps);
    }
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.body())
        .isEqualTo(get(oneHeavy, camps).body()); // the same answer as a patient server's
  }

  @Test
  void vetoesOfAStateWithoutAPermanentSeatAre404WithTheCliReason() throws Exception {
    HttpResponse<String> germany = get(writable, "/api/v1/vetoes?member=DEU");
    assertThat(germany.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(germany.body()).get("error").asText())
        .isEqualTo(
            "no vetoes cast by Germany (DEU): only the permanent members of the Security Council"
                + " cast vetoes (CHN, FRA, GBR, RUS, USA; TWN held the China seat until 24 October"
                + " 1971)");
    HttpResponse<String> later = get(writable, "/api/v1/vetoes?member=CHN&from=2090");
    assertThat(later.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(later.body()).get("error").asText())
        .startsWith("no vetoes cast by China (CHN) in 2090–…; the veto list covers 1946–");
    assertThat(get(writable, "/api/v1/vetoes?member=RUS").statusCode()).isEqualTo(200);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** An HTTP answer read off the socket: no client library between it and the test. */
  record RawResponse(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private static RawResponse raw(ApiServer server, String head) throws Exception {
    return raw(server, head, "");
  }

  /**
   * Sends {@code head} (request line and headers, each ending CRLF) and {@code body} as they are,
   * and reads the whole answer.
   */
  private static RawResponse raw(ApiServer server, String head, String body) throws Exception {
    byte[] answer;
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              (head + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n" + body)
                  .getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      answer = in.readAllBytes();
    }
    String text = new String(answer, StandardCharsets.ISO_8859_1); // one char a byte: framing
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    String content = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      StringBuilder joined = new StringBuilder();
      int at = 0;
      while (true) {
        int eol = content.indexOf("\r\n", at);
        int size = Integer.parseInt(content.substring(at, eol).strip(), 16);
        if (size == 0) {
          break;
        }
        joined.append(content, eol + 2, eol + 2 + size);
        at = eol + 2 + size + 2;
      }
      content = joined.toString();
    }
    return new RawResponse(
        Integer.parseInt(lines[0].split(" ")[1]),
        headers,
        new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }
}
