package org.entente.cli;

import java.util.List;
import java.util.Locale;
import org.entente.code.CountryCodes;
import org.entente.report.SearchWriter;
import org.entente.search.EvidenceIndex;
import org.entente.search.SearchKind;
import org.entente.search.SearchResult;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code entente search QUERY…}: the stored sentences and events that match, best first. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the sentences of imported articles (import-text) and the imported events"
          + " (import-events; the newest 500,000), best first. Japanese is read by Kuromoji with"
          + " Entente's dictionary of names, English by Lucene's English analyzer (sanction finds"
          + " sanctions). Words are alternatives, evidence with more of them first;"
          + " \"a phrase\", +required and -excluded words work.",
      "Each hit names its evidence (document#sentence or file:line) and the character ranges of"
          + " its text that matched."
    },
    footer = {
      "",
      "Examples:",
      "  entente search 制裁 羅津",
      "  entente search sanctions --kind sentence --format csv",
      "  entente search Consult --kind event --state PRK --limit 50"
    })
final class SearchCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to look for.")
  List<String> words;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      defaultValue = "all",
      description = "all, sentence or event. Default: ${DEFAULT-VALUE}.")
  String kind;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description = "Only evidence naming (a sentence) or involving (an event) this state.")
  String state;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Hits to print. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Mixin FormatOption output;

  @Override
  public void run() {
    SearchKind searchKind;
    try {
      searchKind = SearchKind.of(kind);
    } catch (IllegalArgumentException e) {
      throw new UserException("--kind " + e.getMessage().replace("search kind ", ""));
    }
    if (limit < 1) {
      throw new UserException("--limit must be 1 or more, not " + limit);
    }
    String iso3 =
        state == null ? null : AlignmentCommand.country(CountryCodes.bundled(), state).iso3();
    try (Store store = storeOptions.open(parent.err)) {
      EvidenceIndex index = EvidenceIndex.build(store, searchKind);
      if (index.isEmpty()) {
        throw new UserException(
            "no "
                + (searchKind == SearchKind.EVENT
                    ? "events"
                    : searchKind == SearchKind.SENTENCE ? "articles" : "articles or events")
                + " in "
                + store.file()
                + " to search; import articles with `entente import-text FILE`"
                + " (events with `entente import-events FILE`)");
      }
      SearchResult result = index.search(String.join(" ", words), searchKind, iso3, limit);
      for (String note : result.notes()) {
        parent.err.println("Note: " + note);
      }
      parent.err.printf(
          Locale.ROOT, "%d match(es), %d shown.%n", result.total(), result.hits().size());
      SearchWriter.write(output.format, result, parent.out);
    }
  }
}
