package org.entente.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.entente.store.ImportRejectedException;
import org.entente.store.StoreException;
import picocli.CommandLine;

/** Entry point of the {@code entente} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command line; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    PrintStream utf8Out = new PrintStream(out, false, StandardCharsets.UTF_8);
    PrintStream utf8Err = new PrintStream(err, true, StandardCharsets.UTF_8);
    CommandLine cli = new CommandLine(new EntenteCommand(utf8Out, utf8Err));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(utf8Out, true));
    cli.setErr(new PrintWriter(utf8Err, true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          utf8Out.flush();
          commandLine.getErr().println("entente: " + message(e));
          if (System.getenv("ENTENTE_DEBUG") != null) {
            e.printStackTrace(utf8Err);
          }
          return 1; // usage errors never get here: picocli reports them itself, with status 2
        });
    int code = cli.execute(args);
    utf8Out.flush();
    return code;
  }

  private static String message(Exception e) {
    if (e instanceof UserException
        || e instanceof StoreException
        || e instanceof ImportRejectedException
        || e instanceof IllegalArgumentException
        || e instanceof UncheckedIOException) {
      return e.getMessage();
    }
    return "unexpected error: " + e + " (set ENTENTE_DEBUG=1 for the stack trace)";
  }
}
