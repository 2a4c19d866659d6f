package org.entente.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.entente.analyze.CampSplit;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.SignedTie;
import org.entente.analyze.TriadPeriod;

/**
 * Writes triads and camps. Triads, one row per period: {@code period,type,p_type,most_likely,roles,
 * balanced,sign_ab,sign_ac,sign_bc}, then for each pair ({@code ab}, {@code ac}, {@code bc}) {@code
 * index_ab,index_ab_lo,index_ab_hi} and after them {@code alignment_ab,alignment_ab_lo,
 * alignment_ab_hi}. {@code most_likely} is the type of the signs of the three posterior means with
 * its {@code roles}, {@code p_type} its probability under the model; {@code type} is that type when
 * {@code p_type} is 0.8 or more, else {@code undetermined}. {@code balanced} is true or false for a
 * type claimed, empty otherwise. A pair's sign is its relation's ({@code +}/{@code -} only when its
 * 80 % interval excludes 0), so a type may be claimed on a tie signed 0: the type is a claim on the
 * three ties together. A terminal table shows each pair as one cell, {@code + 0.317 [0.201,
 * 0.433]}. Camps, one row per state and per tie: {@code kind,a,b,sign,index,camp, frustrated}, with
 * {@code kind} {@code state} (its camp: A, B or unplaced), {@code tie} (whether the split
 * frustrates it) or {@code summary} (balance, method, groups in {@code camp}).
 */
public final class TriadWriter {

  private static final List<String> PAIRS = List.of("ab", "ac", "bc");

  public static final List<String> TRIAD_COLUMNS = triadColumns();

  /** The columns of a terminal table: each pair's sign, index and interval in one cell. */
  public static final List<String> TRIAD_TABLE_COLUMNS =
      List.of(
          "period",
          "type",
          "p_type",
          "most_likely",
          "roles",
          "balanced",
          "ab",
          "ac",
          "bc",
          "alignment_ab",
          "alignment_ac",
          "alignment_bc");

  public static final List<String> CAMP_COLUMNS =
      List.of("kind", "a", "b", "sign", "index", "camp", "frustrated");

  private TriadWriter() {}

  private static List<String> triadColumns() {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "period",
                "type",
                "p_type",
                "most_likely",
                "roles",
                "balanced",
                "sign_ab",
                "sign_ac",
                "sign_bc"));
    for (String dimension : List.of("index", "alignment")) {
      for (String pair : PAIRS) {
        String name = dimension + "_" + pair;
        columns.addAll(List.of(name, name + "_lo", name + "_hi"));
      }
    }
    return List.copyOf(columns);
  }

  public static void triads(Format format, List<TriadPeriod> periods, OutputStream out) {
    boolean table = format == Format.TABLE;
    List<String[]> rows = new ArrayList<>();
    for (TriadPeriod p : periods) {
      List<DyadRelation> three = List.of(p.ab(), p.ac(), p.bc());
      List<String> row = new ArrayList<>(TRIAD_COLUMNS.size());
      row.add(p.period());
      row.add(p.type().key());
      row.add(probability(p.pType(), format));
      row.add(Double.isNaN(p.pType()) ? "" : p.triad().type().key());
      row.add(p.triad().roles());
      row.add(p.determined() ? p.triad().balanced().map(String::valueOf).orElse("") : "");
      if (table) {
        for (DyadRelation r : three) {
          String index = EstimateCells.table(r.relations());
          String sign = RelationWriter.sign(r);
          row.add(index.isEmpty() ? sign : sign + " " + index);
        }
        for (DyadRelation r : three) {
          row.add(EstimateCells.table(r.alignment()));
        }
      } else {
        for (DyadRelation r : three) {
          row.add(RelationWriter.sign(r));
        }
        for (DyadRelation r : three) {
          row.addAll(Arrays.asList(EstimateCells.columns(r.relations())));
        }
        for (DyadRelation r : three) {
          row.addAll(Arrays.asList(EstimateCells.columns(r.alignment())));
        }
      }
      rows.add(row.toArray(String[]::new));
    }
    List<String> numbers = new ArrayList<>(TRIAD_COLUMNS.subList(9, TRIAD_COLUMNS.size()));
    numbers.add("p_type");
    Rows.write(
        format,
        (table ? TRIAD_TABLE_COLUMNS : TRIAD_COLUMNS).toArray(String[]::new),
        numbers,
        rows,
        out);
  }

  /** Two decimals in a table, full precision elsewhere; empty when a pair has no estimate. */
  private static String probability(double p, Format format) {
    if (Double.isNaN(p)) {
      return "";
    }
    return format == Format.TABLE ? String.format(Locale.ROOT, "%.2f", p) : Decimal.format(p);
  }

  /**
   * Writes a camp split of the states with the relations behind it.
   *
   * @param relations the relation of every pair, for the index and sign of each tie
   */
  public static void camps(
      Format format, CampSplit split, List<DyadRelation> relations, OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    for (String s : split.campA()) {
      rows.add(new String[] {"state", s, "", "", "", "A", ""});
    }
    for (String s : split.campB()) {
      rows.add(new String[] {"state", s, "", "", "", "B", ""});
    }
    for (String s : split.unplaced()) {
      rows.add(new String[] {"state", s, "", "", "", "unplaced", ""});
    }
    for (DyadRelation r : relations) {
      boolean frustrated =
          split.frustrated().stream()
              .map(SignedTie::dyad)
              .anyMatch(d -> d.equals(org.entente.domain.Dyad.of(r.a(), r.b())));
      rows.add(
          new String[] {
            "tie",
            r.a(),
            r.b(),
            r.sign().symbol(),
            index(r, format),
            "",
            r.sign().isDefinite() ? Boolean.toString(frustrated) : ""
          });
    }
    rows.add(
        new String[] {
          "summary",
          "",
          "",
          "",
          "",
          String.format(
              Locale.ROOT,
              "balanced=%s;balance=%s;frustrated=%d of %d;method=%s;groups=%d",
              split.balanced(),
              split.balance().isPresent() ? Decimal.format(split.balance().getAsDouble()) : "",
              split.frustratedCount(),
              split.ties(),
              split.method().key(),
              split.groups()),
          ""
        });
    Rows.write(format, CAMP_COLUMNS.toArray(String[]::new), List.of("index"), rows, out);
  }

  private static String index(DyadRelation r, Format format) {
    if (Double.isNaN(r.index())) {
      return "";
    }
    return format == Format.TABLE
        ? String.format(Locale.ROOT, "%.3f", r.index())
        : Decimal.format(r.index());
  }
}
