package org.entente.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.entente.text.TextGate;

/**
 * Reads a CSV file with a header row, handing each record to a consumer with its line number. The
 * bytes pass the {@link TextGate}: a binary file is refused, a record with a control character or
 * bytes that are not UTF-8 becomes a {@link Reject} naming the byte offset, as does a record with
 * the wrong number of fields; a file that cannot be read to its end becomes a {@link
 * BrokenFileException}, because it hides rows nobody can count.
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
   * every well-formed record. A bad record becomes a {@link Reject}; a break that hides an unknown
   * number of records (a truncated stream, broken quoting, a cut-off last line) refuses the file.
   *
   * @return the header's column names, lower-cased
   * @throws IllegalArgumentException if the header lacks a required column
   * @throws BrokenFileException if the file cannot be read to its end
   */
  static List<String> read(
      SourceFile file,
      List<String> required,
      Rejects rejects,
      Progress progress,
      Consumer<Row> each) {
    return parse(file, required, null, rejects, progress, each).columns;
  }

  /**
   * Reads {@code file}, which has no header row, its fields named by {@code columns}; otherwise as
   * {@link #read}. A last line that holds only the DOS end-of-file mark (Ctrl-Z, 0x1A), with which
   * OFAC closes its files, is not a record.
   *
   * @return whether the file ended with that mark
   * @throws BrokenFileException if the file cannot be read to its end
   */
  static boolean readHeaderless(
      SourceFile file,
      List<String> columns,
      Rejects rejects,
      Progress progress,
      Consumer<Row> each) {
    return parse(file, List.of(), columns, rejects, progress, each).endMark;
  }

  /** What a read found besides its records. */
  private record Parsed(List<String> columns, boolean endMark) {}

  /** The DOS end-of-file mark, alone on the last line of OFAC's files. */
  private static final String END_MARK = String.valueOf((char) 0x1a);

  private static Parsed parse(
      SourceFile file,
      List<String> required,
      List<String> given,
      Rejects rejects,
      Progress progress,
      Consumer<Row> each) {
    progress.start("Reading " + file.name(), file.size(), "bytes");
    try (QuoteTracker content = new QuoteTracker(file.open(progress::advanceTo));
        TextGate.Records gate = TextGate.records(content, file.name());
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .ignoreDifferentFieldCount(true)
                .skipEmptyLines(true)
                // Text after a closing quote means the quoting is broken; the lenient default
                // would swallow the following lines into one field.
                .acceptCharsAfterQuotes(false)
                // The gate drops the byte-order mark of files saved by Excel.
                .ofCsvRecord(gate, StandardCharsets.UTF_8)) {
      Cursor records = new Cursor(file, csv.iterator());
      List<String> columns = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      if (given != null) {
        columns.addAll(given);
        for (int i = 0; i < given.size(); i++) {
          index.putIfAbsent(given.get(i), i);
        }
      } else {
        CsvRecord header = records.next();
        if (header == null) {
          throw new IllegalArgumentException(file.name() + ": empty file, expected a header row");
        }
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
        records.lastGoodLine = lastLine(header);
      }
      CsvRecord last = null;
      boolean lastRejected = false;
      boolean endMark = false;
      long goodBeforeLast = records.lastGoodLine;
      for (CsvRecord record = records.next(); record != null; record = records.next()) {
        refuseLoneCarriageReturn(file, content, records.lastGoodLine);
        if (endMark) {
          throw new BrokenFileException(
              file.name(),
              records.lastGoodLine,
              "line "
                  + record.getStartingLineNumber()
                  + " follows the end-of-file mark (Ctrl-Z) of line "
                  + records.lastGoodLine
                  + ": two files run together?",
              null);
        }
        if (record.getFieldCount() == 1 && record.getField(0).equals(END_MARK)) {
          endMark = true;
          continue;
        }
        int rejectsBefore = rejects.count();
        String fault = gate.fault(record.getStartingLineNumber(), lastLine(record));
        if (fault != null) {
          rejects.add(
              new Reject(
                  file.name(),
                  record.getStartingLineNumber(),
                  "",
                  "",
                  fault + " (expected UTF-8 text without control characters)",
                  raw(record)));
        } else if (record.getFieldCount() == columns.size()) {
          each.accept(new Row(index, record));
        } else if (lastLine(record) > record.getStartingLineNumber()) {
          throw new BrokenFileException(
              file.name(),
              records.lastGoodLine,
              "a quote opened in the record on line "
                  + record.getStartingLineNumber()
                  + " is never closed: the next "
                  + (lastLine(record) - record.getStartingLineNumber())
                  + " line(s) were read into one field, giving "
                  + record.getFieldCount()
                  + " fields instead of "
                  + columns.size(),
              null);
        } else {
          rejects.add(
              new Reject(
                  file.name(),
                  record.getStartingLineNumber(),
                  "",
                  Integer.toString(record.getFieldCount()) + " fields",
                  "expected "
                      + columns.size()
                      + " fields as in the "
                      + (given == null ? "header" : "format"),
                  raw(record)));
        }
        lastRejected = rejects.count() > rejectsBefore;
        last = record;
        goodBeforeLast = records.lastGoodLine;
        records.lastGoodLine = lastLine(record);
      }
      refuseLoneCarriageReturn(file, content, records.lastGoodLine);
      if (content.endsInsideQuotes()) {
        throw new BrokenFileException(
            file.name(),
            goodBeforeLast,
            "a quote opened in the record on line "
                + (last == null ? 1 : last.getStartingLineNumber())
                + " is never closed (is the file cut off?)",
            null);
      }
      if (last != null && lastRejected && !endMark && !content.endsWithLineBreak()) {
        throw new BrokenFileException(
            file.name(),
            goodBeforeLast,
            "its last line ("
                + last.getStartingLineNumber()
                + ") is incomplete and has no line break: the file seems cut off",
            null);
      }
      return new Parsed(List.copyOf(columns), endMark);
    } catch (IOException e) {
      throw new UncheckedIOException(file.name() + ": " + e.getMessage(), e);
    } finally {
      progress.finish();
    }
  }

  /**
   * Refuses a file with a carriage return alone inside a quoted field (see {@link QuoteTracker}):
   * the parser would have run that record into the next, so the records cannot be counted.
   */
  private static void refuseLoneCarriageReturn(
      SourceFile file, QuoteTracker content, long lastGoodLine) {
    long line = content.loneCarriageReturnInQuotes();
    if (line > 0) {
      throw new BrokenFileException(
          file.name(),
          Math.min(lastGoodLine, line - 1),
          "a carriage return alone (\\r without \\n) inside a quoted field on line "
              + line
              + ": the record cannot be told from the next; save the file with \\n or \\r\\n"
              + " line ends",
          null);
    }
  }

  /** The records of one file; a read that fails midway becomes a {@link BrokenFileException}. */
  private static final class Cursor {
    private final SourceFile file;
    private final Iterator<CsvRecord> records;
    long lastGoodLine;

    Cursor(SourceFile file, Iterator<CsvRecord> records) {
      this.file = file;
      this.records = records;
    }

    /** The next record, or null at the end of the file. */
    CsvRecord next() {
      try {
        return records.hasNext() ? records.next() : null;
      } catch (CsvParseException e) {
        if (e.getCause() instanceof TextGate.NotTextException notText) {
          throw notText; // binary: refused as such, not as broken quoting
        }
        if (rootMessage(e).contains("maximum buffer size")) {
          // FastCSV holds one field in at most 16 Mi characters and stops the file there.
          throw new BrokenFileException(
              file.name(),
              lastGoodLine,
              "the record after line "
                  + lastGoodLine
                  + " holds a field of more than 16 MiB (a quote never closed, or not a file"
                  + " of this format)",
              e);
        }
        throw new BrokenFileException(
            file.name(),
            lastGoodLine,
            "broken quoting after line "
                + lastGoodLine
                + ": text follows a closing quote, so a quote is missing or not doubled",
            e);
      } catch (UncheckedIOException e) {
        throw new BrokenFileException(
            file.name(),
            lastGoodLine,
            "the data ends early ("
                + rootMessage(e)
                + "): a truncated or damaged "
                + (file.name().endsWith(".gz") ? "gzip file" : "file"),
            e);
      }
    }
  }

  /** The line a record ends on: its start plus the line breaks inside quoted fields. */
  private static long lastLine(CsvRecord record) {
    long breaks = 0;
    for (String field : record.getFields()) {
      for (int i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) {
        breaks++;
      }
    }
    return record.getStartingLineNumber() + breaks;
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
