package org.entente.analyze;

import java.util.List;
import java.util.Objects;

/**
 * The two camps of a set of states in one year ({@link RelationSources#camps}), with the relation
 * of every pair they were split by.
 */
public record YearCamps(CampSplit split, List<DyadRelation> relations) {

  public YearCamps {
    Objects.requireNonNull(split, "split");
    relations = List.copyOf(relations);
  }
}
