package org.entente.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.analyze.IdealPoint;
import org.entente.analyze.IdealPoints;
import org.entente.analyze.NameMatch;
import org.entente.analyze.NameSearch;
import org.entente.analyze.SanctionsCatalog;
import org.entente.code.RollCallMatches;
import org.entente.ingest.Progress;
import org.entente.report.SanctionsWriter;
import org.entente.report.brief.Briefing;
import org.entente.report.brief.BriefingBuilder;
import org.entente.report.brief.BriefingHtml;
import org.entente.report.brief.BriefingPdf;
import org.entente.search.EvidenceIndex;
import org.entente.store.SanctionsQueries;
import org.entente.store.VoteQueries;
import org.entente.text.Document;
import org.entente.text.events.TextEvent;
import org.entente.text.events.TextEvents;

/**
 * What the server builds once and shares: the sanctions name index (about 1.8 s to build), the
 * event coder, ideal-point estimates per range of years (seconds each) and the last briefings asked
 * for (a PDF takes seconds). Each is guarded by its own lock, so that ideal points taking 20 s keep
 * no one from the event coder or the name index. What depends on events is forgotten when a writing
 * route changes the store ({@link #storeChanged()}).
 */
final class ServerServices {

  /** An article to code: the text, the language asked for ({@code auto}, ja, en), its date. */
  record Article(Document document, String lang, LocalDate date) {}

  record Matches(List<NameMatch> matches, List<String> notes) {}

  record Estimate(List<IdealPoint> points, List<String> notes) {}

  private static final int ESTIMATES_KEPT = 8;
  private static final int BRIEFINGS_KEPT = 6;

  /** A briefing's file as the API sends it. */
  enum BriefFormat {
    PDF("application/pdf", "pdf"),
    HTML("text/html; charset=utf-8", "html");

    final String contentType;
    final String extension;

    BriefFormat(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }
  }

  private final StorePool pool;
  private final Object namesLock = new Object();
  private NameSearch names;
  private List<String> snapshotNotes;
  private final Object coderLock = new Object();
  private TextEvents coder;
  private final Object estimatesLock = new Object();
  private final Map<String, Estimate> estimates = lru(ESTIMATES_KEPT);

  private final Object indexLock = new Object();
  private EvidenceIndex index;
  private final Object briefingLock = new Object();
  private final Map<String, byte[]> briefings = lru(BRIEFINGS_KEPT);

  ServerServices(StorePool pool) {
    this.pool = pool;
  }

  static Article document(String name, String text, String lang, LocalDate date) {
    return new Article(Document.of(name, text), lang, date);
  }

  /** Designated names like {@code q}, best first. */
  Matches search(String q, int limit) {
    synchronized (namesLock) {
      if (names == null) {
        pool.with(
            s -> {
              SanctionsQueries queries = new SanctionsQueries(s.store);
              names = new NameSearch(new SanctionsCatalog(queries), queries.names());
              snapshotNotes = SanctionsWriter.snapshotNote(queries.snapshots());
              return null;
            });
      }
      return new Matches(names.search(q, limit), snapshotNotes);
    }
  }

  /** The events an article reports; none for a text in neither Japanese nor English. */
  List<TextEvent> extract(Article article) {
    Document document = article.document();
    if (article.lang().equals("auto") && !List.of("ja", "en").contains(document.language())) {
      return List.of();
    }
    synchronized (coderLock) {
      if (coder == null) {
        coder = TextEvents.bundled();
      }
      return coder.extract(document, article.lang(), article.date());
    }
  }

  /** Ideal points of the sessions of {@code from} … {@code to}, estimated once per range. */
  Estimate idealPoints(Integer from, Integer to) {
    synchronized (estimatesLock) {
      return estimate(from, to);
    }
  }

  private Estimate estimate(Integer from, Integer to) {
    String key = from + "-" + to;
    Estimate known = estimates.get(key);
    if (known != null) {
      return known;
    }
    IdealPoints.Estimate estimate =
        pool.with(
            s ->
                new IdealPoints(new VoteQueries(s.store), RollCallMatches.bundled())
                    .estimate(from, to, Progress.NONE));
    if (estimate.points().isEmpty()) {
      throw ApiException.noData(
          "no contested roll calls in that range (session s is year s + 1945)");
    }
    Estimate result =
        new Estimate(
            estimate.points(),
            List.of(
                String.format(
                    Locale.ROOT,
                    "Estimated from %,d contested roll calls, %d EM iterations%s. Positive = closer"
                        + " to the United States' positions; a relative scale.",
                    estimate.rollCalls(),
                    estimate.iterations(),
                    estimate.converged() ? "" : " (stopped before it converged)")));
    estimates.put(key, result);
    return result;
  }

  /**
   * The briefing of {@code request} as a file, built once per request and format while kept. One
   * briefing is built at a time: each takes a few seconds of both cores.
   */
  byte[] briefing(BriefingBuilder.Request request, BriefFormat format) {
    String key = request + "/" + format;
    synchronized (briefingLock) {
      byte[] known = briefings.get(key);
      if (known != null) {
        return known;
      }
      Briefing briefing =
          pool.with(s -> new BriefingBuilder(s.store, s.relations()).build(request));
      byte[] bytes;
      if (format == BriefFormat.PDF) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        try {
          BriefingPdf.write(briefing, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        bytes = out.toByteArray();
      } else {
        bytes = BriefingHtml.write(briefing).getBytes(StandardCharsets.UTF_8);
      }
      briefings.put(key, bytes);
      return bytes;
    }
  }

  /**
   * The search index over the stored articles and events, built on first use (seconds for many
   * events) and kept while the store stays as it is.
   */
  EvidenceIndex index() {
    synchronized (indexLock) {
      if (index == null) {
        index = pool.with(s -> EvidenceIndex.build(s.store));
      }
      return index;
    }
  }

  /**
   * A writing route stored articles: the search index and the briefings (which count their events)
   * are built anew.
   */
  void storeChanged() {
    synchronized (indexLock) {
      index = null;
    }
    synchronized (briefingLock) {
      briefings.clear();
    }
  }

  private static <V> Map<String, V> lru(int kept) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > kept;
      }
    };
  }
}
