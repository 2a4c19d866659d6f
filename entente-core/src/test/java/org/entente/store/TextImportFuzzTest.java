package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.entente.Fixtures;
import org.entente.ingest.HostileInput.Damage;
import org.entente.text.Document;
import org.entente.text.Documents;
import org.entente.text.events.TextEvent;
import org.entente.text.events.TextEvents;

/**
 * Fuzzes the text intake as {@code import-text} runs it — {@link Documents#read} (encodings, binary
 * check), the bundled extractor when the text is Japanese or English, {@link TextImport} — with
 * hostile copies of the README's example articles and a Japanese fixture: refused as unreadable (an
 * {@link IOException}, which the CLI reports as "cannot read …") with the store unchanged, or
 * stored with every coded event; a document's text holds U+FFFD only where it says it replaced
 * undecodable bytes.
 */
class TextImportFuzzTest extends ImportFuzzing {

  private static final List<byte[]> ARTICLES =
      List.of(
          read(Fixtures.example("en-russia-north-korea.txt")),
          read(Fixtures.example("ja-russia-north-korea.txt")),
          read(Fixtures.path("text/seed-paragraph.txt")));

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 15)
  void articles(@ForAll("damage") Damage damage, @ForAll int article) throws IOException {
    byte[] content = damage.apply(ARTICLES.get(Math.floorMod(article, ARTICLES.size())), true);
    Path file = Files.createTempDirectory(dir(), "text").resolve("article.txt");
    Files.write(file, content);
    Store store = store(emptyStore());
    Document document;
    try {
      document = Documents.read(file);
    } catch (IOException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    if (document.replaced() == 0) {
      assertThat(document.text()).doesNotContain("\uFFFD");
    }
    List<TextEvent> events =
        List.of("ja", "en").contains(document.language())
            ? TextEvents.bundled().extract(document, "auto", null)
            : List.of();
    long before = FuzzedImport.rows(store, "events");
    FuzzedImport.Outcome<EventImportReport> outcome =
        FuzzedImport.run(store, () -> new TextImport(store).run(file, document, events));
    if (outcome.refused() || outcome.report().alreadyLoaded()) {
      return;
    }
    EventImportReport report = outcome.report();
    assertThat(report.imported() + report.duplicates()).isEqualTo(events.size());
    assertThat(FuzzedImport.rows(store, "events") - before).isEqualTo(report.imported());
  }
}
