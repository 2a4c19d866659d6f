package org.entente.report;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.entente.analyze.ObligationYear;
import org.entente.analyze.SanctionsRelation;
import org.entente.analyze.TieYear;
import org.entente.analyze.TiesOnDay;
import org.entente.code.Country;
import org.entente.domain.Obligations;
import org.entente.domain.TieRecord;
import org.entente.domain.TreatyRecord;

/**
 * Terminal tables for {@code ties}: a row per year (obligations as letters, joint vetoes, who
 * sanctions whom) followed by the records behind them, or the records in force on one day.
 */
public final class TiesTable {

  private TiesTable() {}

  /** D defence, O offence, N neutrality, A non-aggression, C consultation; "." for none. */
  private static final String LETTERS = "DONAC";

  public static String byYear(Country a, Country b, List<TieYear> years) {
    StringBuilder sb = new StringBuilder();
    sb.append(a.name())
        .append(" (")
        .append(a.iso3())
        .append(") – ")
        .append(b.name())
        .append(" (")
        .append(b.iso3())
        .append("): what binds or divides them, by year\n");
    sb.append(
        "Obligations: D defence, O offence, N neutrality, A non-aggression, C consultation"
            + " (ATOP to 2018, cited treaty records).\n\n");
    sb.append(
        String.format(
            Locale.ROOT, "%-6s %-11s %-6s %s%n", "year", "obligations", "vetoes", "sanctions"));
    for (TieYear y : years) {
      sb.append(
          String.format(
                  Locale.ROOT,
                  "%-6d %-11s %-6s %s",
                  y.year(),
                  letters(y.obligations().obligations()),
                  y.jointVetoes().isEmpty() ? "" : Integer.toString(y.jointVetoes().size()),
                  SanctionsRelation.column(y.sanctions()))
              .stripTrailing());
      sb.append('\n');
    }
    List<String> sources = sources(years);
    if (!sources.isEmpty()) {
      sb.append("\nWhere the obligations come from:\n");
      sources.forEach(s -> sb.append("  ").append(s).append('\n'));
    }
    SortedMap<Integer, List<SanctionsRelation>> byYear = new TreeMap<>();
    years.forEach(y -> byYear.put(y.year(), y.sanctions()));
    List<String> regimes = SanctionsText.regimes(byYear, true);
    if (!regimes.isEmpty()) {
      sb.append("\nSanctions regimes between them (data/sanctions-regimes/, with citations):\n");
      regimes.forEach(s -> sb.append("  ").append(s).append('\n'));
    }
    sb.append(
        "\nEvidence per year (ATOP rows, treaty citations, veto drafts, sanction programmes):"
            + " --format csv or json. Records in force on a day: --on DATE.\n");
    return TerminalText.inert(sb);
  }

  /** Each treaty record that decided some year, once, with the span of those years. */
  private static List<String> sources(List<TieYear> years) {
    List<TieRecord> treaties = new ArrayList<>();
    for (TieYear y : years) {
      for (TieRecord r : y.obligations().inForce()) {
        if (r instanceof TreatyRecord && !treaties.contains(r)) {
          treaties.add(r);
        }
      }
    }
    List<String> lines = new ArrayList<>();
    for (TieRecord r : treaties) {
      IntSummaryStatistics span =
          years.stream()
              .filter(y -> y.obligations().inForce().contains(r))
              .mapToInt(TieYear::year)
              .summaryStatistics();
      lines.add(
          span.getMin() + "–" + span.getMax() + "  " + TiesWriter.name(r) + ": " + r.citation());
    }
    long atopYears =
        years.stream().filter(y -> y.obligations().basis() == ObligationYear.Basis.ATOP).count();
    if (atopYears > 0) {
      lines.add(atopYears + " year(s) from ATOP 5.1 dyad-years (file and line in --format csv)");
    }
    return lines;
  }

  static String letters(Obligations o) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Obligations.NAMES.size(); i++) {
      sb.append(o.get(Obligations.NAMES.get(i)) ? LETTERS.charAt(i) : '.');
    }
    return TerminalText.inert(sb);
  }

  public static String onDay(Country a, Country b, TiesOnDay day) {
    StringBuilder sb = new StringBuilder();
    sb.append(a.name())
        .append(" (")
        .append(a.iso3())
        .append(") – ")
        .append(b.name())
        .append(" (")
        .append(b.iso3())
        .append("): records in force on ")
        .append(day.day())
        .append("\n\n");
    for (List<String> row : TiesWriter.dayRows(day)) {
      sb.append("- ").append(row.get(3)).append(": ").append(row.get(4)).append('\n');
      sb.append("  ").append(row.get(5)).append('\n');
      sb.append("  source: ").append(row.get(6)).append('\n');
    }
    return TerminalText.inert(sb);
  }
}
