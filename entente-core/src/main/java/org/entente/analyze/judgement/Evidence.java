package org.entente.analyze.judgement;

import java.util.Objects;
import org.entente.analyze.DyadChange;

/**
 * What a statement rests on, by reference to the facts: the layout turns each into the numbered
 * sources of the records behind it (roll calls, event rows, treaty records).
 */
public sealed interface Evidence {

  /** A pair's relation in one year: the votes and events behind its estimate. */
  record Relation(Pair pair, int year) implements Evidence {
    public Relation {
      Objects.requireNonNull(pair, "pair");
    }
  }

  /** The alliance records in force between a pair in one year. */
  record Obligation(Pair pair, int year) implements Evidence {
    public Obligation {
      Objects.requireNonNull(pair, "pair");
    }
  }

  /** A turning point and the records around it ({@link DyadChange#evidence()}). */
  record Change(Pair pair, DyadChange change) implements Evidence {
    public Change {
      Objects.requireNonNull(pair, "pair");
      Objects.requireNonNull(change, "change");
    }
  }
}
