package org.entente.code;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The explicit tables of the {@code code} package: UTF-8 CSV files shipped beside the classes that
 * read them, with a header row and {@code #} comments that document each decision.
 */
final class CodeTable {

  /** Reads one table's stream into its value. */
  @FunctionalInterface
  interface Reader<T> {
    T read(InputStream table) throws IOException;
  }

  private CodeTable() {}

  /** Reads the table {@code name} from the jar. */
  static <T> T bundled(String name, Reader<T> reader) {
    try (InputStream table = CodeTable.class.getResourceAsStream(name)) {
      if (table == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return reader.read(table);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  /** The rows of a table, comments skipped, fields addressed by the header's names. */
  static CsvReader<NamedCsvRecord> rows(InputStream table) {
    return CsvReader.builder()
        .commentStrategy(CommentStrategy.SKIP)
        .ofNamedCsvRecord(new InputStreamReader(table, StandardCharsets.UTF_8));
  }
}
