package org.entente.analyze.measure;

import java.util.ArrayList;
import java.util.List;
import org.entente.analyze.Estimate;
import org.entente.domain.Dyad;

/**
 * The relation model fitted over every pair and year of a store: both dimensions, and which sources
 * each dyad-year's estimates rest on. Built by {@link #fit}; stored and read back by the store
 * ({@code RelationFits}).
 */
public final class RelationFit {

  /**
   * One dyad-year of the fit, as stored.
   *
   * @param basis the indicators observed in the year, a bit per {@link Indicator} ordinal
   */
  public record Row(Dyad dyad, int year, Estimate relations, Estimate alignment, int basis) {}

  private final Panel panel;
  private final DimensionFit relations;
  private final DimensionFit alignment;
  private final double seconds;

  private RelationFit(Panel panel, DimensionFit relations, DimensionFit alignment, double seconds) {
    this.panel = panel;
    this.relations = relations;
    this.alignment = alignment;
    this.seconds = seconds;
  }

  /**
   * Fits both dimensions to {@code panel}.
   *
   * @throws MeasurementModel.NotConverged if either does not converge
   */
  public static RelationFit fit(
      Panel panel, MeasurementModel.Settings settings, MeasurementModel.Listener listener)
      throws MeasurementModel.NotConverged {
    long started = System.nanoTime();
    DimensionFit relations = MeasurementModel.fit(panel, Dimension.RELATIONS, settings, listener);
    DimensionFit alignment = MeasurementModel.fit(panel, Dimension.ALIGNMENT, settings, listener);
    return new RelationFit(panel, relations, alignment, (System.nanoTime() - started) / 1e9);
  }

  public DimensionFit relations() {
    return relations;
  }

  public DimensionFit alignment() {
    return alignment;
  }

  public DimensionFit dimension(Dimension d) {
    return d == Dimension.RELATIONS ? relations : alignment;
  }

  /** How long the two fits took, in seconds. */
  public double seconds() {
    return seconds;
  }

  public Panel panel() {
    return panel;
  }

  /** Every dyad-year of every pair's span, pair by pair, year by year. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (int d = 0; d < panel.dyadCount(); d++) {
      int first = panel.firstYear(d);
      int[] basis = new int[panel.lastYear(d) - first + 1];
      for (int o = panel.start(d); o < panel.start(d + 1); o++) {
        basis[panel.year(o) - first] |= 1 << panel.indicatorOrdinal(o);
      }
      for (int year = first; year <= panel.lastYear(d); year++) {
        rows.add(
            new Row(
                panel.dyads().get(d),
                year,
                relations.estimate(d, year),
                alignment.estimate(d, year),
                basis[year - first]));
      }
    }
    return rows;
  }

  /** The sources named by a basis, in {@link Indicator} order, each once. */
  public static List<String> sources(int basis) {
    List<String> names = new ArrayList<>();
    for (Indicator k : Indicator.values()) {
      if ((basis & 1 << k.ordinal()) != 0 && !names.contains(k.source())) {
        names.add(k.source());
      }
    }
    return names;
  }
}
