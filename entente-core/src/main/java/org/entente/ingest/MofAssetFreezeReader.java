package org.entente.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsEntry;
import org.entente.domain.SanctionsEntry.EntryName;
import org.entente.domain.SanctionsList;
import org.entente.domain.SanctionsSnapshot;

/**
 * Reads the list of Japan's Ministry of Finance of persons subject to asset freezes under the
 * Foreign Exchange and Foreign Trade Act (経済制裁措置及び対象者リスト), in its CSV form ({@code
 * shisantouketsuYYYYMMDD.csv}): UTF-8, a header of 32 Japanese column names, one record per
 * designated person or entity. The columns read are {@code 区分} (the measure's category number, the
 * programme code), {@code 番号} (the entry number, e.g. {@code 028-000173}), {@code 告示日付} (the day of
 * the public notice that listed it, {@code 2002.3.1}, followed by the days of its amendments),
 * {@code 個人・団体}, the names in Japanese (katakana for foreign names) and English, and their aliases
 * and former names.
 *
 * <p>A record whose notice date does not parse, whose category has no row in the programme table,
 * or whose number repeats is a {@link Reject}; a file without the list's header (another list, or
 * another version of this one) is refused whole, as a {@link BrokenFileException}.
 */
public final class MofAssetFreezeReader {

  static final String CATEGORY = "区分";
  static final String NUMBER = "番号";
  static final String NOTICE_DATE = "告示日付";
  static final String KIND = "個人・団体";
  static final String NAME_JA = "氏名（日本語）";
  static final String NAME_EN = "氏名（英語）";
  static final String ALIAS_JA = "別名・別称（日本語）";
  static final String ALIAS_EN = "別名・別称（英語）";
  static final String FORMER_JA = "旧称（日本語）";
  static final String FORMER_EN = "旧称（英語）";
  static final String NATIONALITY_EN = "国籍（英語）";

  /** The columns a file must have to be read as this list. */
  public static final List<String> REQUIRED =
      List.of(
          CATEGORY,
          NUMBER,
          NOTICE_DATE,
          KIND,
          NAME_JA,
          NAME_EN,
          ALIAS_JA,
          ALIAS_EN,
          FORMER_JA,
          FORMER_EN,
          NATIONALITY_EN);

  private static final Pattern ENTRY_NUMBER = Pattern.compile("\\d{3}-\\d{6}");
  private static final Pattern CATEGORY_CODE = Pattern.compile("[1-9][0-9]{0,2}");

  /** The first date of {@code 告示日付}: the notice that listed the entry ({@code 2001.9.22}). */
  private static final Pattern FIRST_DATE = Pattern.compile("^(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})");

  /** Aliases are separated by {@code ;} (or the full-width {@code ；}) outside brackets. */
  private static final Pattern SEPARATOR = Pattern.compile("[;；]");

  private static final Map<String, String> KINDS = Map.of("個人", "individual", "団体", "entity");

  private final SanctionsPrograms programs;

  public MofAssetFreezeReader(SanctionsPrograms programs) {
    this.programs = programs;
  }

  /**
   * Reads one file.
   *
   * @param published the day of the list, as its file name gives it ({@code
   *     shisantouketsu20260828.csv}); the file itself does not say
   * @throws BrokenFileException if the header is not the list's, or the file cannot be read to its
   *     end
   */
  public SanctionsSnapshot read(
      SourceFile file, LocalDate published, Rejects rejects, Progress progress) {
    List<SanctionsEntry> entries = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    try {
      readRows(file, rejects, progress, entries, seen);
    } catch (IllegalArgumentException e) {
      // Another list's file, or another version of this one: refused whole, as a cut file is.
      throw new BrokenFileException(
          file.name(),
          0,
          "not the Ministry of Finance list (shisantouketsuYYYYMMDD.csv) in the format read here: "
              + e.getMessage(),
          e);
    }
    return new SanctionsSnapshot(SanctionsList.MOF, published, entries);
  }

  private void readRows(
      SourceFile file,
      Rejects rejects,
      Progress progress,
      List<SanctionsEntry> entries,
      Map<String, Long> seen) {
    CsvRows.read(
        file,
        REQUIRED,
        rejects,
        progress,
        row -> {
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
                    NUMBER,
                    entry.entryId(),
                    "repeats the entry of line " + earlier + "; each 番号 is listed once",
                    row.raw()));
            return;
          }
          entries.add(entry);
        });
  }

  private SanctionsEntry entry(SourceFile file, CsvRows.Row row, Rejects rejects) {
    String number = row.get(NUMBER).strip();
    if (!ENTRY_NUMBER.matcher(number).matches()) {
      return reject(file, row, rejects, NUMBER, number, "expected an entry number like 028-000173");
    }
    String category = row.get(CATEGORY).strip();
    if (!CATEGORY_CODE.matcher(category).matches()
        || programs.find(SanctionsList.MOF, category).isEmpty()) {
      return reject(
          file,
          row,
          rejects,
          CATEGORY,
          category,
          "unknown category; expected " + programs.expected(SanctionsList.MOF));
    }
    String kind = KINDS.get(row.get(KIND).strip());
    if (kind == null) {
      return reject(file, row, rejects, KIND, row.get(KIND), "expected 個人 or 団体");
    }
    String notice = row.get(NOTICE_DATE).strip();
    LocalDate listedOn = firstDate(notice);
    if (listedOn == null) {
      return reject(
          file,
          row,
          rejects,
          NOTICE_DATE,
          notice,
          "expected the notice date as year.month.day (2002.3.1), then any amendments");
    }
    String english = row.get(NAME_EN).strip();
    String japanese = row.get(NAME_JA).strip();
    if (english.isEmpty() && japanese.isEmpty()) {
      return reject(file, row, rejects, NAME_EN, "", "expected the designated name");
    }
    List<EntryName> names = new ArrayList<>();
    String primary = english.isEmpty() ? japanese : english;
    names.add(new EntryName(primary, "name", "", row.line()));
    if (!english.isEmpty() && !japanese.isEmpty()) {
      names.add(new EntryName(japanese, "original script", "", row.line()));
    }
    addAll(names, row.get(ALIAS_EN), "alias", "a.k.a.", row.line());
    addAll(names, row.get(ALIAS_JA), "alias", "a.k.a.", row.line());
    addAll(names, row.get(FORMER_EN), "alias", "f.k.a.", row.line());
    addAll(names, row.get(FORMER_JA), "alias", "f.k.a.", row.line());
    String nationality = row.get(NATIONALITY_EN).strip();
    return new SanctionsEntry(
        SanctionsList.MOF,
        number,
        kind,
        primary,
        listedOn,
        List.of(category),
        nationality.isEmpty() ? List.of() : List.of(nationality),
        null,
        names,
        row.line(),
        "");
  }

  /** The notice date that opens {@code 告示日付}, or null if there is none or it is no date. */
  static LocalDate firstDate(String notice) {
    Matcher m = FIRST_DATE.matcher(notice);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Splits a cell of aliases at separators outside brackets, which hold descriptions. */
  private static void addAll(
      List<EntryName> names, String cell, String kind, String quality, long line) {
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= cell.length(); i++) {
      char c = i < cell.length() ? cell.charAt(i) : ';';
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      } else if (depth == 0 && SEPARATOR.matcher(String.valueOf(c)).matches()) {
        String alias = cell.substring(start, Math.min(i, cell.length())).strip();
        if (!alias.isEmpty()) {
          names.add(new EntryName(alias, kind, quality, line));
        }
        start = i + 1;
      }
    }
  }

  private static SanctionsEntry reject(
      SourceFile file,
      CsvRows.Row row,
      Rejects rejects,
      String column,
      String value,
      String expected) {
    rejects.add(new Reject(file.name(), row.line(), column, value, expected, row.raw()));
    return null;
  }
}
