package org.entente.cli;

import java.util.Locale;
import org.entente.store.RelationFits;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code entente fit}: fits the relation model again over every pair and year and stores it, or
 * shows the stored fit's parameters. Queries refit by themselves after an import; this command is
 * for timing a fit and reading what it estimated.
 */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description =
        "Fits the relation model (two latent dimensions, relations and alignment, with 80 %%"
            + " intervals) over every pair and year in the store and stores it; --parameters shows"
            + " the stored fit's loadings, noise and random walk instead.",
    footer = {"", "Example:", "  entente fit --parameters"})
final class FitCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--parameters",
      description = "Show the stored fit's parameters (each indicator's loading and noise).")
  boolean parameters;

  @Override
  public void run() {
    if (parameters) {
      try (Store store = storeOptions.open(parent.err)) {
        RelationFits fits = new RelationFits(store);
        RelationFits.Run run =
            fits.run().orElseThrow(() -> new UserException("the store holds no relation fit"));
        parent.out.printf(
            Locale.ROOT,
            "Fit of store version %d, %s UTC, %.1f s: %,d pairs, %,d observations; %s%n",
            run.version(),
            run.fittedAt(),
            run.seconds(),
            run.pairs(),
            run.observations(),
            run.summary());
        parent.out.println("dimension  indicator       loading  noise_sd  observations");
        for (RelationFits.Parameter p : fits.parameters()) {
          if (p.group().isEmpty() && !Double.isNaN(p.loading())) {
            parent.out.printf(
                Locale.ROOT,
                "%-10s %-15s %7.3f  %8.3f  %,12d%n",
                p.dimension(),
                p.indicator(),
                p.loading(),
                p.noiseSd(),
                p.observations());
          }
        }
      }
      return;
    }
    try (Store store = storeOptions.openForWriting(parent.err)) {
      if (!StoreOptions.refit(store, parent.err)) {
        throw new UserException("the fit did not converge");
      }
    }
  }
}
