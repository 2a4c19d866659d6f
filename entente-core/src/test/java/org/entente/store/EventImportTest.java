package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.entente.Fixtures;
import org.entente.analyze.DyadEventPeriod;
import org.entente.analyze.DyadEventSeries;
import org.entente.analyze.EventPeriod;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event imports checked against counts made here from the raw files with a plain line split,
 * independent of the readers.
 */
class EventImportTest {

  private static final Path ICEWS = Fixtures.path("events/events.2018.sample.tab");
  private static final Path GDELT = Fixtures.path("events/20150218230000.export.CSV");

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("test.duckdb"), "512MB");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private EventImportReport importEvents(Path... files) {
    return new EventImport(store)
        .run(List.of(files), "auto", false, EventImport.UNLIMITED, null, Progress.NONE);
  }

  private List<DyadEventPeriod> series(String a, String b) {
    return DyadEventSeries.of(
        a, b, EventPeriod.DAY, false, new EventQueries(store).between(a, b, false, null, null));
  }

  /** day → counts by QuadClass 1..4, from the raw lines. */
  private static Map<String, long[]> count(List<String[]> rows) {
    Map<String, long[]> byDay = new TreeMap<>();
    for (String[] r : rows) {
      byDay.computeIfAbsent(r[0], k -> new long[4])[Integer.parseInt(r[1]) - 1]++;
    }
    return byDay;
  }

  private static void assertSeries(List<DyadEventPeriod> series, Map<String, long[]> expected) {
    assertThat(series)
        .extracting(DyadEventPeriod::period)
        .containsExactlyElementsOf(expected.keySet());
    for (DyadEventPeriod p : series) {
      long[] q = expected.get(p.period());
      assertThat(
              new long[] {
                p.verbalCoop(), p.materialCoop(), p.verbalConflict(), p.materialConflict()
              })
          .as(p.period())
          .containsExactly(q);
    }
  }

  @Test
  void icewsUsaPrkByDayEqualsACountOfTheRawFile() throws IOException {
    EventImportReport report = importEvents(ICEWS);
    List<String> lines = Files.readAllLines(ICEWS, StandardCharsets.UTF_8);
    assertThat(report.rowsRead()).isEqualTo(lines.size() - 1);
    assertThat(report.rejects()).isEmpty();

    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      boolean pair =
          (f[4].equals("United States") && f[10].equals("North Korea"))
              || (f[4].equals("North Korea") && f[10].equals("United States"));
      if (pair) {
        int root = Integer.parseInt(f[6].substring(0, 2));
        int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
        rows.add(new String[] {f[1], Integer.toString(quad)});
      }
    }
    Map<String, long[]> expected = count(rows);
    assertThat(expected).containsOnlyKeys("2018-06-01", "2018-06-02");
    assertThat(rows).hasSize(312);
    assertSeries(series("USA", "PRK"), expected);
  }

  @Test
  void gdeltPairsByDayEqualACountOfTheRawFile() throws IOException {
    EventImportReport report = importEvents(GDELT);
    List<String> lines = Files.readAllLines(GDELT, StandardCharsets.UTF_8);
    assertThat(report.rowsRead()).isEqualTo(lines.size());
    assertThat(report.imported()).isEqualTo(lines.size() - report.rejects().size());
    for (String[] pair : new String[][] {{"CHN", "RUS"}, {"RUS", "USA"}, {"USA", "CHN"}}) {
      List<String[]> rows = new ArrayList<>();
      for (String line : lines) {
        String[] f = line.split("\t", -1);
        boolean match =
            (f[7].equals(pair[0]) && f[17].equals(pair[1]))
                || (f[7].equals(pair[1]) && f[17].equals(pair[0]));
        if (match) {
          String d = f[1];
          rows.add(
              new String[] {
                d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6), f[29]
              });
        }
      }
      assertThat(rows).as(pair[0] + "-" + pair[1]).isNotEmpty();
      assertSeries(series(pair[0], pair[1]), count(rows));
    }
  }

  @Test
  void gdelt1TurnedBackIntoItsTabSeparatedFormCountsBgrUsaByDay() throws IOException {
    // The fixture is an R re-export (quoted CSV, NA for blanks) of GDELT 1.0's tab-separated
    // daily files: undo that, then count from the same rows with a plain split.
    List<String> tsv = new ArrayList<>();
    try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> csv =
        de.siegmar.fastcsv.reader.CsvReader.builder()
            .ofCsvRecord(Fixtures.path("events/gdelt_v1_georgia_apr2012.head300.csv"))) {
      boolean header = true;
      for (de.siegmar.fastcsv.reader.CsvRecord r : csv) {
        if (header) {
          header = false;
          continue;
        }
        tsv.add(
            String.join("\t", r.getFields().stream().map(v -> v.equals("NA") ? "" : v).toList()));
      }
    }
    Path file = dir.resolve("20120402.export.CSV");
    Files.write(file, tsv, StandardCharsets.UTF_8);

    EventImportReport report = importEvents(file);
    assertThat(report.rowsRead()).isEqualTo(300);
    assertThat(report.rejects()).isEmpty();
    List<String[]> rows = new ArrayList<>();
    for (String line : tsv) {
      String[] f = line.split("\t", -1);
      assertThat(f).hasSize(58);
      if ((f[7].equals("BGR") && f[17].equals("USA"))
          || (f[7].equals("USA") && f[17].equals("BGR"))) {
        String d = f[1];
        rows.add(
            new String[] {
              d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6), f[29]
            });
      }
    }
    assertThat(rows).hasSize(5);
    assertSeries(series("BGR", "USA"), count(rows));
    assertThat(new EventQueries(store).between("BGR", "USA", false, null, null))
        .allSatisfy(e -> assertThat(e.dataset()).isEqualTo("gdelt1"));
  }

  @Test
  void aZipAsGdeltPublishesItImportsLikeThePlainFile() throws Exception {
    Path file = dir.resolve("20150218230000.export.CSV.zip");
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("20150218230000.export.CSV"));
      zip.write(Files.readAllBytes(GDELT));
      zip.closeEntry();
    }
    EventImportReport zipped = importEvents(file);
    List<DyadEventPeriod> fromZip = series("CHN", "RUS");
    assertThat(zipped.rejects()).isEmpty();
    assertThat(zipped.imported()).isEqualTo(Files.readAllLines(GDELT).size());

    EventImportReport plain = importEvents(GDELT);
    assertThat(plain.imported()).isZero();
    assertThat(plain.duplicates()).isEqualTo(zipped.imported());
    assertThat(series("CHN", "RUS")).isEqualTo(fromZip);
  }

  @Test
  void moreRejectsThanAllowedImportNothingAndKeepTheRejects() throws Exception {
    List<String> lines = Files.readAllLines(GDELT, StandardCharsets.UTF_8);
    Path dirty = dir.resolve("dirty.export.CSV");
    List<String> broken = new ArrayList<>(lines);
    broken.set(9, broken.get(9).replaceFirst("\t", "\tx"));
    broken.set(19, broken.get(19).replaceFirst("\t", "\tx"));
    Files.write(dirty, broken, StandardCharsets.UTF_8);
    org.entente.ingest.RejectsFile target =
        org.entente.ingest.RejectsFile.at(dir.resolve("rejects.csv"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new EventImport(store).run(List.of(dirty), "auto", false, 1, target, Progress.NONE))
        .isInstanceOf(ImportRejectedException.class);
    assertThat(events()).isZero();
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM sources WHERE kind = 'events'")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
    assertThat(Files.readAllLines(dir.resolve("rejects.csv"))).hasSize(3);

    EventImportReport allowed =
        new EventImport(store).run(List.of(dirty), "auto", false, 2, null, Progress.NONE);
    assertThat(allowed.imported()).isEqualTo(lines.size() - 2);
    assertThat(allowed.rejects()).extracting(Reject::line).containsExactly(10L, 20L);
  }

  @Test
  void aGdeltFileWithOneRowInTenBrokenKeepsItsGoodRowsAndReimportsAsNothing() throws Exception {
    List<String> lines = Files.readAllLines(GDELT, StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int broken = 0;
    for (int i = 0; i < lines.size(); i++) {
      byte[] line = lines.get(i).getBytes(StandardCharsets.UTF_8);
      if (i % 10 == 5) {
        String[] f = lines.get(i).split("\t", -1);
        switch (broken++ % 4) {
          case 0 ->
              line = lines.get(i).replaceFirst("\t[^\t]*$", "").getBytes(StandardCharsets.UTF_8);
          case 1 -> {
            f[1] = "20151345";
            line = String.join("\t", f).getBytes(StandardCharsets.UTF_8);
          }
          case 2 -> {
            f[26] = "999";
            line = String.join("\t", f).getBytes(StandardCharsets.UTF_8);
          }
          default -> {
            line = line.clone();
            line[line.length / 2] = (byte) 0xC3;
            line[line.length / 2 + 1] = (byte) 0x28;
          }
        }
      }
      out.write(line);
      out.write('\n');
    }
    Path dirty = dir.resolve("dirty.export.CSV");
    Files.write(dirty, out.toByteArray());

    EventImportReport first = importEvents(dirty);
    assertThat(first.rejects()).hasSize(broken);
    assertThat(first.rejects())
        .extracting(Reject::line)
        .allMatch(line -> line % 10 == 6, "every tenth line, from line 6");
    assertThat(first.rejects())
        .extracting(Reject::describe)
        .anyMatch(s -> s.contains("60 tab-separated columns"))
        .anyMatch(s -> s.contains("column SQLDATE: '20151345'"))
        .anyMatch(s -> s.contains("column EventCode: '999'"))
        .anyMatch(s -> s.contains("not valid UTF-8"));
    assertThat(first.imported()).isEqualTo(lines.size() - broken);
    assertThat(events()).isEqualTo(lines.size() - broken);

    EventImportReport second = importEvents(dirty);
    assertThat(second.alreadyLoaded()).isTrue();
    assertThat(events()).isEqualTo(lines.size() - broken);

    // The clean file holds the same events under the same ids: only the repaired rows are new.
    EventImportReport clean = importEvents(GDELT);
    assertThat(clean.imported()).isEqualTo(broken);
    assertThat(clean.duplicates()).isEqualTo(lines.size() - broken);
    assertThat(events()).isEqualTo(lines.size());
  }

  @Test
  void aCutGzipKeepsTheRowsBeforeTheCutAndRejectsTheTail() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(Files.readAllBytes(GDELT));
    }
    byte[] all = zipped.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
    Path file = dir.resolve("cut.export.CSV.gz");
    Files.write(file, cut);

    long complete = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(cut))) {
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          complete++;
        }
      }
    } catch (EOFException expected) {
      // the cut
    }
    assertThat(complete).isPositive();

    EventImportReport report =
        new EventImport(store)
            .run(List.of(file), "gdelt", false, EventImport.UNLIMITED, null, Progress.NONE);
    assertThat(report.imported()).isEqualTo(complete);
    assertThat(report.rejects()).hasSize(1);
    assertThat(report.rejects().get(0).line()).isEqualTo(complete + 1);
    assertThat(report.rejects().get(0).problem()).contains("compressed stream ends early");
  }

  @Test
  void oneADayCountsOneEventPerDaySourceTargetAndCode() throws IOException {
    EventImportReport report =
        new EventImport(store)
            .run(List.of(ICEWS), "icews", true, EventImport.UNLIMITED, null, Progress.NONE);
    List<String> lines = Files.readAllLines(ICEWS, StandardCharsets.UTF_8);
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      keys.add(f[1] + "|" + f[2] + "|" + f[8] + "|" + f[6]);
    }
    assertThat(keys.size()).isLessThan(lines.size() - 1);
    assertThat(report.imported()).isEqualTo(keys.size());
    assertThat(report.imported() + report.duplicates()).isEqualTo(lines.size() - 1);
  }

  @Test
  void anEventRepeatedWithinOneFileIsStoredOnceTheFirstKept() throws Exception {
    List<String> lines = Files.readAllLines(GDELT, StandardCharsets.UTF_8).subList(0, 50);
    List<String> twice = new java.util.ArrayList<>(lines);
    twice.addAll(lines);
    Path file = dir.resolve("twice.export.CSV");
    Files.write(file, twice, StandardCharsets.UTF_8);

    EventImportReport report = importEvents(file);

    assertThat(report.imported()).isEqualTo(50);
    assertThat(report.duplicates()).isEqualTo(50);
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT max(line) FROM events")) {
      rs.next();
      assertThat(rs.getLong(1)).as("the first occurrence is kept").isEqualTo(50);
    }
  }

  @Test
  void oneADayAlsoHoldsAgainstEventsOfAnEarlierImport() throws Exception {
    List<String> lines = Files.readAllLines(ICEWS, StandardCharsets.UTF_8);
    Path head = dir.resolve("head.tab");
    Files.write(head, lines.subList(0, 1001), StandardCharsets.UTF_8);
    EventImport events = new EventImport(store);
    EventImportReport first =
        events.run(List.of(head), "icews", true, EventImport.UNLIMITED, null, Progress.NONE);
    EventImportReport all =
        events.run(List.of(ICEWS), "icews", true, EventImport.UNLIMITED, null, Progress.NONE);

    java.util.Set<String> keys = new java.util.HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      keys.add(f[1] + "|" + f[2] + "|" + f[8] + "|" + f[6]);
    }
    assertThat(first.imported() + all.imported()).isEqualTo(keys.size());
    assertThat(events()).isEqualTo(keys.size());
  }

  @Test
  void anEventsTableOfAnEarlierVersionIsRebuiltKeepingItsRows() throws Exception {
    try (Statement st = store.connection().createStatement()) {
      st.execute("DROP TABLE events");
      st.execute(
          "CREATE TABLE events (dataset VARCHAR NOT NULL, event_id VARCHAR NOT NULL,"
              + " date DATE NOT NULL, source_state VARCHAR, source_name VARCHAR NOT NULL,"
              + " target_state VARCHAR, target_name VARCHAR NOT NULL, cameo VARCHAR NOT NULL,"
              + " root VARCHAR NOT NULL, quad_class TINYINT NOT NULL, goldstein DOUBLE NOT NULL,"
              + " plover VARCHAR, url VARCHAR NOT NULL, source_id INTEGER NOT NULL,"
              + " line BIGINT NOT NULL)");
      st.execute(
          "INSERT INTO events VALUES ('icews', '1', DATE '2018-06-01', 'USA', 'United States',"
              + " 'PRK', 'North Korea', '046', '04', 1, 7.0, 'CONSULT', 'story:1', 99, 2)");
    }
    importEvents(ICEWS);
    assertThat(events()).isEqualTo(Files.readAllLines(ICEWS, StandardCharsets.UTF_8).size());
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery("SELECT precision, place FROM events WHERE source_id = 99")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("day");
      assertThat(rs.getString(2)).isEmpty();
    }
  }

  private long events() throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
