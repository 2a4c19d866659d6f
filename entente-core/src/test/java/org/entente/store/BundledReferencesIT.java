package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.analyze.ExpertAgreement;
import org.entente.code.CountryCodes;
import org.entente.code.CowCodes;
import org.entente.domain.PeaceYear;
import org.entente.domain.Rivalry;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled expert references in a store: exactly the rows and rejects that a plain count of the
 * raw files gives, every Peace Scale year as its raw line has it, the rivalries the relation
 * model's tests name, and loading again changes nothing.
 */
class BundledReferencesIT {

  private static final String PEACE = "peace-scale-v3-dev-dyads.csv.gz";
  private static final String RIVALRIES = "tss-rivalries-2020.csv.gz";

  /** COW codes of the rivalries with no ISO-3 code (data/validation/README.md). */
  private static final Set<String> NO_ISO = Set.of("300", "324", "347", "817");

  @TempDir static Path dir;
  private static Store store;
  private static List<String[]> peace;
  private static List<String[]> rivalries;

  @BeforeAll
  static void load() throws IOException {
    store = Store.open(dir.resolve("bundled.duckdb"), "1GB");
    assertThat(BundledReferences.ensureLoaded(store, Progress.NONE)).isTrue();
    peace = rawRows(PEACE);
    rivalries = rawRows(RIVALRIES);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** A raw file's data lines, split on commas, read without Entente's readers. */
  private static List<String[]> rawRows(String name) throws IOException {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(Fixtures.bundled("validation/" + name)))) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      return Arrays.stream(lines).skip(1).map(l -> l.split(",", -1)).toList();
    }
  }

  private static StoreSummary.Source source(Store in, String name) {
    return StoreSummary.of(in).sources().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyRowLoadsButThoseOfStatesWithoutAnIsoCode() {
    assertThat(peace).hasSize(26_985);
    assertThat(rivalries).hasSize(264);
    long peaceNoIso = peace.stream().filter(r -> r[0].isEmpty() || r[1].isEmpty()).count();
    long rivalriesNoIso =
        rivalries.stream().filter(r -> NO_ISO.contains(r[2]) || NO_ISO.contains(r[3])).count();
    assertThat(peaceNoIso).isEqualTo(BundledReferences.PEACE_REJECTS).isEqualTo(21);
    assertThat(rivalriesNoIso).isEqualTo(BundledReferences.RIVALRY_REJECTS).isEqualTo(10);
    assertThat(source(store, PEACE).rows()).isEqualTo(peace.size() - peaceNoIso);
    assertThat(source(store, PEACE).rejects()).isEqualTo(peaceNoIso);
    assertThat(source(store, RIVALRIES).rows()).isEqualTo(rivalries.size() - rivalriesNoIso);
    assertThat(source(store, RIVALRIES).rejects()).isEqualTo(rivalriesNoIso);
    assertThat(source(store, RIVALRIES).kind()).isEqualTo("bundled");

    ReferenceQueries queries = new ReferenceQueries(store);
    assertThat(queries.peaceYears()).hasSize(26_964);
    assertThat(queries.rivalries()).hasSize(254);
  }

  /** Each stored Peace Scale year names its file and line, and that raw line says the same. */
  @Test
  void everyPeaceYearIsItsRawLine() {
    for (PeaceYear y : new ReferenceQueries(store).peaceYears()) {
      assertThat(y.file()).isEqualTo(PEACE);
      // data line n is file line n + 1 (the header is line 1)
      String[] raw = peace.get((int) y.line() - 2);
      assertThat(Set.of(raw[0], raw[1])).isEqualTo(Set.of(y.a(), y.b()));
      assertThat(Integer.parseInt(raw[2])).isEqualTo(y.year());
      assertThat(Double.parseDouble(raw[3])).isEqualTo(y.peace());
    }
  }

  /**
   * The split the relation model fits on: 592 pairs a fit may see, 542 it must not
   * (data/validation/README.md), every pair in one part only.
   */
  @Test
  void thePairsSplitIntoTheFitAndTheHeldOutHalf() {
    Map<ExpertAgreement.Part, Set<String>> pairs =
        new ReferenceQueries(store)
            .peaceYears().stream()
                .collect(
                    Collectors.groupingBy(
                        y -> ExpertAgreement.Part.of(y.a(), y.b()),
                        Collectors.mapping(y -> y.a() + "-" + y.b(), Collectors.toSet())));
    assertThat(pairs.get(ExpertAgreement.Part.FIT)).hasSize(592);
    assertThat(pairs.get(ExpertAgreement.Part.HELD_OUT)).hasSize(542);
  }

  /** China–USA and the Koreas, as the relation model's tests use them. */
  @Test
  void theRivalriesTheModelsTestsName() {
    List<Rivalry> stored = new ReferenceQueries(store).rivalries();
    assertThat(stored.stream().filter(r -> r.a().equals("CHN") && r.b().equals("USA")))
        .extracting(Rivalry::id, Rivalry::start, Rivalry::end, Rivalry::positional)
        .containsExactly(tuple(116, 1949, 1972, true), tuple(211, 1996, 2020, true));
    assertThat(stored.stream().filter(r -> r.a().equals("KOR") && r.b().equals("PRK")))
        .singleElement()
        .satisfies(r -> assertThat(r.covers(2020)).isTrue());
    assertThat(stored).allSatisfy(r -> assertThat(r.file()).isEqualTo(RIVALRIES));
    // ids ascending, as the file has them
    assertThat(stored).extracting(Rivalry::id).isSorted();
    assertThat(new HashSet<>(stored.stream().map(Rivalry::id).toList())).hasSize(254);
  }

  /**
   * A second file that gives a stored dyad-year another value is refused for that row, naming the
   * stored file and line; the row it repeats is skipped, and the store keeps the bundled value.
   */
  @Test
  void aFileThatContradictsTheBundledScaleIsRejectedRowByRow(@TempDir Path own) throws Exception {
    try (Store other = Store.open(own.resolve("other.duckdb"), "1GB")) {
      BundledReferences.ensureLoaded(other, Progress.NONE);
      PeaceYear korPrk =
          new ReferenceQueries(other)
              .peaceYears().stream()
                  .filter(y -> y.a().equals("KOR") && y.b().equals("PRK") && y.year() == 2015)
                  .findFirst()
                  .orElseThrow();
      SourceFile file =
          new SourceFile(
              "peace.csv",
              "a,b,year,peace\nPRK,KOR,2015,0.5\nGBR,USA,2015,0.75\n"
                  .getBytes(StandardCharsets.UTF_8));
      AllianceImportReport report =
          new PeaceScaleImport(other, CountryCodes.bundled())
              .run(file, "user", 1, null, Progress.NONE);
      assertThat(report.rowsAdded()).isZero();
      assertThat(report.unchanged()).isEqualTo(1);
      assertThat(report.rejects())
          .extracting(Reject::describe)
          .containsExactly(
              "peace.csv:2: column peace: '0.5': KOR–PRK in 2015 is already in the store ("
                  + PEACE
                  + " line "
                  + korPrk.line()
                  + ") with peace 0.0");
      assertThat(new ReferenceQueries(other).peaceYears()).contains(korPrk).hasSize(26_964);

      SourceFile rivals =
          new SourceFile(
              "rivals.csv",
              ("tssr_id,rivalry,ccode1,ccode2,start,end,positional,spatial,ideological,"
                      + "interventionary\n211,China-United States 2,2,710,1990,2020,1,NA,NA,NA\n")
                  .getBytes(StandardCharsets.UTF_8));
      AllianceImportReport rivalReport =
          new RivalryImport(other, CowCodes.bundled()).run(rivals, "user", 1, null, Progress.NONE);
      assertThat(rivalReport.rejects())
          .extracting(Reject::describe)
          .containsExactly(
              "rivals.csv:2: column tssr_id: '211': rivalry 211 is already in the store ("
                  + RIVALRIES
                  + " line 212) with other values");
      assertThat(new ReferenceQueries(other).rivalries())
          .filteredOn(r -> r.id() == 211)
          .singleElement()
          .satisfies(r -> assertThat(r.start()).isEqualTo(1996));
    }
  }

  /** A store nothing was loaded into has no references, and says so with empty lists. */
  @Test
  void aStoreWithoutTheReferencesHasNone(@TempDir Path own) {
    try (Store empty = Store.open(own.resolve("empty.duckdb"), "1GB")) {
      assertThat(BundledReferences.isLoaded(empty)).isFalse();
      assertThat(new ReferenceQueries(empty).peaceYears()).isEmpty();
      assertThat(new ReferenceQueries(empty).rivalries()).isEmpty();
    }
  }

  @Test
  void loadingAgainChangesNothing() throws Exception {
    List<Long> before = snapshot();
    assertThat(BundledReferences.isLoaded(store)).isTrue();
    assertThat(BundledReferences.ensureLoaded(store, Progress.NONE)).isFalse();
    assertThat(
            new PeaceScaleImport(store, CountryCodes.bundled())
                .run(BundledReferences.peaceFile(), "bundled", 0, null, Progress.NONE)
                .alreadyLoaded())
        .isTrue();
    assertThat(
            new RivalryImport(store, CowCodes.bundled())
                .run(BundledReferences.rivalryFile(), "bundled", 0, null, Progress.NONE)
                .alreadyLoaded())
        .isTrue();
    assertThat(snapshot()).isEqualTo(before);
  }

  private static List<Long> snapshot() throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM peace_scale_years), (SELECT count(*) FROM"
                    + " rivalries), (SELECT count(*) FROM sources),"
                    + " (SELECT coalesce(sum(hash(a, b, year, peace, source_id, line)), 0)"
                    + "   FROM peace_scale_years),"
                    + " (SELECT coalesce(sum(hash(a, b, tssr_id, name, start_year, end_year,"
                    + "   \"positional\", spatial, ideological, interventionary, source_id, line)), 0)"
                    + "   FROM rivalries)")) {
      rs.next();
      List<Long> values = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        values.add(rs.getLong(i));
      }
      return values;
    }
  }
}
