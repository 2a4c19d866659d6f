package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.ingest.Progress;
import org.entente.store.BundledUnVotes;
import org.entente.store.PeriodUnit;
import org.entente.store.Store;
import org.entente.store.VoteQueries;
import org.entente.store.VoteQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alignment over the whole bundled data set (sessions 1–80), checked against two independent
 * sources: the output of Voeten's own R script for sessions 70–74, and a brute-force computation of
 * every measure from the raw CSV and JSON files.
 */
class UnAlignmentIT {

  private static final double TOLERANCE = 1e-9;

  @TempDir static Path dir;
  private static Store store;
  private static UnAlignment alignment;
  private static RawVotes raw;

  @BeforeAll
  static void load() throws Exception {
    store = Store.open(dir.resolve("it.duckdb"), "1GB");
    BundledUnVotes.ensureLoaded(store, CountryCodes.bundled(), Progress.NONE);
    alignment = new UnAlignment(new VoteQueries(store));
    raw = RawVotes.load();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static VoteQuery query(PeriodUnit unit) {
    return new VoteQuery(unit, false, false, null, null, null, Set.of());
  }

  private static String key(int period, String a, String b) {
    return period + ":" + (a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
  }

  @Test
  void agreementEqualsVoetensScriptForEveryDyadOfSessions70To74() throws Exception {
    Map<String, Double> ours = new HashMap<>();
    VoteQuery sessions70To74 =
        new VoteQuery(PeriodUnit.SESSION, false, false, null, 2015, 2019, Set.of());
    alignment.allPairs(
        sessions70To74, v -> ours.put(key(v.period(), v.a(), v.b()), v.alignment().agree()));

    CountryCodes codes = CountryCodes.bundled();
    int compared = 0;
    Path fixture = Fixtures.path("voeten/agreement-sessions-70-74.csv.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(fixture));
        CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(in)) {
      for (NamedCsvRecord r : csv) {
        int session = Integer.parseInt(r.getField("session"));
        LocalDate inSession = LocalDate.of(1945 + session, 12, 1);
        String a =
            codes.resolve(r.getField("iso2_1"), r.getField("country_1"), inSession).orElseThrow();
        String b =
            codes.resolve(r.getField("iso2_2"), r.getField("country_2"), inSession).orElseThrow();
        double voeten = Double.parseDouble(r.getField("agree"));
        assertThat(ours.get(key(session, a, b)))
            .as("session %d %s-%s", session, a, b)
            .isNotNull()
            .isCloseTo(voeten, within(TOLERANCE));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(92_640);
    assertThat(ours).hasSize(92_640);
  }

  @Test
  void everyMeasureEqualsBruteForceForEveryDyadOfSessions44And74To80() {
    for (int session : List.of(44, 74, 75, 76, 77, 78, 79, 80)) {
      VoteQuery one =
          new VoteQuery(
              PeriodUnit.SESSION, false, false, null, 1945 + session, 1945 + session, Set.of());
      List<Integer> rcids = raw.rollCallsOf(true, session, false, false, null);
      List<DyadAlignment> values = new ArrayList<>();
      alignment.allPairs(one, values::add);
      assertThat(values).hasSizeGreaterThan(10_000);
      for (DyadAlignment v : values) {
        assertThat(v.a()).isLessThan(v.b());
        assertMatches(v, raw.measures(v.a(), v.b(), rcids));
      }
    }
  }

  @Test
  void namedDyadsEqualBruteForceInEverySessionAndYear() {
    for (PeriodUnit unit : PeriodUnit.values()) {
      boolean bySession = unit == PeriodUnit.SESSION;
      for (String[] dyad : new String[][] {{"CHN", "RUS"}, {"PRK", "RUS"}, {"USA", "CHN"}}) {
        List<DyadAlignment> values = alignment.dyad(dyad[0], dyad[1], query(unit));
        int expectedPeriods = 0;
        for (int period : raw.periods(bySession)) {
          double[] slow =
              raw.measures(
                  dyad[0], dyad[1], raw.rollCallsOf(bySession, period, false, false, null));
          if (slow[0] > 0) {
            expectedPeriods++;
            DyadAlignment v =
                values.stream().filter(x -> x.period() == period).findFirst().orElseThrow();
            assertThat(v.a()).isEqualTo(dyad[0]);
            assertMatches(v, slow);
          }
        }
        assertThat(values).hasSize(expectedPeriods);
      }
    }
  }

  @Test
  void filtersEqualBruteForce() {
    record Case(boolean keepUnanimous, boolean important, String issue) {}
    for (Case c :
        List.of(
            new Case(true, false, null),
            new Case(false, true, null),
            new Case(false, false, "hr"),
            new Case(false, false, "nu"))) {
      VoteQuery q =
          new VoteQuery(
              PeriodUnit.SESSION,
              c.keepUnanimous(),
              c.important(),
              c.issue() == null ? null : org.entente.domain.Issue.parseOrNull(c.issue()),
              null,
              null,
              Set.of());
      List<DyadAlignment> values = alignment.dyad("USA", "CHN", q);
      assertThat(values).isNotEmpty();
      for (DyadAlignment v : values) {
        double[] slow =
            raw.measures(
                "USA",
                "CHN",
                raw.rollCallsOf(true, v.period(), c.keepUnanimous(), c.important(), c.issue()));
        assertMatches(v, slow);
      }
    }
  }

  @Test
  void publishedKappaForChinaAndRussia() {
    Map<Integer, Double> kappa = new HashMap<>();
    alignment
        .dyad("CHN", "RUS", query(PeriodUnit.SESSION))
        .forEach(v -> kappa.put(v.period(), v.alignment().kappa()));
    assertThat(kappa.get(44)).isCloseTo(-0.024, within(0.0005));
    assertThat(kappa.get(74)).isCloseTo(0.627, within(0.0005));
  }

  @Test
  void evidenceIsExactlyTheCountedRollCallsWithTheirSourceLines() {
    AlignmentEvidence evidence = alignment.evidence("CHN", "RUS", query(PeriodUnit.SESSION), 74);
    List<Integer> rcids =
        raw.rollCallsOf(true, 74, false, false, null).stream()
            .filter(
                id -> raw.votes.get(id).containsKey("CHN") && raw.votes.get(id).containsKey("RUS"))
            .toList();
    assertThat(evidence.value().alignment().n()).isEqualTo(rcids.size());
    assertThat(evidence.rollCalls()).hasSize(rcids.size());
    for (AlignmentEvidence.Item item : evidence.rollCalls()) {
      int rcid = item.rollCall().rcid();
      assertThat(item.a().code()).isEqualTo(raw.votes.get(rcid).get("CHN"));
      assertThat(item.b().code()).isEqualTo(raw.votes.get(rcid).get("RUS"));
      assertThat(item.sourceA().file()).isEqualTo(raw.voteFile.get(rcid));
      assertThat(item.sourceA().line()).isEqualTo(raw.lines.get(rcid).get("CHN"));
      assertThat(item.sourceB().line()).isEqualTo(raw.lines.get(rcid).get("RUS"));
    }
  }

  @Test
  void loadingTheBundledDataAgainChangesNothing() {
    List<DyadAlignment> before = alignment.dyad("CHN", "RUS", query(PeriodUnit.SESSION));
    assertThat(BundledUnVotes.isLoaded(store)).isTrue();
    assertThat(BundledUnVotes.ensureLoaded(store, CountryCodes.bundled(), Progress.NONE)).isFalse();
    assertThat(alignment.dyad("CHN", "RUS", query(PeriodUnit.SESSION))).isEqualTo(before);
  }

  @Test
  void unknownStateHasNoValues() {
    assertThat(alignment.dyad("CHN", "ZZZ", query(PeriodUnit.SESSION))).isEmpty();
    assertThat(alignment.evidence("CHN", "RUS", query(PeriodUnit.SESSION), 12)).isNull();
  }

  private static void assertMatches(DyadAlignment v, double[] slow) {
    String what = v.a() + "-" + v.b() + " " + v.period();
    Alignment fast = v.alignment();
    assertThat((double) fast.n()).as(what + " n").isEqualTo(slow[0]);
    assertThat(fast.agree()).as(what + " agree").isCloseTo(slow[1], within(TOLERANCE));
    assertThat(fast.s()).as(what + " s").isCloseTo(slow[2], within(TOLERANCE));
    assertClose(what + " kappa", fast.kappa(), slow[3]);
    assertClose(what + " pi", fast.pi(), slow[4]);
  }

  private static void assertClose(String what, double fast, double slow) {
    if (Double.isNaN(slow)) {
      assertThat(fast).as(what).isNaN();
    } else {
      assertThat(fast).as(what).isCloseTo(slow, within(TOLERANCE * Math.max(1, Math.abs(slow))));
    }
  }
}
