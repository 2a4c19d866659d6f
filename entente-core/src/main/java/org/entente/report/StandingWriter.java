package org.entente.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.analyze.Measure;
import org.entente.analyze.Standing;
import org.entente.code.CountryCodes;

/**
 * Writes a ranking of states against one state ({@code alignment --with}, {@code relation --with},
 * {@code /api/v1/standing}): CSV columns {@code rank,state,name,value,lo,hi,n}, and for the
 * relation also {@code sign,alignment,alignment_lo,alignment_hi,basis}; JSON the same fields,
 * {@code null} where a value does not apply ({@code lo} and {@code hi} for a UN-vote measure, which
 * has no interval; {@code n} for the relation, which no count of roll calls is behind). A terminal
 * table has a heading and says under it which states were left out and why.
 *
 * <pre>{@code
 * StandingWriter.write(Format.JSON, alignment.standing("CHN", query, Measure.KAPPA, 30, 20), out);
 * }</pre>
 */
public final class StandingWriter {

  /** The columns of every ranking, in order. */
  public static final List<String> COLUMNS =
      List.of("rank", "state", "name", "value", "lo", "hi", "n");

  /** The columns a ranking by the relation index adds after {@link #COLUMNS}. */
  public static final List<String> RELATION_COLUMNS =
      List.of("sign", "alignment", "alignment_lo", "alignment_hi", "basis");

  private static final List<String> NUMBERS =
      List.of("rank", "value", "lo", "hi", "n", "alignment", "alignment_lo", "alignment_hi");

  private static final CountryCodes CODES = CountryCodes.bundled();

  private StandingWriter() {}

  /** Writes the ranking in any format. */
  public static void write(Format format, Standing standing, OutputStream out) {
    if (format == Format.TABLE) {
      table(standing, out);
      return;
    }
    List<String> header = new ArrayList<>(COLUMNS);
    if (standing.byRelation()) {
      header.addAll(RELATION_COLUMNS);
    }
    List<String[]> rows = new ArrayList<>();
    for (Standing.Row row : standing.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(Integer.toString(row.rank()));
      cells.add(row.state());
      cells.add(name(row.state()));
      cells.add(Decimal.format(row.value()));
      cells.add(row.index().known() ? Decimal.format(row.index().lo()) : "");
      cells.add(row.index().known() ? Decimal.format(row.index().hi()) : "");
      cells.add(standing.byRelation() ? "" : Long.toString(row.n()));
      if (standing.byRelation()) {
        cells.add(row.index().sign().symbol());
        cells.addAll(List.of(EstimateCells.columns(row.alignment())));
        cells.add(String.join("+", row.basis()));
      }
      rows.add(cells.toArray(String[]::new));
    }
    Rows.write(format, header.toArray(String[]::new), NUMBERS, rows, out);
  }

  /** The state's name in the bundled table; empty for a code the table lacks. */
  private static String name(String iso3) {
    return CODES.country(iso3).map(c -> c.name()).orElse("");
  }

  /**
   * A heading naming the state, the measure and the period; the table (the relation's dimensions
   * one cell each, {@code 0.278 [0.201, 0.355]}); then the states left out, with the reason.
   */
  private static void table(Standing standing, OutputStream out) {
    String with =
        CODES.country(standing.with()).map(c -> c.name() + " (" + c.iso3() + ")").orElse("");
    StringBuilder sb = new StringBuilder();
    if (standing.byRelation()) {
      sb.append("States by relation index with ")
          .append(with)
          .append(", ")
          .append(standing.period())
          .append(" (the relation model's stored fit; 80 % intervals)\n\n");
    } else {
      sb.append("States by ")
          .append(title(standing.measure()))
          .append(" with ")
          .append(with)
          .append(" in UN General Assembly votes, ")
          .append(standing.period())
          .append(" pooled\n\n");
    }
    List<String[]> rows = new ArrayList<>();
    for (Standing.Row row : standing.rows()) {
      rows.add(
          standing.byRelation()
              ? new String[] {
                Integer.toString(row.rank()),
                row.state(),
                name(row.state()),
                EstimateCells.table(row.index()),
                row.index().sign().symbol(),
                EstimateCells.table(row.alignment()),
                String.join("+", row.basis())
              }
              : new String[] {
                Integer.toString(row.rank()),
                row.state(),
                name(row.state()),
                String.format(Locale.ROOT, "%.3f", row.value()),
                Long.toString(row.n())
              });
    }
    String[] header =
        standing.byRelation()
            ? new String[] {
              "rank", "state", "name", "index [80 %]", "sign", "alignment [80 %]", "basis"
            }
            : new String[] {"rank", "state", "name", standing.measure(), "n"};
    try {
      TerminalText.write(sb, out);
      Rows.write(Format.TABLE, header, List.of(), rows, out);
      List<String> notes = notes(standing);
      if (!notes.isEmpty()) {
        TerminalText.write("\n" + String.join("\n", notes) + "\n", out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the ranking leaves out, one sentence each: the states cut by {@code top}, by too few joint
   * roll calls, and those without a value. Under the table; the CLI writes them to standard error
   * beside CSV and JSON.
   */
  public static List<String> notes(Standing standing) {
    List<String> notes = new ArrayList<>();
    if (standing.ranked() > standing.rows().size()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "Shown: the first %d of %d states ranked.",
              standing.rows().size(),
              standing.ranked()));
    }
    if (standing.belowMinN() > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "Left out: %d state(s) that voted with %s on fewer than %d roll calls (--min-n).",
              standing.belowMinN(),
              standing.with(),
              standing.minN()));
    }
    if (standing.withoutValue() > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              standing.byRelation()
                  ? "Left out: %d state(s) whose relation with %s has no estimate in the year."
                  : "Left out: %d state(s) without a value: they and %s cast one and the same vote"
                      + " throughout.",
              standing.withoutValue(),
              standing.with()));
    }
    return notes;
  }

  private static String title(String measure) {
    for (Measure m : Measure.values()) {
      if (m.key().equals(measure)) {
        return m.title();
      }
    }
    return measure;
  }
}
