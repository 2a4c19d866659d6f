package org.entente.store;

import java.time.LocalDate;
import java.util.Objects;
import org.entente.domain.SanctionsList;
import org.entente.ingest.SourceFile;

/**
 * A sanctions list file to import: the UN's XML, which dates itself, or OFAC's {@code sdn.csv} and
 * Japan's Ministry of Finance CSV, which do not, so their day is given.
 *
 * @param list which list the file is
 * @param file its bytes
 * @param published the SDN list's download day, the MOF list's day (from its file name); null for
 *     the UN list
 */
public record SanctionsFile(SanctionsList list, SourceFile file, LocalDate published) {

  public SanctionsFile {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(file, "file");
    if (list != SanctionsList.UN && published == null) {
      throw new IllegalArgumentException(
          "the "
              + list
              + " list does not record its date: give the day "
              + file.name()
              + " was published");
    }
  }

  public static SanctionsFile un(SourceFile file) {
    return new SanctionsFile(SanctionsList.UN, file, null);
  }

  public static SanctionsFile ofac(SourceFile file, LocalDate published) {
    return new SanctionsFile(SanctionsList.OFAC, file, published);
  }

  public static SanctionsFile mof(SourceFile file, LocalDate published) {
    return new SanctionsFile(SanctionsList.MOF, file, published);
  }
}
