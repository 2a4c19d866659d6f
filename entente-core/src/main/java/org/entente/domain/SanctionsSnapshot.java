package org.entente.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A sanctions list as published on one day. A snapshot shows the designations in force that day:
 * those removed before it are not in it.
 *
 * @param list which list
 * @param published the day the list was published (the UN's {@code dateGenerated}; for the SDN
 *     list, the day of the download, which the file itself does not record)
 * @param entries its entries, in file order
 */
public record SanctionsSnapshot(
    SanctionsList list, LocalDate published, List<SanctionsEntry> entries) {

  public SanctionsSnapshot {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(published, "published");
    entries = List.copyOf(entries);
  }
}
