package org.entente.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.analyze.DyadChange;

/**
 * Writes turning points: CSV columns {@code a,b,measure,date,before,after,before_from,after_to,
 * evidence}. {@code date} is the first period of the new segment, {@code before} and {@code after}
 * the means of the segments either side ({@code before_from} … the period before {@code date}, and
 * {@code date} … {@code after_to}); {@code evidence} the records around the change, separated by
 * {@code ; }. The table lists the changes, then each change's evidence one item a line.
 */
public final class ChangeWriter {

  public static final List<String> COLUMNS =
      List.of(
          "a", "b", "measure", "date", "before", "after", "before_from", "after_to", "evidence");

  private static final List<String> NUMBERS = List.of("before", "after");

  private ChangeWriter() {}

  public static void write(Format format, List<DyadChange> changes, OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    for (DyadChange c : changes) {
      rows.add(
          new String[] {
            c.a(),
            c.b(),
            c.measure().key(),
            c.date(),
            number(c.before(), format),
            number(c.after(), format),
            c.beforeFrom(),
            c.afterTo(),
            String.join("; ", c.evidence())
          });
    }
    if (format != Format.TABLE) {
      Rows.write(format, COLUMNS.toArray(String[]::new), NUMBERS, rows, out);
      return;
    }
    List<String[]> shown = rows.stream().map(r -> java.util.Arrays.copyOf(r, 8)).toList();
    Rows.write(format, COLUMNS.subList(0, 8).toArray(String[]::new), NUMBERS, shown, out);
    StringBuilder sb = new StringBuilder();
    for (DyadChange c : changes) {
      sb.append('\n')
          .append(c.date())
          .append(String.format(Locale.ROOT, " (%.3f → %.3f):", c.before(), c.after()))
          .append('\n');
      if (c.evidence().isEmpty()) {
        sb.append("  no records in the store around this change\n");
      }
      for (String item : c.evidence()) {
        sb.append("  ").append(item).append('\n');
      }
    }
    try {
      TerminalText.write(sb, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Three decimals in a table, full precision elsewhere. */
  static String number(double x, Format format) {
    return format == Format.TABLE ? String.format(Locale.ROOT, "%.3f", x) : Decimal.format(x);
  }
}
