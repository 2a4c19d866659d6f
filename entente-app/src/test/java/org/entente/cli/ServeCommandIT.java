package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
      for (int i = 0; i < 600 && port == null; i++) { // the first use loads the bundled data
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
}
