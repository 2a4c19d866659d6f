package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import org.entente.store.EventImportReport;
import org.entente.store.Store;
import org.entente.store.TextImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code entente import-text FILE…}: stores the events of articles, with their sentences. */
@Command(
    name = "import-text",
    mixinStandardHelpOptions = true,
    description = {
      "Codes the events of articles as extract does and stores them in the event store (dataset"
          + " text), each with its document, sentence and character span, so that events,"
          + " relation, triad and changes count them and `events A B --list` shows the sentence"
          + " behind each. An article already imported (same bytes, by SHA-256) changes nothing."
    },
    footer = {"", "Example:", "  entente import-text article.txt && entente events RUS PRK --list"})
final class ImportTextCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to read.")
  List<Path> files;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "auto",
      description = "ja, en or auto (by the script of the text). Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(
      names = "--doc-date",
      paramLabel = "DATE",
      description = "The articles' date, YYYY-MM-DD: for 昨年, last year and the like.")
  String docDate;

  @Override
  public void run() {
    try (Store store = storeOptions.openForWriting(parent.err)) {
      TextImport importer = new TextImport(store);
      for (Path file : files) {
        ExtractCommand.Coded coded = ExtractCommand.code(parent, file, lang, docDate);
        EventImportReport report = importer.run(file, coded.document(), coded.events());
        if (report.alreadyLoaded()) {
          parent.out.println(
              file + ": already imported (same bytes, by SHA-256): nothing changed.");
        } else {
          parent.out.println(
              file + ": " + report.imported() + " event(s) stored, with their sentences.");
        }
      }
    }
  }
}
