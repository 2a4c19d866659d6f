package org.entente.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.analyze.ExpertAgreement;

/**
 * Writes how a measure agrees with an expert coding, one row per part of the pairs: CSV columns
 * {@code part,dyad_years,scored,spearman,mean_0,mean_0.25,mean_0.5,mean_0.75,mean_1,
 * rivalry_negative,warm_positive}. {@code mean_c} is the measure's mean over the scored dyad-years
 * of the scale's category c; the last two are shares (0 … 1). Empty where nothing was scored.
 */
public final class ExpertAgreementWriter {

  public static final List<String> COLUMNS =
      List.of(
          "part",
          "dyad_years",
          "scored",
          "spearman",
          "mean_0",
          "mean_0.25",
          "mean_0.5",
          "mean_0.75",
          "mean_1",
          "rivalry_negative",
          "warm_positive");

  private static final double[] CATEGORIES = {0, 0.25, 0.5, 0.75, 1};

  private ExpertAgreementWriter() {}

  /** Writes the reports in order, each under its part's name. */
  public static void write(
      Format format, Map<String, ExpertAgreement.Report> reports, OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    for (Map.Entry<String, ExpertAgreement.Report> e : reports.entrySet()) {
      ExpertAgreement.Report r = e.getValue();
      List<String> row = new ArrayList<>();
      row.add(e.getKey());
      row.add(Integer.toString(r.dyadYears()));
      row.add(Integer.toString(r.scored()));
      row.add(number(r.spearman(), format));
      for (double c : CATEGORIES) {
        ExpertAgreement.Category category = r.categories().get(c);
        row.add(category == null ? "" : number(category.meanIndex(), format));
      }
      row.add(number(r.rivalryNegative(), format));
      row.add(number(r.warmPositive(), format));
      rows.add(row.toArray(String[]::new));
    }
    Rows.write(
        format, COLUMNS.toArray(String[]::new), COLUMNS.subList(1, COLUMNS.size()), rows, out);
  }

  /** Three decimals in a table, full precision elsewhere; empty for NaN. */
  private static String number(double x, Format format) {
    if (Double.isNaN(x)) {
      return "";
    }
    return format == Format.TABLE ? String.format(Locale.ROOT, "%.3f", x) : Decimal.format(x);
  }
}
