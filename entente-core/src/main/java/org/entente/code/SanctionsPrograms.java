package org.entente.code;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.domain.SanctionsList;

/**
 * The programmes of the sanctions lists with their authority and target state, from the explicit
 * table {@code sanctions-programs.csv} (its header gives each decision). A code the table lacks is
 * unknown, never guessed: the readers reject the entry that carries it.
 *
 * <pre>{@code
 * SanctionsPrograms programs = SanctionsPrograms.bundled();
 * programs.find(SanctionsList.OFAC, "DPRK3"); // Optional[... authority=USA, target=PRK ...]
 * programs.find(SanctionsList.UN, "DPRK");    // Optional[... program=UN-SC1718, authority=UN ...]
 * }</pre>
 */
public final class SanctionsPrograms {

  static final String TABLE = "sanctions-programs.csv";

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  /** Authorities that are organisations of states rather than states: they have no ISO-3 code. */
  private static final Set<String> ORGANISATIONS = Set.of("UN", "EU");

  private static volatile SanctionsPrograms bundled;

  private final Map<SanctionsList, Map<String, SanctionsProgram>> byCode;

  private SanctionsPrograms(Map<SanctionsList, Map<String, SanctionsProgram>> byCode) {
    this.byCode = byCode;
  }

  /** The table shipped with Entente. */
  public static SanctionsPrograms bundled() {
    if (bundled == null) {
      try (InputStream table = SanctionsPrograms.class.getResourceAsStream(TABLE)) {
        if (table == null) {
          throw new IllegalStateException("missing resource " + TABLE);
        }
        bundled = read(table);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bundled;
  }

  /**
   * Reads a table in the format of {@code sanctions-programs.csv}.
   *
   * @throws IllegalStateException naming the line, for an unknown list, a code listed twice for one
   *     list, an authority other than UN, EU or three capitals, a target that is not three
   *     capitals, a date that does not parse, or a target without {@code since}
   */
  static SanctionsPrograms read(InputStream table) throws IOException {
    Map<SanctionsList, Map<String, SanctionsProgram>> byCode = new LinkedHashMap<>();
    for (SanctionsList list : SanctionsList.values()) {
      byCode.put(list, new LinkedHashMap<>());
    }
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder()
            .commentStrategy(CommentStrategy.SKIP)
            .ofNamedCsvRecord(new InputStreamReader(table, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        String where = TABLE + " line " + r.getStartingLineNumber() + ": ";
        SanctionsList list =
            SanctionsList.parse(r.getField("list"))
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            where + "list '" + r.getField("list") + "' must be UN, OFAC or MOF"));
        String authority = r.getField("authority");
        if (!ORGANISATIONS.contains(authority) && !ISO3.matcher(authority).matches()) {
          throw new IllegalStateException(
              where + "authority '" + authority + "' must be UN, EU or an ISO-3 code");
        }
        String target = r.getField("target");
        if (!target.isEmpty() && !ISO3.matcher(target).matches()) {
          throw new IllegalStateException(
              where + "target '" + target + "' must be empty or an ISO-3 code");
        }
        SanctionsProgram program;
        try {
          program =
              new SanctionsProgram(
                  list,
                  r.getField("code"),
                  r.getField("program"),
                  authority,
                  target,
                  date(r.getField("since")),
                  date(r.getField("ended")),
                  r.getField("title"),
                  r.getField("opensanctions"),
                  r.getField("source"));
        } catch (DateTimeParseException | IllegalArgumentException e) {
          throw new IllegalStateException(where + e.getMessage(), e);
        }
        if (byCode.get(list).putIfAbsent(program.code(), program) != null) {
          throw new IllegalStateException(
              where + "code '" + program.code() + "' of " + list + " is listed twice");
        }
      }
    }
    byCode.replaceAll((list, programs) -> Map.copyOf(programs));
    return new SanctionsPrograms(Map.copyOf(byCode));
  }

  private static LocalDate date(String text) {
    return text.isEmpty() ? null : LocalDate.parse(text);
  }

  /** The programme a list's code stands for, or empty when the table does not list it. */
  public Optional<SanctionsProgram> find(SanctionsList list, String code) {
    return Optional.ofNullable(byCode.get(list).get(code));
  }

  /** What the table accepts for a list, for error messages. */
  public String expected(SanctionsList list) {
    return "a programme code of the "
        + list
        + " list in "
        + TABLE
        + " (e.g. "
        + example(list)
        + ")";
  }

  private static String example(SanctionsList list) {
    return switch (list) {
      case UN -> "DPRK, Iran, Al-Qaida";
      case OFAC -> "DPRK3, RUSSIA-EO14024, SDGT";
      case MOF -> "1, 28 (the list's 区分 numbers)";
    };
  }

  /** Every programme, UN first, each list in code order. */
  public List<SanctionsProgram> all() {
    List<SanctionsProgram> all = new ArrayList<>();
    for (SanctionsList list : SanctionsList.values()) {
      byCode.get(list).values().stream()
          .sorted(java.util.Comparator.comparing(SanctionsProgram::program))
          .forEach(all::add);
    }
    return all;
  }

  /** The authorities of the table: UN and the sanctioning states, sorted. */
  public List<String> authorities() {
    return all().stream().map(SanctionsProgram::authority).distinct().sorted().toList();
  }
}
