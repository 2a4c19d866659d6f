package org.entente.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.code.CountryCodes;
import org.entente.domain.ScoreRow;

/**
 * Reads the GDELT 2.0 cooperation–conflict scores aggregated per unordered pair of states ({@code
 * data/gdelt-graph/README.md}): the monthly file {@code month,a,b,score_sum,days} and the daily
 * file {@code date,a,b,score}. Each state must be an ISO-3 code of {@link CountryCodes} with {@code
 * a} before {@code b}; a bad value is a reject naming file, line, column and value.
 *
 * <pre>{@code
 * List<ScoreRow> rows = new GdeltScoreReader(CountryCodes.bundled())
 *     .readMonthly(SourceFile.of(path), rejects, Progress.NONE);
 * }</pre>
 */
public final class GdeltScoreReader {

  /** The name these series carry in the store and in provenance. */
  public static final String DATASET = "gdelt-graph";

  private static final List<String> MONTHLY = List.of("month", "a", "b", "score_sum", "days");
  private static final List<String> DAILY = List.of("date", "a", "b", "score");
  private static final int FIRST_YEAR = 1979;
  private static final int LAST_YEAR = 2100;

  private final CountryCodes codes;

  public GdeltScoreReader(CountryCodes codes) {
    this.codes = codes;
  }

  /**
   * Reads a monthly file; bad rows go to {@code rejects}.
   *
   * @throws BrokenFileException if the file cannot be read to its end
   * @throws IllegalArgumentException if the header lacks a column
   */
  public List<ScoreRow> readMonthly(SourceFile file, Rejects rejects, Progress progress) {
    return read(file, ScoreRow.Precision.MONTH, rejects, progress);
  }

  /** Reads a daily file; as {@link #readMonthly}. */
  public List<ScoreRow> readDaily(SourceFile file, Rejects rejects, Progress progress) {
    return read(file, ScoreRow.Precision.DAY, rejects, progress);
  }

  private List<ScoreRow> read(
      SourceFile file, ScoreRow.Precision precision, Rejects rejects, Progress progress) {
    boolean monthly = precision == ScoreRow.Precision.MONTH;
    List<ScoreRow> rows = new ArrayList<>(monthly ? 1 << 19 : 1 << 16);
    Set<String> seen = new HashSet<>();
    // A file holds few distinct periods; parsing each once keeps the first-use load fast.
    Map<String, LocalDate> periods = new HashMap<>();
    CsvRows.read(
        file,
        monthly ? MONTHLY : DAILY,
        rejects,
        progress,
        row -> {
          Fields f = new Fields(file.name(), row, rejects);
          String period = row.get(monthly ? "month" : "date");
          LocalDate start = periods.get(period);
          if (start == null) {
            start = monthly ? f.month("month") : f.date("date");
            if (start != null) {
              periods.put(period, start);
            }
          }
          String a = f.state("a");
          String b = f.state("b");
          Double score = f.score(monthly ? "score_sum" : "score");
          int days = monthly ? f.days("days") : 1;
          if (f.failed) {
            return;
          }
          if (a.compareTo(b) >= 0) {
            f.reject("b", b, "expected a state after a (" + a + ") in alphabetical order");
            return;
          }
          if (!seen.add(period + a + b)) {
            f.reject(
                monthly ? "month" : "date",
                row.get(monthly ? "month" : "date"),
                a + "–" + b + " appears twice for this period in this file");
            return;
          }
          rows.add(
              new ScoreRow(DATASET, a, b, start, precision, score, days, file.name(), row.line()));
        });
    return rows;
  }

  /** Parses the fields of one row, rejecting the row (once) at the first bad value. */
  private final class Fields {
    private final String file;
    private final CsvRows.Row row;
    private final Rejects rejects;
    boolean failed;

    Fields(String file, CsvRows.Row row, Rejects rejects) {
      this.file = file;
      this.row = row;
      this.rejects = rejects;
    }

    LocalDate month(String column) {
      String value = row.get(column).trim();
      try {
        YearMonth m = YearMonth.parse(value);
        if (m.getYear() >= FIRST_YEAR && m.getYear() <= LAST_YEAR) {
          return m.atDay(1);
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      reject(column, value, "expected a month YYYY-MM from " + FIRST_YEAR + " to " + LAST_YEAR);
      return null;
    }

    LocalDate date(String column) {
      String value = row.get(column).trim();
      try {
        LocalDate d = LocalDate.parse(value);
        if (d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR) {
          return d;
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      reject(column, value, "expected a date YYYY-MM-DD from " + FIRST_YEAR + " to " + LAST_YEAR);
      return null;
    }

    String state(String column) {
      String value = row.get(column).trim();
      if (codes.country(value).isPresent()) {
        return value;
      }
      reject(column, value, "expected the ISO-3 code of a state Entente knows");
      return null;
    }

    Double score(String column) {
      String value = row.get(column).trim();
      try {
        double d = Double.parseDouble(value);
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      reject(column, value, "expected a finite decimal number");
      return null;
    }

    int days(String column) {
      String value = row.get(column).trim();
      try {
        int n = Integer.parseInt(value);
        if (n >= 1 && n <= 31) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      reject(column, value, "expected a number of days from 1 to 31");
      return 0;
    }

    void reject(String column, String value, String problem) {
      if (!failed) {
        failed = true;
        rejects.add(new Reject(file, row.line(), column, value, problem, row.raw()));
      }
    }
  }
}
