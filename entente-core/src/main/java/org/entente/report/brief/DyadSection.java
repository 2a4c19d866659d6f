package org.entente.report.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.analyze.ChangeMeasure;
import org.entente.analyze.DyadChange;
import org.entente.analyze.DyadChanges;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.DyadSeries;
import org.entente.analyze.EventPeriod;
import org.entente.analyze.RelationComponent;
import org.entente.analyze.RelationPart;
import org.entente.analyze.SanctionsRelation;
import org.entente.analyze.TieYear;
import org.entente.analyze.change.Penalty;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.domain.EventAggregate;
import org.entente.domain.Obligations;
import org.entente.domain.SanctionsRegime;
import org.entente.domain.TieRecord;
import org.entente.domain.TreatyRecord;
import org.entente.domain.Veto;
import org.entente.report.brief.Briefing.Block;
import org.entente.report.brief.Briefing.Bullets;
import org.entente.report.brief.Briefing.Chart;
import org.entente.report.brief.Briefing.Claim;
import org.entente.report.brief.Briefing.Paragraph;
import org.entente.report.brief.Briefing.Row;
import org.entente.report.brief.Briefing.Section;
import org.entente.report.brief.Briefing.Table;
import org.entente.store.EventQueries;
import org.entente.store.TextImport;

/**
 * The section of one pair in a briefing: an overview with its chart, then the year-by-year table,
 * treaties and alliances, joint vetoes, sanctions, events and turning points, each claim citing its
 * records.
 */
final class DyadSection {

  private final BriefingText t;
  private final SourceCiter cite;
  private final EventQueries events;
  private final DyadChanges changes;
  private final int fromYear;
  private final int toYear;

  DyadSection(
      BriefingText t,
      SourceCiter cite,
      EventQueries events,
      DyadChanges changes,
      int fromYear,
      int toYear) {
    this.t = t;
    this.cite = cite;
    this.events = events;
    this.changes = changes;
    this.fromYear = fromYear;
    this.toYear = toYear;
  }

  List<Integer> citeAlliance(PairData p, int year) {
    return p.allianceRecords(year).stream().map(cite::record).toList();
  }

  String statesOf(List<String> codes) {
    return codes.stream().map(t::state).collect(Collectors.joining(t.ja() ? "・" : ", "));
  }

  Section of(PairData p) {
    String id = "dyad-" + p.a.toLowerCase(Locale.ROOT) + "-" + p.b.toLowerCase(Locale.ROOT);
    String name = t.pair(p.a, p.b);
    List<Block> blocks = new ArrayList<>();
    DyadRelation first = p.firstWithIndex();
    DyadRelation last = p.lastWithIndex();
    List<Claim> overview = new ArrayList<>();
    if (last == null) {
      overview.add(Claim.plain(t.format("overview.noindex", t.years(fromYear, toYear))));
    } else {
      List<Integer> c = new ArrayList<>(cite.relation(p.a, p.b, last));
      c.addAll(cite.relation(p.a, p.b, first));
      overview.add(
          new Claim(
              t.format(
                  "overview.pair",
                  t.year(Integer.parseInt(last.period())),
                  name,
                  BriefingText.signed(last.index()),
                  t.label("sign." + last.sign().symbol()),
                  BriefingText.signed(first.index()),
                  t.year(Integer.parseInt(first.period()))),
              SourceCiter.distinct(c)));
      overview.add(
          new Claim(
              t.format("overview.slope", t.years(fromYear, toYear), BriefingText.signed(p.slope())),
              SourceCiter.distinct(c)));
      DyadRelation k0 = p.firstWithKappa();
      DyadRelation k1 = p.lastWithKappa();
      if (k0 != null) {
        overview.add(
            new Claim(
                t.format(
                    "overview.kappa",
                    BriefingText.plain(k0.kappa()),
                    t.year(Integer.parseInt(k0.period())),
                    BriefingText.plain(k1.kappa()),
                    t.year(Integer.parseInt(k1.period()))),
                SourceCiter.distinct(List.of(cite.votes(p.a, p.b, k0), cite.votes(p.a, p.b, k1)))));
      }
    }
    blocks.add(new Paragraph(overview));
    double[] kappa = p.relations().stream().mapToDouble(DyadRelation::kappa).toArray();
    double[] index = p.relations().stream().mapToDouble(DyadRelation::index).toArray();
    String svg =
        BriefingCharts.yearly(
            id,
            t.label("col.year"),
            List.of(
                new BriefingCharts.Series(t.label("series.kappa"), fromYear, kappa),
                new BriefingCharts.Series(t.label("series.index"), fromYear, index)));
    blocks.add(
        new Chart(
            id, svg, Claim.plain(t.format("chart.caption", name, t.years(fromYear, toYear)))));
    List<Section> children = new ArrayList<>();
    children.add(new Section(id + "-years", t.label("yearly"), List.of(yearly(p)), List.of()));
    children.add(new Section(id + "-alliances", t.label("alliances"), alliances(p), List.of()));
    children.add(new Section(id + "-vetoes", t.label("vetoes"), vetoes(p), List.of()));
    children.add(new Section(id + "-sanctions", t.label("sanctions"), sanctions(p), List.of()));
    children.add(new Section(id + "-events", t.label("events"), events(p), List.of()));
    children.add(new Section(id + "-changes", t.label("changes"), turningPoints(p), List.of()));
    return new Section(id, t.format("dyad", name), blocks, children);
  }

  Table yearly(PairData p) {
    List<String> header =
        List.of(
            t.label("col.year"),
            t.label("col.index"),
            t.label("col.sign"),
            t.label("col.kappa"),
            t.label("col.events"),
            t.label("col.alliance"),
            t.label("col.vetoes"),
            t.label("col.sanctions"));
    List<Row> rows = new ArrayList<>();
    for (DyadRelation r : p.relations()) {
      int year = Integer.parseInt(r.period());
      TieYear tie = p.tie(year);
      List<Integer> c = new ArrayList<>(cite.relation(p.a, p.b, r));
      c.addAll(citeAlliance(p, year));
      tie.jointVetoes().forEach(v -> c.add(cite.veto(v)));
      tie.sanctions().forEach(s -> c.addAll(cite.programs(s)));
      RelationPart vetoes = r.part(RelationComponent.JOINT_VETOES);
      rows.add(
          new Row(
              List.of(
                  Integer.toString(year),
                  BriefingText.signed(r.index()),
                  r.sign().symbol(),
                  BriefingText.plain(r.kappa()),
                  BriefingText.signed(r.part(RelationComponent.EVENTS).value()),
                  t.obligations(p.obligationsOf(year)),
                  vetoes.applicable() ? Integer.toString(r.jointVetoes()) : "–",
                  tie.sanctions().isEmpty() ? "–" : SanctionsRelation.column(tie.sanctions())),
              SourceCiter.distinct(c)));
    }
    return new Table(header, List.of(false, true, false, true, true, false, true, false), rows);
  }

  List<Block> alliances(PairData p) {
    List<Claim> items = new ArrayList<>();
    int year = fromYear;
    while (year <= toYear) {
      List<TieRecord> recs = p.allianceRecords(year);
      Obligations o = p.obligationsOf(year);
      int end = year;
      while (end + 1 <= toYear
          && p.obligationsOf(end + 1).equals(o)
          && names(p.allianceRecords(end + 1)).equals(names(recs))) {
        end++;
      }
      List<Integer> c = new ArrayList<>();
      for (int y = year; y <= end; y++) {
        c.addAll(citeAlliance(p, y));
      }
      if (recs.isEmpty()) {
        items.add(Claim.plain(t.format("alliance.none", t.years(year, end))));
      } else {
        items.add(
            new Claim(
                t.format("alliance.run", t.years(year, end), t.obligations(o), names(recs)),
                SourceCiter.distinct(c)));
      }
      year = end + 1;
    }
    return List.of(new Bullets(items));
  }

  String names(List<TieRecord> records) {
    return records.stream()
        .map(r -> r instanceof TreatyRecord tr ? tr.name() + " (" + tr.id() + ")" : "ATOP 5.1")
        .distinct()
        .collect(Collectors.joining("; "));
  }

  List<Block> vetoes(PairData p) {
    if (!p.relations().get(0).part(RelationComponent.JOINT_VETOES).applicable()) {
      return List.of(new Paragraph(List.of(Claim.plain(t.label("veto.na")))));
    }
    List<Claim> items = new ArrayList<>();
    for (int y = fromYear; y <= toYear; y++) {
      for (Veto v : p.tie(y).jointVetoes()) {
        items.add(
            new Claim(
                t.format(
                    "veto.item",
                    t.date(v.date().toString()),
                    v.draft(),
                    v.topic(),
                    statesOf(v.members())),
                List.of(cite.veto(v))));
      }
    }
    if (items.isEmpty()) {
      return List.of(
          new Paragraph(List.of(Claim.plain(t.format("veto.none", t.years(fromYear, toYear))))));
    }
    return List.of(new Bullets(items));
  }

  List<Block> sanctions(PairData p) {
    List<Claim> items = new ArrayList<>();
    int year = fromYear;
    while (year <= toYear) {
      List<SanctionsRelation> s = p.tie(year).sanctions();
      String key = SanctionsRelation.column(s) + programs(s);
      int end = year;
      while (end + 1 <= toYear) {
        List<SanctionsRelation> next = p.tie(end + 1).sanctions();
        if (!(SanctionsRelation.column(next) + programs(next)).equals(key)) {
          break;
        }
        end++;
      }
      if (s.isEmpty()) {
        items.add(Claim.plain(t.format("sanctions.none", t.years(year, end))));
      } else {
        for (SanctionsRelation r : s) {
          if (!r.regimes().isEmpty()) {
            items.add(regimes(year, end, r));
          }
          if (r.programs().isEmpty()) {
            continue;
          }
          SanctionsRelation lastYear =
              p.tie(end).sanctions().stream()
                  .filter(x -> x.label().equals(r.label()))
                  .findFirst()
                  .orElse(r);
          items.add(
              new Claim(
                  t.format(
                      "sanctions.run",
                      t.years(year, end),
                      r.label(),
                      String.join(", ", r.programs()),
                      lastYear.designations(),
                      t.date(r.asOf().toString())),
                  cite.programs(r)));
        }
      }
      year = end + 1;
    }
    return List.of(new Bullets(items));
  }

  /** A relation's regime records over a run of years, with what they reach and why. */
  private Claim regimes(int year, int end, SanctionsRelation r) {
    String how = t.label(r.againstState() ? "sanctions.state" : "sanctions.targeted");
    if (r.countermeasure()) {
      how += t.label("sanctions.counter");
    }
    return new Claim(
        t.format("sanctions.regimes", t.years(year, end), r.label(), ids(r.regimes()), how),
        cite.regimes(r));
  }

  /** The records' ids, or for more than four the first two, the last and how many in all. */
  private static String ids(List<SanctionsRegime> regimes) {
    List<String> ids = regimes.stream().map(SanctionsRegime::id).toList();
    if (ids.size() <= 4) {
      return String.join(", ", ids);
    }
    return ids.get(0)
        + ", "
        + ids.get(1)
        + " … "
        + ids.get(ids.size() - 1)
        + " ("
        + ids.size()
        + ")";
  }

  String programs(List<SanctionsRelation> s) {
    return s.stream()
        .map(
            r ->
                String.join(",", r.programs())
                    + "/"
                    + r.regimes().stream()
                        .map(SanctionsRegime::id)
                        .collect(Collectors.joining(",")))
        .collect(Collectors.joining("|"));
  }

  List<Block> events(PairData p) {
    List<Claim> claims = new ArrayList<>();
    String range = t.years(fromYear, toYear);
    List<DyadRelation> withEvents =
        p.relations().stream().filter(r -> r.part(RelationComponent.EVENTS).present()).toList();
    if (withEvents.isEmpty()) {
      claims.add(Claim.plain(t.format("events.noscores", range)));
    } else {
      DyadRelation lastE = withEvents.get(withEvents.size() - 1);
      claims.add(
          new Claim(
              t.format(
                  "events.scores",
                  t.years(
                      Integer.parseInt(withEvents.get(0).period()),
                      Integer.parseInt(lastE.period())),
                  BriefingText.signed(lastE.part(RelationComponent.EVENTS).value()),
                  t.year(Integer.parseInt(lastE.period()))),
              List.of(cite.events(p.a, p.b, lastE))));
    }
    List<Event> raw =
        events.between(p.a, p.b, false, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    List<Event> machine =
        raw.stream().filter(e -> !e.dataset().equals(TextImport.DATASET)).toList();
    if (!machine.isEmpty()) {
      String datasets =
          machine.stream()
              .map(Event::dataset)
              .distinct()
              .sorted()
              .collect(Collectors.joining(", "));
      claims.add(
          new Claim(
              t.format("events.raw", machine.size(), datasets),
              List.of(
                  cite.cite(
                      "raw:" + p.a + "-" + p.b,
                      machine.get(0).date() + "/" + machine.get(machine.size() - 1).date(),
                      t.label("source.events"),
                      machine.size()
                          + " events ("
                          + datasets
                          + "), e.g. "
                          + machine.get(0).file()
                          + " line "
                          + machine.get(0).line()
                          + "; entente events "
                          + p.a
                          + " "
                          + p.b
                          + " --list",
                      ""))));
    }
    List<EventAggregate> aggregated =
        events.aggregates(
            p.a, p.b, false, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    if (!aggregated.isEmpty()) {
      long n = aggregated.stream().mapToLong(g -> g.counts().events()).sum();
      String datasets =
          aggregated.stream()
              .map(EventAggregate::dataset)
              .distinct()
              .sorted()
              .collect(Collectors.joining(", "));
      String sources =
          aggregated.stream()
              .map(EventAggregate::source)
              .distinct()
              .sorted()
              .collect(Collectors.joining(", "));
      EventAggregate first = aggregated.get(0);
      claims.add(
          new Claim(
              t.format(
                  "events.aggregated",
                  n,
                  datasets,
                  t.label(first.unit() == DatePrecision.DAY ? "unit.day" : "unit.month")),
              List.of(
                  cite.cite(
                      "aggregates:" + p.a + "-" + p.b,
                      first.period() + "/" + aggregated.get(aggregated.size() - 1).period(),
                      t.label("source.events"),
                      n
                          + " events ("
                          + datasets
                          + ") in "
                          + aggregated.size()
                          + " aggregate rows of "
                          + sources
                          + " (_manifest.json lists the input files); entente events "
                          + p.a
                          + " "
                          + p.b,
                      ""))));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(claims));
    List<Event> text = raw.stream().filter(e -> e.dataset().equals(TextImport.DATASET)).toList();
    if (text.isEmpty()) {
      blocks.add(new Paragraph(List.of(Claim.plain(t.format("events.notext", range)))));
    } else {
      Map<String, String> sentences = events.sentences(text);
      List<Claim> items = new ArrayList<>();
      for (Event e : text) {
        String sentence = sentences.getOrDefault(e.id(), "");
        String date = isoOf(e);
        items.add(
            new Claim(
                t.format(
                    "events.text",
                    t.date(date),
                    t.state(e.sourceState()),
                    t.state(e.targetState()),
                    e.plover() == null ? e.cameo() : e.plover() + " (" + e.cameo() + ")",
                    sentence),
                List.of(
                    cite.cite(
                        "article:" + e.id(),
                        date,
                        t.label("source.article"),
                        e.url() + " (" + e.file() + "): “" + sentence + "”",
                        ""))));
      }
      blocks.add(new Bullets(items));
    }
    return blocks;
  }

  String isoOf(Event e) {
    return switch (e.precision()) {
      case YEAR -> Integer.toString(e.date().getYear());
      case MONTH -> e.date().toString().substring(0, 7);
      default -> e.date().toString();
    };
  }

  List<Block> turningPoints(PairData p) {
    List<Claim> items = new ArrayList<>();
    String range = t.years(fromYear, toYear);
    for (ChangeMeasure m : List.of(ChangeMeasure.INDEX, ChangeMeasure.KAPPA)) {
      String measure = t.label("change.measure." + m.key());
      DyadSeries series = changes.series(p.a, p.b, m, EventPeriod.YEAR, fromYear, toYear);
      if (series.size() < DyadChanges.minLength(EventPeriod.YEAR)) {
        items.add(Claim.plain(t.format("change.short", measure, range, series.size())));
        continue;
      }
      List<DyadChange> found = changes.find(series, Penalty.MBIC);
      if (found.isEmpty()) {
        items.add(Claim.plain(t.format("change.none", measure, range)));
        continue;
      }
      for (DyadChange c : found) {
        List<Integer> cs = cite.change(p.a, p.b, c);
        int before = Integer.parseInt(c.date()) - 1;
        items.add(
            new Claim(
                t.format(
                    "change.item",
                    t.year(Integer.parseInt(c.date())),
                    measure,
                    t.label(c.rise() ? "change.rose" : "change.fell"),
                    BriefingText.signed(c.before()),
                    t.years(Integer.parseInt(c.beforeFrom()), before),
                    BriefingText.signed(c.after()),
                    t.years(Integer.parseInt(c.date()), Integer.parseInt(c.afterTo()))),
                cs));
      }
    }
    return List.of(new Bullets(items));
  }
}
