package org.entente.text;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.phonetic.DoubleMetaphoneFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits a person's or an organisation's name into comparable words, as a visible chain: Unicode
 * word boundaries (hyphens and punctuation split, so {@code Jong-un} is {@code jong un}), accents
 * folded to ASCII, lower case, apostrophes dropped ({@code Ma'an} = {@code maan}). Then, by field:
 *
 * <ul>
 *   <li>{@link #WORDS}: the words themselves;
 *   <li>{@link #SOUNDS}: each word's Double Metaphone codes, so that romanisations that sound alike
 *       meet ({@code Qadhafi}, {@code Gaddafi} → {@code KTF}), after the spellings of {@code
 *       romanisations.csv} that the codes would keep apart are mapped to one ({@code Lee} → {@code
 *       Ri}, {@code Park} → {@code Pak});
 *   <li>{@link #JOINED}: every run of two or three words joined, so that {@code Jong Un} meets
 *       {@code Jongun}.
 * </ul>
 *
 * Word order plays no part: each word is a term of its own.
 */
public final class NameAnalyzer extends Analyzer {

  /** The field of plain words. */
  public static final String WORDS = "words";

  /** The field of Double Metaphone codes. */
  public static final String SOUNDS = "sounds";

  /** The field of joined runs of two or three words. */
  public static final String JOINED = "joined";

  private static final Pattern APOSTROPHES = Pattern.compile("['’ʻʼ`´]");

  /** Double Metaphone codes of up to six letters keep long names apart. */
  private static final int CODE_LENGTH = 6;

  private static final String ROMANISATIONS = "romanisations.csv";

  /** Variant → key of {@code romanisations.csv}. */
  private static final Map<String, String> KEYS = keys();

  private static final StemmerOverrideMap VARIANTS = variants(KEYS);

  public NameAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY); // one chain per field: the global default would share one
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    Tokenizer words = new StandardTokenizer();
    TokenStream chain = new ASCIIFoldingFilter(words);
    chain = new LowerCaseFilter(chain);
    chain = new PatternReplaceFilter(chain, APOSTROPHES, "", true);
    chain =
        switch (field) {
          case WORDS -> chain;
          case SOUNDS ->
              new DoubleMetaphoneFilter(
                  new StemmerOverrideFilter(chain, VARIANTS), CODE_LENGTH, false);
          case JOINED -> joined(chain);
          default -> throw new IllegalArgumentException("no name field " + field);
        };
    return new TokenStreamComponents(words, chain);
  }

  private static TokenStream joined(TokenStream words) {
    ShingleFilter runs = new ShingleFilter(words, 2, 3);
    runs.setTokenSeparator("");
    runs.setOutputUnigrams(false);
    return runs;
  }

  /**
   * The spelling {@code word} (lower case, as this analyser makes it) is mapped to by {@code
   * romanisations.csv}: {@code lee} → {@code ri}; the word itself when the table does not list it.
   * {@code oo} is read as {@code u} first, as popular romanisations of Korean write it ({@code
   * Yoo}, {@code Soo}, {@code Ryoo} for Yu, Su, Ryu).
   */
  public static String key(String word) {
    String read = word.replace("oo", "u");
    return KEYS.getOrDefault(read, read);
  }

  /** The table of {@code romanisations.csv}, variant → key. */
  private static Map<String, String> keys() {
    try (InputStream table = NameAnalyzer.class.getResourceAsStream(ROMANISATIONS)) {
      if (table == null) {
        throw new IllegalStateException("missing resource " + ROMANISATIONS);
      }
      Map<String, String> keys = new LinkedHashMap<>();
      try (CsvReader<NamedCsvRecord> csv =
          CsvReader.builder()
              .commentStrategy(CommentStrategy.SKIP)
              .ofNamedCsvRecord(new InputStreamReader(table, StandardCharsets.UTF_8))) {
        for (NamedCsvRecord r : csv) {
          String variant = r.getField("variant");
          String where = ROMANISATIONS + " line " + r.getStartingLineNumber() + ": ";
          if (!variant.matches("[a-z]+") || !r.getField("key").matches("[a-z]+")) {
            throw new IllegalStateException(where + "variant and key must be lower-case letters");
          }
          if (keys.putIfAbsent(variant, r.getField("key")) != null) {
            throw new IllegalStateException(where + "variant '" + variant + "' is listed twice");
          }
        }
      }
      return Map.copyOf(keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static StemmerOverrideMap variants(Map<String, String> keys) {
    StemmerOverrideFilter.Builder map = new StemmerOverrideFilter.Builder(false);
    keys.forEach(map::add);
    try {
      return map.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
