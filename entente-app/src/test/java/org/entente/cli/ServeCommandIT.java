package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.testing.BundledStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente serve --port 0} as a user starts it: the jar in its own process. */
class ServeCommandIT {

  @TempDir Path dir;

  @Test
  void servesOnTheFreePortItPrintsAndRefusesABadPortOrAShortToken() throws Exception {
    String db = dir.resolve("serve.duckdb").toString();
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process server = JarRun.start(Map.of(), out, err, "serve", "--port", "0", "--db", db);
    try {
      Matcher port = null;
      for (int i = 0;
          i < 3000 && port == null;
          i++) { // the first use loads the bundled data (a minute or more)
        Matcher m =
            Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(Files.readString(out));
        port = m.find() ? m : null;
        if (port == null) {
          assertThat(server.isAlive()).as(Files.readString(err)).isTrue();
          Thread.sleep(100);
        }
      }
      assertThat(port).as(Files.readString(err)).isNotNull();
      assertThat(Files.readString(out)).contains("read-only");
      HttpResponse<String> triad =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:"
                                  + port.group(1)
                                  + "/api/v1/triad?a=CHN&b=RUS&c=PRK&from=2024&to=2024"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(triad.statusCode()).isEqualTo(200);
      assertThat(triad.body()).contains("menage_a_trois");
    } finally {
      server.destroy();
      server.waitFor();
    }
    JarRun badPort = JarRun.of(dir, Map.of(), "serve", "--port", "70000", "--db", db);
    assertThat(badPort.exitCode()).isEqualTo(2);
    assertThat(badPort.err()).contains("--port takes 0 to 65535");
    JarRun shortToken = JarRun.of(dir, Map.of(), "serve", "--token", "abc", "--db", db);
    assertThat(shortToken.exitCode()).isEqualTo(1);
    assertThat(shortToken.err()).contains("at least 16 characters");
  }

  @Test
  void theTokenComesFromAFileOrTheEnvironmentAndStaysOutOfTheProcessList() throws Exception {
    String db = BundledStore.copyTo(dir.resolve("token.duckdb")).toString();
    String secret = "f00dfeedcafe0123-from-a-file";
    Path file = dir.resolve("token");
    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
    writes(Map.of(), secret, "--token-file", file.toString(), "--db", db);
    String fromEnv = "0badc0ffee012345-from-the-env";
    writes(Map.of("ENTENTE_TOKEN", fromEnv), fromEnv, "--db", db);

    JarRun missing = JarRun.of(dir, Map.of(), "serve", "--token-file", "nope.txt", "--db", db);
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("--token-file nope.txt: no such file");
    Path shortFile = dir.resolve("short");
    Files.writeString(shortFile, "abc\n", StandardCharsets.UTF_8);
    JarRun tooShort =
        JarRun.of(dir, Map.of(), "serve", "--token-file", shortFile.toString(), "--db", db);
    assertThat(tooShort.exitCode()).isEqualTo(1);
    assertThat(tooShort.err()).contains("at least 16 characters");
    JarRun both =
        JarRun.of(
            dir, Map.of(), "serve", "--token", secret, "--token-file", file.toString(), "--db", db);
    assertThat(both.exitCode()).isEqualTo(1);
    assertThat(both.err()).contains("not both");
  }

  /**
   * Starts {@code entente serve args…} with {@code env}, checks that it writes with {@code token}
   * only and that its command line does not show the token, and stops it.
   */
  private void writes(Map<String, String> env, String token, String... args) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    String[] all = new String[args.length + 3];
    all[0] = "serve";
    all[1] = "--port";
    all[2] = "0";
    System.arraycopy(args, 0, all, 3, args.length);
    Process server = JarRun.start(env, out, err, all);
    try {
      String port = null;
      for (int i = 0; i < 600 && port == null; i++) {
        Matcher m =
            Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(Files.readString(out));
        port = m.find() ? m.group(1) : null;
        if (port == null) {
          assertThat(server.isAlive()).as(Files.readString(err)).isTrue();
          Thread.sleep(100);
        }
      }
      assertThat(port).as(Files.readString(err)).isNotNull();
      assertThat(Files.readString(out)).contains("writable with the token from");
      assertThat(server.info().commandLine().orElse("")).doesNotContain(token);
      String article = "2023年9月13日、ロシアのプーチン大統領は北朝鮮の金正恩総書記と会談した。";
      for (String bearer : new String[] {"wrong-token-0123456789", token}) {
        HttpResponse<String> response =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create(
                                "http://127.0.0.1:" + port + "/api/v1/import-text?name=t.txt"))
                        .header("Authorization", "Bearer " + bearer)
                        .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8))
                        .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode())
            .as(response.body())
            .isIn(bearer.equals(token) ? List.of(200, 201) : List.of(401));
      }
    } finally {
      server.destroy();
      server.waitFor();
    }
  }
}
