package org.entente.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.analyze.Watching;
import org.entente.code.CountryCodes;
import org.entente.domain.Dyad;
import org.entente.store.Store;
import org.entente.store.Watches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente watch add|list|remove}: the pairs whose turning points raise alerts. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "The pairs Entente watches. After every import or update, each watched pair's relation"
          + " index, alignment and events by month are searched for turning points (Bayesian"
          + " online change-point detection, as `changes --method online`); each new one becomes"
          + " an alert with its evidence (`entente alerts`, GET /api/v1/alerts, /feeds/alerts.atom"
          + " of `serve`).",
      "The turning points a pair has when it is first watched are its baseline: only later ones"
          + " are raised."
    },
    subcommands = {WatchCommand.Add.class, WatchCommand.ListPairs.class, WatchCommand.Remove.class},
    footer = {
      "",
      "Examples:",
      "  entente watch add CHN RUS",
      "  entente watch add CHN RUS PRK          (a triad: its three pairs)",
      "  entente watch add --all USA JPN KOR CHN RUS PRK",
      "  entente watch list",
      "  entente watch remove CHN RUS"
    })
final class WatchCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "give a subcommand: add, list or remove");
  }

  /** The pairs of the states given: two, a triad's three, or every pair with {@code --all}. */
  static List<Dyad> pairs(List<String> states, boolean all, CommandSpec spec) {
    CountryCodes codes = CountryCodes.bundled();
    Set<String> iso = new LinkedHashSet<>();
    for (String s : states) {
      iso.add(AlignmentCommand.country(codes, s).iso3());
    }
    if (iso.size() < 2) {
      throw new ParameterException(
          spec.commandLine(), "give two different states (or three for a triad)");
    }
    if (iso.size() > 3 && !all) {
      throw new ParameterException(
          spec.commandLine(),
          iso.size()
              + " states make "
              + iso.size() * (iso.size() - 1) / 2
              + " pairs: add --all to watch every one of them");
    }
    List<String> list = new ArrayList<>(iso);
    List<Dyad> pairs = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        pairs.add(Dyad.of(list.get(i), list.get(j)));
      }
    }
    return pairs;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Watches the pairs of the states given; their current turning points are kept"
              + " as the baseline.")
  static final class Add implements Runnable {
    @ParentCommand WatchCommand watch;

    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--all", description = "Every pair of the states given (more than three).")
    boolean all;

    @Parameters(arity = "2..*", paramLabel = "STATE", description = "ISO-3 codes or names.")
    List<String> states;

    @Override
    public void run() {
      List<Dyad> pairs = pairs(states, all, spec);
      // A read first: it fits the relation model if an import came since, as every command does.
      storeOptions.open(watch.parent.err).close();
      try (Store store = storeOptions.openForWriting(watch.parent.err)) {
        List<Dyad> added = new Watches(store).add(pairs);
        int baseline = Watching.baseline(store, added, Instant.now());
        watch.parent.out.printf(
            "Watching %d more pair(s) (%d in all)%s; %d turning point(s) they have now kept as"
                + " their baseline.%n",
            added.size(),
            new Watches(store).pairs().size(),
            added.size() < pairs.size()
                ? ", " + (pairs.size() - added.size()) + " watched already"
                : "",
            baseline);
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "The watched pairs.")
  static final class ListPairs implements Runnable {
    @ParentCommand WatchCommand watch;

    @Mixin StoreOptions storeOptions;

    @Override
    public void run() {
      try (Store store = storeOptions.open(watch.parent.err)) {
        List<Dyad> pairs = new Watches(store).pairs();
        if (pairs.isEmpty()) {
          watch.parent.err.println("No pairs are watched: entente watch add A B");
          return;
        }
        pairs.forEach(d -> watch.parent.out.println(d.a() + " " + d.b()));
      }
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Stops watching the pairs of the states given; their alerts are kept.")
  static final class Remove implements Runnable {
    @ParentCommand WatchCommand watch;

    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--all", description = "Every pair of the states given (more than three).")
    boolean all;

    @Parameters(arity = "2..*", paramLabel = "STATE", description = "ISO-3 codes or names.")
    List<String> states;

    @Override
    public void run() {
      List<Dyad> pairs = pairs(states, all, spec);
      try (Store store = storeOptions.openForWriting(watch.parent.err)) {
        List<Dyad> removed = new Watches(store).remove(pairs);
        watch.parent.out.printf(
            "No longer watching %d pair(s)%s.%n",
            removed.size(),
            removed.size() < pairs.size()
                ? " (" + (pairs.size() - removed.size()) + " were not watched)"
                : "");
      }
    }
  }
}
