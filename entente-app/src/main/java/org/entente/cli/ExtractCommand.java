package org.entente.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.entente.report.TextEventWriter;
import org.entente.text.Document;
import org.entente.text.Documents;
import org.entente.text.UnreadableDocumentException;
import org.entente.text.events.TextEvent;
import org.entente.text.events.TextEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code entente extract FILE…}: the events articles report, each with its sentence. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Codes the events between states that articles report — summits and visits, agreements and"
          + " treaties, support, criticism, requests, aid and arms transfers, sanctions, vetoes —"
          + " from Japanese or English text (plain text in UTF-8, UTF-16, Shift_JIS or EUC-JP;"
          + " HTML; PDF with a text layer), each dated at the precision the text gives and kept"
          + " with its sentence and character span. Nothing is stored: see import-text."
    },
    footer = {
      "",
      "Examples:",
      "  entente extract article.txt",
      "  entente extract --doc-date 2023-11-01 --format jsonl article.html > events.jsonl",
      "  entente extract --explain --doc-date 2024-10-09 readout.txt",
      "  entente extract --unknown-actors article.txt"
    })
final class ExtractCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

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
      description = "The article's date, YYYY-MM-DD: for 昨年, last year and the like.")
  String docDate;

  @Mixin FormatOption output;

  @Option(
      names = "--explain",
      description =
          "Show each event with the rule that coded it, its confidence, the words that triggered"
              + " it and its whole sentence.")
  boolean explain;

  @Option(
      names = "--unknown-actors",
      description =
          "List the names that look like officials (a name before or after an office: 高村外務大臣,"
              + " Foreign Minister Penny Wong) but resolve to no state, instead of the events.")
  boolean unknownActors;

  /**
   * Taken as every command takes it, so that a script can pass {@code --db} to all of them; extract
   * reads no store (import-text stores).
   */
  @Mixin StoreOptions storeOptions;

  @Override
  public void run() {
    if (!explain && !unknownActors) {
      TextEventWriter.write(output.format, extract(parent, files, lang, docDate), parent.out);
      return;
    }
    for (Path file : files) {
      Coded coded = code(parent, file, lang, docDate);
      String text = coded.document().text();
      if (unknownActors) {
        TextEventWriter.unknownActors(
            output.format,
            coded.document().name(),
            text,
            Coder.BUNDLED.unknownActors(coded.document(), lang, date(docDate)),
            parent.out);
      } else {
        TextEventWriter.explain(coded.events(), text, parent.out);
      }
    }
  }

  /** The events of the files: one piece for extract and import-text. */
  static List<TextEvent> extract(
      EntenteCommand parent, List<Path> files, String lang, String docDate) {
    List<TextEvent> events = new ArrayList<>();
    for (Path file : files) {
      events.addAll(code(parent, file, lang, docDate).events());
    }
    return events;
  }

  /**
   * One article as read and what was coded from it.
   *
   * @param document the article's text, whose sentences import-text keeps
   * @param events its events
   */
  record Coded(Document document, List<TextEvent> events) {}

  /** Reads and codes one article, warning on standard error about what could not be read. */
  static Coded code(EntenteCommand parent, Path file, String lang, String docDate) {
    if (!List.of("ja", "en", "auto").contains(lang)) {
      throw new UserException("--lang takes ja, en or auto, not '" + lang + "'");
    }
    LocalDate date = date(docDate);
    Document document;
    try {
      document = Documents.read(file);
    } catch (UnreadableDocumentException e) {
      throw new UserException("cannot read " + file + ": " + e.reason());
    } catch (IOException e) {
      throw new UserException("cannot read " + file + ": " + e.getMessage());
    }
    if (document.replaced() > 0) {
      parent.err.println(
          file
              + ": "
              + document.replaced()
              + " character(s) could not be decoded as "
              + document.encoding()
              + "; each is kept as U+FFFD (\ufffd) in the text and the sentences shown");
    }
    if (!lang.equals("auto") || List.of("ja", "en").contains(document.language())) {
      return new Coded(document, Coder.BUNDLED.extract(document, lang, date));
    }
    parent.err.println(file + ": no Japanese or English text found; nothing to code");
    return new Coded(document, List.of());
  }

  private static LocalDate date(String docDate) {
    if (docDate == null) {
      return null;
    }
    try {
      return LocalDate.parse(docDate);
    } catch (DateTimeParseException e) {
      throw new UserException("--doc-date '" + docDate + "': expected YYYY-MM-DD");
    }
  }

  /** Loaded once per process, on first use (the dictionaries take a second). */
  private static final class Coder {
    static final TextEvents BUNDLED = TextEvents.bundled();
  }
}
