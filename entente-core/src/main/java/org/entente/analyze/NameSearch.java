package org.entente.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.entente.domain.SanctionsList;
import org.entente.store.SanctionsQueries;
import org.entente.text.CyrillicRomaniser;
import org.entente.text.NameAnalyzer;
import org.entente.text.NameForm;

/**
 * Finds designated names and aliases like a searched name, whatever its word order, case,
 * punctuation, hyphenation or romanisation: {@code "Kim Jong Un"}, {@code "KIM Jong-un"}, {@code
 * "Jong Un Kim"} and {@code "Kim Jong-Eun"} all find OFAC's {@code KIM, Jong Un}. A query in
 * Cyrillic is searched as written and romanised ({@link CyrillicRomaniser}): {@code Сергей Лавров}
 * finds OFAC's {@code LAVROV, Sergei Viktorovich}; katakana is searched as written, against the
 * Japanese names of the MOF list.
 *
 * <p>Two steps. Lucene (an in-memory index of every name, {@link NameAnalyzer}) gathers the {@value
 * #CANDIDATES} names that share most words with the query, exactly, within one or two edits ({@link
 * FuzzyQuery}), by sound (Double Metaphone) or joined differently. Each candidate is then scored by
 * {@link NameSimilarity}, an entry takes its best name's score, and entries scoring {@value
 * #THRESHOLD} or more are matches, best first. The threshold was chosen on the evaluation set of
 * {@code NameSearchIT} (BENCHMARKS.md gives its precision and recall).
 *
 * <pre>{@code
 * NameSearch search = new NameSearch(catalog, new SanctionsQueries(store).names());
 * search.search("kim jong un", 5); // [NameMatch[score=1.0, matched=KIM, Jong Un, …]]
 * }</pre>
 */
public final class NameSearch {

  /** Matches score at least this. */
  public static final double THRESHOLD = 0.8;

  /** How many names Lucene hands to the rescoring. */
  static final int CANDIDATES = 64;

  private final NameAnalyzer analyzer = new NameAnalyzer();
  private final List<Indexed> names = new ArrayList<>();
  private final IndexSearcher searcher;

  /** One indexed name, its form and its entry. */
  record Indexed(NameForm form, String name, String kind, SanctionsCatalog.Designated entry) {}

  /**
   * Indexes every name of {@code names} whose entry the catalogue holds.
   *
   * @throws IllegalArgumentException if a name's entry is not in the catalogue
   */
  public NameSearch(SanctionsCatalog catalog, List<SanctionsQueries.Name> names) {
    Map<String, SanctionsCatalog.Designated> entries = new HashMap<>();
    for (SanctionsCatalog.Designated d : catalog.entries(null, null)) {
      entries.put(key(d.entry().list(), d.entry().entryId()), d);
    }
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    // No merges, one large buffer: documents keep the order they were added in, so a hit's
    // document number is the name's place in this.names, and no time goes into merging.
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setMergePolicy(NoMergePolicy.INSTANCE)
            .setRAMBufferSizeMB(256)
            .setUseCompoundFile(false);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (SanctionsQueries.Name name : names) {
        SanctionsCatalog.Designated entry = entries.get(key(name.list(), name.entryId()));
        if (entry == null) {
          throw new IllegalArgumentException(
              "name '"
                  + name.name()
                  + "' of "
                  + name.list()
                  + " "
                  + name.entryId()
                  + " has no entry");
        }
        NameForm form = NameForm.of(analyzer, name.name());
        if (form.isEmpty()) {
          continue;
        }
        Document doc = new Document();
        doc.add(new TextField(NameAnalyzer.WORDS, name.name(), Field.Store.NO));
        doc.add(new TextField(NameAnalyzer.SOUNDS, name.name(), Field.Store.NO));
        doc.add(new TextField(NameAnalyzer.JOINED, name.name(), Field.Store.NO));
        writer.addDocument(doc);
        this.names.add(new Indexed(form, name.name(), name.kind(), entry));
      }
      writer.commit();
      DirectoryReader reader = DirectoryReader.open(directory);
      if (reader.maxDoc() != this.names.size()) {
        throw new IllegalStateException(
            "index holds " + reader.maxDoc() + " names, expected " + this.names.size());
      }
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the name index: " + e.getMessage(), e);
    }
  }

  private static String key(SanctionsList list, String entryId) {
    return list + "\t" + entryId;
  }

  /** How many names (primary names and aliases) are indexed. */
  public int size() {
    return names.size();
  }

  /**
   * The entries whose names match {@code query}, best first (ties: UN list first, then by entry
   * id).
   *
   * @param limit at most this many; at least 1
   */
  public List<NameMatch> search(String query, int limit) {
    Objects.requireNonNull(query, "query");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, not " + limit);
    }
    Map<SanctionsCatalog.Designated, NameMatch> best = new LinkedHashMap<>();
    collect(query, best);
    // A Cyrillic query also meets the Latin spellings of the same name (UN, OFAC, MOF English).
    CyrillicRomaniser.latin(query).ifPresent(latin -> collect(latin, best));
    return best.values().stream().sorted(ORDER).limit(limit).toList();
  }

  /** Adds the entries whose names match {@code text}, keeping each entry's best match. */
  private void collect(String text, Map<SanctionsCatalog.Designated, NameMatch> best) {
    NameForm form = NameForm.of(analyzer, text);
    if (form.isEmpty()) {
      return;
    }
    try {
      ScoreDoc[] hits = searcher.search(query(form, text), CANDIDATES).scoreDocs;
      for (ScoreDoc hit : hits) {
        Indexed name = names.get(hit.doc);
        double score = NameSimilarity.score(form, name.form());
        if (score >= THRESHOLD) {
          best.merge(
              name.entry(),
              new NameMatch(score, name.name(), name.kind(), name.entry()),
              (x, y) -> y.score() > x.score() ? y : x);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Best score first; then the UN list, then by entry id, so that equal scores list stably. */
  static final Comparator<NameMatch> ORDER =
      Comparator.comparingDouble(NameMatch::score)
          .reversed()
          .thenComparing(m -> m.designated().entry().list())
          .thenComparing(m -> m.designated().entry().entryId());

  /** Every indexed name, for the linear baseline of the tests and benchmark. */
  List<Indexed> indexed() {
    return List.copyOf(names);
  }

  /** The analyser's form of a query, as {@link #search} sees it. */
  NameForm form(String query) {
    return NameForm.of(analyzer, query);
  }

  private Query query(NameForm form, String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (int i = 0; i < form.words().size(); i++) {
      String word = form.words().get(i);
      should(any, new TermQuery(new Term(NameAnalyzer.WORDS, word)), 2f);
      int edits = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
      if (edits > 0) {
        should(any, fuzzy(NameAnalyzer.WORDS, word, edits), 1f);
      }
      if (word.length() > 1) {
        for (String code : form.sounds().get(i)) {
          should(any, new TermQuery(new Term(NameAnalyzer.SOUNDS, code)), 1f);
        }
      }
      if (word.length() >= 5) {
        // A word that the list may split: "Jongun" against the run "jong un".
        should(any, new TermQuery(new Term(NameAnalyzer.JOINED, word)), 1.5f);
      }
    }
    for (String run : NameForm.terms(analyzer, NameAnalyzer.JOINED, text)) {
      // Words that the list may write as one: "Jong Un" against "Jongun".
      should(any, new TermQuery(new Term(NameAnalyzer.WORDS, run)), 1.5f);
      should(any, new TermQuery(new Term(NameAnalyzer.JOINED, run)), 1.5f);
    }
    return any.build();
  }

  /**
   * Words within {@code edits} edits, the first letter kept: romanised first letters that differ
   * ({@code Qadhafi}, {@code Gaddafi}) meet through their sound instead, and a fixed first letter
   * keeps the search fast.
   */
  private static Query fuzzy(String field, String word, int edits) {
    return new FuzzyQuery(new Term(field, word), edits, 1);
  }

  private static void should(BooleanQuery.Builder query, Query clause, float boost) {
    query.add(new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
  }
}
