package org.entente.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.RelationComponent;
import org.entente.analyze.RelationPart;

/**
 * Writes dyad relations: CSV columns {@code a,b,period,index,index_lo,index_hi,sign,alignment,
 * alignment_lo,alignment_hi,basis,kappa,votes,events_net,alliance,joint_vetoes,sanctions,coverage,
 * missing,evidence}. {@code index} is the posterior mean of the relations dimension and {@code
 * index_lo}, {@code index_hi} the ends of its 80 % interval, {@code sign} {@code +} or {@code -}
 * only when that interval excludes 0; {@code alignment} likewise for the alignment dimension;
 * {@code basis} the sources behind the period, joined by {@code +}. {@code kappa} is the pair's
 * UN-vote κ as measured, {@code votes} the vote component (κ relative to the two states' usual κ);
 * the other components are their values on −1 … +1 except {@code joint_vetoes}, the number cast
 * together; an empty cell is a value without evidence. {@code evidence} gives each component's
 * detail. A terminal table shows each dimension as one cell, {@code 0.278 [0.201, 0.355]}, and
 * leaves the evidence to CSV and JSON.
 */
public final class RelationWriter {

  public static final List<String> COLUMNS =
      List.of(
          "a",
          "b",
          "period",
          "index",
          "index_lo",
          "index_hi",
          "sign",
          "alignment",
          "alignment_lo",
          "alignment_hi",
          "basis",
          "kappa",
          "votes",
          "events_net",
          "alliance",
          "joint_vetoes",
          "sanctions",
          "coverage",
          "missing",
          "evidence");

  /** The columns of a terminal table: one cell per dimension, no evidence. */
  public static final List<String> TABLE_COLUMNS =
      List.of(
          "a",
          "b",
          "period",
          "index [80 %]",
          "sign",
          "alignment [80 %]",
          "basis",
          "kappa",
          "votes",
          "events_net",
          "alliance",
          "joint_vetoes",
          "sanctions",
          "coverage",
          "missing");

  private static final List<String> NUMBERS =
      List.of(
          "index",
          "index_lo",
          "index_hi",
          "alignment",
          "alignment_lo",
          "alignment_hi",
          "kappa",
          "votes",
          "events_net",
          "alliance",
          "joint_vetoes",
          "sanctions",
          "coverage");

  /** The separator of the sources in {@code basis}. */
  public static final String BASIS_SEPARATOR = "+";

  private RelationWriter() {}

  public static void write(Format format, List<DyadRelation> relations, OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    boolean table = format == Format.TABLE;
    for (DyadRelation r : relations) {
      List<String> row = new ArrayList<>(COLUMNS.size());
      row.addAll(List.of(r.a(), r.b(), r.period()));
      if (table) {
        row.add(EstimateCells.table(r.relations()));
        row.add(sign(r));
        row.add(EstimateCells.table(r.alignment()));
      } else {
        row.addAll(Arrays.asList(EstimateCells.columns(r.relations())));
        row.add(sign(r));
        row.addAll(Arrays.asList(EstimateCells.columns(r.alignment())));
      }
      row.add(String.join(BASIS_SEPARATOR, r.basis()));
      row.add(number(r.kappa(), format));
      row.add(part(r, RelationComponent.VOTES, format));
      row.add(part(r, RelationComponent.EVENTS, format));
      row.add(part(r, RelationComponent.ALLIANCE, format));
      row.add(
          r.part(RelationComponent.JOINT_VETOES).applicable()
              ? Integer.toString(r.jointVetoes())
              : "");
      row.add(part(r, RelationComponent.SANCTIONS, format));
      row.add(number(r.coverage(), format));
      row.add(String.join(";", r.missing()));
      if (!table) {
        row.add(evidence(r)); // the evidence does not fit a terminal table
      }
      rows.add(row.toArray(String[]::new));
    }
    List<String> header = table ? TABLE_COLUMNS : COLUMNS;
    Rows.write(format, header.toArray(String[]::new), NUMBERS, rows, out);
  }

  /**
   * The sign of the index's 80 % interval ({@link org.entente.analyze.Estimate#sign}): written from
   * the interval beside it, so the two cells never contradict each other.
   */
  static String sign(DyadRelation r) {
    return r.relations().sign().symbol();
  }

  private static String part(DyadRelation r, RelationComponent c, Format format) {
    RelationPart p = r.part(c);
    return p.present() ? number(p.value(), format) : "";
  }

  /** Three decimals in a table, full precision elsewhere; empty for NaN (no evidence). */
  private static String number(double x, Format format) {
    if (Double.isNaN(x)) {
      return "";
    }
    return format == Format.TABLE ? String.format(Locale.ROOT, "%.3f", x) : Decimal.format(x);
  }

  private static String evidence(DyadRelation r) {
    List<String> parts = new ArrayList<>();
    for (RelationPart p : r.parts()) {
      if (p.applicable()) {
        parts.add(p.component().label() + ": " + p.detail());
      }
    }
    return String.join(" | ", parts);
  }
}
