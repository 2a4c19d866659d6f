package org.entente.analyze.judgement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.analyze.DyadChange;
import org.entente.analyze.DyadRelation;
import org.entente.domain.Obligations;

/**
 * What a judgement knows about one pair: its relation in every year of the briefing, the
 * obligations binding it in the last year, and the turning points of its index.
 *
 * @param years one relation per year of the briefing, in order, those without evidence unknown
 * @param obligations the alliance obligations in force in {@code obligationsYear} (ATOP's last year
 *     carried on where a treaty record says it still stands)
 * @param changes the turning points of the index over the briefing's years (PELT), any size
 */
public record PairFacts(
    Pair pair,
    List<DyadRelation> years,
    Obligations obligations,
    int obligationsYear,
    List<DyadChange> changes) {

  public PairFacts {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(obligations, "obligations");
    years = List.copyOf(years);
    changes = List.copyOf(changes);
    for (int i = 1; i < years.size(); i++) {
      if (year(years.get(i)) != year(years.get(i - 1)) + 1) {
        throw new IllegalArgumentException(
            pair + ": years must follow each other, found " + years.get(i).period());
      }
    }
  }

  /** The relation of {@code year}, empty outside the briefing's years. */
  public Optional<DyadRelation> at(int year) {
    if (years.isEmpty()) {
      return Optional.empty();
    }
    int i = year - year(years.get(0));
    return i < 0 || i >= years.size() ? Optional.empty() : Optional.of(years.get(i));
  }

  static int year(DyadRelation r) {
    return Integer.parseInt(r.period());
  }
}
