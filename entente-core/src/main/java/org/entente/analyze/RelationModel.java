package org.entente.analyze;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.entente.analyze.measure.DimensionFit;
import org.entente.analyze.measure.MeasurementModel;
import org.entente.analyze.measure.Panel;
import org.entente.analyze.measure.RelationFit;
import org.entente.domain.PeaceYear;
import org.entente.domain.Rivalry;
import org.entente.store.ReferenceQueries;
import org.entente.store.RelationFits;
import org.entente.store.Store;

/**
 * Fits the relation model over every pair and year of a store and stores the fit with the store's
 * version (README, "How to read a relation"); queries then read the stored fit ({@link
 * RelationSources}). A fit that does not converge is not stored: the previous one stays.
 *
 * <pre>{@code
 * RelationModel.Outcome outcome = RelationModel.refit(store, peace, rivalries, System.err::println);
 * }</pre>
 */
public final class RelationModel {

  /**
   * What a refit did.
   *
   * @param run the stored fit's run
   * @param fit the fit itself, with its parameters
   * @param panelSeconds how long reading the evidence took
   */
  public record Outcome(RelationFits.Run run, RelationFit fit, double panelSeconds) {}

  private RelationModel() {}

  /**
   * Reads the evidence and the expert references in the store, fits both dimensions and replaces
   * the stored fit.
   *
   * @throws MeasurementModel.NotConverged if the fit does not converge; nothing is stored then
   */
  public static Outcome refit(Store store, Consumer<String> progress)
      throws MeasurementModel.NotConverged {
    ReferenceQueries references = new ReferenceQueries(store);
    RelationFits fits = new RelationFits(store);
    fits.attempted(store.lastSourceId());
    return refit(store, references.peaceYears(), references.rivalries(), progress);
  }

  /**
   * Reads the evidence, fits both dimensions and replaces the stored fit.
   *
   * @param peace the Peace Scale years in the store (only the fitting half is read)
   * @param rivalries the strategic rivalries in the store
   * @param progress hears each step
   * @throws MeasurementModel.NotConverged if the fit does not converge; nothing is stored then
   */
  public static Outcome refit(
      Store store, List<PeaceYear> peace, List<Rivalry> rivalries, Consumer<String> progress)
      throws MeasurementModel.NotConverged {
    long started = System.nanoTime();
    long version = store.lastSourceId();
    progress.accept("reading the evidence of every pair");
    Panel panel =
        new RelationPanel(store, peace, rivalries).build(what -> progress.accept("  " + what));
    double panelSeconds = (System.nanoTime() - started) / 1e9;
    progress.accept(
        String.format(
            Locale.ROOT, "fitting %,d observations of %,d pairs", panel.size(), panel.dyadCount()));
    RelationFit fit =
        RelationFit.fit(
            panel,
            MeasurementModel.Settings.DEFAULT,
            (i, change) -> {
              if (i % 10 == 0) {
                progress.accept(
                    String.format(Locale.ROOT, "  iteration %d, change %.1e", i, change));
              }
            });
    progress.accept("storing the estimates");
    List<RelationFits.Row> rows = new ArrayList<>();
    for (RelationFit.Row r : fit.rows()) {
      rows.add(
          new RelationFits.Row(
              r.dyad().a(),
              r.dyad().b(),
              r.year(),
              r.relations().mean(),
              r.relations().sd(),
              r.alignment().mean(),
              r.alignment().sd(),
              r.basis()));
    }
    List<RelationFits.Parameter> parameters = new ArrayList<>();
    for (DimensionFit d : List.of(fit.relations(), fit.alignment())) {
      for (DimensionFit.Loading l : d.loadings()) {
        parameters.add(
            new RelationFits.Parameter(
                d.dimension().label(),
                l.indicator().label(),
                "",
                l.loading(),
                l.noiseSd(),
                Double.NaN,
                l.observations()));
      }
      for (DimensionFit.Intercept i : d.intercepts()) {
        parameters.add(
            new RelationFits.Parameter(
                d.dimension().label(),
                i.indicator().label(),
                i.group(),
                Double.NaN,
                Double.NaN,
                i.value(),
                0));
      }
      parameters.add(
          new RelationFits.Parameter(
              d.dimension().label(), "walk", "", Double.NaN, d.walkSd(), Double.NaN, 0));
    }
    RelationFits.Run run =
        new RelationFits.Run(
            version,
            LocalDateTime.now(java.time.ZoneOffset.UTC),
            (System.nanoTime() - started) / 1e9,
            panel.dyadCount(),
            panel.size(),
            String.format(
                Locale.ROOT,
                "relations: %d iterations, walk sd %.3f; alignment: %d iterations, walk sd %.3f",
                fit.relations().iterations(),
                fit.relations().walkSd(),
                fit.alignment().iterations(),
                fit.alignment().walkSd()));
    new RelationFits(store).save(run, rows, parameters);
    return new Outcome(run, fit, panelSeconds);
  }
}
