package org.entente.cli;

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
          + " With --token the store is opened for writing (no other process can use it"
          + " meanwhile) and POST /api/v1/import-text takes 'Authorization: Bearer TOKEN'."
    },
    footer = {
      "",
      "Examples:",
      "  entente serve --port 7070",
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
              + " (at least 16 characters).")
  String token;

  @Override
  public void run() {
    if (token != null && token.strip().length() < 16) {
      throw new UserException(
          "--token must be at least 16 characters, e.g. from `openssl rand -hex 16`");
    }
    Store store =
        token == null ? storeOptions.open(parent.err) : storeOptions.openForWriting(parent.err);
    ApiServer server;
    try {
      server = ApiServer.start(store, host, port, token, parent.err);
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
            + (token == null ? ", read-only" : ", writable with the token")
            + "; Ctrl-C stops.");
    parent.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
