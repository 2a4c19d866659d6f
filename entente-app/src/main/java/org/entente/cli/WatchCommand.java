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
    subcommands = {
      WatchCommand.Add.class,
      WatchCommand.ListPairs.class,
      WatchCommand.Remove.class,
      WatchCommand.Hook.class
    },
    footer = {
      "",
      "Examples:",
      "  entente watch add CHN RUS",
      "  entente watch add CHN RUS PRK          (a triad: its three pairs)",
      "  entente watch add --all USA JPN KOR CHN RUS PRK",
      "  entente watch list",
      "  entente watch remove CHN RUS",
      "  entente watch webhook https://example.org/entente --secret-file ~/.entente/hook-secret"
    })
final class WatchCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "give a subcommand: add, list, remove or webhook");
  }

  /** The states of {@code add} and {@code remove}, and the pairs they make. */
  static final class PairsOfStates {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--all", description = "Every pair of the states given (more than three).")
    boolean all;

    @Parameters(arity = "2..*", paramLabel = "STATE", description = "ISO-3 codes or names.")
    List<String> states;

    /** Two states' pair, a triad's three, or every pair with {@code --all}. */
    List<Dyad> pairs() {
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
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Watches the pairs of the states given; their current turning points are kept"
              + " as the baseline.")
  static final class Add implements Runnable {
    @ParentCommand WatchCommand watch;

    @Mixin StoreOptions storeOptions;

    @Mixin PairsOfStates states;

    @Override
    public void run() {
      List<Dyad> pairs = states.pairs();
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
        Watches watches = new Watches(store);
        watches
            .webhook()
            .ifPresent(
                h -> {
                  watch.parent.err.println("Alerts are sent to " + h.url());
                  watches.deliveries(1).stream()
                      .findFirst()
                      .ifPresent(
                          d ->
                              watch.parent.err.println(
                                  "  last delivery "
                                      + d.at()
                                      + ": "
                                      + d.alertIds().size()
                                      + " alert(s), "
                                      + (d.status() >= 200 && d.status() < 300
                                          ? "answered " + d.status()
                                          : "failed: " + d.error())));
                });
      }
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Stops watching the pairs of the states given; their alerts are kept.")
  static final class Remove implements Runnable {
    @ParentCommand WatchCommand watch;

    @Mixin StoreOptions storeOptions;

    @Mixin PairsOfStates states;

    @Override
    public void run() {
      List<Dyad> pairs = states.pairs();
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

  @Command(
      name = "webhook",
      mixinStandardHelpOptions = true,
      description = {
        "Sends every new alert to URL: a JSON POST of `alerts --format json`'s array, signed in"
            + " the header X-Entente-Signature: sha256=HMAC-SHA256(secret, body) in hex. A"
            + " timeout or a 5xx answer is tried again (three tries); alerts a failed delivery"
            + " left are sent after the next import. Each delivery is logged (watch list shows"
            + " the last).",
        "The secret is kept in the store file: give it from a file or the environment rather"
            + " than on the command line, where every user of the machine can read it."
      })
  static final class Hook implements Runnable {
    @ParentCommand WatchCommand watch;

    @Mixin StoreOptions storeOptions;

    @Parameters(arity = "0..1", paramLabel = "URL", description = "http:// or https:// address.")
    java.net.URI url;

    @Option(names = "--secret", paramLabel = "S", description = "The shared secret.")
    String secret;

    @Option(
        names = "--secret-file",
        paramLabel = "FILE",
        description = "A file whose first line is the secret.")
    java.nio.file.Path secretFile;

    @Option(names = "--off", description = "Send alerts nowhere.")
    boolean off;

    @Override
    public void run() {
      if (off) {
        try (Store store = storeOptions.openForWriting(watch.parent.err)) {
          new Watches(store).setWebhook(null, null, Instant.now());
        }
        watch.parent.out.println("Alerts are sent nowhere now.");
        return;
      }
      if (url == null
          || url.getScheme() == null
          || !(url.getScheme().equals("http") || url.getScheme().equals("https"))
          || url.getHost() == null) {
        throw new UserException(
            "give the http:// or https:// address to send alerts to (or --off), not "
                + (url == null ? "nothing" : "'" + url + "'"));
      }
      String key = secret();
      if (key.length() < 16) {
        throw new UserException(
            "the secret must be 16 characters or more (e.g. openssl rand -hex 16), not "
                + key.length());
      }
      try (Store store = storeOptions.openForWriting(watch.parent.err)) {
        new Watches(store).setWebhook(url.toString(), key, Instant.now());
      }
      watch.parent.out.println(
          "Alerts raised from now on are sent to " + url + ", signed with the secret.");
    }

    private String secret() {
      String env = System.getenv("ENTENTE_WEBHOOK_SECRET");
      if (secretFile != null) {
        try {
          List<String> lines = java.nio.file.Files.readAllLines(secretFile);
          return lines.isEmpty() ? "" : lines.get(0).strip();
        } catch (java.io.IOException e) {
          throw new UserException("cannot read " + secretFile + ": " + e.getMessage());
        }
      }
      if (secret != null) {
        return secret;
      }
      if (env != null && !env.isBlank()) {
        return env.strip();
      }
      throw new UserException(
          "give the secret: --secret-file FILE, the variable ENTENTE_WEBHOOK_SECRET, or --secret S");
    }
  }
}
