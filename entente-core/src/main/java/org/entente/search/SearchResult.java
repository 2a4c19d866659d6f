package org.entente.search;

import java.util.List;
import java.util.Objects;

/**
 * What a search found.
 *
 * @param query the query as given
 * @param total how many pieces of evidence match (all of them, not only those in {@code hits})
 * @param hits the best of them, best first
 * @param notes what a reader should know: a query with no searchable words, events left out of the
 *     index, a store with nothing to search
 */
public record SearchResult(String query, long total, List<SearchHit> hits, List<String> notes) {

  public SearchResult {
    Objects.requireNonNull(query, "query");
    hits = List.copyOf(hits);
    notes = List.copyOf(notes);
    if (total < hits.size()) {
      throw new IllegalArgumentException("total " + total + " < " + hits.size() + " hits");
    }
  }
}
