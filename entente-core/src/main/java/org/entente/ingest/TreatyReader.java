package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.code.CountryCodes;
import org.entente.domain.Obligations;
import org.entente.domain.PartialDate;
import org.entente.domain.TreatyRecord;

/**
 * Reads treaty records in the format of {@code data/treaties/treaties.csv} (its README describes
 * the columns): one treaty per row, parties as ISO-3 codes, dates as {@code YYYY}, {@code YYYY-MM}
 * or {@code YYYY-MM-DD}, obligations as 0/1, and a citation for every record. Anything else is a
 * reject naming the column and value.
 *
 * <pre>{@code
 * List<TreatyRecord> records =
 *     new TreatyReader(CountryCodes.bundled()).read(file, rejects, Progress.NONE);
 * }</pre>
 */
public final class TreatyReader {

  private static final List<String> COLUMNS =
      List.of(
          "id",
          "name",
          "parties",
          "signed",
          "in_force",
          "ended",
          "defense",
          "offense",
          "neutral",
          "nonagg",
          "consul",
          "source",
          "note");

  private final CountryCodes codes;

  public TreatyReader(CountryCodes codes) {
    this.codes = codes;
  }

  /**
   * Reads every record; bad records go to {@code rejects}.
   *
   * @throws BrokenFileException if the file cannot be read to its end
   * @throws IllegalArgumentException if the header lacks a column
   */
  public List<TreatyRecord> read(SourceFile file, Rejects rejects, Progress progress) {
    List<TreatyRecord> records = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    CsvRows.read(
        file,
        COLUMNS,
        rejects,
        progress,
        row -> {
          Fields f = new Fields(file, row, rejects);
          String id = f.id();
          String name = f.required("name", "expected the treaty's name");
          List<String> parties = f.parties();
          PartialDate signed = f.date("signed", true);
          PartialDate inForce = f.date("in_force", false);
          PartialDate ended = f.date("ended", false);
          boolean[] flags = new boolean[5];
          for (int i = 0; i < 5; i++) {
            flags[i] = f.flag(Obligations.NAMES.get(i));
          }
          String source = f.required("source", "every record needs a citation of its source");
          if (f.failed) {
            return;
          }
          if (ended != null && inForce == null) {
            f.reject("ended", ended.toString(), "a treaty that ended must have an in_force date");
          } else if (inForce != null && inForce.last().isBefore(signed.first())) {
            f.reject(
                "in_force",
                inForce.toString(),
                "in force before it was signed (" + signed + "); expected a date on or after it");
          } else if (ended != null && ended.last().isBefore(inForce.first())) {
            f.reject(
                "ended",
                ended.toString(),
                "ended before it entered into force (" + inForce + "); expected a later date");
          } else if (!ids.add(id)) {
            f.reject("id", id, "id appears twice in this file; every record needs its own");
          }
          if (f.failed) {
            return;
          }
          records.add(
              new TreatyRecord(
                  id,
                  name,
                  parties,
                  signed,
                  inForce,
                  ended,
                  new Obligations(flags[0], flags[1], flags[2], flags[3], flags[4]),
                  source,
                  row.get("note").trim(),
                  file.name(),
                  row.line()));
        });
    return records;
  }

  /** Parses the fields of one record, rejecting the record (once) at the first bad value. */
  private final class Fields extends RecordFields {

    Fields(SourceFile file, CsvRows.Row row, Rejects rejects) {
      super(file, row, rejects);
    }

    List<String> parties() {
      String value = row.get("parties").trim();
      Set<String> parties = new LinkedHashSet<>();
      for (String part : value.split(";", -1)) {
        String party = part.trim();
        if (party.isEmpty() || codes.country(party).isEmpty()) {
          reject(
              "parties",
              party,
              "expected ISO-3 codes of un-country-codes.csv separated by ';' (in " + value + ")");
          return List.of();
        }
        if (!parties.add(party)) {
          reject("parties", party, party + " is listed twice");
          return List.of();
        }
      }
      if (parties.size() < 2) {
        reject("parties", value, "a treaty binds at least two states");
      }
      return List.copyOf(parties);
    }

    boolean flag(String column) {
      String value = row.get(column).trim();
      switch (value) {
        case "1":
          return true;
        case "0":
          return false;
        default:
          reject(column, value, "expected 1 or 0");
          return false;
      }
    }
  }
}
