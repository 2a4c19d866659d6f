package org.entente.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.domain.ArticleSentence;
import org.entente.domain.Event;
import org.entente.store.EventQueries;
import org.entente.store.Store;
import org.entente.store.TextQueries;
import org.entente.text.ActorMention;
import org.entente.text.Actors;
import org.entente.text.JapaneseTokens;
import org.entente.text.Language;
import org.entente.text.Sentence;
import org.entente.text.TextNormaliser;

/**
 * A full-text index of the evidence in a store: every article sentence {@code import-text} kept and
 * the newest {@value #MAX_EVENTS} events, each described in one line. Every text is indexed twice,
 * through Kuromoji ({@code ja}: search mode, Entente's user dictionary) and through Lucene's
 * English analyzer ({@code en}: stemmed, so {@code sanction} finds {@code sanctions}), and a query
 * is read against both by {@link SimpleQueryParser}, which accepts any input.
 *
 * <p>The index lives in memory and never changes: it is a snapshot of the store when it was built.
 * The caller builds a new one after an import ({@link #build}, or a fresh {@link #lazy}).
 *
 * <pre>{@code
 * EvidenceIndex index = EvidenceIndex.build(store);
 * SearchResult r = index.search("羅津 制裁", SearchKind.ALL, null, 20);
 * }</pre>
 */
public final class EvidenceIndex {

  /**
   * Events indexed at most, newest first. GDELT stores hold tens of millions of events; half a
   * million index in about 25 s within a 300 MB heap (BENCHMARKS.md, "Search index"), while the
   * articles — the evidence users read — are always indexed whole.
   */
  public static final int MAX_EVENTS = 500_000;

  /** What each word of the query found adds to the score: see {@link WordsAsWritten}. */
  private static final float WORD_WEIGHT = 1000f;

  /**
   * Words of a query read at most: each becomes a few clauses (two fields, a phrase, its weight),
   * and Lucene refuses a query of more than 1,024 clauses; nobody types fifty words to search.
   */
  static final int MAX_WORDS = 50;

  static final String KIND = "kind";
  static final String JA = "ja";
  static final String EN = "en";
  static final String STATE = "state";
  private static final String TEXT = "text";

  /** Positions and offsets in the postings, so matches come back as character ranges. */
  private static final FieldType ANALYSED = analysed();

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final long sentences;
  private final long events;
  private final List<String> notes;

  private EvidenceIndex(
      ByteBuffersDirectory directory,
      Analyzer analyzer,
      long sentences,
      long events,
      List<String> notes)
      throws IOException {
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.analyzer = analyzer;
    this.sentences = sentences;
    this.events = events;
    this.notes = List.copyOf(notes);
  }

  /** The analyzer of both fields: Kuromoji for {@code ja}, English for {@code en}. */
  static Analyzer analyzer() {
    Analyzer japanese =
        new JapaneseAnalyzer(
            JapaneseTokens.userDictionary(),
            JapaneseTokenizer.Mode.SEARCH,
            JapaneseAnalyzer.getDefaultStopSet(),
            JapaneseAnalyzer.getDefaultStopTags());
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(), Map.of(JA, japanese, EN, new EnglishAnalyzer()));
  }

  private static FieldType analysed() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /**
   * Indexes the store's article sentences and its newest {@value #MAX_EVENTS} events now. Reads the
   * store on the calling thread; the index keeps no connection to it.
   */
  public static EvidenceIndex build(Store store) {
    return build(store, SearchKind.ALL);
  }

  /**
   * Indexes only what {@code scope} names: {@link SearchKind#SENTENCE} skips the events, the bulk
   * of a GDELT store, for a one-off search of articles ({@code entente search --kind sentence}).
   */
  public static EvidenceIndex build(Store store, SearchKind scope) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(scope, "scope");
    Analyzer analyzer = analyzer();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    List<String> notes = new ArrayList<>();
    long[] counts = new long[2];
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      if (scope != SearchKind.EVENT) {
        SentenceStates states = new SentenceStates();
        new TextQueries(store)
            .forEachSentence(
                s -> {
                  add(writer, sentence(s, states.of(s)));
                  counts[0]++;
                });
      }
      EventQueries queries = new EventQueries(store);
      if (scope != SearchKind.SENTENCE) {
        Map<String, String> cameoNames = queries.cameoNames();
        CountryCodes codes = CountryCodes.bundled();
        queries.forEach(
            MAX_EVENTS,
            e -> {
              add(writer, event(e, cameoNames, codes));
              counts[1]++;
            });
      }
      if (counts[1] == MAX_EVENTS) {
        long stored = queries.count();
        if (stored > MAX_EVENTS) {
          notes.add(
              String.format(
                  Locale.ROOT,
                  "only the newest %,d of the %,d stored events are searched",
                  MAX_EVENTS,
                  stored));
        }
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the search index: " + e.getMessage(), e);
    }
    try {
      return new EvidenceIndex(directory, analyzer, counts[0], counts[1], notes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index: " + e.getMessage(), e);
    }
  }

  /**
   * An index built on first use, once, whichever thread asks first; the store must stay open until
   * then. After an import, make a new one: this one keeps what it first read.
   */
  public static Supplier<EvidenceIndex> lazy(Store store) {
    Objects.requireNonNull(store, "store");
    return new Supplier<>() {
      private volatile EvidenceIndex index;

      @Override
      public EvidenceIndex get() {
        EvidenceIndex built = index;
        if (built == null) {
          synchronized (this) {
            built = index;
            if (built == null) {
              built = build(store);
              index = built;
            }
          }
        }
        return built;
      }
    };
  }

  /** How many article sentences are indexed. */
  public long sentences() {
    return sentences;
  }

  /** How many events are indexed (at most {@value #MAX_EVENTS}). */
  public long events() {
    return events;
  }

  /** Whether there is anything to search: no articles and no events make every search empty. */
  public boolean isEmpty() {
    return sentences == 0 && events == 0;
  }

  /**
   * The best {@code limit} pieces of evidence for {@code query}. Words are alternatives (more of
   * them rank higher); SimpleQueryParser's syntax works ({@code "quoted phrase"}, {@code +word},
   * {@code -word}, {@code word*}) and anything else is read as words, never an error.
   *
   * @param kind sentences, events or both
   * @param state ISO-3 of a state the evidence must name (a sentence) or involve (an event), or
   *     null for any
   * @param limit hits to return, 1 or more
   */
  public SearchResult search(String query, SearchKind kind, String state, int limit) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(kind, "kind");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
    }
    List<String> said = new ArrayList<>(notes);
    if (isEmpty()) {
      said.add("nothing to search: import articles with `entente import-text FILE`");
      return new SearchResult(query, 0, List.of(), said);
    }
    SimpleQueryParser parser = new WordsAsWritten(analyzer);
    String[] words = query.strip().split("\\s+");
    String read = query;
    if (words.length > MAX_WORDS) {
      read = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
      said.add(
          "only the first " + MAX_WORDS + " of the query's " + words.length + " words are used");
    }
    Query parsed = parser.parse(read);
    if (matchesNothing(parsed)) {
      said.add("the query has no searchable words (only punctuation, symbols or stop words)");
      return new SearchResult(query, 0, List.of(), said);
    }
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(parsed, Occur.MUST);
    if (kind != SearchKind.ALL) {
      filtered.add(new TermQuery(new Term(KIND, kind.key())), Occur.FILTER);
    }
    if (state != null && !state.isBlank()) {
      filtered.add(
          new TermQuery(new Term(STATE, state.trim().toUpperCase(Locale.ROOT))), Occur.FILTER);
    }
    Query full = filtered.build();
    try {
      TopDocs top = searcher.search(full, limit);
      long total = searcher.count(full);
      Weight weight =
          searcher.createWeight(searcher.rewrite(parsed), ScoreMode.COMPLETE_NO_SCORES, 1);
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        hits.add(hit(sd, weight));
      }
      return new SearchResult(query, total, hits, said);
    } catch (IndexSearcher.TooManyClauses e) {
      said.add("the query expands to too many terms to search; use fewer or longer words");
      return new SearchResult(query, 0, List.of(), said);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search: " + e.getMessage(), e);
    }
  }

  /** A query that analysed to nothing: no words, or only words to exclude. */
  private static boolean matchesNothing(Query q) {
    if (q == null || q instanceof MatchNoDocsQuery) {
      return true;
    }
    if (q instanceof BooleanQuery b) {
      return b.clauses().stream()
          .filter(c -> c.getOccur() != Occur.MUST_NOT)
          .allMatch(c -> matchesNothing(c.getQuery()));
    }
    return false;
  }

  private SearchHit hit(ScoreDoc sd, Weight weight) throws IOException {
    Document doc = searcher.storedFields().document(sd.doc);
    String text = doc.get(TEXT);
    List<SearchHit.Match> matches = matches(sd.doc, weight, text.length());
    if (SearchKind.SENTENCE.key().equals(doc.get(KIND))) {
      return new SearchHit(
          SearchKind.SENTENCE,
          sd.score,
          text,
          matches,
          new SearchHit.SentenceRef(
              doc.getField("source_id").numericValue().longValue(),
              doc.get("document"),
              doc.getField("n").numericValue().intValue(),
              doc.get("language"),
              doc.getField("start").numericValue().intValue(),
              doc.getField("end").numericValue().intValue()),
          null);
    }
    return new SearchHit(
        SearchKind.EVENT,
        sd.score,
        text,
        matches,
        null,
        new SearchHit.EventRef(
            doc.get("dataset"),
            doc.get("event_id"),
            LocalDate.parse(doc.get("date")),
            doc.get("source_state"),
            doc.get("target_state"),
            doc.get("cameo"),
            doc.get("file"),
            doc.getField("line").numericValue().longValue()));
  }

  /**
   * The ranges of the hit's text the query matched, from the offsets Lucene indexed with each
   * token, both fields merged: a phrase is one range, overlapping ranges become one.
   */
  private List<SearchHit.Match> matches(int docId, Weight weight, int length) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    Matches matches = weight.matches(leaf, docId - leaf.docBase);
    List<int[]> ranges = new ArrayList<>();
    if (matches != null) {
      for (String field : matches) {
        MatchesIterator it = matches.getMatches(field);
        while (it != null && it.next()) {
          int start = it.startOffset();
          int end = Math.min(it.endOffset(), length);
          if (start >= 0 && end > start) {
            ranges.add(new int[] {start, end});
          }
        }
      }
    }
    ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<SearchHit.Match> merged = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int[] r : ranges) {
      if (r[0] < end) {
        end = Math.max(end, r[1]);
      } else {
        if (start >= 0) {
          merged.add(new SearchHit.Match(start, end));
        }
        start = r[0];
        end = r[1];
      }
    }
    if (start >= 0) {
      merged.add(new SearchHit.Match(start, end));
    }
    return merged;
  }

  private static void add(IndexWriter writer, Document doc) {
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index: " + e.getMessage(), e);
    }
  }

  private static Document sentence(ArticleSentence s, Set<String> states) {
    Document doc = text(SearchKind.SENTENCE, s.text(), states);
    doc.add(new StoredField("source_id", s.sourceId()));
    doc.add(new StoredField("document", s.document()));
    doc.add(new StoredField("n", s.n()));
    doc.add(new StoredField("language", s.language()));
    doc.add(new StoredField("start", s.start()));
    doc.add(new StoredField("end", s.end()));
    return doc;
  }

  private static Document event(Event e, Map<String, String> cameoNames, CountryCodes codes) {
    Set<String> states = new TreeSet<>();
    if (e.sourceState() != null) {
      states.add(e.sourceState());
    }
    if (e.targetState() != null) {
      states.add(e.targetState());
    }
    Document doc = text(SearchKind.EVENT, describe(e, cameoNames, codes), states);
    doc.add(new StoredField("dataset", e.dataset()));
    doc.add(new StoredField("event_id", e.id()));
    doc.add(new StoredField("date", e.date().toString()));
    doc.add(new StoredField("source_state", e.sourceState() == null ? "" : e.sourceState()));
    doc.add(new StoredField("target_state", e.targetState() == null ? "" : e.targetState()));
    doc.add(new StoredField("cameo", e.cameo()));
    doc.add(new StoredField("file", e.file()));
    doc.add(new StoredField("line", e.line()));
    return doc;
  }

  private static Document text(SearchKind kind, String text, Set<String> states) {
    Document doc = new Document();
    doc.add(new StringField(KIND, kind.key(), Field.Store.YES));
    doc.add(new StoredField(TEXT, text));
    doc.add(new Field(JA, text, ANALYSED));
    doc.add(new Field(EN, text, ANALYSED));
    for (String state : states) {
      doc.add(new StringField(STATE, state, Field.Store.NO));
    }
    return doc;
  }

  /**
   * An event in one line, the words a search finds it by: {@code 2018-06-01 Foreign Affairs
   * (Bangladesh) [BGD Bangladesh] → High Ranking Military Personnel (Vietnam) [VNM Vietnam]: 040
   * Consult (CONSULT) · Hanoi · icews}.
   */
  static String describe(Event e, Map<String, String> cameoNames, CountryCodes codes) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.date()).append(' ');
    actor(sb, e.source().name(), e.sourceState(), codes);
    sb.append(" → ");
    actor(sb, e.target().name(), e.targetState(), codes);
    sb.append(": ").append(e.cameo());
    String name = cameoNames.get(e.cameo());
    if (name != null && !name.isBlank()) {
      sb.append(' ').append(name);
    }
    if (e.plover() != null && !e.plover().isBlank()) {
      sb.append(" (").append(e.plover()).append(')');
    }
    if (!e.place().name().isBlank()) {
      sb.append(" · ").append(e.place().name());
    }
    sb.append(" · ").append(e.dataset());
    return sb.toString();
  }

  private static void actor(StringBuilder sb, String name, String state, CountryCodes codes) {
    sb.append(name == null || name.isBlank() ? "?" : name);
    if (state != null && !state.isBlank()) {
      sb.append(" [").append(state);
      codes.country(state).map(Country::name).ifPresent(n -> sb.append(' ').append(n));
      sb.append(']');
    }
  }

  /**
   * SimpleQueryParser reading each word the user wrote (a run without spaces) as a phrase of its
   * tokens: Japanese runs together words a space would separate in English ({@code 北朝鮮制裁}), and the
   * English analyzer splits {@code 羅津} into 羅 and 津, which must not match each alone.
   */
  private static final class WordsAsWritten extends SimpleQueryParser {
    WordsAsWritten(Analyzer analyzer) {
      super(analyzer, Map.of(JA, 1f, EN, 1f));
    }

    @Override
    protected Query newDefaultQuery(String text) {
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      for (String field : weights.keySet()) {
        Query q = createPhraseQuery(field, text, 0);
        if (q != null) {
          either.add(q, Occur.SHOULD);
        }
      }
      Query word = simplify(either.build());
      if (word == null) {
        return null;
      }
      // Each word found adds WORD_WEIGHT, more than BM25 gives a word in a sentence, so evidence
      // with more of the query's words ranks first, then BM25 orders within each tier.
      return new BooleanQuery.Builder()
          .add(word, Occur.MUST)
          .add(new BoostQuery(new ConstantScoreQuery(word), WORD_WEIGHT), Occur.SHOULD)
          .build();
    }
  }

  /**
   * The states a sentence names, by Entente's actor dictionaries (as {@code extract} finds them).
   */
  private static final class SentenceStates {
    private final Actors actors = Actors.bundled();
    private final CountryCodes codes = CountryCodes.bundled();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    Set<String> of(ArticleSentence s) {
      Set<String> states = new TreeSet<>();
      String language =
          Language.JAPANESE.equals(s.language()) ? Language.JAPANESE : Language.ENGLISH;
      Sentence sentence =
          new Sentence(0, 0, s.text().length(), TextNormaliser.normalise(s.text()), language);
      for (ActorMention m : actors.find(sentence, today)) {
        for (String code : m.codes()) {
          if (codes.country(code).isPresent()) {
            states.add(code);
          }
        }
        for (ActorMention member : m.members()) {
          for (String code : member.codes()) {
            if (codes.country(code).isPresent()) {
              states.add(code);
            }
          }
        }
      }
      return states;
    }
  }
}
