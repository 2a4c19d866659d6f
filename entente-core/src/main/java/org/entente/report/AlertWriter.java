package org.entente.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.entente.analyze.Alert;
import org.entente.analyze.DyadChange;

/**
 * Writes alerts: CSV columns {@code id,raised_at,a,b,measure,period,before,after,evidence}, newest
 * first as given. {@code period} is the first period of the new segment, {@code before} and {@code
 * after} the means either side, {@code evidence} the records around the change separated by {@code
 * ; } (as {@link ChangeWriter}'s). The table leaves the evidence out; the other formats keep it.
 */
public final class AlertWriter {

  public static final List<String> COLUMNS =
      List.of("id", "raised_at", "a", "b", "measure", "period", "before", "after", "evidence");

  private static final List<String> NUMBERS = List.of("before", "after");

  private AlertWriter() {}

  public static void write(Format format, List<Alert> alerts, OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    for (Alert alert : alerts) {
      DyadChange c = alert.change();
      rows.add(
          new String[] {
            Long.toString(alert.id()),
            alert.raisedAt().toString(),
            c.a(),
            c.b(),
            c.measure().key(),
            c.date(),
            ChangeWriter.number(c.before(), format),
            ChangeWriter.number(c.after(), format),
            String.join("; ", c.evidence())
          });
    }
    int columns = format == Format.TABLE ? COLUMNS.size() - 1 : COLUMNS.size();
    Rows.write(
        format,
        COLUMNS.subList(0, columns).toArray(String[]::new),
        NUMBERS,
        rows.stream().map(r -> java.util.Arrays.copyOf(r, columns)).toList(),
        out);
  }
}
