package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.analyze.UnscVetoes;
import org.entente.domain.Veto;
import org.entente.ingest.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled vetoes, loaded into a store, against counts made here directly from the raw files
 * with a plain CSV parser: members per row read from Yordan's {@code member_veto1..3} columns or
 * the additions' {@code members}, without the reader, the import or the store.
 */
class BundledVetoesTest {

  private static final Path YORDAN =
      Fixtures.bundled("unsc-vetoes/unsc_vetoes_1946_sept2022.csv.gz");
  private static final Path ADDITIONS = Fixtures.bundled("unsc-vetoes/vetoes-2022-2025.csv");

  @TempDir static Path dir;
  private static Store store;
  private static UnscVetoes vetoes;

  /** One veto as the raw files write it. */
  private record Raw(String date, String draft, List<String> members) {}

  @BeforeAll
  static void load() {
    store = Store.open(dir.resolve("vetoes.duckdb"), "256MB");
    BundledVetoes.SOURCE.load(store, Progress.NONE);
    vetoes = new UnscVetoes(new VetoQueries(store));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** Yordan's rows: dates M/D/YYYY, members by name; USSR and Russia are one seat, RUS. */
  private static List<Raw> yordan() throws Exception {
    List<Raw> rows = new ArrayList<>();
    try (var in = new GZIPInputStream(Files.newInputStream(YORDAN));
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        String[] mdy = r.getField("date").split("/");
        String date =
            String.format(
                "%s-%02d-%02d", mdy[2], Integer.parseInt(mdy[0]), Integer.parseInt(mdy[1]));
        List<String> members = new ArrayList<>();
        for (String column : List.of("member_veto1", "member_veto2", "member_veto3")) {
          String name = r.getField(column);
          switch (name) {
            case "" -> {}
            case "USSR", "Russia" -> members.add("RUS");
            // The China seat was the Republic of China's until 25 October 1971.
            case "China" -> members.add(date.compareTo("1971-10-25") < 0 ? "TWN" : "CHN");
            case "USA" -> members.add("USA");
            case "UK" -> members.add("GBR");
            case "France" -> members.add("FRA");
            default -> throw new IllegalStateException("unexpected member " + name);
          }
        }
        rows.add(new Raw(date, r.getField("draft"), members));
      }
    }
    return rows;
  }

  private static List<Raw> additions() throws Exception {
    List<Raw> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(ADDITIONS)) {
      for (NamedCsvRecord r : csv) {
        rows.add(
            new Raw(
                r.getField("date"),
                r.getField("draft"),
                List.of(r.getField("members").split(";"))));
      }
    }
    return rows;
  }

  private static List<Raw> raw() throws Exception {
    List<Raw> all = new ArrayList<>(yordan());
    all.addAll(additions());
    return all;
  }

  private static long count(List<Raw> rows, String... members) {
    return rows.stream().filter(r -> r.members().containsAll(List.of(members))).count();
  }

  @Test
  void checksumsListTheBundledFiles() throws Exception {
    Map<String, String> sums = BundledUnVotes.checksums(BundledVetoes.DIR);
    assertThat(sums.keySet())
        .containsExactly("unsc_vetoes_1946_sept2022.csv.gz", "vetoes-2022-2025.csv");
    for (var entry : sums.entrySet()) {
      byte[] bytes = Files.readAllBytes(Fixtures.bundled("unsc-vetoes/" + entry.getKey()));
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
          .as(entry.getKey())
          .isEqualTo(entry.getValue());
    }
  }

  @Test
  void everyRowOfBothFilesIsLoaded() throws Exception {
    assertThat(yordan()).hasSize(214);
    assertThat(vetoes.vetoes(VetoFilter.all())).hasSize(raw().size());
    assertThat(BundledVetoes.SOURCE.isLoaded(store)).isTrue();
  }

  @Test
  void vetoesPerMemberMatchTheRawFiles() throws Exception {
    List<Raw> raw = raw();
    for (String member : List.of("RUS", "USA", "GBR", "FRA", "CHN", "TWN")) {
      assertThat(vetoes.vetoes(VetoFilter.castBy(member)))
          .as(member)
          .hasSize((int) count(raw, member));
    }
    // Yordan's totals, as the file itself counts them (USSR 90 + Russia 31).
    List<Raw> yordan = yordan();
    assertThat(count(yordan, "RUS")).isEqualTo(121);
    assertThat(count(yordan, "USA")).isEqualTo(82);
    assertThat(count(yordan, "GBR")).isEqualTo(29);
    assertThat(count(yordan, "CHN")).isEqualTo(17);
    assertThat(count(yordan, "FRA")).isEqualTo(16);
  }

  @Test
  void jointChinaRussiaVetoesAreTheFourteenOfTheListAndTheAddedOnes() throws Exception {
    List<Raw> yordanJoint =
        yordan().stream().filter(r -> r.members().containsAll(List.of("CHN", "RUS"))).toList();
    assertThat(yordanJoint).hasSize(14);
    assertThat(yordanJoint.get(13))
        .isEqualTo(new Raw("2022-05-26", "S/2022/431", List.of("CHN", "RUS")));
    long added = count(additions(), "CHN", "RUS");

    List<Veto> joint = vetoes.vetoes(VetoFilter.castBy("CHN", "RUS"));
    assertThat(joint).hasSize(14 + (int) added);
    assertThat(joint.get(13).draft()).isEqualTo("S/2022/431");
    assertThat(joint.get(13).date()).isEqualTo(LocalDate.of(2022, 5, 26));
    assertThat(joint.subList(14, joint.size()))
        .extracting(Veto::draft)
        .containsExactly("S/2023/792", "S/2024/239");
  }

  @Test
  void jointVetoesByYearGiveEveryYearEitherWayRound() throws Exception {
    SortedMap<Integer, List<Veto>> byYear = vetoes.jointVetoesByYear("RUS", "CHN", 2000, 2025);
    assertThat(byYear.keySet()).hasSize(26);
    assertThat(byYear.get(2021)).isEmpty();
    assertThat(byYear.get(2022)).extracting(Veto::draft).containsExactly("S/2022/431");
    assertThat(byYear.values().stream().mapToInt(List::size).sum()).isEqualTo(16);
    assertThat(vetoes.jointVetoesByYear("CHN", "RUS", 2000, 2025)).isEqualTo(byYear);

    // Independently: joint vetoes per year straight from the raw files.
    Map<Integer, Long> expected = new TreeMap<>();
    for (Raw r : raw()) {
      int year = Integer.parseInt(r.date().substring(0, 4));
      if (year >= 2000 && r.members().containsAll(List.of("CHN", "RUS"))) {
        expected.merge(year, 1L, Long::sum);
      }
    }
    for (int year = 2000; year <= 2025; year++) {
      assertThat((long) byYear.get(year).size())
          .as("year " + year)
          .isEqualTo(expected.getOrDefault(year, 0L));
    }
  }

  /** The seed's story: Russia alone ended the 1718 Panel of Experts; China abstained. */
  @Test
  void russiasVetoOfThePanelOfExpertsIsThere() {
    List<Veto> since2024 = vetoes.vetoes(VetoFilter.castBy("RUS").years(2024, null));
    Veto panel =
        since2024.stream()
            .filter(v -> v.date().equals(LocalDate.of(2024, 3, 28)))
            .findFirst()
            .orElseThrow();
    assertThat(panel.draft()).isEqualTo("S/2024/255");
    assertThat(panel.members()).containsExactly("RUS");
    assertThat(panel.meetingRecord()).isEqualTo("S/PV.9591");
    assertThat(panel.source().citation()).contains("SC/15648");
  }

  @Test
  void everyAddedVetoIsCitedAndNoneRepeatsTheList() throws Exception {
    List<Veto> added =
        vetoes.vetoes(VetoFilter.all()).stream()
            .filter(v -> v.source().file().equals("vetoes-2022-2025.csv"))
            .toList();
    assertThat(added).hasSize(additions().size());
    assertThat(added).allSatisfy(v -> assertThat(v.source().citation()).contains("https://"));
    LocalDate lastOfTheList = LocalDate.of(2022, 7, 8);
    assertThat(added).allSatisfy(v -> assertThat(v.date()).isAfter(lastOfTheList));
  }

  @Test
  void loadingAgainChangesNothing() throws Exception {
    List<Long> before = VetoSnapshot.of(store);
    BundledVetoes.SOURCE.load(store, Progress.NONE);
    assertThat(VetoSnapshot.of(store)).isEqualTo(before);
    assertThat(VetoSnapshot.consistent(store)).isTrue();
  }
}
