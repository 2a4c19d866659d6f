package org.entente.analyze;

import java.util.Objects;

/**
 * A designated entry whose name or alias matches a searched name.
 *
 * @param score how alike, 0 to 1 ({@link NameSimilarity})
 * @param matched the entry's name or alias that matched best, as the list writes it
 * @param kind {@code name}, {@code alias} or {@code original script}
 * @param designated the list entry, the evidence
 */
public record NameMatch(
    double score, String matched, String kind, SanctionsCatalog.Designated designated) {

  public NameMatch {
    Objects.requireNonNull(matched, "matched");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(designated, "designated");
  }
}
