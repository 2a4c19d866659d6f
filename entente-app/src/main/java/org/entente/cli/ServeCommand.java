package org.entente.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
          + " users of this machine can read a --token in the process list."
    },
    footer = {
      "",
      "Examples:",
      "  entente serve --port 7070",
      "  openssl rand -hex 16 > token && chmod 600 token && entente serve --token-file token",
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
    Store store =
        secret == null ? storeOptions.open(parent.err) : storeOptions.openForWriting(parent.err);
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
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
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
            + "; Ctrl-C stops.");
    parent.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
