package org.entente.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a CSV file with a header row, handing each record to a consumer with its line number, and
 * turning everything malformed (wrong field count, broken quoting, a truncated last line) into a
 * {@link Reject} instead of an exception.
 */
final class CsvRows {

  /** One record, its fields addressed by header name. */
  static final class Row {
    private final Map<String, Integer> index;
    private final CsvRecord record;

    private Row(Map<String, Integer> index, CsvRecord record) {
      this.index = index;
      this.record = record;
    }

    long line() {
      return record.getStartingLineNumber();
    }

    boolean has(String column) {
      return index.containsKey(column);
    }

    String get(String column) {
      return record.getField(index.get(column));
    }

    String raw() {
      return CsvRows.raw(record);
    }
  }

  private CsvRows() {}

  /**
   * Reads {@code file}, checks its header has {@code required} columns, and calls {@code each} for
   * every well-formed record.
   *
   * @return the header's column names, lower-cased
   * @throws IllegalArgumentException if the header lacks a required column
   */
  static List<String> read(
      SourceFile file,
      List<String> required,
      Rejects rejects,
      Progress progress,
      Consumer<Row> each) {
    progress.start("Reading " + file.name(), file.size(), "bytes");
    try (InputStream in = file.open(progress::advanceTo);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .ignoreDifferentFieldCount(true)
                .skipEmptyLines(true)
                .ofCsvRecord(in, StandardCharsets.UTF_8)) {
      var records = csv.iterator();
      CsvRecord header = header(file, records);
      List<String> columns = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.getFieldCount(); i++) {
        String name = header.getField(i).trim().toLowerCase(Locale.ROOT);
        columns.add(name);
        index.putIfAbsent(name, i);
      }
      List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            file.name()
                + ":1: header lacks column(s) "
                + missing
                + "; expected at least "
                + required
                + ", found "
                + columns);
      }
      long lastLine = 1;
      while (true) {
        CsvRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (CsvParseException | UncheckedIOException e) {
          // Broken quoting or a truncated (compressed) stream: nothing after this point is
          // reliable.
          rejects.add(
              new Reject(
                  file.name(),
                  lastLine + 1,
                  "",
                  "",
                  "malformed CSV, the rest of the file cannot be read: " + rootMessage(e),
                  ""));
          break;
        }
        lastLine = record.getStartingLineNumber();
        if (record.getFieldCount() != columns.size()) {
          rejects.add(
              new Reject(
                  file.name(),
                  record.getStartingLineNumber(),
                  "",
                  Integer.toString(record.getFieldCount()) + " fields",
                  "expected "
                      + columns.size()
                      + " fields as in the header (a truncated or broken line?)",
                  raw(record)));
          continue;
        }
        each.accept(new Row(index, record));
      }
      return List.copyOf(columns);
    } catch (IOException e) {
      throw new UncheckedIOException(file.name() + ": " + e.getMessage(), e);
    } finally {
      progress.finish();
    }
  }

  private static CsvRecord header(SourceFile file, java.util.Iterator<CsvRecord> records) {
    try {
      if (!records.hasNext()) {
        throw new IllegalArgumentException(file.name() + ": empty file, expected a header row");
      }
      return records.next();
    } catch (CsvParseException | UncheckedIOException e) {
      throw new IllegalArgumentException(
          file.name()
              + ":1: cannot be read ("
              + rootMessage(e)
              + "); is the file truncated or not CSV?",
          e);
    }
  }

  /** The record re-encoded as one CSV line, quoting where needed. */
  static String raw(CsvRecord record) {
    StringBuilder sb = new StringBuilder();
    for (String field : record.getFields()) {
      if (!sb.isEmpty()) {
        sb.append(',');
      }
      if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0) {
        sb.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(field);
      }
    }
    return sb.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
