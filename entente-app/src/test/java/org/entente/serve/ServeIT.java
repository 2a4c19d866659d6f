package org.entente.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.cli.Golden;
import org.entente.store.Store;
import org.entente.testing.BundledStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on a free port over the bundled data, called with {@link HttpClient}: golden JSON
 * for the questions, every documented route answering, refusals of bad input as JSON naming
 * the parameter, the token on writing routes, and hostile text kept inert.
 */
class ServeIT {

  @TempDir static Path dir;
  private static ApiServer readOnly;
  private static ApiServer writable;
  private static final String TOKEN = "0123456789abcdef-test-token";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    Path file = BundledStore.copyTo(dir.resolve("serve.duckdb"));
    Path copy = BundledStore.copyTo(dir.resolve("writable.duckdb"));
    readOnly =
        ApiServer.start(open(file, Store.Access.READ_ONLY), "127.0.0.1", 0, null, System.err);
    writable =
        ApiServer.start(open(copy, Store.Access.READ_WRITE), "127.0.0.1", 0, TOKEN, System.err);
  }

  private static Store open(Path file, Store.Access access) {
    return Store.open(file, "1GB", access, Duration.ZERO, why -> {});
  }

  @AfterAll
  static void stop() {
    readOnly.close();
    writable.close();
  }

  private static HttpResponse<String> get(ApiServer server, String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
            .timeout(Duration.ofSeconds(60))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(
      ApiServer server, String pathAndQuery, String body, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
            .header("Content-Type", "text/plain; charset=utf-8")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> postBytes(
      ApiServer server, String pathAndQuery, byte[] body, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
            .header("Content-Type", "text/plain; charset=utf-8")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> ok(String pathAndQuery) throws Exception {
    HttpResponse<String> response = get(readOnly, pathAndQuery);
    assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    return response;
  }

  @Test
  void chinaRussiaAlignmentByYearIsTheCliJson() throws Exception {
    Golden.assertMatches(
        "api-alignment-chn-rus-by-year.json", ok("/api/v1/alignment?a=CHN&b=RUS&by=year").body());
  }

  /** Who stands with China in 2025, as {@code alignment --with} and {@code relation --with}. */
  @Test
  void whoStandsWithChinaIsTheCliJson() throws Exception {
    Golden.assertMatches(
        "standing-chn-alignment-2025.json",
        ok("/api/v1/standing?with=CHN&by=alignment&from=2025&to=2025&top=20&min_n=30").body());
    Golden.assertMatches(
        "standing-chn-relation-2025.json",
        ok("/api/v1/standing?with=China&by=relation&from=2025&to=2025").body());
    JsonNode rows = JSON.readTree(ok("/api/v1/standing?with=CHN&from=2025&to=2025&top=3").body());
    assertThat(rows).hasSize(3);
    for (JsonNode row : rows) {
      List<String> fields = new ArrayList<>();
      row.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).containsExactly("rank", "state", "name", "value", "lo", "hi", "n");
      assertThat(row.get("lo").isNull()).isTrue();
      assertThat(row.get("n").asInt()).isGreaterThanOrEqualTo(30);
    }
    HttpResponse<String> none =
        get(readOnly, "/api/v1/standing?with=CHN&from=2025&to=2025&min_n=5000");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(none.body()).get("error").asText())
        .contains("no state voted with CHN on 5000 or more roll calls");
  }

  @Test
  void theTriadChinaRussiaNorthKorea2015To2024IsMostLikelyAMenageATroisButNotClaimed()
      throws Exception {
    String body = ok("/api/v1/triad?a=CHN&b=RUS&c=PRK&from=2015&to=2024").body();
    Golden.assertMatches("api-triad-chn-rus-prk-2015-2024.json", body);
    JsonNode periods = JSON.readTree(body);
    assertThat(periods).hasSize(10);
    JsonNode y2024 = periods.get(2024 - 2015);
    // all three most likely friendly, but China–Russia's interval holds 0: no type is claimed
    assertThat(y2024.get("most_likely").asText()).isEqualTo("menage_a_trois");
    assertThat(y2024.get("type").asText()).isEqualTo("undetermined");
    assertThat(y2024.get("p_type").asDouble()).isBetween(0.0, 0.8);
    assertThat(y2024.get("index_bc_lo").asDouble())
        .isLessThanOrEqualTo(y2024.get("index_bc").asDouble());
    assertThat(y2024.has("alignment_ab")).isTrue();
  }

  @Test
  void theTwoKoreasRelation() throws Exception {
    Golden.assertMatches(
        "api-relation-kor-prk-2008-2026.json",
        ok("/api/v1/relation?a=KOR&b=PRK&from=2008&to=2026").body());
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteAnswersItsExample() throws Exception {
    JsonNode paths = JSON.readTree(get(readOnly, "/api/openapi.json").body()).get("paths");
    Set<String> documented = new TreeSet<>();
    paths
        .fieldNames()
        .forEachRemaining(
            p ->
                paths
                    .get(p)
                    .fieldNames()
                    .forEachRemaining(
                        m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p)));
    Set<String> served = new TreeSet<>();
    for (Route route : readOnly.routes()) {
      served.add(route.method() + " " + route.path());
      JsonNode operation =
          paths.get(route.path()).get(route.method().toLowerCase(java.util.Locale.ROOT));
      List<String> names = new ArrayList<>();
      operation.get("parameters").forEach(p -> names.add(p.get("name").asText()));
      assertThat(names)
          .as(route.path() + " parameters")
          .containsExactlyInAnyOrderElementsOf(route.parameters());
      if (route.path().equals("/api/v1/article") || route.path().equals("/api/v1/brief")) {
        continue; // need an imported article, or answer a file: their own tests below
      }
      if (route.path().equals("/api/v1/alerts")) {
        continue; // needs a watched pair and an import since: WatchCommandIT serves a replay's
      }
      if (route.method().equals("GET")) {
        StringBuilder query = new StringBuilder();
        for (JsonNode p : operation.get("parameters")) {
          if (p.has("example")) {
            query
                .append(query.length() == 0 ? "?" : "&")
                .append(p.get("name").asText())
                .append('=')
                .append(
                    java.net.URLEncoder.encode(p.get("example").asText(), StandardCharsets.UTF_8));
          }
        }
        JsonNode answer = JSON.readTree(ok(route.path() + query).body());
        assertThat(answer.isArray() ? answer.size() : 1).as(route.path() + query).isPositive();
      }
    }
    assertThat(served).isEqualTo(documented);
  }

  @Test
  void badInputIsAClearJsonErrorNamingTheParameter() throws Exception {
    Map<String, String[]> cases =
        Map.of(
            "/api/v1/alignment?a=CHN&b=Korea",
                new String[] {"b", "did you mean PRK (North Korea), KOR (South Korea)"},
            "/api/v1/relation?a=RUS&b=russia", new String[] {"b", "RUS is named twice"},
            "/api/v1/triad?a=CHN&b=RUS", new String[] {"c", "missing parameter c"},
            "/api/v1/relation?a=CHN&b=RUS&from=19x2", new String[] {"from", "takes a year"},
            "/api/v1/relation?a=CHN&b=RUS&from=2020&to=2010", new String[] {"to", "after"},
            "/api/v1/alignment?a=CHN&b=RUS&form=2015", new String[] {"form", "unknown parameter"},
            "/api/v1/alignment?a=CHN&b=RUS&by=decade", new String[] {"by", "session, year"},
            "/api/v1/events?a=CHN&b=RUS&from=2018-13-01", new String[] {"from", "YYYY-MM-DD"},
            "/api/v1/camps?states=CHN,RUS", new String[] {"states", "3 to 40"},
            "/api/v1/sanctions/search?q=", new String[] {"q", "missing parameter q"});
    cases = new java.util.LinkedHashMap<>(cases);
    cases.put("/api/v1/search?q=x&kind=treaty", new String[] {"kind", "all, sentence, event"});
    cases.put("/api/v1/search?q=x&limit=0", new String[] {"limit", "from 1 to 200"});
    cases.put("/api/v1/standing?with=CHN&by=votes", new String[] {"by", "alignment, relation"});
    cases.put("/api/v1/standing?with=CHN&top=0", new String[] {"top", "from 1 to 250"});
    cases.put("/api/v1/standing?by=relation", new String[] {"with", "missing parameter with"});
    cases.put(
        "/api/v1/standing?with=CHN&by=relation&min_n=30", new String[] {"min_n", "by=alignment"});
    for (var c : cases.entrySet()) {
      HttpResponse<String> response = get(readOnly, c.getKey());
      assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
      JsonNode error = JSON.readTree(response.body());
      assertThat(error.get("parameter").asText()).as(c.getKey()).isEqualTo(c.getValue()[0]);
      assertThat(error.get("error").asText()).as(c.getKey()).contains(c.getValue()[1]);
    }
    HttpResponse<String> unknown = get(readOnly, "/api/v1/alliances?a=CHN");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknown.body()).has("error")).isTrue();
    HttpResponse<String> none = get(readOnly, "/api/v1/alignment?a=CHN&b=RUS&from=1946&to=1950");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(none.body()).get("error").asText()).contains("CHN");
    String tooBig = announceTooBigBody();
    assertThat(tooBig).startsWith("HTTP/1.1 413").contains("1 MiB").contains("application/json");
    for (String body : List.of(unknown.body(), none.body(), tooBig)) {
      assertThat(body).doesNotContain("at org.").doesNotContain("Exception");
    }
  }

  /**
   * Announces a 1.2 MB body and sends none of it: the server must refuse it from the header alone
   * (a client sending the whole body would see the connection closed under it).
   */
  private static String announceTooBigBody() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", readOnly.port())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("POST /api/v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + "Content-Type: text/plain\r\nContent-Length: 1200000\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      StringBuilder answer = new StringBuilder();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[4096];
      int n;
      while (!answer.toString().contains("}") && (n = in.read(buffer)) > 0) {
        answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
      return answer.toString();
    }
  }

  @Test
  void writingNeedsAServerTokenAndTheRightBearer() throws Exception {
    String article = "2023年9月13日、ロシアのプーチン大統領は北朝鮮の金正恩総書記と会談した。";
    HttpResponse<String> refused =
        post(readOnly, "/api/v1/import-text?name=a.txt", article, "Bearer " + TOKEN);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(refused.body()).get("error").asText()).contains("read-only");
    assertThat(post(writable, "/api/v1/import-text?name=a.txt", article, null).statusCode())
        .isEqualTo(401);
    assertThat(
            post(writable, "/api/v1/import-text?name=a.txt", article, "Bearer wrong").statusCode())
        .isEqualTo(401);
    HttpResponse<String> stored =
        post(writable, "/api/v1/import-text?name=a.txt", article, "Bearer " + TOKEN);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    assertThat(JSON.readTree(stored.body()).get("events_stored").asInt()).isPositive();
    HttpResponse<String> again =
        post(writable, "/api/v1/import-text?name=a.txt", article, "Bearer " + TOKEN);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("already_imported").asBoolean()).isTrue();
    JsonNode listed = JSON.readTree(get(writable, "/api/v1/events?a=RUS&b=PRK&list=true").body());
    assertThat(listed.toString()).contains("会談");
  }

  /**
   * Issue 25, case 4: 200 KB of random bytes were stored as an article (201, 1,555 sentences of
   * mojibake) where the CLI refuses them; extract answered 200 []. The API reads a body through the
   * CLI's text gate and refuses it with 422 and the reason, storing nothing.
   */
  @Test
  void binaryAndTerminalCommandsAreRefusedWithTheReasonAsTheCliRefusesThem() throws Exception {
    byte[] noise = new byte[200_000];
    new java.util.Random(25).nextBytes(noise);
    String before = get(writable, "/api/v1/search?q=PWNED").body();
    for (String path : List.of("/api/v1/import-text?name=noise.txt", "/api/v1/extract")) {
      HttpResponse<String> refused = postBytes(writable, path, noise, "Bearer " + TOKEN);
      assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(422);
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/json");
      assertThat(JSON.readTree(refused.body()).get("error").asText())
          .startsWith("the request body is not an article: binary data: a NUL byte at offset ");
    }
    String evil =
        "2023年9月13日、ロシアのプーチン大統領は北朝鮮の金正恩総書記と会談した。\n" + "EVIL\u001b]0;PWNED\u0007\u001b[2J\n";
    HttpResponse<String> control =
        post(writable, "/api/v1/import-text?name=evil.txt", evil, "Bearer " + TOKEN);
    assertThat(control.statusCode()).as(control.body()).isEqualTo(422);
    assertThat(JSON.readTree(control.body()).get("error").asText())
        .isEqualTo(
            "the request body is not an article: control character 0x1B (ESC) at line 2,"
                + " column 5: a terminal command, not text");
    assertThat(get(writable, "/api/v1/search?q=PWNED").body()).isEqualTo(before);
  }

  @Test
  void hostileTextStaysInertInTheJsonAndIsNeverEchoedByThePage() throws Exception {
    String hostile =
        "2023年9月13日、ロシアのプーチン大統領は北朝鮮の金正恩総書記と会談した"
            + "<script>alert(1)</script>\"'\u202Eevil\u202C\u200F。";
    HttpResponse<String> response = post(readOnly, "/api/v1/extract?lang=ja", hostile, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    JsonNode events = JSON.readTree(response.body()); // parses: quotes were escaped
    assertThat(events).isNotEmpty();
    String sentence = events.get(0).get("sentence").asText();
    assertThat(sentence).contains("<script>alert(1)</script>\"'\u202Eevil");
    assertThat(response.body()).contains("\\\"'"); // the double quote escaped in the raw JSON

    byte[] page;
    try (InputStream in = ServeIT.class.getResourceAsStream("/web/index.html")) {
      page = in.readAllBytes();
    }
    for (String path : List.of("/", "/index.html", "/?q=%3Cscript%3Ealert(1)%3C/script%3E")) {
      HttpResponse<String> index = get(readOnly, path);
      assertThat(index.statusCode()).isEqualTo(200);
      assertThat(index.body()).isEqualTo(new String(page, StandardCharsets.UTF_8));
      // scripts only from files on this server, never inline (the CSP would refuse them anyway)
      assertThat(index.body())
          .doesNotContainPattern("<script(?![^>]*\\ssrc=\"/)[^>]*>")
          .doesNotContainPattern("<script[^>]*>[^<]+</script>");
      assertThat(index.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline");
      assertThat(index.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void concurrentRequestsGetTheSameAnswersAsOneAtATime() throws Exception {
    List<String> queries = new ArrayList<>();
    for (int y = 1995; y <= 2024; y++) {
      queries.add("/api/v1/alignment?a=USA&b=JPN&by=year&from=" + y + "&to=" + y);
      queries.add("/api/v1/relation?a=IND&b=PAK&from=" + y + "&to=" + y);
    }
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> parallel = new ArrayList<>();
    for (String q : queries) {
      parallel.add(
          HTTP.sendAsync(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port() + q)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }
    Iterator<String> q = queries.iterator();
    for (var future : parallel) {
      String query = q.next();
      HttpResponse<String> response = future.get();
      assertThat(response.statusCode()).as(query).isEqualTo(200);
      // Computed one at a time by the other server (its own store copy and cache).
      assertThat(response.body()).as(query).isEqualTo(get(writable, query).body());
    }
  }

  @Test
  void theJudgementApiSaysWhatTheBriefingSays() throws Exception {
    JsonNode judgement =
        JSON.readTree(ok("/api/v1/judgement?states=CHN,RUS,PRK&from=2015&to=2024").body());
    String html =
        get(readOnly, "/api/v1/brief?states=CHN,RUS,PRK&from=2015&to=2024&format=html")
            .body()
            .replace("&amp;", "&");
    assertThat(judgement.get("statements").size()).isGreaterThan(5);
    List<String> kinds = new ArrayList<>();
    for (JsonNode s : judgement.get("statements")) {
      kinds.add(s.get("kind").asText());
      // Each statement is in the briefing in the same words.
      assertThat(html).as(s.get("kind").asText()).contains(s.get("text").asText());
    }
    assertThat(kinds).contains("triangle", "closest", "alliance", "trend", "bound", "not_bound");
    assertThat(
            JSON.readTree(ok("/api/v1/judgement?states=CHN,RUS,PRK&lang=ja").body())
                .get("statements")
                .get(0)
                .get("text")
                .asText())
        .startsWith("中国・ロシア・北朝鮮：");
    HttpResponse<String> bad = get(readOnly, "/api/v1/judgement?states=CHN,RUS&lang=fr");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("parameter").asText()).isEqualTo("lang");
  }

  @Test
  void theBriefingIsAPdfAttachmentOrAnHtmlPageThatRunsNothing() throws Exception {
    HttpResponse<byte[]> pdf =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + readOnly.port()
                            + "/api/v1/brief?states=CHN,RUS&from=2020&to=2024&lang=ja"))
                .timeout(Duration.ofSeconds(120))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"entente-briefing-CHN-RUS-2020-2024-ja.pdf\"");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document)).contains("中国").contains("ロシア");
    }

    HttpResponse<String> html =
        get(readOnly, "/api/v1/brief?states=CHN,RUS&from=2020&to=2024&format=html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'none'")
        .doesNotContain("script-src");
    assertThat(html.body()).contains("China").contains("<svg").doesNotContain("<script");

    Map<String, String[]> bad =
        Map.of(
            "/api/v1/brief?states=CHN", new String[] {"states", "2 to 5"},
            "/api/v1/brief?states=CHN,RUS&lang=fr", new String[] {"lang", "en, ja"},
            "/api/v1/brief?states=CHN,RUS&format=docx", new String[] {"format", "pdf, html"},
            "/api/v1/brief?states=CHN,china", new String[] {"states", "CHN is named twice"});
    for (var c : bad.entrySet()) {
      HttpResponse<String> response = get(readOnly, c.getKey());
      assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
      JsonNode error = JSON.readTree(response.body());
      assertThat(error.get("parameter").asText()).as(c.getKey()).isEqualTo(c.getValue()[0]);
      assertThat(error.get("error").asText()).as(c.getKey()).contains(c.getValue()[1]);
    }
  }

  @Test
  void anEventLeadsToItsSentenceInTheStoredArticle() throws Exception {
    String article = "ロ朝首脳会談\n2023年9月13日、ロシアのプーチン大統領は北朝鮮の金正恩総書記と会談した。\n両首脳は軍事協力を話し合った。\n";
    HttpResponse<String> stored =
        post(writable, "/api/v1/import-text?name=summit.txt", article, "Bearer " + TOKEN);
    assertThat(stored.statusCode()).as(stored.body()).isIn(200, 201);
    JsonNode listed =
        JSON.readTree(
            get(writable, "/api/v1/events?a=RUS&b=PRK&list=true&from=2023-09-13&to=2023-09-13")
                .body());
    String id = null;
    for (JsonNode e : listed) {
      if (e.get("evidence").asText().contains("summit.txt")
          || e.get("url").asText().contains("summit.txt")) {
        id = e.get("id").asText();
      }
    }
    assertThat(id).as(listed.toString()).isNotNull();

    HttpResponse<String> response =
        get(
            writable,
            "/api/v1/article?event=" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode found = JSON.readTree(response.body());
    assertThat(found.get("document").asText()).isEqualTo("summit.txt");
    assertThat(found.get("marked").asInt()).isEqualTo(1);
    List<String> sentences = new ArrayList<>();
    found.get("sentences").forEach(n -> sentences.add(n.get("text").asText()));
    assertThat(sentences)
        .containsExactly("ロ朝首脳会談", "2023年9月13日、ロシアのプーチン大統領は北朝鮮の金正恩総書記と会談した。", "両首脳は軍事協力を話し合った。");
    assertThat(found.get("sentences").get(1).get("events").toString()).contains(id);
    // the sentence's characters are where the article has them
    JsonNode second = found.get("sentences").get(1);
    assertThat(article.substring(second.get("start").asInt(), second.get("end").asInt()).strip())
        .isEqualTo(sentences.get(1));
    String bySource =
        get(writable, "/api/v1/article?source=" + found.get("source_id").asLong()).body();
    assertThat(JSON.readTree(bySource).get("sentences")).isEqualTo(found.get("sentences"));

    JsonNode search = JSON.readTree(get(writable, "/api/v1/search?q=%E8%BB%8D%E4%BA%8B").body());
    assertThat(search.get("query").asText()).isEqualTo("軍事");
    JsonNode hit = search.get("hits").get(0);
    assertThat(hit.get("kind").asText()).isEqualTo("sentence");
    assertThat(hit.get("evidence").asText()).isEqualTo("summit.txt#2");
    assertThat(hit.get("text").asText()).isEqualTo(sentences.get(2));
    assertThat(hit.get("id").asLong()).isEqualTo(found.get("source_id").asLong());
    String[] range = hit.get("matches").asText().split("-");
    assertThat(sentences.get(2).substring(Integer.parseInt(range[0]), Integer.parseInt(range[1])))
        .isEqualTo("軍事");

    assertThat(get(writable, "/api/v1/article").statusCode()).isEqualTo(400);
    assertThat(get(writable, "/api/v1/article?source=1&event=x").statusCode()).isEqualTo(400);
    HttpResponse<String> unknown = get(writable, "/api/v1/article?event=nope");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknown.body()).get("error").asText()).contains("dataset text");
  }
}
