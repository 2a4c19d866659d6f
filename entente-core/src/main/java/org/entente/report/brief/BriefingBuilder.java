package org.entente.report.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entente.analyze.CampSplit;
import org.entente.analyze.Camps;
import org.entente.analyze.ChangeMeasure;
import org.entente.analyze.DyadChange;
import org.entente.analyze.DyadChanges;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.DyadSeries;
import org.entente.analyze.DyadTies;
import org.entente.analyze.EventPeriod;
import org.entente.analyze.RelationSources;
import org.entente.analyze.Sign;
import org.entente.analyze.SignedTie;
import org.entente.analyze.TriadPeriod;
import org.entente.analyze.UnAlignment;
import org.entente.analyze.change.Penalty;
import org.entente.analyze.judgement.Evidence;
import org.entente.analyze.judgement.Judgement;
import org.entente.analyze.judgement.Judgements;
import org.entente.analyze.judgement.PairFacts;
import org.entente.report.EvidenceEnds;
import org.entente.report.brief.Briefing.Block;
import org.entente.report.brief.Briefing.Bullets;
import org.entente.report.brief.Briefing.Claim;
import org.entente.report.brief.Briefing.Paragraph;
import org.entente.report.brief.Briefing.Row;
import org.entente.report.brief.Briefing.Section;
import org.entente.report.brief.Briefing.Table;
import org.entente.store.DataDates;
import org.entente.store.EventQueries;
import org.entente.store.Store;
import org.entente.store.StoreSummary;
import org.entente.store.VoteQueries;

/**
 * Assembles a {@link Briefing} from the analyses: the judgement ({@link Judgements}, laid out by
 * {@link JudgementText}), the triangle ({@link TriadPeriod}) or camps ({@link Camps}), a section
 * per pair ({@link DyadSection}), provenance and a disclaimer. Every sentence and table row cites
 * the records it rests on ({@link SourceCiter}); where the store has none, the briefing says so.
 *
 * <pre>{@code
 * Briefing b = new BriefingBuilder(store, sources)
 *     .build(new BriefingBuilder.Request(List.of("CHN", "RUS", "PRK"), 2015, 2024, BriefingLanguage.JA));
 * }</pre>
 */
public final class BriefingBuilder {

  /** What to brief on: two or more states (ISO-3), a range of years, a language. */
  public record Request(List<String> states, int fromYear, int toYear, BriefingLanguage language) {
    public Request {
      states = List.copyOf(states);
      if (states.size() < 2 || new LinkedHashSet<>(states).size() != states.size()) {
        throw new IllegalArgumentException("states: two or more different states, got " + states);
      }
      if (fromYear > toYear) {
        throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
      }
      Objects.requireNonNull(language, "language");
    }
  }

  private final Store store;
  private final RelationSources sources;
  private final DyadTies ties;
  private final UnAlignment votes;
  private final EventQueries events;
  private final DyadChanges changes;

  public BriefingBuilder(Store store, RelationSources sources) {
    this.store = store;
    this.sources = sources;
    // the sources' own ties: the sanctions lists are read once per store, not once per briefing
    this.ties = sources.ties();
    this.votes = new UnAlignment(new VoteQueries(store));
    this.events = new EventQueries(store);
    this.changes = new DyadChanges(sources);
  }

  /** The briefing. */
  public Briefing build(Request request) {
    return new Run(request).build();
  }

  /**
   * The briefing's judgement alone, as the web pages show it: the same statements as the
   * briefing's, without the rest of it.
   */
  public Judgement judge(Request request) {
    return new Run(request).judgement(false);
  }

  /** One briefing's state while it is built: its words, its pairs and its numbered sources. */
  private final class Run {
    final Request req;
    final BriefingText t;
    final SourceCiter cite;
    final DyadSection section;
    final Map<String, PairData> pairs = new TreeMap<>();
    final List<PairData> order = new ArrayList<>();

    Run(Request req) {
      this.req = req;
      this.t = new BriefingText(req.language());
      this.cite = new SourceCiter(t, votes);
      this.section = new DyadSection(t, cite, events, changes, req.fromYear(), req.toYear());
      List<String> s = req.states();
      for (int i = 0; i < s.size(); i++) {
        for (int j = i + 1; j < s.size(); j++) {
          PairData p =
              new PairData(s.get(i), s.get(j), req.fromYear(), req.toYear(), sources, ties);
          pairs.put(p.a + "-" + p.b, p);
          order.add(p);
        }
      }
    }

    /**
     * @param explain whether turning points carry the records around them (the briefing cites them;
     *     the judgement alone, as the pages ask for it, does not)
     */
    Judgement judgement(boolean explain) {
      List<PairFacts> facts = new ArrayList<>();
      for (PairData p : order) {
        facts.add(p.facts(indexChanges(p, explain)));
      }
      return Judgements.of(req.states(), facts, req.fromYear(), req.toYear());
    }

    /** The index's turning points over the briefing's years (PELT, MBIC), none if too short. */
    List<DyadChange> indexChanges(PairData p, boolean explain) {
      DyadSeries series =
          changes.series(
              p.a, p.b, ChangeMeasure.INDEX, EventPeriod.YEAR, req.fromYear(), req.toYear());
      if (series.size() < DyadChanges.minLength(EventPeriod.YEAR)) {
        return List.of();
      }
      return changes.find(series, Penalty.MBIC, explain);
    }

    Briefing build() {
      String names =
          req.states().stream().map(t::state).collect(Collectors.joining(t.ja() ? "・" : "–"));
      LocalDate asOf = DataDates.lastRollCall(store);
      String scope =
          t.format(
              "scope",
              names,
              t.years(req.fromYear(), req.toYear()),
              asOf == null ? "–" : t.date(asOf.toString()));
      Judgement judgement = judgement(true);
      JudgementText words = new JudgementText(req.language(), this::cite);
      List<Block> judged = new ArrayList<>(words.blocks(judgement));
      // Where the updated evidence ends, so that no year past it reads as judged with it.
      String ends =
          EvidenceEnds.of(StoreSummary.freshness(store)).sentence(req.toYear(), req.language());
      if (!ends.isEmpty()) {
        judged.add(new Paragraph(List.of(Claim.plain(ends))));
      }
      List<Claim> headline = ((Paragraph) judged.get(0)).claims();
      List<Section> sections = new ArrayList<>();
      sections.add(new Section("judgement", t.label("headline"), judged, List.of()));
      if (req.states().size() == 3) {
        sections.add(triad());
      } else if (req.states().size() > 3) {
        sections.add(camps());
      }
      for (PairData p : order) {
        sections.add(section.of(p));
      }
      sections.add(provenance(asOf));
      sections.add(
          new Section(
              "disclaimer",
              t.label("disclaimer"),
              List.of(new Paragraph(List.of(Claim.plain(t.label("disclaimer.text"))))),
              List.of()));
      return new Briefing(
          req.language(), t.format("title", names), scope, headline, sections, cite.sources());
    }

    /** The numbered sources of one piece of a statement's evidence. */
    List<Integer> cite(Evidence e) {
      if (e instanceof Evidence.Relation r) {
        PairData p = pair(r.pair().a(), r.pair().b());
        return cite(p, p.at(r.year()));
      }
      if (e instanceof Evidence.Obligation o) {
        return section.citeAlliance(pair(o.pair().a(), o.pair().b()), o.year());
      }
      Evidence.Change c = (Evidence.Change) e;
      return cite.change(c.pair().a(), c.pair().b(), c.change());
    }

    List<Integer> cite(PairData p, DyadRelation r) {
      return cite.relation(p.a, p.b, r);
    }

    List<Integer> lastYearCites(int year) {
      List<Integer> c = new ArrayList<>();
      for (PairData p : order) {
        c.addAll(cite(p, p.at(year)));
      }
      return SourceCiter.distinct(c);
    }

    Section provenance(LocalDate asOf) {
      List<Claim> files = new ArrayList<>();
      for (StoreSummary.Source s : StoreSummary.of(store).sources()) {
        files.add(
            Claim.plain(
                String.format(
                    Locale.ROOT,
                    "%s (%s): %,d; SHA-256 %s",
                    s.name(),
                    s.kind(),
                    s.rows(),
                    s.sha256().length() > 16 ? s.sha256().substring(0, 16) + "…" : s.sha256())));
      }
      return new Section(
          "provenance",
          t.label("provenance"),
          List.of(
              new Paragraph(List.of(Claim.plain(t.label("provenance.datasets")))),
              new Paragraph(List.of(Claim.plain(t.label("provenance.intro")))),
              new Bullets(files)),
          List.of());
    }

    // ---- triangle and camps ----

    List<TriadPeriod> triadPeriods() {
      List<String> s = req.states();
      return TriadPeriod.of(
          s.get(0),
          s.get(1),
          s.get(2),
          order.get(0).relations(),
          order.get(1).relations(),
          order.get(2).relations());
    }

    Section triad() {
      List<TriadPeriod> periods = triadPeriods();
      List<Claim> runs = new ArrayList<>();
      int i = 0;
      while (i < periods.size()) {
        int j = i;
        while (j + 1 < periods.size()
            && periods.get(j + 1).triad().type() == periods.get(i).triad().type()
            && periods.get(j + 1).triad().roles().equals(periods.get(i).triad().roles())) {
          j++;
        }
        TriadPeriod p = periods.get(i);
        String roles = "";
        if (p.triad().pivot().isPresent()) {
          roles = t.format("triad.pivot", t.state(p.triad().pivot().get()));
        } else if (p.triad().pariah().isPresent()) {
          roles = t.format("triad.pariah", t.state(p.triad().pariah().get()));
        }
        List<Integer> c = new ArrayList<>();
        for (PairData pair : order) {
          c.addAll(cite(pair, pair.at(Integer.parseInt(p.period()))));
        }
        runs.add(
            new Claim(
                t.format(
                    "triad.run",
                    t.years(
                        Integer.parseInt(p.period()), Integer.parseInt(periods.get(j).period())),
                    t.triadType(p.triad().type()),
                    roles),
                SourceCiter.distinct(c)));
        i = j + 1;
      }
      List<String> header = new ArrayList<>();
      header.add(t.label("col.year"));
      header.add(t.label("col.type"));
      for (PairData p : order) {
        header.add(t.pair(p.a, p.b));
      }
      header.add(t.label("col.balanced"));
      List<Row> rows = new ArrayList<>();
      for (TriadPeriod p : periods) {
        int year = Integer.parseInt(p.period());
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(year));
        String type = t.triadType(p.triad().type());
        if (p.triad().pivot().isPresent()) {
          type += t.format("triad.pivot", t.state(p.triad().pivot().get()));
        } else if (p.triad().pariah().isPresent()) {
          type += t.format("triad.pariah", t.state(p.triad().pariah().get()));
        }
        cells.add(type);
        List<Integer> c = new ArrayList<>();
        for (DyadRelation r : List.of(p.ab(), p.ac(), p.bc())) {
          cells.add(
              BriefingText.signed(r.index())
                  + (r.sign() == Sign.POSITIVE || r.sign() == Sign.NEGATIVE
                      ? ""
                      : " (" + r.sign().symbol() + ")"));
        }
        for (PairData pair : order) {
          c.addAll(cite(pair, pair.at(year)));
        }
        cells.add(p.triad().balanced().map(b -> t.label(b ? "yes" : "no")).orElse("–"));
        rows.add(new Row(cells, SourceCiter.distinct(c)));
      }
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Bullets(runs));
      blocks.add(new Paragraph(List.of(Claim.plain(t.label("triad.note")))));
      blocks.add(new Table(header, List.of(false, false, true, true, true, false), rows));
      return new Section("triangle", t.label("triad"), blocks, List.of());
    }

    CampSplit campSplit(int year) {
      List<SignedTie> signed = new ArrayList<>();
      for (PairData p : order) {
        DyadRelation r = p.at(year);
        signed.add(SignedTie.ofIndex(p.a, p.b, r.sign(), r.index()));
      }
      return Camps.of(req.states(), signed);
    }

    Section camps() {
      List<Claim> items = new ArrayList<>();
      for (int year = req.fromYear(); year <= req.toYear(); year++) {
        CampSplit split = campSplit(year);
        items.add(
            new Claim(
                t.format(
                    "camps.split",
                    t.year(year),
                    section.statesOf(split.campA()),
                    section.statesOf(split.campB()),
                    split.balance().isPresent()
                        ? String.format(Locale.ROOT, "%.3f", split.balance().getAsDouble())
                        : "–"),
                lastYearCites(year)));
      }
      CampSplit last = campSplit(req.toYear());
      List<Claim> frustrated = new ArrayList<>();
      for (SignedTie tie : last.frustrated()) {
        PairData p = pair(tie.dyad().a(), tie.dyad().b());
        DyadRelation r = p.at(req.toYear());
        frustrated.add(
            new Claim(
                t.format(
                    "camps.frustrated",
                    t.pair(p.a, p.b),
                    t.label("sign." + r.sign().symbol()),
                    BriefingText.signed(r.index())),
                cite(p, r)));
      }
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Bullets(items));
      if (!frustrated.isEmpty()) {
        blocks.add(new Bullets(frustrated));
      }
      return new Section("camps", t.label("camps"), blocks, List.of());
    }

    PairData pair(String x, String y) {
      PairData p = pairs.get(x + "-" + y);
      return p != null ? p : pairs.get(y + "-" + x);
    }
  }
}
