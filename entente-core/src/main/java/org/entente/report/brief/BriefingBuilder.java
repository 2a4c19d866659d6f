package org.entente.report.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.analyze.AlignmentEvidence;
import org.entente.analyze.AllianceTies;
import org.entente.analyze.CampSplit;
import org.entente.analyze.Camps;
import org.entente.analyze.ChangeMeasure;
import org.entente.analyze.DyadChange;
import org.entente.analyze.DyadChanges;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.DyadSeries;
import org.entente.analyze.DyadTies;
import org.entente.analyze.EventPeriod;
import org.entente.analyze.ObligationYear;
import org.entente.analyze.RelationComponent;
import org.entente.analyze.RelationPart;
import org.entente.analyze.RelationSources;
import org.entente.analyze.SanctionsRelation;
import org.entente.analyze.SanctionsRelations;
import org.entente.analyze.Sign;
import org.entente.analyze.SignedTie;
import org.entente.analyze.TieYear;
import org.entente.analyze.TriadPeriod;
import org.entente.analyze.TriadType;
import org.entente.analyze.UnAlignment;
import org.entente.analyze.UnscVetoes;
import org.entente.analyze.change.Penalty;
import org.entente.code.SanctionsProgram;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.AtopRow;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.domain.EventAggregate;
import org.entente.domain.Obligations;
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
import org.entente.store.AllianceQueries;
import org.entente.store.DataDates;
import org.entente.store.EventQueries;
import org.entente.store.PeriodUnit;
import org.entente.store.SanctionsQueries;
import org.entente.store.Store;
import org.entente.store.StoreSummary;
import org.entente.store.TextImport;
import org.entente.store.VetoQueries;
import org.entente.store.VoteQueries;
import org.entente.store.VoteQuery;

/**
 * Assembles a {@link Briefing} from the analyses: the relation of every pair by year ({@link
 * RelationSources}), the triangle ({@link TriadPeriod}) or camps ({@link Camps}), turning points
 * ({@link DyadChanges}), alliances, joint vetoes and sanctions ({@link DyadTies}), events with
 * their article sentences ({@link EventQueries}), and the roll calls behind κ ({@link
 * UnAlignment}). Every sentence and table row cites the records it rests on; where the store has
 * none, the briefing says so.
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

  /** Change of the index per year, below which a pair counts as steady. */
  static final double STEADY = 0.01;

  private static final Pattern URL = Pattern.compile("https?://[^\\s;|,)]+");
  private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2}|\\d{4})\\b");

  private final Store store;
  private final RelationSources sources;
  private final DyadTies ties;
  private final UnAlignment votes;
  private final EventQueries events;
  private final DyadChanges changes;

  public BriefingBuilder(Store store, RelationSources sources) {
    this.store = store;
    this.sources = sources;
    this.ties =
        new DyadTies(
            new AllianceTies(new AllianceQueries(store)),
            new UnscVetoes(new VetoQueries(store)),
            new SanctionsRelations(new SanctionsQueries(store)));
    this.votes = new UnAlignment(new VoteQueries(store));
    this.events = new EventQueries(store);
    this.changes = new DyadChanges(sources);
  }

  /** The briefing. */
  public Briefing build(Request request) {
    return new Run(request).build();
  }

  /** One briefing's state while it is built: its words and its numbered sources. */
  private final class Run {
    final Request req;
    final BriefingText t;
    final Citations cites = new Citations();
    final Map<String, Pair> pairs = new TreeMap<>();
    final List<Pair> order = new ArrayList<>();

    Run(Request req) {
      this.req = req;
      this.t = new BriefingText(req.language());
      List<String> s = req.states();
      for (int i = 0; i < s.size(); i++) {
        for (int j = i + 1; j < s.size(); j++) {
          Pair p = new Pair(s.get(i), s.get(j));
          pairs.put(p.a + "-" + p.b, p);
          order.add(p);
        }
      }
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
      List<Claim> headline = headline(names);
      List<Section> sections = new ArrayList<>();
      sections.add(
          new Section(
              "judgement", t.label("headline"), List.of(new Paragraph(headline)), List.of()));
      if (req.states().size() == 3) {
        sections.add(triad());
      } else if (req.states().size() > 3) {
        sections.add(camps());
      }
      for (Pair p : order) {
        sections.add(dyad(p));
      }
      List<Section> tail = new ArrayList<>();
      tail.add(provenance(asOf));
      tail.add(
          new Section(
              "disclaimer",
              t.label("disclaimer"),
              List.of(new Paragraph(List.of(Claim.plain(t.label("disclaimer.text"))))),
              List.of()));
      sections.addAll(tail);
      return new Briefing(
          req.language(), t.format("title", names), scope, headline, sections, cites.sources());
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

    // ---- headline ----

    List<Claim> headline(String names) {
      int last = req.toYear();
      if (req.states().size() == 2) {
        Pair p = order.get(0);
        DyadRelation r = p.lastWithIndex();
        if (r == null) {
          return List.of(Claim.plain(t.format("overview.noindex", t.pair(p.a, p.b))));
        }
        double slope = p.slope();
        String trend =
            slope > STEADY ? "trend.warming" : slope < -STEADY ? "trend.cooling" : "trend.steady";
        return List.of(
            new Claim(
                t.format(
                    "headline.pair",
                    t.pair(p.a, p.b),
                    t.label("sign." + r.sign().symbol()),
                    t.year(Integer.parseInt(r.period())),
                    BriefingText.signed(r.index()),
                    t.label(trend),
                    t.year(req.fromYear())),
                p.cite(r)));
      }
      if (req.states().size() > 3) {
        CampSplit split = campSplit(last);
        return List.of(
            new Claim(
                t.format(
                    "headline.camps",
                    names,
                    t.year(last),
                    statesOf(split.campA()),
                    statesOf(split.campB()),
                    split.frustratedCount(),
                    split.ties()),
                lastYearCites(last)));
      }
      List<TriadPeriod> periods = triadPeriods();
      TriadPeriod end = periods.get(periods.size() - 1);
      int since = Integer.parseInt(end.period());
      for (int i = periods.size() - 1; i >= 0; i--) {
        if (periods.get(i).triad().type() != end.triad().type()) {
          break;
        }
        since = Integer.parseInt(periods.get(i).period());
      }
      Pair fastest = order.stream().max(Comparator.comparingDouble(Pair::slope)).orElseThrow();
      boolean cooling = fastest.slope() < 0;
      if (cooling) {
        fastest = order.stream().min(Comparator.comparingDouble(Pair::slope)).orElseThrow();
      }
      List<Integer> runCites = new ArrayList<>();
      for (Pair p : order) {
        runCites.addAll(p.cite(p.at(since)));
      }
      List<Integer> fastCites = new ArrayList<>();
      DyadRelation first = fastest.firstWithIndex();
      DyadRelation lastR = fastest.lastWithIndex();
      if (first != null) {
        fastCites.addAll(fastest.cite(first));
        fastCites.addAll(fastest.cite(lastR));
      }
      String pairName = t.pair(fastest.a, fastest.b);
      if (end.triad().type() == TriadType.UNDETERMINED) {
        return List.of(
            new Claim(
                t.format("headline.triad.none", names, t.year(since), pairName),
                distinct(runCites, fastCites)));
      }
      return List.of(
          new Claim(
              t.format(
                  cooling ? "headline.triad.cooling" : "headline.triad",
                  names,
                  t.triadType(end.triad().type()),
                  t.year(since),
                  pairName),
              distinct(runCites, fastCites)));
    }

    List<Integer> lastYearCites(int year) {
      List<Integer> c = new ArrayList<>();
      for (Pair p : order) {
        c.addAll(p.cite(p.at(year)));
      }
      return distinct(c);
    }

    String statesOf(List<String> codes) {
      return codes.stream().map(t::state).collect(Collectors.joining(t.ja() ? "・" : ", "));
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
        for (Pair pair : order) {
          c.addAll(pair.cite(pair.at(Integer.parseInt(p.period()))));
        }
        runs.add(
            new Claim(
                t.format(
                    "triad.run",
                    t.years(
                        Integer.parseInt(p.period()), Integer.parseInt(periods.get(j).period())),
                    t.triadType(p.triad().type()),
                    roles),
                distinct(c)));
        i = j + 1;
      }
      List<String> header = new ArrayList<>();
      header.add(t.label("col.year"));
      header.add(t.label("col.type"));
      for (Pair p : order) {
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
        for (Pair pair : order) {
          c.addAll(pair.cite(pair.at(year)));
        }
        cells.add(p.triad().balanced().map(b -> t.label(b ? "yes" : "no")).orElse("–"));
        rows.add(new Row(cells, distinct(c)));
      }
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Bullets(runs));
      blocks.add(new Paragraph(List.of(Claim.plain(t.label("triad.note")))));
      blocks.add(new Table(header, List.of(false, false, true, true, true, false), rows));
      return new Section("triangle", t.label("triad"), blocks, List.of());
    }

    CampSplit campSplit(int year) {
      List<SignedTie> signed = new ArrayList<>();
      for (Pair p : order) {
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
                    statesOf(split.campA()),
                    statesOf(split.campB()),
                    split.balance().isPresent()
                        ? String.format(Locale.ROOT, "%.3f", split.balance().getAsDouble())
                        : "–"),
                lastYearCites(year)));
      }
      CampSplit last = campSplit(req.toYear());
      List<Claim> frustrated = new ArrayList<>();
      for (SignedTie tie : last.frustrated()) {
        Pair p = pair(tie.dyad().a(), tie.dyad().b());
        DyadRelation r = p.at(req.toYear());
        frustrated.add(
            new Claim(
                t.format(
                    "camps.frustrated",
                    t.pair(p.a, p.b),
                    t.label("sign." + r.sign().symbol()),
                    BriefingText.signed(r.index())),
                p.cite(r)));
      }
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Bullets(items));
      if (!frustrated.isEmpty()) {
        blocks.add(new Bullets(frustrated));
      }
      return new Section("camps", t.label("camps"), blocks, List.of());
    }

    Pair pair(String x, String y) {
      Pair p = pairs.get(x + "-" + y);
      return p != null ? p : pairs.get(y + "-" + x);
    }

    // ---- one pair ----

    Section dyad(Pair p) {
      String id = "dyad-" + p.a.toLowerCase(Locale.ROOT) + "-" + p.b.toLowerCase(Locale.ROOT);
      String name = t.pair(p.a, p.b);
      List<Block> blocks = new ArrayList<>();
      DyadRelation first = p.firstWithIndex();
      DyadRelation last = p.lastWithIndex();
      List<Claim> overview = new ArrayList<>();
      if (last == null) {
        overview.add(
            Claim.plain(t.format("overview.noindex", t.years(req.fromYear(), req.toYear()))));
      } else {
        List<Integer> c = new ArrayList<>(p.cite(last));
        c.addAll(p.cite(first));
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
                distinct(c)));
        overview.add(
            new Claim(
                t.format(
                    "overview.slope",
                    t.years(req.fromYear(), req.toYear()),
                    BriefingText.signed(p.slope())),
                distinct(c)));
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
                  distinct(List.of(p.citeVotes(k0), p.citeVotes(k1)))));
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
                  new BriefingCharts.Series(t.label("series.kappa"), req.fromYear(), kappa),
                  new BriefingCharts.Series(t.label("series.index"), req.fromYear(), index)));
      blocks.add(
          new Chart(
              id,
              svg,
              Claim.plain(t.format("chart.caption", name, t.years(req.fromYear(), req.toYear())))));
      List<Section> children = new ArrayList<>();
      children.add(new Section(id + "-years", t.label("yearly"), List.of(yearly(p)), List.of()));
      children.add(new Section(id + "-alliances", t.label("alliances"), alliances(p), List.of()));
      children.add(new Section(id + "-vetoes", t.label("vetoes"), vetoes(p), List.of()));
      children.add(new Section(id + "-sanctions", t.label("sanctions"), sanctions(p), List.of()));
      children.add(new Section(id + "-events", t.label("events"), events(p), List.of()));
      children.add(new Section(id + "-changes", t.label("changes"), turningPoints(p), List.of()));
      return new Section(id, t.format("dyad", name), blocks, children);
    }

    Table yearly(Pair p) {
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
        List<Integer> c = new ArrayList<>(p.cite(r));
        c.addAll(p.citeAlliance(year));
        tie.jointVetoes().forEach(v -> c.add(citeVeto(v)));
        tie.sanctions().forEach(s -> c.addAll(citePrograms(s)));
        RelationPart vetoes = r.part(RelationComponent.JOINT_VETOES);
        rows.add(
            new Row(
                List.of(
                    Integer.toString(year),
                    BriefingText.signed(r.index()),
                    r.sign().symbol(),
                    BriefingText.plain(r.kappa()),
                    BriefingText.signed(r.part(RelationComponent.EVENTS).value()),
                    obligations(p.obligationsOf(year)),
                    vetoes.applicable() ? Integer.toString(r.jointVetoes()) : "–",
                    tie.sanctions().isEmpty() ? "–" : SanctionsRelation.column(tie.sanctions())),
                distinct(c)));
      }
      return new Table(header, List.of(false, true, false, true, true, false, true, false), rows);
    }

    String obligations(Obligations o) {
      List<String> names = new ArrayList<>();
      for (String n : Obligations.NAMES) {
        if (o.get(n)) {
          names.add(t.label("obl." + n));
        }
      }
      return names.isEmpty() ? t.label("obl.none") : String.join(t.ja() ? "・" : ", ", names);
    }

    List<Block> alliances(Pair p) {
      List<Claim> items = new ArrayList<>();
      int year = req.fromYear();
      while (year <= req.toYear()) {
        List<TieRecord> recs = p.allianceRecords(year);
        Obligations o = p.obligationsOf(year);
        int end = year;
        while (end + 1 <= req.toYear()
            && p.obligationsOf(end + 1).equals(o)
            && names(p.allianceRecords(end + 1)).equals(names(recs))) {
          end++;
        }
        List<Integer> c = new ArrayList<>();
        for (int y = year; y <= end; y++) {
          c.addAll(p.citeAlliance(y));
        }
        if (recs.isEmpty()) {
          items.add(Claim.plain(t.format("alliance.none", t.years(year, end))));
        } else {
          items.add(
              new Claim(
                  t.format("alliance.run", t.years(year, end), obligations(o), names(recs)),
                  distinct(c)));
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

    List<Block> vetoes(Pair p) {
      if (!p.relations().get(0).part(RelationComponent.JOINT_VETOES).applicable()) {
        return List.of(new Paragraph(List.of(Claim.plain(t.label("veto.na")))));
      }
      List<Claim> items = new ArrayList<>();
      for (int y = req.fromYear(); y <= req.toYear(); y++) {
        for (Veto v : p.tie(y).jointVetoes()) {
          items.add(
              new Claim(
                  t.format(
                      "veto.item",
                      t.date(v.date().toString()),
                      v.draft(),
                      v.topic(),
                      statesOf(v.members())),
                  List.of(citeVeto(v))));
        }
      }
      if (items.isEmpty()) {
        return List.of(
            new Paragraph(
                List.of(
                    Claim.plain(t.format("veto.none", t.years(req.fromYear(), req.toYear()))))));
      }
      return List.of(new Bullets(items));
    }

    List<Block> sanctions(Pair p) {
      List<Claim> items = new ArrayList<>();
      int year = req.fromYear();
      while (year <= req.toYear()) {
        List<SanctionsRelation> s = p.tie(year).sanctions();
        String key = SanctionsRelation.column(s) + programs(s);
        int end = year;
        while (end + 1 <= req.toYear()) {
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
                    citePrograms(r)));
          }
        }
        year = end + 1;
      }
      return List.of(new Bullets(items));
    }

    String programs(List<SanctionsRelation> s) {
      return s.stream().map(r -> String.join(",", r.programs())).collect(Collectors.joining("|"));
    }

    List<Block> events(Pair p) {
      List<Claim> claims = new ArrayList<>();
      String range = t.years(req.fromYear(), req.toYear());
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
                List.of(p.citeEvents(lastE))));
      }
      List<Event> raw =
          events.between(
              p.a,
              p.b,
              false,
              LocalDate.of(req.fromYear(), 1, 1),
              LocalDate.of(req.toYear(), 12, 31));
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
                    cites.cite(
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
              p.a,
              p.b,
              false,
              LocalDate.of(req.fromYear(), 1, 1),
              LocalDate.of(req.toYear(), 12, 31));
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
                    cites.cite(
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
                      cites.cite(
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

    List<Block> turningPoints(Pair p) {
      List<Claim> items = new ArrayList<>();
      String range = t.years(req.fromYear(), req.toYear());
      for (ChangeMeasure m : List.of(ChangeMeasure.INDEX, ChangeMeasure.KAPPA)) {
        String measure = t.label("change.measure." + m.key());
        DyadSeries series =
            changes.series(p.a, p.b, m, EventPeriod.YEAR, req.fromYear(), req.toYear());
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
          List<Integer> cs = new ArrayList<>();
          for (String item : c.evidence()) {
            Matcher d = DATE.matcher(item);
            cs.add(
                cites.cite(
                    "change:" + p.a + "-" + p.b + ":" + item,
                    d.find() ? d.group(1) : c.date(),
                    t.label("source.change"),
                    item,
                    ""));
          }
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

    // ---- sources ----

    int citeVeto(Veto v) {
      String url = v.draft().matches("S/\\d{4}/\\d+") ? "https://undocs.org/" + v.draft() : "";
      return cites.cite(
          "veto:" + v.source().file() + ":" + v.source().line(),
          v.date().toString(),
          t.label("source.veto"),
          v.draft()
              + " ("
              + v.topic()
              + "), "
              + String.join(", ", v.members())
              + (v.meetingRecord().isEmpty() ? "" : "; " + v.meetingRecord())
              + "; "
              + v.source().describe(),
          url);
    }

    List<Integer> citePrograms(SanctionsRelation s) {
      List<Integer> c = new ArrayList<>();
      for (String program : s.programs()) {
        SanctionsProgram sp =
            SanctionsPrograms.bundled().all().stream()
                .filter(x -> x.program().equals(program))
                .findFirst()
                .orElse(null);
        String text =
            s.label()
                + " "
                + program
                + (sp == null ? "" : ": " + sp.title() + "; " + sp.source())
                + "; list of "
                + s.asOf();
        c.add(
            cites.cite(
                "program:" + program,
                sp == null || sp.since() == null ? s.asOf().toString() : sp.since().toString(),
                t.label("source.sanctions"),
                text,
                sp == null ? "" : firstUrl(sp.source())));
      }
      return c;
    }

    int citeRecord(TieRecord r) {
      if (r instanceof TreatyRecord tr) {
        return cites.cite(
            "treaty:" + tr.id(),
            tr.signed().toString(),
            t.label("source.treaty"),
            tr.name() + " — " + tr.citation(),
            firstUrl(tr.source()));
      }
      AtopRow a = (AtopRow) r;
      return cites.cite(
          "atop:" + a.file() + ":" + a.line(),
          Integer.toString(a.year()),
          t.label("source.atop"),
          a.citation()
              + "; Leeds, Ritter, Mitchell & Long (2002), International Interactions 28:237–260",
          "");
    }

    /** One pair's data, read once. */
    final class Pair {
      final String a;
      final String b;
      private List<DyadRelation> relations;
      private Map<Integer, TieYear> tieYears;
      private TieYear atopLast;

      Pair(String a, String b) {
        this.a = a;
        this.b = b;
      }

      List<DyadRelation> relations() {
        if (relations == null) {
          relations = sources.relations(a, b, EventPeriod.YEAR, req.fromYear(), req.toYear());
        }
        return relations;
      }

      DyadRelation at(int year) {
        return relations().get(year - req.fromYear());
      }

      TieYear tie(int year) {
        if (tieYears == null) {
          tieYears = new TreeMap<>();
          for (TieYear ty : ties.byYear(a, b, req.fromYear(), req.toYear())) {
            tieYears.put(ty.year(), ty);
          }
          var last = ties.lastAtopYear();
          if (last.isPresent() && req.toYear() > last.getAsInt()) {
            atopLast = ties.byYear(a, b, last.getAsInt(), last.getAsInt()).get(0);
          }
        }
        return tieYears.get(year);
      }

      /** The records behind the year's alliance value (ATOP's last year carried on after it). */
      List<TieRecord> allianceRecords(int year) {
        TieYear ty = tie(year);
        ObligationYear o = ty.obligations();
        if (o.basis() == ObligationYear.Basis.NONE
            && atopLast != null
            && year > atopLast.year()
            && atopLast.obligations().basis() == ObligationYear.Basis.ATOP) {
          return atopLast.obligations().inForce();
        }
        return o.inForce();
      }

      Obligations obligationsOf(int year) {
        TieYear ty = tie(year);
        ObligationYear o = ty.obligations();
        if (o.basis() == ObligationYear.Basis.NONE
            && atopLast != null
            && year > atopLast.year()
            && atopLast.obligations().basis() == ObligationYear.Basis.ATOP) {
          return atopLast.obligations().obligations();
        }
        return o.obligations();
      }

      List<Integer> citeAlliance(int year) {
        return allianceRecords(year).stream().map(BriefingBuilder.Run.this::citeRecord).toList();
      }

      DyadRelation firstWithIndex() {
        return relations().stream().filter(r -> !Double.isNaN(r.index())).findFirst().orElse(null);
      }

      DyadRelation lastWithIndex() {
        List<DyadRelation> with =
            relations().stream().filter(r -> !Double.isNaN(r.index())).toList();
        return with.isEmpty() ? null : with.get(with.size() - 1);
      }

      DyadRelation firstWithKappa() {
        return relations().stream().filter(r -> !Double.isNaN(r.kappa())).findFirst().orElse(null);
      }

      DyadRelation lastWithKappa() {
        List<DyadRelation> with =
            relations().stream().filter(r -> !Double.isNaN(r.kappa())).toList();
        return with.isEmpty() ? null : with.get(with.size() - 1);
      }

      /** Least-squares slope of the index per year over the years that have one. */
      double slope() {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (DyadRelation r : relations()) {
          if (Double.isNaN(r.index())) {
            continue;
          }
          double x = Integer.parseInt(r.period());
          n++;
          sx += x;
          sy += r.index();
          sxx += x * x;
          sxy += x * r.index();
        }
        double d = n * sxx - sx * sx;
        return n < 2 || d == 0 ? 0 : (n * sxy - sx * sy) / d;
      }

      /** The sources of a year's index: its votes and its events. */
      List<Integer> cite(DyadRelation r) {
        List<Integer> c = new ArrayList<>();
        int v = citeVotes(r);
        if (v > 0) {
          c.add(v);
        }
        int e = citeEvents(r);
        if (e > 0) {
          c.add(e);
        }
        return c;
      }

      int citeVotes(DyadRelation r) {
        if (r == null || Double.isNaN(r.kappa())) {
          return -1;
        }
        int year = Integer.parseInt(r.period());
        AlignmentEvidence ev =
            votes.evidence(
                a,
                b,
                new VoteQuery(PeriodUnit.YEAR, false, false, null, year, year, Set.of()),
                year);
        if (ev == null) {
          return -1;
        }
        List<AlignmentEvidence.Item> calls =
            ev.rollCalls().stream()
                .sorted(
                    Comparator.comparing((AlignmentEvidence.Item i) -> i.rollCall().date())
                        .thenComparing(i -> i.rollCall().rcid()))
                .toList();
        String examples =
            calls.stream()
                .limit(3)
                .map(
                    i ->
                        (i.rollCall().resolution() == null
                                ? "rcid " + i.rollCall().rcid()
                                : i.rollCall().resolution())
                            + " ("
                            + i.rollCall().date()
                            + ")")
                .collect(Collectors.joining(", "));
        String files =
            calls.stream()
                .map(i -> i.sourceA() == null ? "" : i.sourceA().file())
                .filter(f -> !f.isEmpty())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        return cites.cite(
            "votes:" + a + "-" + b + ":" + year,
            calls.get(0).rollCall().date() + "/" + calls.get(calls.size() - 1).rollCall().date(),
            t.label("source.votes"),
            t.format(
                    "votes.text", a, b, calls.size(), year, BriefingText.plain(r.kappa()), examples)
                + (files.isEmpty() ? "" : " [" + files + "]"),
            "");
      }

      int citeEvents(DyadRelation r) {
        RelationPart part = r == null ? null : r.part(RelationComponent.EVENTS);
        if (part == null || !part.present()) {
          return -1;
        }
        List<String> rows = part.evidence();
        String date = r.period();
        if (!rows.isEmpty() && rows.get(0).matches("\\d{4}-\\d{2}:.*")) {
          date = rows.get(0).substring(0, 7) + "/" + rows.get(rows.size() - 1).substring(0, 7);
        }
        return cites.cite(
            "events:" + a + "-" + b + ":" + r.period(),
            date,
            t.label("source.scores"),
            part.detail() + (rows.isEmpty() ? "" : "; " + compactRows(rows)),
            "");
      }
    }
  }

  @SafeVarargs
  static List<Integer> distinct(List<Integer>... lists) {
    Set<Integer> all = new LinkedHashSet<>();
    for (List<Integer> l : lists) {
      for (Integer i : l) {
        if (i != null && i > 0) {
          all.add(i);
        }
      }
    }
    return all.stream().sorted().toList();
  }

  /**
   * Score rows {@code 2022-01: FILE line N} of one file as {@code FILE lines 2022-01 N, 2022-02
   * M…}: the same evidence without the file name twelve times.
   */
  static String compactRows(List<String> rows) {
    Pattern row = Pattern.compile("(\\d{4}-\\d{2}): (\\S+) line (\\d+)");
    String file = null;
    List<String> parts = new ArrayList<>();
    for (String r : rows) {
      Matcher m = row.matcher(r);
      if (!m.matches() || (file != null && !file.equals(m.group(2)))) {
        return String.join("; ", rows);
      }
      file = m.group(2);
      parts.add(m.group(1) + " " + m.group(3));
    }
    return file + " lines " + String.join(", ", parts);
  }

  static String firstUrl(String text) {
    Matcher m = URL.matcher(text == null ? "" : text);
    return m.find() ? m.group() : "";
  }
}
