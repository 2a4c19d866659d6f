package org.entente.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code entente} command: lists the subcommands. */
@Command(
    name = "entente",
    mixinStandardHelpOptions = true,
    versionProvider = EntenteCommand.Version.class,
    description = "Measures how close states are to one another, from evidence.",
    subcommands = {
      AlignmentCommand.class,
      ImportCommand.class,
      ImportSanctionsCommand.class,
      CountriesCommand.class,
      StatusCommand.class,
      FitCommand.class,
      VetoesCommand.class,
      SanctionsCommand.class,
      TiesCommand.class,
      ImportEventsCommand.class,
      UpdateCommand.class,
      WatchCommand.class,
      AlertsCommand.class,
      EventsCommand.class,
      RelationCommand.class,
      TriadCommand.class,
      CampsCommand.class,
      ChangesCommand.class,
      BriefCommand.class,
      EvalCommand.class,
      IdealPointsCommand.class,
      ServeCommand.class,
      ExtractCommand.class,
      ImportTextCommand.class,
      SearchCommand.class
    },
    footer = {
      "",
      "Data directory: $ENTENTE_HOME, or ~/.entente when unset; every command takes --db PATH.",
      "Example: entente alignment CHN RUS --measure kappa --by year"
    })
final class EntenteCommand implements Runnable {

  final PrintStream out;
  final PrintStream err;

  EntenteCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    // Picocli's own help may colour itself with ANSI escapes: the raw stream, as for --help.
    new picocli.CommandLine(this).usage(out instanceof TerminalPrintStream t ? t.raw() : out);
  }

  /** Version from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = EntenteCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "entente " + (version == null ? "(development build)" : version),
        "Java " + System.getProperty("java.version")
      };
    }
  }
}
