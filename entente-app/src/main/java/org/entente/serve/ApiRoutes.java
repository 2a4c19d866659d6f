package org.entente.serve;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.analyze.AggregateSeries;
import org.entente.analyze.AlignmentEvidence;
import org.entente.analyze.ChangeMeasure;
import org.entente.analyze.DyadAlignment;
import org.entente.analyze.DyadChanges;
import org.entente.analyze.DyadEventPeriod;
import org.entente.analyze.DyadEventSeries;
import org.entente.analyze.DyadEvidencePeriod;
import org.entente.analyze.DyadSeries;
import org.entente.analyze.DyadTies;
import org.entente.analyze.EventPeriod;
import org.entente.analyze.IdealPoint;
import org.entente.analyze.Measure;
import org.entente.analyze.Standing;
import org.entente.analyze.TiesOnDay;
import org.entente.analyze.UnAlignment;
import org.entente.analyze.UnscVetoes;
import org.entente.analyze.YearCamps;
import org.entente.analyze.change.Penalty;
import org.entente.analyze.judgement.Judgement;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.domain.Event;
import org.entente.domain.Issue;
import org.entente.domain.Veto;
import org.entente.report.AlignmentWriter;
import org.entente.report.ArticleWriter;
import org.entente.report.ChangeWriter;
import org.entente.report.EventWriter;
import org.entente.report.EvidenceEnds;
import org.entente.report.EvidenceWriter;
import org.entente.report.Format;
import org.entente.report.IdealPointWriter;
import org.entente.report.RelationWriter;
import org.entente.report.SanctionsWriter;
import org.entente.report.SearchWriter;
import org.entente.report.StandingWriter;
import org.entente.report.StateNamesWriter;
import org.entente.report.TextEventWriter;
import org.entente.report.TiesWriter;
import org.entente.report.TriadWriter;
import org.entente.report.VetoWriter;
import org.entente.report.brief.BriefingBuilder;
import org.entente.report.brief.BriefingLanguage;
import org.entente.report.brief.JudgementWriter;
import org.entente.search.SearchKind;
import org.entente.search.SearchResult;
import org.entente.store.EventQueries;
import org.entente.store.PeriodUnit;
import org.entente.store.ScoreQueries;
import org.entente.store.TextImport;
import org.entente.store.TextQueries;
import org.entente.store.VetoFilter;
import org.entente.store.VetoQueries;
import org.entente.store.VoteQueries;
import org.entente.store.VoteQuery;
import org.entente.text.Document;
import org.entente.text.Documents;
import org.entente.text.UnreadableDocumentException;
import org.entente.text.events.TextEvent;

/**
 * The handlers of {@code /api/v1}: each reads its parameters, asks the core service the CLI command
 * of the same name asks, and writes the answer with that command's JSON writer, so the API and
 * {@code --format json} agree field for field.
 */
final class ApiRoutes {

  private static final Map<String, PeriodUnit> VOTE_PERIODS =
      ordered("session", PeriodUnit.SESSION, "year", PeriodUnit.YEAR);
  private static final Map<String, EventPeriod> RELATION_PERIODS =
      ordered("year", EventPeriod.YEAR, "month", EventPeriod.MONTH);
  private static final Map<String, Measure> MEASURES =
      ordered("agree", Measure.AGREE, "s", Measure.S, "kappa", Measure.KAPPA, "pi", Measure.PI);

  private static final List<String> VOTE_FILTERS =
      List.of("a", "b", "by", "from", "to", "keep_unanimous", "important", "issue");

  private final StorePool pool;
  private final ServerServices services;
  private final HeavyWork heavy;
  private final WriteQueue writes;

  ApiRoutes(StorePool pool, ServerServices services, HeavyWork heavy, WriteQueue writes) {
    this.pool = pool;
    this.services = services;
    this.heavy = heavy;
    this.writes = writes;
  }

  /** Every endpoint, in the order the OpenAPI file lists them. */
  List<Route> routes() {
    return List.of(
        new Route("GET", "/api/v1/alignment", concat(VOTE_FILTERS, "measure"), this::alignment),
        new Route("GET", "/api/v1/evidence", concat(VOTE_FILTERS, "period"), this::evidence),
        new Route("GET", "/api/v1/relation", List.of("a", "b", "by", "from", "to"), this::relation),
        new Route(
            "GET",
            "/api/v1/standing",
            List.of("with", "by", "from", "to", "top", "min_n"),
            this::standing),
        new Route("GET", "/api/v1/triad", List.of("a", "b", "c", "by", "from", "to"), this::triad),
        new Route("GET", "/api/v1/camps", List.of("states", "year"), this::camps),
        new Route(
            "GET",
            "/api/v1/changes",
            List.of("a", "b", "measure", "by", "from", "to", "method"),
            this::changes),
        new Route(
            "GET",
            "/api/v1/events",
            List.of("a", "b", "by", "from", "to", "directed", "list"),
            this::events),
        new Route("GET", "/api/v1/ties", List.of("a", "b", "from", "to", "on"), this::ties),
        new Route("GET", "/api/v1/vetoes", List.of("member", "with", "from", "to"), this::vetoes),
        new Route("GET", "/api/v1/sanctions/search", List.of("q", "limit"), this::sanctionsSearch),
        new Route("GET", "/api/v1/idealpoints", List.of("states", "from", "to"), this::idealPoints),
        new Route("GET", "/api/v1/search", List.of("q", "kind", "state", "limit"), this::search),
        new Route("GET", "/api/v1/article", List.of("source", "event"), this::article),
        new Route(
            "GET", "/api/v1/brief", List.of("states", "from", "to", "lang", "format"), this::brief),
        new Route(
            "GET", "/api/v1/judgement", List.of("states", "from", "to", "lang"), this::judgement),
        new Route("GET", "/api/v1/alerts", List.of("since", "limit"), this::alerts),
        new Route("GET", "/api/v1/states", List.of(), this::states),
        new Route("POST", "/api/v1/extract", List.of("lang", "doc_date"), this::extract),
        new Route(
                "POST",
                "/api/v1/import-text",
                List.of("lang", "doc_date", "name"),
                this::importText)
            .writing());
  }

  private void alignment(Context ctx) {
    Params p = params(ctx);
    Country a = p.state("a");
    Country b = p.state("b");
    Params.different("b", a, b);
    p.choice("measure", MEASURES, null); // JSON carries all four, as the CLI's
    VoteQuery query = voteQuery(p);
    List<DyadAlignment> rows =
        pool.with(s -> new UnAlignment(new VoteQueries(s.store)).dyad(a.iso3(), b.iso3(), query));
    if (rows.isEmpty()) {
      throw ApiException.noData(whyNoVotes(a, b, query));
    }
    json(
        ctx,
        out -> {
          try (AlignmentWriter writer = AlignmentWriter.of(Format.JSON, out)) {
            rows.forEach(writer);
          }
        });
  }

  private void evidence(Context ctx) {
    Params p = params(ctx);
    Country a = p.state("a");
    Country b = p.state("b");
    Params.different("b", a, b);
    int period = p.integer("period", 1, 9999, -1);
    if (period < 0) {
      throw ApiException.badParameter(
          "period", "missing parameter period: a session number, or a year with by=year");
    }
    VoteQuery query = voteQuery(p);
    AlignmentEvidence found =
        pool.with(
            s ->
                new UnAlignment(new VoteQueries(s.store))
                    .evidence(a.iso3(), b.iso3(), query, period));
    if (found == null) {
      throw ApiException.noData(
          pool.with(
              s ->
                  new UnAlignment(new VoteQueries(s.store))
                      .whyNoData(a.iso3(), b.iso3(), query.unit().label() + " " + period)));
    }
    json(ctx, out -> EvidenceWriter.write(Format.JSON, found, out));
  }

  private void relation(Context ctx) {
    Params p = params(ctx);
    Country a = p.state("a");
    Country b = p.state("b");
    Params.different("b", a, b);
    EventPeriod unit = p.choice("by", RELATION_PERIODS, EventPeriod.YEAR);
    int[] years = relationYears(p);
    json(
        ctx,
        out ->
            RelationWriter.write(
                Format.JSON,
                pool.with(
                    s -> s.relations().relations(a.iso3(), b.iso3(), unit, years[0], years[1])),
                out));
  }

  /**
   * Every state ranked by its alignment or relation with one, as {@code alignment --with} (by
   * session, κ, the roll calls of the years pooled) and {@code relation --with} (the last year of
   * the range) answer it.
   */
  private void standing(Context ctx) {
    Params p = params(ctx);
    Country with = p.state("with");
    boolean byRelation = p.choice("by", ordered("alignment", false, "relation", true), false);
    int top = p.integer("top", 1, 250, Standing.DEFAULT_TOP);
    Standing standing;
    if (byRelation) {
      if (p.string("min_n") != null) {
        throw ApiException.badParameter(
            "min_n",
            "min_n goes with by=alignment: the relation index rests on no count of roll calls");
      }
      Integer[] range = p.years();
      int year =
          range[1] != null ? range[1] : Math.max(thisYear(), range[0] == null ? 0 : range[0]);
      standing = pool.with(s -> s.relations().standing(with.iso3(), year, top));
    } else {
      int minN = p.integer("min_n", 1, 100_000, Standing.DEFAULT_MIN_N);
      Integer[] range = p.years();
      VoteQuery query =
          new VoteQuery(PeriodUnit.SESSION, false, false, null, range[0], range[1], Set.of());
      standing =
          pool.with(
              s ->
                  new UnAlignment(new VoteQueries(s.store))
                      .standing(with.iso3(), query, Measure.KAPPA, minN, top));
    }
    if (standing.rows().isEmpty()) {
      throw ApiException.noData(standing.whyEmpty());
    }
    json(ctx, out -> StandingWriter.write(Format.JSON, standing, out));
  }

  private void triad(Context ctx) {
    Params p = params(ctx);
    Country a = p.state("a");
    Country b = p.state("b");
    Country c = p.state("c");
    Params.different("c", a, b, c);
    EventPeriod unit = p.choice("by", RELATION_PERIODS, EventPeriod.YEAR);
    int[] years = relationYears(p);
    json(
        ctx,
        out ->
            TriadWriter.triads(
                Format.JSON,
                pool.with(
                    s ->
                        s.relations()
                            .triad(a.iso3(), b.iso3(), c.iso3(), unit, years[0], years[1])),
                out));
  }

  private void camps(Context ctx) {
    Params p = params(ctx);
    List<String> states = p.states("states", 3, 40).stream().map(Country::iso3).toList();
    Integer year = p.year("year");
    int y = year == null ? LocalDate.now(ZoneOffset.UTC).getYear() - 1 : year;
    YearCamps camps = heavy(ctx, () -> pool.with(s -> s.relations().camps(states, y)));
    json(ctx, out -> TriadWriter.camps(Format.JSON, camps.split(), camps.relations(), out));
  }

  private void changes(Context ctx) {
    Params p = params(ctx);
    Country a = p.state("a");
    Country b = p.state("b");
    Params.different("b", a, b);
    ChangeMeasure measure =
        p.choice(
            "measure",
            ordered(
                "kappa", ChangeMeasure.KAPPA,
                "index", ChangeMeasure.INDEX,
                "alignment", ChangeMeasure.ALIGNMENT,
                "events", ChangeMeasure.EVENTS),
            ChangeMeasure.KAPPA);
    EventPeriod unit = p.choice("by", RELATION_PERIODS, EventPeriod.YEAR);
    if (measure == ChangeMeasure.KAPPA && unit == EventPeriod.MONTH) {
      throw ApiException.badParameter(
          "by", "measure=kappa is by year: use by=year, or measure=index, alignment or events");
    }
    boolean online = p.choice("method", ordered("pelt", false, "online", true), false);
    Integer[] range = p.years();
    Integer from = range[0];
    Integer to = range[1];
    if (measure != ChangeMeasure.KAPPA) {
      int[] years = relationYears(p);
      from = years[0];
      to = years[1];
    }
    Integer first = from;
    Integer last = to;
    var found =
        heavy(
            ctx,
            () ->
                pool.with(
                    s -> {
                      DyadChanges changes = new DyadChanges(s.relations());
                      DyadSeries series =
                          changes.series(a.iso3(), b.iso3(), measure, unit, first, last);
                      if (series.size() < DyadChanges.minLength(unit)) {
                        throw ApiException.noData(
                            a.iso3()
                                + "–"
                                + b.iso3()
                                + ": "
                                + series.size()
                                + " "
                                + unit.key()
                                + "(s) with a value; change points need at least "
                                + DyadChanges.minLength(unit));
                      }
                      return online
                          ? changes.findOnline(series, 12)
                          : changes.find(series, Penalty.MBIC);
                    }));
    json(ctx, out -> ChangeWriter.write(Format.JSON, found, out));
  }

  private void events(Context ctx) {
    Params p = params(ctx);
    Country a = p.state("a");
    Country b = p.state("b");
    Params.different("b", a, b);
    EventPeriod by =
        p.choice(
            "by",
            ordered(
                "day",
                EventPeriod.DAY,
                "week",
                EventPeriod.WEEK,
                "month",
                EventPeriod.MONTH,
                "year",
                EventPeriod.YEAR),
            EventPeriod.MONTH);
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badParameter("to", "to " + to + " is before from " + from);
    }
    boolean directed = p.flag("directed");
    boolean list = p.flag("list");
    byte[] body =
        pool.with(
            s -> {
              EventQueries queries = new EventQueries(s.store);
              List<Event> events = queries.between(a.iso3(), b.iso3(), directed, from, to);
              if (list) {
                Map<String, String> sentences = queries.sentences(events);
                return render(out -> EventWriter.list(Format.JSON, events, sentences, out));
              }
              List<DyadEventPeriod> series;
              try {
                series =
                    DyadEventSeries.of(
                        a.iso3(),
                        b.iso3(),
                        by,
                        directed,
                        events,
                        queries.aggregates(a.iso3(), b.iso3(), directed, from, to));
              } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("by", e.getMessage());
              }
              List<AggregateSeries.ScorePeriod> scores =
                  directed
                      ? List.of()
                      : new AggregateSeries(new ScoreQueries(s.store))
                          .scores(a.iso3(), b.iso3(), by, from, to);
              if (scores.isEmpty()) {
                return render(out -> EventWriter.series(Format.JSON, series, out));
              }
              return render(
                  out ->
                      EventWriter.evidence(
                          Format.JSON,
                          a.iso3(),
                          b.iso3(),
                          DyadEvidencePeriod.join(series, scores),
                          out));
            });
    send(ctx, body);
  }

  private void ties(Context ctx) {
    Params p = params(ctx);
    Country a = p.state("a");
    Country b = p.state("b");
    Params.different("b", a, b);
    LocalDate on = p.date("on");
    Integer[] range = p.years();
    if (on != null) {
      if (range[0] != null || range[1] != null) {
        throw ApiException.badParameter("on", "on lists one day: give it without from and to");
      }
      TiesOnDay day = pool.with(s -> DyadTies.of(s.store).onDay(a.iso3(), b.iso3(), on));
      json(ctx, out -> TiesWriter.onDay(Format.JSON, day, out));
      return;
    }
    int from = range[0] == null ? 1946 : range[0];
    int to = range[1] == null ? Math.max(thisYear(), from) : range[1];
    if (from > to) {
      throw ApiException.badParameter("to", "from " + from + " is after to " + to);
    }
    json(
        ctx,
        out ->
            TiesWriter.byYear(
                Format.JSON,
                pool.with(s -> DyadTies.of(s.store).byYear(a.iso3(), b.iso3(), from, to)),
                out));
  }

  private void vetoes(Context ctx) {
    Params p = params(ctx);
    Country member = p.string("member") == null ? null : p.state("member");
    Country with = p.string("with") == null ? null : p.state("with");
    if (with != null && member == null) {
      throw ApiException.badParameter(
          "with", "with needs member: the vetoes both states cast, e.g. member=CHN&with=RUS");
    }
    if (with != null) {
      Params.different("with", member, with);
    }
    Integer[] range = p.years();
    Set<String> states =
        member == null
            ? Set.of()
            : with == null ? Set.of(member.iso3()) : Set.of(member.iso3(), with.iso3());
    VetoFilter filter = new VetoFilter(states, range[0], range[1]);
    List<Country> named = Stream.of(member, with).filter(c -> c != null).toList();
    List<Veto> vetoes =
        pool.with(
            s -> {
              UnscVetoes found = new UnscVetoes(new VetoQueries(s.store));
              List<Veto> cast = found.vetoes(filter);
              if (cast.isEmpty()) { // the CLI's reason: e.g. only permanent members veto
                throw ApiException.noData(found.whyNone(named, range[0], range[1]));
              }
              return cast;
            });
    json(ctx, out -> VetoWriter.write(Format.JSON, vetoes, out));
  }

  private void sanctionsSearch(Context ctx) {
    Params p = params(ctx);
    String q = p.required("q", "q=Kim Jong Un");
    if (q.length() > 200) {
      throw ApiException.badParameter("q", "q is longer than 200 characters");
    }
    int limit = p.integer("limit", 1, 100, 10);
    ServerServices.Matches found = services.search(q, limit);
    json(ctx, out -> SanctionsWriter.matches(Format.JSON, found.matches(), found.notes(), out));
  }

  private void idealPoints(Context ctx) {
    Params p = params(ctx);
    List<String> only =
        p.string("states") == null
            ? List.of()
            : p.states("states", 1, 250).stream().map(Country::iso3).toList();
    Integer[] range = p.years();
    ServerServices.Estimate estimate = heavy(ctx, () -> services.idealPoints(range[0], range[1]));
    List<IdealPoint> points =
        only.isEmpty()
            ? estimate.points()
            : estimate.points().stream().filter(ip -> only.contains(ip.country())).toList();
    json(ctx, out -> IdealPointWriter.write(Format.JSON, points, estimate.notes(), out));
  }

  private void search(Context ctx) {
    Params p = params(ctx);
    String q = p.required("q", "q=制裁");
    if (q.length() > 500) {
      throw ApiException.badParameter("q", "q is longer than 500 characters");
    }
    SearchKind kind =
        p.choice(
            "kind",
            ordered(
                "all", SearchKind.ALL, "sentence", SearchKind.SENTENCE, "event", SearchKind.EVENT),
            SearchKind.ALL);
    String state = p.string("state") == null ? null : p.state("state").iso3();
    int limit = p.integer("limit", 1, 200, 20);
    SearchResult result = services.index().search(q, kind, state, limit);
    json(
        ctx,
        out -> {
          // The hits are the rows of `entente search --format json`; total and notes around them.
          out.write(
              ("{\"query\":"
                      + quote(result.query())
                      + ",\"total\":"
                      + result.total()
                      + ",\"notes\":["
                      + String.join(",", result.notes().stream().map(ApiRoutes::quote).toList())
                      + "],\"hits\":")
                  .getBytes(StandardCharsets.UTF_8));
          SearchWriter.write(Format.JSON, result, out);
          out.write('}');
        });
  }

  private void article(Context ctx) {
    Params p = params(ctx);
    String event = p.string("event");
    String source = p.string("source");
    if ((event == null) == (source == null)) {
      throw ApiException.badParameter(
          event == null ? "source" : "event",
          "give either source (a stored article's number) or event (an event coded from one)");
    }
    byte[] body =
        pool.with(
            s -> {
              TextQueries texts = new TextQueries(s.store);
              long id;
              int marked = -1;
              if (event != null) {
                TextQueries.SentenceRef place =
                    texts
                        .place(event)
                        .orElseThrow(
                            () ->
                                ApiException.noData(
                                    "no stored article sentence for event "
                                        + event
                                        + ": only events coded from articles (dataset text)"
                                        + " have one"));
                id = place.sourceId();
                marked = place.n();
              } else {
                id = p.integer("source", 1, Integer.MAX_VALUE, 0);
              }
              TextQueries.Article found =
                  texts
                      .article(id)
                      .orElseThrow(
                          () ->
                              ApiException.noData(
                                  "no stored article " + id + " (import-text stores articles)"));
              int mark = marked;
              return render(out -> ArticleWriter.json(found, mark, out));
            });
    send(ctx, body);
  }

  private void brief(Context ctx) {
    Params p = params(ctx);
    List<Country> states = p.states("states", 2, 5);
    Params.different("states", states.toArray(Country[]::new));
    int[] years = relationYears(p);
    BriefingLanguage language =
        p.choice(
            "lang",
            ordered("en", BriefingLanguage.EN, "ja", BriefingLanguage.JA),
            BriefingLanguage.EN);
    ServerServices.BriefFormat format =
        p.choice(
            "format",
            ordered("pdf", ServerServices.BriefFormat.PDF, "html", ServerServices.BriefFormat.HTML),
            ServerServices.BriefFormat.PDF);
    List<String> codes = states.stream().map(Country::iso3).toList();
    BriefingBuilder.Request request =
        new BriefingBuilder.Request(codes, years[0], years[1], language);
    byte[] file = heavy(ctx, () -> services.briefing(request, format));
    String name =
        "entente-briefing-"
            + String.join("-", codes)
            + "-"
            + years[0]
            + "-"
            + years[1]
            + "-"
            + language.key()
            + "."
            + format.extension;
    if (format == ServerServices.BriefFormat.HTML) {
      // The briefing's own stylesheet is inline; it has no script, and none may run.
      ctx.header(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
              + " form-action 'none'; frame-ancestors 'none'");
      ctx.header("Content-Disposition", "inline; filename=\"" + name + "\"");
    } else {
      ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
    ctx.contentType(format.contentType).result(file);
  }

  /** The alerts on watched pairs, newest first, as {@code entente alerts --format json}. */
  /** Every state's code with its English and Japanese names, for the pages' language. */
  private void states(Context ctx) {
    params(ctx);
    json(ctx, out -> StateNamesWriter.json(CountryCodes.bundled(), out));
  }

  private void alerts(Context ctx) {
    Params p = params(ctx);
    java.time.LocalDate since = p.date("since");
    int limit = p.integer("limit", 1, 1000, 100);
    List<org.entente.analyze.Alert> alerts =
        pool.with(
            s ->
                new org.entente.store.Watches(s.store)
                    .alerts(
                        since == null
                            ? null
                            : since.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                        limit));
    json(ctx, out -> org.entente.report.AlertWriter.write(Format.JSON, alerts, out));
  }

  /** The briefing's judgement alone, its statements in the language asked. */
  private void judgement(Context ctx) {
    Params p = params(ctx);
    List<Country> states = p.states("states", 2, 5);
    Params.different("states", states.toArray(Country[]::new));
    int[] years = relationYears(p);
    BriefingLanguage language =
        p.choice(
            "lang",
            ordered("en", BriefingLanguage.EN, "ja", BriefingLanguage.JA),
            BriefingLanguage.EN);
    BriefingBuilder.Request request =
        new BriefingBuilder.Request(
            states.stream().map(Country::iso3).toList(), years[0], years[1], language);
    // As light as a triad (the same relations) and asked for by every triad and dyad page: not
    // queued with the briefings, so that a page's judgement never turns its PDF link away.
    Judgement found = pool.with(s -> new BriefingBuilder(s.store, s.relations()).judge(request));
    EvidenceEnds ends =
        pool.with(s -> EvidenceEnds.of(org.entente.store.StoreSummary.freshness(s.store)));
    json(ctx, out -> JudgementWriter.json(found, language, ends, out));
  }

  private void extract(Context ctx) {
    Params p = params(ctx);
    List<TextEvent> events = services.extract(article(ctx, p));
    json(ctx, out -> TextEventWriter.write(Format.JSON, events, out));
  }

  private void importText(Context ctx) {
    Params p = params(ctx);
    ServerServices.Article article = article(ctx, p);
    Document document = article.document();
    List<TextEvent> events = services.extract(article);
    byte[] bytes = ctx.bodyAsBytes();
    var report =
        writes.write(
            () ->
                pool.with(
                    s -> {
                      Path dir = null;
                      try {
                        // The import recognises an article by the SHA-256 of its file's bytes.
                        dir = Files.createTempDirectory("entente-import-text");
                        Path file = dir.resolve(document.name());
                        Files.write(file, bytes);
                        return new TextImport(s.store).run(file, document, events);
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      } finally {
                        deleteQuietly(dir, document.name());
                      }
                    }));
    ctx.status(report.alreadyLoaded() ? 200 : 201);
    json(
        ctx,
        out ->
            out.write(
                ("{\"document\":"
                        + quote(document.name())
                        + ",\"already_imported\":"
                        + report.alreadyLoaded()
                        + ",\"events_stored\":"
                        + report.imported()
                        + ",\"encoding\":"
                        + quote(document.encoding())
                        + ",\"replaced\":"
                        + document.replaced()
                        + "}")
                    .getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The request body as an article, read as the CLI reads a file of that name (the same {@link
   * org.entente.text.TextGate}: encodings, HTML, PDF; binary and control characters refused with
   * 422 and the reason); language detected unless {@code lang}.
   */
  private static ServerServices.Article article(Context ctx, Params p) {
    String lang = p.choice("lang", ordered("auto", "auto", "ja", "ja", "en", "en"), "auto");
    LocalDate date = p.date("doc_date");
    String name = p.string("name") == null ? "request.txt" : p.string("name");
    if (!name.matches("[\\p{L}\\p{N}._-]{1,100}")) {
      throw ApiException.badParameter(
          "name", "name takes a file name of letters, digits, '.', '_' and '-' (at most 100)");
    }
    Document document;
    try {
      document = Documents.read(name, ctx.bodyAsBytes());
    } catch (UnreadableDocumentException e) {
      throw ApiException.unreadable("the request body is not an article: " + e.reason());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (document.text().isBlank()) {
      throw ApiException.badParameter(null, "the request body is empty: send the article's text");
    }
    return new ServerServices.Article(document, lang, date);
  }

  private static void deleteQuietly(Path dir, String name) {
    if (dir == null) {
      return;
    }
    try {
      Files.deleteIfExists(dir.resolve(name));
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }

  private static VoteQuery voteQuery(Params p) {
    PeriodUnit unit = p.choice("by", VOTE_PERIODS, PeriodUnit.SESSION);
    Issue issue = null;
    String code = p.string("issue");
    if (code != null) {
      issue = Issue.parseOrNull(code);
      if (issue == null) {
        throw ApiException.badParameter(
            "issue", "unknown issue '" + code + "': expected one of me, nu, di, hr, co, ec");
      }
    }
    Integer[] range = p.years();
    return new VoteQuery(
        unit, p.flag("keep_unanimous"), p.flag("important"), issue, range[0], range[1], Set.of());
  }

  private String whyNoVotes(Country a, Country b, VoteQuery query) {
    String when =
        query.fromYear() == null && query.toYear() == null
            ? "any " + query.unit().label()
            : (query.fromYear() == null ? "…" : query.fromYear().toString())
                + "–"
                + (query.toYear() == null ? "…" : query.toYear().toString());
    return pool.with(
        s -> new UnAlignment(new VoteQueries(s.store)).whyNoData(a.iso3(), b.iso3(), when));
  }

  /** {@code from}/{@code to} of a relation: 1992 and this year when not given, as the CLI. */
  private static int[] relationYears(Params p) {
    Integer[] range = p.years();
    int from = range[0] == null ? org.entente.analyze.RelationSources.DEFAULT_FROM : range[0];
    int to = range[1] == null ? Math.max(thisYear(), from) : range[1];
    if (from > to) {
      throw ApiException.badParameter("to", "from " + from + " is after to " + to);
    }
    if (to - from > 200) {
      throw ApiException.badParameter("from", "at most 200 years at once");
    }
    return new int[] {from, to};
  }

  private static int thisYear() {
    return LocalDate.now(ZoneOffset.UTC).getYear();
  }

  /** {@code work}, bounded as a heavy request ({@link HeavyWork}). */
  private <T> T heavy(Context ctx, java.util.function.Supplier<T> work) {
    return heavy.run(ctx.attribute(ApiServer.QUESTION), work);
  }

  private Params params(Context ctx) {
    return new Params(ctx, ctx.attribute(ApiServer.ROUTE_PARAMETERS));
  }

  /** Writes a JSON answer rendered by one of the report writers. */
  interface Rendering {
    void to(OutputStream out) throws IOException;
  }

  static byte[] render(Rendering rendering) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try {
      rendering.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void json(Context ctx, Rendering rendering) {
    send(ctx, render(rendering));
  }

  private static void send(Context ctx, byte[] body) {
    ctx.attribute(ApiServer.ANSWER, body);
    ctx.contentType(ApiServer.JSON).result(body);
  }

  static String quote(String text) {
    return ApiServer.quote(text);
  }

  private static List<String> concat(List<String> list, String more) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
  }

  @SafeVarargs
  private static <T> Map<String, T> ordered(Object... pairs) {
    Map<String, T> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      T value = (T) pairs[i + 1];
      map.put((String) pairs[i], value);
    }
    return map;
  }
}
