package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.entente.code.CountryCodes;
import org.entente.testing.CoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact command of the "done when", {@code alignment --all --by session --format csv},
 * checked line by line against the output of Voeten's R script for sessions 70–74 (the fixture of
 * entente-core, see its README) and against published κ values.
 */
class AllPairsCsvIT {

  private static final Path VOETEN = CoreFixtures.path("voeten/agreement-sessions-70-74.csv.gz");

  @TempDir Path dir;

  @Test
  void everyDyadOfSessions70To74MatchesVoetensScript() throws Exception {
    Path csv = dir.resolve("all.csv");
    int code;
    try (OutputStream file = Files.newOutputStream(csv);
        PrintStream out = new PrintStream(file, false, StandardCharsets.UTF_8)) {
      code =
          Main.run(
              new String[] {
                "alignment",
                "--all",
                "--by",
                "session",
                "--format",
                "csv",
                "--db",
                dir.resolve("all.duckdb").toString()
              },
              out,
              new PrintStream(OutputStream.nullOutputStream()));
    }
    assertThat(code).isZero();

    Map<String, String[]> rows = new HashMap<>();
    long count = 0;
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      assertThat(in.readLine()).isEqualTo("a,b,period,n,agree,s,kappa,pi");
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split(",", -1);
        assertThat(f).hasSize(8);
        assertThat(f[0].compareTo(f[1])).isNegative();
        for (int k = 4; k < 8; k++) {
          assertThat(f[k]).matches("|-?\\d+\\.\\d{12}");
        }
        count++;
        int session = Integer.parseInt(f[2]);
        if (session >= 70 && session <= 74 || session == 44) {
          rows.put(session + ":" + f[0] + "-" + f[1], f);
        }
      }
    }
    assertThat(count).isGreaterThan(800_000);

    int compared = 0;
    try (InputStream gz = new GZIPInputStream(Files.newInputStream(VOETEN));
        BufferedReader in = new BufferedReader(new InputStreamReader(gz, StandardCharsets.UTF_8))) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split(",", -1);
        String a = iso3(f[1], f[2]);
        String b = iso3(f[3], f[4]);
        String key = f[0] + ":" + (a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
        assertThat(rows).as(key).containsKey(key);
        assertThat(Double.parseDouble(rows.get(key)[4]))
            .as(key)
            .isCloseTo(Double.parseDouble(f[5]), within(1e-9));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(92_640);
    assertThat(Double.parseDouble(rows.get("44:CHN-RUS")[6])).isCloseTo(-0.024, within(0.0005));
    assertThat(Double.parseDouble(rows.get("74:CHN-RUS")[6])).isCloseTo(0.627, within(0.0005));
  }

  /** The fixture's ISO-2 code and name → Entente's ISO-3 (NA is Namibia's code, say). */
  private static String iso3(String iso2, String name) {
    return CountryCodes.bundled()
        .resolve(iso2, name, LocalDate.of(2019, 1, 1))
        .orElseThrow(() -> new AssertionError("no ISO-3 for " + iso2 + " " + name));
  }
}
