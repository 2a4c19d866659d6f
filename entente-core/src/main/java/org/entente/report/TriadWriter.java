package org.entente.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.analyze.CampSplit;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.SignedTie;
import org.entente.analyze.TriadPeriod;

/**
 * Writes triads and camps. Triads, one row per period: {@code period,type,roles,balanced,sign_ab,
 * sign_ac,sign_bc,index_ab,index_ac,index_bc} ({@code balanced} true, false or empty when a tie is
 * neutral or unknown). Camps, one row per state and per tie: {@code kind,a,b,sign,index,camp,
 * frustrated}, with {@code kind} {@code state} (its camp: A, B or unplaced), {@code tie} (whether
 * the split frustrates it) or {@code summary} (balance, method, groups in {@code camp}).
 */
public final class TriadWriter {

  public static final List<String> TRIAD_COLUMNS =
      List.of(
          "period",
          "type",
          "roles",
          "balanced",
          "sign_ab",
          "sign_ac",
          "sign_bc",
          "index_ab",
          "index_ac",
          "index_bc");

  public static final List<String> CAMP_COLUMNS =
      List.of("kind", "a", "b", "sign", "index", "camp", "frustrated");

  private TriadWriter() {}

  public static void triads(Format format, List<TriadPeriod> periods, OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    for (TriadPeriod p : periods) {
      rows.add(
          new String[] {
            p.period(),
            p.triad().type().key(),
            p.triad().roles(),
            p.triad().balanced().map(String::valueOf).orElse(""),
            p.triad().ab().symbol(),
            p.triad().ac().symbol(),
            p.triad().bc().symbol(),
            index(p.ab(), format),
            index(p.ac(), format),
            index(p.bc(), format)
          });
    }
    Rows.write(
        format,
        TRIAD_COLUMNS.toArray(String[]::new),
        List.of("index_ab", "index_ac", "index_bc"),
        rows,
        out);
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
