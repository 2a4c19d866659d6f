package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.entente.Fixtures;
import org.entente.analyze.SanctionsCatalog;
import org.entente.analyze.SanctionsRelation;
import org.entente.analyze.SanctionsRelations;
import org.entente.domain.SanctionsList;
import org.entente.ingest.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The bundled lists loaded into a new store, checked against counts made straight from the raw
 * files: an XPath pass over the UN XML and a plain line scan of the SDN CSV (neither uses Entente's
 * readers).
 */
class BundledSanctionsIT {

  @TempDir static Path dir;
  private static Store store;
  private static SanctionsCatalog catalog;

  @BeforeAll
  static void load() {
    store = Store.open(dir.resolve("bundled.duckdb"), "1GB");
    BundledSanctions.SOURCE.load(store, Progress.NONE);
    catalog = new SanctionsCatalog(new SanctionsQueries(store));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static InputStream raw(String name) throws Exception {
    return new GZIPInputStream(Files.newInputStream(Fixtures.bundled("sanctions/" + name)));
  }

  private static Map<String, Long> byType(List<SanctionsCatalog.Designated> entries) {
    return entries.stream()
        .collect(Collectors.groupingBy(d -> d.entry().type(), Collectors.counting()));
  }

  @Test
  void theUnListHas80DprkIndividualsAnd75Entities() throws Exception {
    Document dom;
    try (InputStream in = raw(BundledSanctions.UN_FILE)) {
      dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    XPath xpath = XPathFactory.newInstance().newXPath();
    double individuals =
        (Double)
            xpath.evaluate("count(//INDIVIDUAL[UN_LIST_TYPE='DPRK'])", dom, XPathConstants.NUMBER);
    double entities =
        (Double) xpath.evaluate("count(//ENTITY[UN_LIST_TYPE='DPRK'])", dom, XPathConstants.NUMBER);
    double all =
        (Double) xpath.evaluate("count(//INDIVIDUAL | //ENTITY)", dom, XPathConstants.NUMBER);
    assertThat(individuals).isEqualTo(80);
    assertThat(entities).isEqualTo(75);
    assertThat(all).isEqualTo(1003);

    Map<String, Long> stored = byType(catalog.entries("UN", "PRK"));
    assertThat(stored).containsExactlyInAnyOrderEntriesOf(Map.of("individual", 80L, "entity", 75L));
    assertThat(catalog.entries("UN", null)).hasSize(1003);
  }

  /** ent_num, name (quoted), type (quoted or -0-), program (quoted): the start of every record. */
  private static final Pattern RECORD =
      Pattern.compile("^(\\d+),\"(?:[^\"]|\"\")*\",(\"[a-z]+\"|-0- ),\"([^\"]*)\"");

  @Test
  void theSdnListHas484DprkEntriesOf105Vessels() throws Exception {
    int records = 0;
    int dprk = 0;
    int dprkVessels = 0;
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(raw(BundledSanctions.SDN_FILE), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        Matcher m = RECORD.matcher(line);
        if (!m.find()) {
          continue; // the end-of-file mark
        }
        records++;
        if (java.util.Arrays.stream(m.group(3).split("\\] \\["))
            .anyMatch(p -> p.startsWith("DPRK"))) {
          dprk++;
          if (m.group(2).equals("\"vessel\"")) {
            dprkVessels++;
          }
        }
      }
    }
    assertThat(records).isEqualTo(14_965);
    assertThat(dprk).isEqualTo(484);
    assertThat(dprkVessels).isEqualTo(105);

    List<SanctionsCatalog.Designated> stored = catalog.entries("USA", "PRK");
    assertThat(stored).hasSize(484);
    assertThat(byType(stored)).containsEntry("vessel", 105L);
    assertThat(catalog.entries("USA", null)).hasSize(14_965);
  }

  @Test
  void theMofExcerptHas10IndividualsOfCategory1And5EntitiesOfCategory28() throws Exception {
    // Counted apart from the reader: records are the lines outside quotes (no field of the
    // excerpt holds a line break; Python's csv module counts the same 15).
    String text;
    try (InputStream in =
        new GZIPInputStream(
            Files.newInputStream(
                Fixtures.bundled("sanctions/mof-shisantouketsu-2026-08-28-excerpt.csv.gz")))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> records = text.lines().skip(1).toList();
    Map<String, Long> byCategory =
        records.stream()
            .collect(
                Collectors.groupingBy(l -> l.substring(0, l.indexOf(',')), Collectors.counting()));
    assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(Map.of("1", 10L, "28", 5L));

    assertThat(byType(catalog.entries("JPN", "SRB")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("individual", 10L));
    assertThat(byType(catalog.entries("JPN", "RUS")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("entity", 5L));
    assertThat(catalog.entries("JPN", null)).hasSize(records.size());
  }

  @Test
  void everyEntryKeepsItsOrigin() {
    SanctionsQueries.Entry kim =
        catalog.entries("USA", "PRK").stream()
            .map(SanctionsCatalog.Designated::entry)
            .filter(e -> e.name().equals("KIM, Jong Un"))
            .findFirst()
            .orElseThrow();
    assertThat(kim.source()).isEqualTo("sdn_2024-05-03.csv.gz:4157");
    assertThat(kim.entryId()).isEqualTo("20157");
    assertThat(catalog.entries("UN", "PRK").get(0).entry().source())
        .matches("un-sc-consolidated-2026-02-27\\.xml\\.gz:\\d+ <INDIVIDUAL>");
  }

  @Test
  void sanctionsBetweenStatesYearByYear() {
    SanctionsRelations relations = new SanctionsRelations(new SanctionsQueries(store));
    assertThat(SanctionsRelation.column(relations.relations("USA", "PRK", 2024)))
        .isEqualTo("USA>PRK;UN>PRK");
    assertThat(SanctionsRelation.column(relations.relations("CHN", "PRK", 2024)))
        .isEqualTo("UN>PRK");
    assertThat(SanctionsRelation.column(relations.relations("RUS", "PRK", 2005))).isEmpty();
    assertThat(SanctionsRelation.column(relations.relations("USA", "RUS", 2022)))
        .isEqualTo("USA>RUS");
    assertThat(SanctionsRelation.column(relations.relations("CHN", "RUS", 2024))).isEmpty();
    SanctionsRelation un = relations.relations("JPN", "PRK", 2024).get(0);
    assertThat(un.designations()).isEqualTo(155);
    assertThat(un.undated()).isZero();
    SanctionsRelation usa = relations.relations("USA", "PRK", 2024).get(0);
    assertThat(usa.designations()).isEqualTo(484);
    assertThat(usa.programs()).containsExactly("DPRK", "DPRK-NKSPEA", "DPRK2", "DPRK3", "DPRK4");
  }

  @Test
  void loadingAgainChangesNothing() throws Exception {
    List<Long> before = SanctionsImportTest.snapshot(store);
    assertThat(BundledSanctions.SOURCE.isLoaded(store)).isTrue();
    BundledSanctions.SOURCE.load(store, Progress.NONE);
    assertThat(
            new SanctionsImport(store, org.entente.code.SanctionsPrograms.bundled())
                .run(BundledSanctions.files(), "bundled", 0, null, Progress.NONE)
                .alreadyLoaded())
        .isTrue();
    assertThat(SanctionsImportTest.snapshot(store)).isEqualTo(before);
    assertThat(new SanctionsQueries(store).snapshots())
        .extracting(SanctionsQueries.Snapshot::list)
        .containsExactly(SanctionsList.UN, SanctionsList.OFAC, SanctionsList.MOF);
  }

  @Test
  void checksumsListTheBundledFiles() throws Exception {
    for (Map.Entry<String, String> sum :
        BundledUnVotes.checksums("/org/entente/data/sanctions/").entrySet()) {
      byte[] bytes = Files.readAllBytes(Fixtures.bundled("sanctions/" + sum.getKey()));
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      assertThat(sha).as(sum.getKey()).isEqualTo(sum.getValue());
    }
  }
}
