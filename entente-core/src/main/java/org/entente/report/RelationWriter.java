package org.entente.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.RelationComponent;
import org.entente.analyze.RelationPart;

/**
 * Writes dyad relations: CSV columns {@code a,b,period,index,sign,kappa,votes,events_net,alliance,
 * joint_vetoes,sanctions,coverage,missing,evidence}. {@code kappa} is the pair's UN-vote κ as
 * measured, {@code votes} the vote component (κ relative to the two states' usual κ); the other
 * components are their values on −1 … +1 except {@code joint_vetoes}, the number cast together; an
 * empty cell is a component without evidence. {@code evidence} gives each component's detail.
 */
public final class RelationWriter {

  public static final List<String> COLUMNS =
      List.of(
          "a",
          "b",
          "period",
          "index",
          "sign",
          "kappa",
          "votes",
          "events_net",
          "alliance",
          "joint_vetoes",
          "sanctions",
          "coverage",
          "missing",
          "evidence");

  private static final List<String> NUMBERS =
      List.of(
          "index",
          "kappa",
          "votes",
          "events_net",
          "alliance",
          "joint_vetoes",
          "sanctions",
          "coverage");

  private RelationWriter() {}

  public static void write(Format format, List<DyadRelation> relations, OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    for (DyadRelation r : relations) {
      rows.add(
          new String[] {
            r.a(),
            r.b(),
            r.period(),
            number(r.index(), format),
            r.sign().symbol(),
            number(r.kappa(), format),
            part(r, RelationComponent.VOTES, format),
            part(r, RelationComponent.EVENTS, format),
            part(r, RelationComponent.ALLIANCE, format),
            r.part(RelationComponent.JOINT_VETOES).applicable()
                ? Integer.toString(r.jointVetoes())
                : "",
            part(r, RelationComponent.SANCTIONS, format),
            number(r.coverage(), format),
            String.join(";", r.missing()),
            evidence(r)
          });
    }
    if (format == Format.TABLE) {
      // The evidence does not fit a terminal table: CSV and JSON carry it.
      int n = COLUMNS.size() - 1;
      rows = rows.stream().map(row -> java.util.Arrays.copyOf(row, n)).toList();
      Rows.write(format, COLUMNS.subList(0, n).toArray(String[]::new), NUMBERS, rows, out);
      return;
    }
    Rows.write(format, COLUMNS.toArray(String[]::new), NUMBERS, rows, out);
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
    return format == Format.TABLE
        ? String.format(java.util.Locale.ROOT, "%.3f", x)
        : Decimal.format(x);
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
