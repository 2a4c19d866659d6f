package org.entente.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsEntry;
import org.entente.domain.SanctionsEntry.EntryName;
import org.entente.domain.SanctionsList;
import org.entente.domain.SanctionsSnapshot;

/**
 * Reads OFAC's Specially Designated Nationals list in its CSV form ({@code sdn.csv}): no header,
 * twelve fields {@code ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage,
 * GRT, Vess_flag, Vess_owner, Remarks}, {@code -0-} for an empty field, several programmes written
 * {@code SDGT] [IFSR}, and a last line holding only the DOS end-of-file mark (Ctrl-Z). Aliases
 * ({@code a.k.a. 'X'}), nationalities ({@code nationality X}, {@code citizen X}) and IMO numbers
 * ({@code IMO 9187629}) are read from the remarks. The list gives no listing dates.
 *
 * <p>A record with an unknown programme code, type, or a repeated or non-numeric {@code ent_num} is
 * a {@link Reject}; a file without the closing end-of-file mark is refused as cut off, since a cut
 * at a line break would otherwise pass unseen.
 */
public final class OfacSdnReader {

  /** The documented fields of {@code sdn.csv}, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "ent_num",
          "SDN_Name",
          "SDN_Type",
          "Program",
          "Title",
          "Call_Sign",
          "Vess_type",
          "Tonnage",
          "GRT",
          "Vess_flag",
          "Vess_owner",
          "Remarks");

  private static final String EMPTY = "-0-";
  private static final Pattern ENT_NUM = Pattern.compile("[1-9][0-9]{0,9}");
  private static final Pattern ALIAS =
      Pattern.compile("\\b([afn]\\.k\\.a\\.),? '(.+?)'(?=[;.)]|\\s*$)");
  private static final Pattern NATIONALITY =
      Pattern.compile("(?:^|;\\s*)(?:alt\\.\\s+)?(?:nationality|citizen) ([^;]+?)\\.?\\s*(?=;|$)");
  private static final Pattern IMO = Pattern.compile("\\bIMO (\\d{7})\\b");
  private static final Map<String, String> TYPES =
      Map.of(
          EMPTY, "entity", "individual", "individual", "vessel", "vessel", "aircraft", "aircraft");

  private final SanctionsPrograms programs;

  public OfacSdnReader(SanctionsPrograms programs) {
    this.programs = programs;
  }

  /**
   * Reads one file.
   *
   * @param published the day the file was downloaded from OFAC (the file does not say)
   * @throws BrokenFileException if the file cannot be read to its end, or lacks the end-of-file
   *     mark
   */
  public SanctionsSnapshot read(
      SourceFile file, LocalDate published, Rejects rejects, Progress progress) {
    List<SanctionsEntry> entries = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    long[] lastLine = {0};
    boolean endMark =
        CsvRows.readHeaderless(
            file,
            COLUMNS,
            rejects,
            progress,
            row -> {
              lastLine[0] = row.line();
              SanctionsEntry entry = entry(file, row, rejects);
              if (entry == null) {
                return;
              }
              Long earlier = seen.putIfAbsent(entry.entryId(), row.line());
              if (earlier != null) {
                rejects.add(
                    new Reject(
                        file.name(),
                        row.line(),
                        "ent_num",
                        entry.entryId(),
                        "repeats the entry of line " + earlier + "; each ent_num is listed once",
                        row.raw()));
                return;
              }
              entries.add(entry);
            });
    if (!endMark) {
      throw new BrokenFileException(
          file.name(),
          lastLine[0],
          "no end-of-file mark (Ctrl-Z) after the last record, which OFAC's sdn.csv always ends"
              + " with: the file seems cut off at a line break",
          null);
    }
    return new SanctionsSnapshot(SanctionsList.OFAC, published, entries);
  }

  private SanctionsEntry entry(SourceFile file, CsvRows.Row row, Rejects rejects) {
    String entNum = field(row, "ent_num");
    if (!ENT_NUM.matcher(entNum).matches()) {
      return reject(file, row, rejects, "ent_num", entNum, "expected a positive whole number");
    }
    String name = field(row, "SDN_Name");
    if (name.isEmpty()) {
      return reject(file, row, rejects, "SDN_Name", name, "expected the designated name");
    }
    String type = TYPES.get(row.get("SDN_Type").strip());
    if (type == null) {
      return reject(
          file,
          row,
          rejects,
          "SDN_Type",
          row.get("SDN_Type"),
          "expected individual, vessel, aircraft or -0- (an entity)");
    }
    List<String> codes = new ArrayList<>();
    for (String code : field(row, "Program").split("\\]\\s*\\[")) {
      String trimmed = code.strip();
      if (trimmed.isEmpty()) {
        return reject(
            file,
            row,
            rejects,
            "Program",
            field(row, "Program"),
            programs.expected(SanctionsList.OFAC));
      }
      if (programs.find(SanctionsList.OFAC, trimmed).isEmpty()) {
        return reject(
            file,
            row,
            rejects,
            "Program",
            trimmed,
            "unknown programme code; expected " + programs.expected(SanctionsList.OFAC));
      }
      codes.add(trimmed);
    }
    String remarks = field(row, "Remarks");
    List<EntryName> names = new ArrayList<>();
    names.add(new EntryName(name, "name", "", row.line()));
    Matcher alias = ALIAS.matcher(remarks);
    while (alias.find()) {
      names.add(new EntryName(alias.group(2).strip(), "alias", alias.group(1), row.line()));
    }
    Set<String> nationalities = new LinkedHashSet<>();
    Matcher nationality = NATIONALITY.matcher(remarks);
    while (nationality.find()) {
      nationalities.add(nationality.group(1).strip());
    }
    Matcher imo = IMO.matcher(remarks);
    return new SanctionsEntry(
        SanctionsList.OFAC,
        entNum,
        type,
        name,
        null,
        codes,
        List.copyOf(nationalities),
        imo.find() ? imo.group(1) : null,
        names,
        row.line(),
        "");
  }

  /** A field with surrounding spaces removed, and OFAC's {@code -0-} as empty. */
  private static String field(CsvRows.Row row, String column) {
    String value = row.get(column).strip();
    return value.equals(EMPTY) ? "" : value;
  }

  private static SanctionsEntry reject(
      SourceFile file,
      CsvRows.Row row,
      Rejects rejects,
      String column,
      String value,
      String problem) {
    rejects.add(new Reject(file.name(), row.line(), column, value, problem, row.raw()));
    return null;
  }
}
