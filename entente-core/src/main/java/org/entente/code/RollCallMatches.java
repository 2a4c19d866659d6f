package org.entente.code;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of UN General Assembly roll calls on the same resolution voted in two sessions, from Erik
 * Voeten's {@code Matches.csv} ({@code roll-call-matches.csv}, provenance in its header).
 * Ideal-point models give both votes one set of item parameters, which bridges the sessions
 * (Bailey, Strezhnev & Voeten 2017).
 *
 * <pre>{@code
 * RollCallMatches.bundled().pairs().get(0);  // Pair[first=299, second=331]
 * }</pre>
 */
public final class RollCallMatches {

  static final String TABLE = "roll-call-matches.csv";

  /** Two roll calls (Voeten's rcids) on the same resolution. */
  public record Pair(int first, int second) {
    public Pair {
      if (first == second) {
        throw new IllegalArgumentException(
            "a pair needs two roll calls, got rcid " + first + " twice");
      }
    }
  }

  private static volatile RollCallMatches bundled;

  private final List<Pair> pairs;

  public RollCallMatches(List<Pair> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  /** The table shipped with Entente. */
  public static RollCallMatches bundled() {
    if (bundled == null) {
      bundled = CodeTable.bundled(TABLE, RollCallMatches::read);
    }
    return bundled;
  }

  public List<Pair> pairs() {
    return pairs;
  }

  private static RollCallMatches read(InputStream table) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> rows = CodeTable.rows(table)) {
      for (NamedCsvRecord r : rows) {
        String where = TABLE + " line " + r.getStartingLineNumber() + ": ";
        pairs.add(new Pair(number(r, "rcid1", where), number(r, "rcid2", where)));
      }
    }
    return new RollCallMatches(pairs);
  }

  private static int number(NamedCsvRecord r, String column, String where) {
    String text = r.getField(column);
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(where + column + " '" + text + "' is not a roll-call id", e);
    }
  }
}
