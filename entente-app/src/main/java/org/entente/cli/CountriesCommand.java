package org.entente.cli;

import org.entente.code.Country;
import org.entente.code.CountryCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code entente countries}: the state codes Entente knows, with names. */
@Command(
    name = "countries",
    mixinStandardHelpOptions = true,
    description = "Lists the states Entente knows: ISO 3166 alpha-3 code and name.")
final class CountriesCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Override
  public void run() {
    CountryCodes.bundled().countries().stream()
        .sorted(java.util.Comparator.comparing(Country::iso3))
        .forEach(c -> parent.out.println(c.iso3() + "  " + c.name()));
  }
}
