package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.entente.text.TextGate;

/**
 * The kinds of UN-vote file Entente reads, told apart by their content: a UN extract is JSON lines,
 * the CSV files of Voeten's layout by their header. Lets {@code import-votes} take files without
 * being told which is which.
 */
public enum UnVotesLayout {
  ROLL_CALLS_CSV,
  ISSUES_CSV,
  VOTES_CSV,
  UNDL_EXTRACT;

  /**
   * Detects the layout of {@code file} from its first line.
   *
   * @throws IllegalArgumentException naming the file and what was expected
   */
  public static UnVotesLayout of(SourceFile file) {
    String first = firstLine(file);
    if (first.startsWith("{")) {
      return UNDL_EXTRACT;
    }
    List<String> columns =
        List.of(first.toLowerCase(Locale.ROOT).replace("\"", "").split("\\s*,\\s*"));
    if (columns.contains("country_code") && columns.contains("vote")) {
      return VOTES_CSV;
    }
    if (columns.contains("short_name")) {
      return ISSUES_CSV;
    }
    if (columns.contains("rcid") && columns.contains("session")) {
      return ROLL_CALLS_CSV;
    }
    throw new IllegalArgumentException(
        file.name()
            + ":1: cannot tell what this file is: expected a UN extract (JSON lines, one"
            + " resolution per line) or a CSV whose header has rcid,session,… (roll calls),"
            + " rcid,short_name (issues) or rcid,country,country_code,vote (votes); found '"
            + (first.length() > 60 ? first.substring(0, 60) + "…" : first)
            + "'");
  }

  /** CSV or JSON lines, by what a user would write after {@code --format}. */
  public boolean isCsv() {
    return this != UNDL_EXTRACT;
  }

  private static String firstLine(SourceFile file) {
    try (InputStream in = file.open(bytes -> {});
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(TextGate.records(in, file.name()), StandardCharsets.UTF_8))) {
      String line = reader.readLine(); // a binary file is refused as such, not as a layout
      while (line != null && line.isBlank()) {
        line = reader.readLine();
      }
      if (line == null) {
        throw new IllegalArgumentException(file.name() + ": empty file");
      }
      return line.replace("\uFEFF", "").strip();
    } catch (IOException e) {
      throw new UncheckedIOException(file.name() + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
