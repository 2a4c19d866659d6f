package org.entente.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.serve.ApiServer;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente serve}: the REST API and web pages over one store, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the REST API under /api/v1 (documented at /api/openapi.json) and the web pages on"
          + " http://HOST:PORT/ until stopped (Ctrl-C).",
      "Read-only by default: the store is opened read-only and writing endpoints are refused."
          + " With a token (--token-file FILE, or $ENTENTE_TOKEN, or --token) the store is opened"
          + " for writing (no other process can use it meanwhile) and POST /api/v1/import-text"
          + " takes 'Authorization: Bearer TOKEN'. Prefer --token-file or ENTENTE_TOKEN: other"
          + " users of this machine can read a --token in the process list.",
      "With --update-every, the server runs `entente update` itself at start and then every"
          + " DURATION (the store is opened for writing): requests keep being answered from the"
          + " store as it was until an update commits, then from the new one; the relation model is"
          + " fitted again and the watch run, as after `entente update`. Base addresses as for"
          + " update: the lines of $ENTENTE_HOME/sources.properties, else the publishers' own."
    },
    footer = {
      "",
      "Examples:",
      "  entente serve --port 7070",
      "  openssl rand -hex 16 > token && chmod 600 token && entente serve --token-file token",
      "  entente serve --update-every 15m",
      "  entente serve --update-every 1d --update all",
      "  curl 'http://127.0.0.1:7070/api/v1/triad?a=CHN&b=RUS&c=PRK&from=2015&to=2024'"
    })
final class ServeCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Spec CommandSpec spec;

  private int port = 7070;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "TCP port; 0 picks a free one, printed at start. Default: 7070.")
  void setPort(int value) {
    if (value < 0 || value > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port takes 0 to 65535 (0: a free port), not " + value);
    }
    port = value;
  }

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for all.")
  String host;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "Allow writing endpoints to clients that send 'Authorization: Bearer TOKEN'"
              + " (at least 16 characters). Visible to other users in the process list: prefer"
              + " --token-file or the ENTENTE_TOKEN environment variable.")
  String token;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "As --token, the token read from FILE (its first line), so that it stays out of the"
              + " process list.")
  Path tokenFile;

  @Option(
      names = "--update-every",
      paramLabel = "DURATION",
      description =
          "Run `entente update` in the server at start and then every DURATION: 15m, 1h, 1d, 30s"
              + " (or ISO 8601, PT15M). GDELT publishes every 15 minutes.")
  String updateEvery;

  @Option(
      names = "--update",
      paramLabel = "SOURCE",
      defaultValue = "gdelt",
      description =
          "What --update-every updates: gdelt, unvotes, sanctions or all (each as `entente update"
              + " SOURCE`). Default: ${DEFAULT-VALUE}, the source that changes every 15 minutes.")
  String updateWhat;

  /** The environment variable that holds the token when no option gives one. */
  static final String TOKEN_VARIABLE = "ENTENTE_TOKEN";

  @Override
  public void run() {
    String source = tokenSource();
    String secret = token(source);
    if (secret != null && secret.length() < 16) {
      throw new UserException(
          source + " must hold at least 16 characters, e.g. from `openssl rand -hex 16`");
    }
    Duration every = updateEvery == null ? null : duration(updateEvery);
    Store store =
        secret == null && every == null
            ? storeOptions.open(parent.err)
            : storeOptions.openForWriting(parent.err);
    if (store.access() == Store.Access.READ_WRITE
        && !new org.entente.store.RelationFits(store).isCurrent()) {
      // articles imported through the API are read by the next fit: at the next start, or
      // `entente fit`
      StoreOptions.refit(store, parent.err);
    }
    ApiServer server;
    try {
      server = ApiServer.start(store, host, port, secret, parent.err);
    } catch (RuntimeException e) {
      store.close();
      throw new UserException("cannot serve on " + host + ":" + port + ": " + e.getMessage());
    }
    ScheduledExecutorService updates = every == null ? null : scheduleUpdates(server, every);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (updates != null) {
                    updates.shutdownNow();
                  }
                  server.close();
                  stopped.countDown();
                }));
    parent.out.println(
        "Entente serving http://"
            + (host.contains(":") ? "[" + host + "]" : host)
            + ":"
            + server.port()
            + "/ (API /api/v1, documented at /api/openapi.json) from "
            + store.file()
            + (secret == null ? ", read-only" : ", writable with the token from " + source)
            + (every == null ? "" : ", updating " + updateWhat + " every " + updateEvery)
            + "; Ctrl-C stops.");
    parent.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs {@code entente update} at start and then {@code every} after each run ends, on a thread of
   * its own; a failed update is reported and the next one tried at its time.
   */
  private ScheduledExecutorService scheduleUpdates(ApiServer server, Duration every) {
    UpdateCommand.Target target =
        new UpdateCommand.Target() {
          @Override
          public <T> T read(java.util.function.Function<Store, T> work) {
            return server.read(work);
          }

          @Override
          public void write(java.util.function.Consumer<Store> work) {
            server.write(
                store -> {
                  work.accept(store);
                  if (!new org.entente.store.RelationFits(store).isCurrent()) {
                    StoreOptions.refit(store, parent.err);
                  }
                });
          }
        };
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "entente-update");
              t.setDaemon(true);
              return t;
            });
    scheduler.scheduleWithFixedDelay(
        () -> {
          UpdateCommand update = new UpdateCommand();
          update.parent = parent;
          update.storeOptions = storeOptions;
          update.what = updateWhat;
          update.target = target;
          parent.err.println("entente serve: updating " + updateWhat + " at " + Instant.now());
          try {
            update.run();
          } catch (RuntimeException e) {
            // A failed update leaves the store as it was; the server goes on, the next one tries.
            parent.err.println(
                "entente serve: the update failed: "
                    + e.getMessage()
                    + "; the next one runs in "
                    + updateEvery);
          }
          parent.out.flush();
        },
        0,
        every.toMillis(),
        TimeUnit.MILLISECONDS);
    return scheduler;
  }

  /** {@code 15m}, {@code 1h}, {@code 1d}, {@code 30s} or ISO 8601 ({@code PT15M}). */
  static Duration duration(String text) {
    Matcher m = Pattern.compile("(\\d+)([smhd])").matcher(text.strip());
    Duration d;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
    } else {
      try {
        d = Duration.parse(text.strip());
      } catch (java.time.format.DateTimeParseException e) {
        d = null;
      }
    }
    if (d == null || d.getSeconds() < 1) {
      throw new UserException(
          "--update-every " + text + ": expected a duration of a second or more, e.g. 15m, 1h, 1d");
    }
    return d;
  }

  /** Where the token comes from: an option, the environment, or nowhere (null: read-only). */
  private String tokenSource() {
    if (token != null && tokenFile != null) {
      throw new UserException("give the token once: --token or --token-file, not both");
    }
    if (token != null) {
      return "--token";
    }
    if (tokenFile != null) {
      return "--token-file " + tokenFile;
    }
    String variable = System.getenv(TOKEN_VARIABLE);
    return variable == null || variable.isEmpty() ? null : TOKEN_VARIABLE;
  }

  private String token(String source) {
    if (source == null) {
      return null;
    }
    if (token != null) {
      return token.strip();
    }
    if (tokenFile == null) {
      return System.getenv(TOKEN_VARIABLE).strip();
    }
    try {
      List<String> lines = Files.readAllLines(tokenFile, StandardCharsets.UTF_8);
      return lines.isEmpty() ? "" : lines.get(0).strip();
    } catch (NoSuchFileException e) {
      throw new UserException("--token-file " + tokenFile + ": no such file");
    } catch (MalformedInputException e) {
      throw new UserException("--token-file " + tokenFile + ": not UTF-8 text");
    } catch (IOException e) {
      throw new UserException("--token-file " + tokenFile + ": cannot read it: " + e.getMessage());
    }
  }
}
