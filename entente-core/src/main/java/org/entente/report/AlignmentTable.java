package org.entente.report;

import java.util.List;
import java.util.Locale;
import org.entente.analyze.Alignment;
import org.entente.analyze.AlignmentEvidence;
import org.entente.analyze.DyadAlignment;
import org.entente.analyze.Measure;
import org.entente.code.Country;
import org.entente.store.PeriodUnit;
import org.entente.store.VoteQuery;

/** Human-readable tables of alignment values and their evidence, for a terminal. */
public final class AlignmentTable {

  private static final int BAR_WIDTH = 20;

  private AlignmentTable() {}

  /**
   * One line per period: n and the chosen measure with a bar, or all four measures when {@code
   * measure} is null. Two heading lines say which states, which roll calls and how to see the
   * evidence.
   */
  public static String render(
      Country a,
      Country b,
      VoteQuery query,
      Measure measure,
      List<DyadAlignment> rows,
      List<String> notes) {
    String periodName = query.unit().label();
    StringBuilder sb = new StringBuilder(dyad(a, b)).append(": ");
    sb.append(measure == null ? "UN General Assembly vote alignment" : measure.title());
    sb.append(" by ").append(periodName).append('\n');
    sb.append("Roll calls: ")
        .append(query.keepUnanimous() ? "all" : "contested (unanimous votes dropped)");
    if (query.importantOnly()) {
      sb.append(", important only");
    }
    if (query.issue() != null) {
      sb.append(", issue ").append(query.issue().title());
    }
    sb.append(". Evidence for a value: entente alignment ")
        .append(a.iso3())
        .append(' ')
        .append(b.iso3())
        .append(query.unit() == PeriodUnit.YEAR ? " --by year" : "")
        .append(" --evidence ")
        .append(rows.get(rows.size() - 1).period())
        .append("\n\n");
    if (measure == null) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-8s %5s %7s %7s %7s %7s%n",
              periodName,
              "n",
              "agree",
              "s",
              "kappa",
              "pi"));
      for (DyadAlignment row : rows) {
        Alignment v = row.alignment();
        sb.append(
            String.format(
                Locale.ROOT,
                "%-8d %5d %7s %7s %7s %7s%n",
                row.period(),
                v.n(),
                short3(v.agree()),
                short3(v.s()),
                short3(v.kappa()),
                short3(v.pi())));
      }
    } else {
      sb.append(String.format(Locale.ROOT, "%-8s %5s %7s%n", periodName, "n", measure.key()));
      for (DyadAlignment row : rows) {
        double value = row.alignment().measure(measure);
        sb.append(
            String.format(
                Locale.ROOT,
                "%-8d %5d %7s  %s%n",
                row.period(),
                row.alignment().n(),
                short3(value),
                bar(value)));
      }
    }
    appendNotes(sb, notes);
    return TerminalText.inert(sb);
  }

  private static void appendNotes(StringBuilder sb, List<String> notes) {
    if (!notes.isEmpty()) {
      sb.append('\n');
      notes.forEach(note -> sb.append(note).append('\n'));
    }
  }

  /** The roll calls behind one value, one per line. */
  public static String renderEvidence(
      Country a, Country b, VoteQuery query, AlignmentEvidence evidence, List<String> notes) {
    DyadAlignment value = evidence.value();
    Alignment v = value.alignment();
    StringBuilder sb =
        new StringBuilder(dyad(a, b))
            .append(", ")
            .append(query.unit().label())
            .append(' ')
            .append(value.period())
            .append(": the roll calls counted\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "n %d   agree %s   s %s   kappa %s   pi %s%n%n",
            v.n(),
            short3(v.agree()),
            short3(v.s()),
            short3(v.kappa()),
            short3(v.pi())));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-8s %-10s %-20s %-7s %-7s %s%n",
            "rcid",
            "date",
            "resolution",
            value.a(),
            value.b(),
            "title"));
    for (AlignmentEvidence.Item item : evidence.rollCalls()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-8d %-10s %-20s %-7s %-7s %s%n",
              item.rollCall().rcid(),
              item.rollCall().date(),
              clip(item.rollCall().resolution(), 20),
              item.a().label(),
              item.b().label(),
              clip(item.rollCall().title(), 70)));
    }
    return TerminalText.inert(sb);
  }

  /** "China (CHN) – Russia (RUS)". */
  public static String dyad(Country a, Country b) {
    return a.name() + " (" + a.iso3() + ") – " + b.name() + " (" + b.iso3() + ")";
  }

  private static String short3(double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** A bar of |value| (measures lie in [-1, 1]); negative values drawn light. */
  private static String bar(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    int width = (int) Math.round(Math.min(1.0, Math.abs(value)) * BAR_WIDTH);
    return (value < 0 ? "░" : "█").repeat(width);
  }

  private static String clip(String text, int width) {
    String oneLine = text.replace('\n', ' ').trim();
    return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "…";
  }
}
