package org.entente.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.analyze.Estimate;
import org.entente.analyze.RelationSources;
import org.entente.analyze.Sign;
import org.entente.analyze.judgement.Judgement;
import org.entente.analyze.judgement.Pair;
import org.entente.analyze.judgement.Statement;
import org.entente.cli.Golden;
import org.entente.report.EvidenceEnds;
import org.entente.store.Store;
import org.entente.testing.BundledStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The briefing's judgement on the bundled data: CHN–RUS–PRK and USA–CHN–RUS against golden files in
 * both languages (rewrite them with {@code -Dentente.golden.update=true} when the measures change,
 * and read the diff), and every statement checked against the year-by-year tables of the same
 * briefing, so that a judgement cannot say "warming" over falling values again.
 */
class JudgementIT {

  @TempDir static Path dir;

  static Store store;
  static BriefingBuilder builder;

  @BeforeAll
  static void open() {
    store = Store.open(BundledStore.copyTo(dir.resolve("judgement.duckdb")), "1GB");
    builder = new BriefingBuilder(store, RelationSources.of(store));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static final Map<List<String>, Judgement> JUDGED = new HashMap<>();
  private static final Map<List<String>, Briefing> BUILT = new HashMap<>();

  /** The judgement of the states (the same in either language: only its words differ). */
  static Judgement judged(String... states) {
    return JUDGED.computeIfAbsent(
        List.of(states), s -> builder.judge(request(BriefingLanguage.EN, states)));
  }

  static Briefing built(String... states) {
    return BUILT.computeIfAbsent(
        List.of(states), s -> builder.build(request(BriefingLanguage.EN, states)));
  }

  static BriefingBuilder.Request request(BriefingLanguage language, String... states) {
    return new BriefingBuilder.Request(List.of(states), 1992, 2026, language);
  }

  static String json(Judgement j, BriefingLanguage language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JudgementWriter.json(
        j, language, EvidenceEnds.of(org.entente.store.StoreSummary.freshness(store)), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void chinaRussiaNorthKoreaMatchesItsGoldenFiles() throws IOException {
    for (BriefingLanguage l : BriefingLanguage.values()) {
      Judgement j = judged("CHN", "RUS", "PRK");
      Golden.assertMatches("judgement-chn-rus-prk-1992-2026-" + l.key() + ".json", json(j, l));
    }
  }

  @Test
  void unitedStatesChinaRussiaMatchesItsGoldenFiles() throws IOException {
    for (BriefingLanguage l : BriefingLanguage.values()) {
      Judgement j = judged("USA", "CHN", "RUS");
      Golden.assertMatches("judgement-usa-chn-rus-1992-2026-" + l.key() + ".json", json(j, l));
    }
  }

  /**
   * Issue 20: the briefing on Japan and Russia names the regimes on both sides, in both languages,
   * each cited to its instrument and the authority's publication.
   */
  @Test
  void japanAndRussiasBriefingCitesTheRegimesOnBothSides() {
    BriefingBuilder.Request en =
        new BriefingBuilder.Request(List.of("JPN", "RUS"), 2020, 2024, BriefingLanguage.EN);
    String english = BriefingMarkdown.write(builder.build(en));
    assertThat(english)
        // Markdown escapes the ">" of the labels.
        .contains("JPN\\>RUS under jpn-rus-2014-04, jpn-rus-2014-08, jpn-rus-2014-09 (")
        .contains("JPN\\>RUS under jpn-rus-2014-04, jpn-rus-2014-08 … jpn-rus-2022-07 (7)")
        .contains("RUS\\>JPN under")
        .contains("in answer to the other's sanctions")
        .contains("https://www.mofa.go.jp/press/release/press4e_000387.html")
        .contains("https://tass.com/russia/1484099");
    BriefingBuilder.Request ja =
        new BriefingBuilder.Request(List.of("JPN", "RUS"), 2020, 2024, BriefingLanguage.JA);
    assertThat(BriefingMarkdown.write(builder.build(ja)))
        .contains("相手の制裁への対抗措置", "国家そのものに対する措置", "制裁制度の記録");
  }

  @Test
  void theJudgementAgreesWithTheTablesItSummarises() {
    for (List<String> states :
        List.of(List.of("CHN", "RUS", "PRK"), List.of("USA", "CHN", "RUS"))) {
      BriefingBuilder.Request req = request(BriefingLanguage.EN, states.toArray(String[]::new));
      Briefing briefing = builder.build(req);
      Judgement j = builder.judge(req);
      Tables tables = Tables.of(briefing);
      assertThat(JudgementCheck.contradictions(j, tables)).as(states.toString()).isEmpty();
      // The opening of the briefing is the judgement's, sentence for sentence.
      assertThat(briefing.headline()).hasSize(j.opening().size());
    }
  }

  @Test
  void theCheckCatchesTheOldHeadline() {
    // The old headline's kind of error: a pair called cooling while its table rises beyond the
    // margin (Russia–North Korea, 2022 → 2026), a pair named closest that is not the highest, and
    // a defence obligation the alliance cell does not show.
    Briefing briefing = built("CHN", "RUS", "PRK");
    Tables tables = Tables.of(briefing);
    Pair chnRus = new Pair("CHN", "RUS");
    Pair rusPrk = new Pair("RUS", "PRK");
    double end = tables.index(chnRus, 2026);
    double rusPrkEnd = tables.index(rusPrk, 2026);
    Statement.Trend cooling =
        new Statement.Trend(
            rusPrk,
            2026,
            new Estimate(rusPrkEnd, 0),
            Sign.POSITIVE,
            Estimate.UNKNOWN,
            Statement.Direction.COOLING,
            2022,
            new Estimate(tables.index(rusPrk, 2022), 0),
            2022,
            new Estimate(tables.index(rusPrk, 2022), 0),
            Statement.Direction.COOLING,
            0.05,
            List.of(),
            List.of());
    Statement.Closest wrongClosest =
        new Statement.Closest(
            chnRus, 2026, new Estimate(end, 0), List.of(), null, Estimate.UNKNOWN, List.of());
    Statement.Bond allied =
        new Statement.Bond(
            chnRus,
            2026,
            new org.entente.domain.Obligations(true, false, false, true, true),
            List.of());
    Judgement made =
        new Judgement(
            List.of("CHN", "RUS", "PRK"), 2022, 2026, List.of(cooling, wrongClosest, allied));
    assertThat(tables.index(rusPrk, 2026) - tables.index(rusPrk, 2022)).isGreaterThan(0.05);
    assertThat(JudgementCheck.contradictions(made, tables))
        .anyMatch(s -> s.contains("says cooling since 2022"))
        .anyMatch(s -> s.contains("says down from 2022"))
        .anyMatch(s -> s.contains("closest"))
        .anyMatch(s -> s.contains("defence"));
  }

  /** The year-by-year tables of a briefing's pairs: the index and alliance cells by year. */
  record Tables(Map<String, Map<Integer, List<String>>> rows) {

    static Tables of(Briefing b) {
      Map<String, Map<Integer, List<String>>> rows = new HashMap<>();
      for (Briefing.Section s : b.sections()) {
        for (Briefing.Section child : s.children()) {
          if (!child.id().endsWith("-years")) {
            continue;
          }
          String key = s.id().substring("dyad-".length()).toUpperCase(java.util.Locale.ROOT);
          Map<Integer, List<String>> byYear = new HashMap<>();
          Briefing.Table t = (Briefing.Table) child.blocks().get(0);
          for (Briefing.Row r : t.rows()) {
            byYear.put(Integer.parseInt(r.cells().get(0)), r.cells());
          }
          rows.put(key, byYear);
        }
      }
      return new Tables(rows);
    }

    List<String> row(Pair p, int year) {
      return rows.get(p.a() + "-" + p.b()).get(year);
    }

    /** The index cell as a number: {@code −0.083} → -0.083, NaN for {@code –}. */
    double index(Pair p, int year) {
      String cell = row(p, year).get(1);
      return cell.equals("–") ? Double.NaN : Double.parseDouble(cell.replace('−', '-'));
    }

    String alliance(Pair p, int year) {
      return row(p, year).get(5);
    }
  }

  /**
   * What a judgement may not say of the tables it summarises, checked from the table cells alone
   * (three decimals, hence the rounding allowance).
   */
  static final class JudgementCheck {

    static final double ROUNDING = 0.0011;

    static List<String> contradictions(Judgement j, Tables tables) {
      List<String> found = new ArrayList<>();
      for (Statement s : j.statements()) {
        if (s instanceof Statement.Trend t) {
          trend(t, j, tables, found);
        } else if (s instanceof Statement.Closest c) {
          for (String key : tables.rows().keySet()) {
            String[] ab = key.split("-");
            Pair other = new Pair(ab[0], ab[1]);
            if (!j.states().contains(ab[0]) || !j.states().contains(ab[1])) {
              continue;
            }
            if (tables.index(other, c.year()) > tables.index(c.pair(), c.year()) + ROUNDING) {
              found.add(
                  "names "
                      + c.pair()
                      + " closest in "
                      + c.year()
                      + " but "
                      + other
                      + " is higher in the table");
            }
          }
        } else if (s instanceof Statement.Bond b) {
          boolean defence = tables.alliance(b.pair(), b.year()).contains("defence");
          if (b.bound() != defence) {
            found.add(
                b.pair()
                    + (b.bound() ? " called bound by" : " called free of")
                    + " a defence obligation in "
                    + b.year()
                    + "; the table says '"
                    + tables.alliance(b.pair(), b.year())
                    + "'");
          }
        } else if (s instanceof Statement.Alliance a) {
          for (Pair p : a.bound()) {
            if (!tables.alliance(p, a.year()).contains("defence")) {
              found.add(p + " counted in an alliance without a defence obligation");
            }
          }
        }
      }
      return found;
    }

    static void trend(Statement.Trend t, Judgement j, Tables tables, List<String> found) {
      double end = tables.index(t.pair(), t.year());
      double m = t.margin() + ROUNDING;
      if (Math.abs(end - t.level().mean()) > ROUNDING) {
        found.add(t.pair() + ": level " + t.level().mean() + " is not the table's " + end);
      }
      int from = t.direction() == Statement.Direction.STABLE ? j.windowFrom() : t.since();
      for (int y = from; y < t.year(); y++) {
        double v = tables.index(t.pair(), y);
        if (Double.isNaN(v)) {
          continue;
        }
        switch (t.direction()) {
          case WARMING -> {
            if (v - end > m) {
              found.add(t.pair() + " says warming since " + t.since() + " but falls from " + y);
            }
          }
          case COOLING -> {
            if (end - v > m) {
              found.add(t.pair() + " says cooling since " + t.since() + " but rises from " + y);
            }
          }
          case STABLE -> {
            if (Math.abs(end - v) > m) {
              found.add(t.pair() + " says steady but moved beyond ±" + t.margin() + " from " + y);
            }
          }
        }
      }
      double since = tables.index(t.pair(), t.since());
      if (t.direction() == Statement.Direction.WARMING && !(end > since)) {
        found.add(t.pair() + " says warming since " + t.since() + " but rises to no higher value");
      }
      if (t.direction() == Statement.Direction.COOLING && !(end < since)) {
        found.add(t.pair() + " says cooling since " + t.since() + " but falls to no lower value");
      }
      double start = tables.index(t.pair(), t.start());
      if (t.overall() == Statement.Direction.WARMING && !(end - start > t.margin() - ROUNDING)) {
        found.add(
            t.pair() + " says up from " + t.start() + " but the table does not rise to " + end);
      }
      if (t.overall() == Statement.Direction.COOLING && !(start - end > t.margin() - ROUNDING)) {
        found.add(t.pair() + " says down from " + t.start() + " but the table does not fall");
      }
    }
  }
}
