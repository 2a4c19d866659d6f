package org.entente.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.entente.store.ImportRejectedException;
import org.entente.store.StoreException;
import picocli.CommandLine;

/**
 * Entry point of the {@code entente} command. Exit status: 0 done, 1 error (message on standard
 * error), 2 usage error, 141 standard output closed by its reader (as a SIGPIPE death would give).
 */
public final class Main {

  /** 128 + SIGPIPE: what a shell reports for {@code yes | head -1}. */
  static final int PIPE_CLOSED = 141;

  private Main() {}

  public static void main(String[] args) {
    // Not System.out: that PrintStream swallows write errors, and a full disk would exit 0.
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    System.exit(run(args, out, System.err));
  }

  /**
   * Runs one command line; returns the exit code. A failed write to {@code out} is reported in one
   * place, the final flush, which fails again whenever any earlier write failed.
   */
  static int run(String[] args, OutputStream out, OutputStream err) {
    CheckedPrintStream utf8Out = new CheckedPrintStream(out);
    PrintStream utf8Err = new PrintStream(err, true, StandardCharsets.UTF_8);
    CommandLine cli = new CommandLine(new EntenteCommand(utf8Out, utf8Err));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(utf8Out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(utf8Err, true, StandardCharsets.UTF_8));
    cli.setExecutionStrategy(
        parseResult -> {
          try {
            return new CommandLine.RunLast().execute(parseResult);
          } catch (OutputFailedException failed) {
            return 1; // --help or --version, printed by picocli itself; reported below
          }
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof OutputFailedException) {
            return 1; // reported below
          }
          try {
            utf8Out.flush(); // what the command printed goes before its error
          } catch (OutputFailedException failed) {
            // Reported below, after the command's own error.
          }
          commandLine.getErr().println("entente: " + message(e));
          if (System.getenv("ENTENTE_DEBUG") != null) {
            e.printStackTrace(utf8Err);
          }
          return 1; // usage errors never get here: picocli reports them itself, with status 2
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // An import rolls back on the way out (ImportTransaction): nothing half-written to report.
      utf8Err.println(
          "entente: out of memory ("
              + e.getMessage()
              + ", heap limit "
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MiB); nothing was changed; raise the heap with ENTENTE_JAVA_OPTS=-Xmx…");
      return 1;
    }
    try {
      utf8Out.flush();
    } catch (OutputFailedException failed) {
      if (failed.pipeClosed()) {
        return PIPE_CLOSED; // the reader has all it wanted (| head): nothing to report
      }
      utf8Err.println(
          "entente: cannot write the output: "
              + failed.getMessage()
              + "; the output is incomplete");
      return 1;
    }
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
