package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.entente.Fixtures;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsEntry;
import org.entente.domain.SanctionsList;
import org.entente.domain.SanctionsSnapshot;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class UnSanctionsListReaderTest {

  private final UnSanctionsListReader reader =
      new UnSanctionsListReader(SanctionsPrograms.bundled());

  private SanctionsSnapshot read(SourceFile file, Rejects rejects) {
    return reader.read(file, rejects, Progress.NONE);
  }

  private static SanctionsEntry entry(SanctionsSnapshot snapshot, String id) {
    return snapshot.entries().stream()
        .filter(e -> e.entryId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsEveryEntryWithItsOrigin() throws Exception {
    SourceFile file = Fixtures.file("sanctions/un-consolidated-2026-02-27-sample.xml");
    Rejects rejects = new Rejects();
    SanctionsSnapshot snapshot = read(file, rejects);

    assertThat(rejects.all()).isEmpty();
    assertThat(snapshot.list()).isEqualTo(SanctionsList.UN);
    assertThat(snapshot.published()).isEqualTo(LocalDate.of(2026, 2, 27));
    // Counted again with a DOM pass over the same bytes.
    Document dom =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Fixtures.path("sanctions/un-consolidated-2026-02-27-sample.xml").toFile());
    double individuals =
        (Double)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate("count(//INDIVIDUAL)", dom, XPathConstants.NUMBER);
    double entities =
        (Double)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate("count(//ENTITY)", dom, XPathConstants.NUMBER);
    assertThat(snapshot.entries().stream().filter(e -> e.type().equals("individual")))
        .hasSize((int) individuals);
    assertThat(snapshot.entries().stream().filter(e -> e.type().equals("entity")))
        .hasSize((int) entities);

    SanctionsEntry yun = entry(snapshot, "KPi.001");
    assertThat(yun.name()).isEqualTo("YUN HO-JIN");
    assertThat(yun.listedOn()).isEqualTo(LocalDate.of(2009, 7, 16));
    assertThat(yun.programs()).containsExactly("DPRK");
    assertThat(yun.nationalities()).containsExactly("Democratic People's Republic of Korea");
    assertThat(yun.element()).isEqualTo("INDIVIDUAL");
    assertThat(yun.line()).isEqualTo(4);
    assertThat(yun.names())
        .extracting(SanctionsEntry.EntryName::name)
        .contains("YUN HO-JIN", "Yun Ho-chin");
  }

  @Test
  void aDateWithATimeZoneIsTheDateAndReferenceNumbersAreTrimmed() {
    SanctionsSnapshot snapshot =
        read(Fixtures.file("sanctions/un-consolidated-2026-02-27-sample.xml"), new Rejects());
    assertThat(entry(snapshot, "QDi.352").listedOn()).isEqualTo(LocalDate.of(2015, 4, 7));
    // Written "KPe.023 " in the list.
    assertThat(entry(snapshot, "KPe.023").type()).isEqualTo("entity");
    // "IMO Number: 5342883" in its comments.
    assertThat(entry(snapshot, "KPe.022").imo()).isEqualTo("5342883");
    assertThat(entry(snapshot, "KPe.025").names())
        .extracting(SanctionsEntry.EntryName::name)
        .contains("KKBC");
  }

  @Test
  void anOddListingDateIsARejectNamingElementLineAndValue() {
    Rejects rejects = new Rejects();
    SanctionsSnapshot snapshot =
        read(Fixtures.file("sanctions/un-consolidated-odd-date.xml"), rejects);
    assertThat(rejects.all()).hasSize(1);
    Reject reject = rejects.all().get(0);
    assertThat(reject.file())
        .isEqualTo(Fixtures.path("sanctions/un-consolidated-odd-date.xml").toString());
    assertThat(reject.line()).isEqualTo(11);
    assertThat(reject.column()).isEqualTo("INDIVIDUAL/LISTED_ON");
    assertThat(reject.value()).isEqualTo("16/07/2009");
    assertThat(reject.problem()).contains("2006-10-14");
    assertThat(reject.record()).contains("KPi.001");
    assertThat(snapshot.entries()).extracting(SanctionsEntry::entryId).doesNotContain("KPi.001");
  }

  @Test
  void anUnknownRegimeIsAReject() {
    Rejects rejects = new Rejects();
    read(Fixtures.file("sanctions/un-consolidated-unknown-regime.xml"), rejects);
    assertThat(rejects.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.column()).isEqualTo("INDIVIDUAL/UN_LIST_TYPE");
              assertThat(r.value()).isEqualTo("Atlantis");
              assertThat(r.line()).isEqualTo(9);
              assertThat(r.describe()).contains("unknown regime", "sanctions-programs.csv");
            });
  }

  @Test
  void malformedXmlRefusesTheFileNamingLineAndElement() {
    SourceFile file = Fixtures.file("sanctions/un-consolidated-malformed.xml");
    assertThatThrownBy(() -> read(file, new Rejects()))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining(file.name())
        .hasMessageContaining("malformed XML at line 88")
        .hasMessageContaining("<FIRST_NAME>")
        .hasMessageContaining("last good line 84");
  }

  @Test
  void aFileCutShortIsRefusedWhereverTheCut() throws Exception {
    byte[] bytes = Fixtures.file("sanctions/un-consolidated-2026-02-27-sample.xml").bytes();
    for (int cut : List.of(200, bytes.length / 3, bytes.length / 2, bytes.length - 30)) {
      SourceFile cutFile = new SourceFile("cut.xml", Arrays.copyOf(bytes, cut));
      assertThatThrownBy(() -> read(cutFile, new Rejects()))
          .as("cut at byte " + cut)
          .isInstanceOf(BrokenFileException.class)
          .hasMessageContaining("cut.xml: cannot be read to its end");
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(bytes);
    }
    byte[] compressed = gz.toByteArray();
    SourceFile cutGz =
        new SourceFile("cut.xml.gz", Arrays.copyOf(compressed, compressed.length / 2));
    assertThatThrownBy(() -> read(cutGz, new Rejects()))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("cut.xml.gz");
    // Cut in the gzip trailer (SanctionsImportFuzzTest): the XML is whole, the file is not.
    SourceFile cutTrailer =
        new SourceFile("trailer.xml.gz", Arrays.copyOf(compressed, compressed.length - 3));
    assertThatThrownBy(() -> read(cutTrailer, new Rejects()))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("trailer.xml.gz: cannot be read to its end: the data ends early");
    assertThat(read(new SourceFile("whole.xml.gz", compressed), new Rejects()).entries())
        .isNotEmpty();
  }

  @Test
  void anotherXmlDocumentIsNotAConsolidatedList() {
    SourceFile other =
        new SourceFile(
            "other.xml", "<?xml version=\"1.0\"?>\n<rss/>\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> read(other, new Rejects()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other.xml:2: root element <rss>");
  }
}
