package org.entente.cli;

import org.entente.store.BundledData;
import org.entente.store.Store;
import org.entente.store.StoreSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code entente status}: where the store is and what it holds, source by source. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Shows the store's location and each loaded source file with its row counts and checksum.")
final class StatusCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Override
  public void run() {
    try (Store store = storeOptions.open(parent.err)) {
      parent.out.print(StoreSummary.of(store).render());
      parent.out.println();
      parent.out.println("Bundled data:");
      BundledData.attribution().forEach(line -> parent.out.println("  " + line));
    }
  }
}
