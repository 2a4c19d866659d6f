package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.domain.PartialDate;
import org.entente.domain.SanctionsRegime;
import org.entente.domain.SanctionsRegime.Kind;
import org.entente.domain.SanctionsRegime.Scope;
import org.junit.jupiter.api.Test;

class SanctionsRegimeReaderTest {

  private static final String HEADER =
      "id,authority,targets,kind,scope,extends,instrument,adopted,in_force,lifted,source,note\n";

  private final SanctionsRegimeReader reader = new SanctionsRegimeReader(CountryCodes.bundled());

  private static List<SanctionsRegime> bundled(Rejects rejects) {
    return new SanctionsRegimeReader(CountryCodes.bundled())
        .read(
            SourceFile.of(Fixtures.bundled("sanctions-regimes/regimes.csv")),
            rejects,
            Progress.NONE);
  }

  @Test
  void theBundledRecordsReadWithoutRejectsEachWithACitation() throws Exception {
    Rejects rejects = new Rejects();
    List<SanctionsRegime> records = bundled(rejects);
    assertThat(rejects.all()).isEmpty();
    // An independent count: one record per line of the file but the header, as no field of the
    // bundled file spans lines (checked here too).
    List<String> lines =
        Files.readAllLines(
            Fixtures.bundled("sanctions-regimes/regimes.csv"), StandardCharsets.UTF_8);
    assertThat(records).hasSize(lines.size() - 1);
    for (SanctionsRegime r : records) {
      assertThat(r.source()).as(r.id()).contains("http");
      assertThat(lines.get((int) r.line() - 1)).as(r.id()).startsWith(r.id() + ",");
    }
  }

  /**
   * The records the issue names, each as its citation gives it (the address quoted in each
   * assertion is among the record's sources, and says what the record says).
   */
  @Test
  void theRecordsTheIssueNamesSayWhatTheirCitationsSay() {
    Map<String, SanctionsRegime> byId =
        bundled(new Rejects()).stream()
            .collect(Collectors.toMap(SanctionsRegime::id, Function.identity()));
    // Japan on Russia from 2014 (MOFA press release of 2014-08-05: asset freezes, Crimean imports),
    // widened from 2022-02-26 (Cabinet approval) and 2022-03-01 (METI: export bans).
    SanctionsRegime jpn2014 = byId.get("jpn-rus-2014-08");
    assertThat(jpn2014.authority()).isEqualTo("JPN");
    assertThat(jpn2014.targets()).containsExactly("RUS");
    assertThat(jpn2014.start()).isEqualTo(PartialDate.parse("2014-08-05"));
    assertThat(jpn2014.source())
        .contains("https://www.mofa.go.jp/press/release/press4e_000387.html");
    SanctionsRegime jpn2022 = byId.get("jpn-rus-2022-02");
    assertThat(jpn2022.start()).isEqualTo(PartialDate.parse("2022-02-26"));
    assertThat(jpn2022.extendsId()).isEqualTo("jpn-rus-2014-04");
    assertThat(byId.get("jpn-rus-2022-03-01").kinds()).contains(Kind.EXPORT_CONTROLS);
    assertThat(byId.get("jpn-rus-2022-03-01").source())
        .contains("https://www.meti.go.jp/press/2021/03/20220301005/20220301005.html");
    // Korea's export controls on Russia, 2022-02-28 (denial of strategic-item licences).
    SanctionsRegime kor = byId.get("kor-rus-2022-02");
    assertThat(kor.authority()).isEqualTo("KOR");
    assertThat(kor.start()).isEqualTo(PartialDate.parse("2022-02-28"));
    assertThat(kor.kinds()).contains(Kind.EXPORT_CONTROLS);
    assertThat(kor.scope()).isEqualTo(Scope.STATE);
    // The EU: the asset freezes of 2014-03-17 (Regulation 269/2014), the sectoral measures of
    // 2014-07-31 (Regulation 833/2014), and the nineteen packages of 2022-2025, each widening it.
    assertThat(byId.get("eu-rus-2014-assets").instrument()).contains("269/2014");
    assertThat(byId.get("eu-rus-2014-assets").start()).isEqualTo(PartialDate.parse("2014-03-17"));
    assertThat(byId.get("eu-rus-2014-sectoral").instrument()).contains("833/2014");
    assertThat(byId.get("eu-rus-2014-sectoral").adopted())
        .isEqualTo(PartialDate.parse("2014-07-31"));
    List<SanctionsRegime> packages =
        byId.values().stream()
            .filter(r -> r.id().matches("eu-rus-20\\d\\d-p\\d\\d"))
            .sorted((x, y) -> x.id().substring(12).compareTo(y.id().substring(12)))
            .toList();
    assertThat(packages).hasSize(19);
    for (SanctionsRegime p : packages) {
      assertThat(p.extendsId()).as(p.id()).isEqualTo("eu-rus-2014-sectoral");
      assertThat(p.adopted().year()).as(p.id()).isBetween(2022, 2025);
    }
    assertThat(packages.get(0).adopted()).isEqualTo(PartialDate.parse("2022-02-23"));
    assertThat(packages.get(18).adopted()).isEqualTo(PartialDate.parse("2025-10-23"));
    // Russia's list of unfriendly states (Order 430-r of 2022-03-05, TASS's list) names Japan.
    SanctionsRegime unfriendly = byId.get("rus-usa-2022-unfriendly");
    assertThat(unfriendly.authority()).isEqualTo("RUS");
    assertThat(unfriendly.targets()).contains("JPN", "KOR", "USA", "GBR", "EU", "TWN");
    assertThat(unfriendly.kinds()).contains(Kind.UNFRIENDLY_STATE, Kind.COUNTERMEASURE);
    assertThat(unfriendly.start()).isEqualTo(PartialDate.parse("2022-03-05"));
    assertThat(unfriendly.source()).contains("https://tass.com/russia/1484099");
    // China's countermeasures against the US from 2020-07-13 (Rubio, Cruz and others).
    SanctionsRegime chn = byId.get("chn-usa-2020-07-xinjiang");
    assertThat(chn.authority()).isEqualTo("CHN");
    assertThat(chn.targets()).containsExactly("USA");
    assertThat(chn.start()).isEqualTo(PartialDate.parse("2020-07-13"));
    assertThat(chn.isCountermeasure()).isTrue();
    // Japan on North Korea from 2006-07-05 (the Mangyongbong-92's port ban), widened to a ban on
    // all imports and port calls in force 2006-10-14, and on all exports in 2009.
    SanctionsRegime port = byId.get("jpn-prk-2006-07");
    assertThat(port.start()).isEqualTo(PartialDate.parse("2006-07-05"));
    assertThat(port.kinds()).contains(Kind.TRANSPORT);
    assertThat(byId.get("jpn-prk-2006-10").start()).isEqualTo(PartialDate.parse("2006-10-14"));
    assertThat(byId.get("jpn-prk-2006-10").kinds()).contains(Kind.IMPORT_BAN);
    assertThat(byId.get("jpn-prk-2009-06").kinds()).contains(Kind.TRADE_EMBARGO);
  }

  @Test
  void badRecordsAreRejectedWithTheirLineColumnAndValue() {
    String csv =
        HEADER
            + "ok-1,JPN,RUS,asset-freeze,targeted,,Act,2014-08-05,,,https://a.example,\n"
            + "bad-date,JPN,RUS,asset-freeze,targeted,,Act,5/8/2014,,,https://a.example,\n"
            + "bad-authority,XXX,RUS,asset-freeze,targeted,,Act,2014,,,https://a.example,\n"
            + "bad-target,JPN,JPN,asset-freeze,targeted,,Act,2014,,,https://a.example,\n"
            + "bad-kind,JPN,RUS,embargo-ish,targeted,,Act,2014,,,https://a.example,\n"
            + "bad-scope,JPN,RUS,asset-freeze,partial,,Act,2014,,,https://a.example,\n"
            + "no-source,JPN,RUS,asset-freeze,targeted,,Act,2014,,,,\n"
            + "no-date,JPN,RUS,asset-freeze,targeted,,Act,,,,https://a.example,\n"
            + "lifted-early,JPN,RUS,asset-freeze,targeted,,Act,2014-08-05,,2013,https://a.example,\n"
            + "orphan,JPN,RUS,asset-freeze,targeted,nowhere,Act,2015,,,https://a.example,\n"
            + "other-authority,KOR,RUS,asset-freeze,targeted,ok-1,Act,2015,,,https://a.example,\n"
            + "ok-1,JPN,RUS,asset-freeze,targeted,,Act,2014-08-05,,,https://a.example,\n"
            + "eu-ok,EU,RUS,asset-freeze;travel-ban,targeted,,Reg,2014-03-17,,,https://b.example,\n";
    Rejects rejects = new Rejects();
    List<SanctionsRegime> read =
        reader.read(
            new SourceFile("regimes.csv", csv.getBytes(StandardCharsets.UTF_8)),
            rejects,
            Progress.NONE);
    assertThat(read).extracting(SanctionsRegime::id).containsExactly("ok-1", "eu-ok");
    assertThat(rejects.all())
        .extracting(Reject::line, Reject::column, Reject::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "adopted", "5/8/2014"),
            org.assertj.core.groups.Tuple.tuple(4L, "authority", "XXX"),
            org.assertj.core.groups.Tuple.tuple(5L, "targets", "JPN"),
            org.assertj.core.groups.Tuple.tuple(6L, "kind", "embargo-ish"),
            org.assertj.core.groups.Tuple.tuple(7L, "scope", "partial"),
            org.assertj.core.groups.Tuple.tuple(8L, "source", ""),
            org.assertj.core.groups.Tuple.tuple(9L, "adopted", ""),
            org.assertj.core.groups.Tuple.tuple(10L, "lifted", "2013"),
            org.assertj.core.groups.Tuple.tuple(11L, "extends", "nowhere"),
            org.assertj.core.groups.Tuple.tuple(12L, "extends", "ok-1"),
            org.assertj.core.groups.Tuple.tuple(13L, "id", "ok-1"));
    assertThat(rejects.all().get(0).describe()).contains("regimes.csv", "3", "5/8/2014");
    assertThat(rejects.all().get(1).problem()).contains("ISO-3", "EU");
    assertThat(rejects.all().get(3).problem()).contains("asset-freeze", "countermeasure");
    assertThat(rejects.all().get(9).problem()).contains("another authority (JPN)");
  }

  @Test
  void aFileWithoutTheColumnsIsRefusedWhole() {
    String csv = "id,name,parties\nx,y,JPN;RUS\n";
    assertThatThrownBy(
            () ->
                reader.read(
                    new SourceFile("treaties.csv", csv.getBytes(StandardCharsets.UTF_8)),
                    new Rejects(),
                    Progress.NONE))
        .hasMessageContaining("treaties.csv")
        .hasMessageContaining("authority");
  }
}
