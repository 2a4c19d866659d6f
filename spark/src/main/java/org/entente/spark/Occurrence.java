package org.entente.spark;

import java.time.LocalDate;
import org.entente.analyze.EventAggregation;
import org.entente.domain.PloverType;

/**
 * One event on its way through the shuffle: what it adds ({@link EventAggregation.Count}, made by
 * entente-core from the event), its rank for the duplicate rule (file, then line: the first
 * occurrence is kept, as a local import keeps it) and, when events are counted one a day, the key
 * of that rule. Mutable fields without a record's canonical constructor, so that Kryo writes it
 * compactly ({@link EntenteKryo}).
 */
final class Occurrence {

  /** File index in the high bits, line in the low 40. */
  long rank;

  String dataset;

  /** Null when the event has no dyad. */
  String source;

  String target;

  /** First day of its period, as an epoch day. */
  int period;

  byte quadClass;

  long goldsteinMicros;

  /** PLOVER ordinal, or -1 for none. */
  byte plover;

  /** The one-a-day key, or null when that rule is off. */
  String oneADay;

  static final int LINE_BITS = 40;

  static long rank(int fileIndex, long line) {
    if (line >= 1L << LINE_BITS) {
      throw new IllegalArgumentException("line " + line + " is beyond 2^40");
    }
    return ((long) fileIndex << LINE_BITS) | line;
  }

  static Occurrence of(EventAggregation.Count c, String dataset, long rank, String oneADay) {
    Occurrence o = new Occurrence();
    o.rank = rank;
    o.dataset = dataset;
    if (c.key() != null) {
      o.source = c.key().sourceState();
      o.target = c.key().targetState();
      o.period = (int) c.key().period().toEpochDay();
    }
    o.quadClass = (byte) c.quadClass();
    o.goldsteinMicros = c.goldsteinMicros();
    o.plover = (byte) (c.plover() == null ? -1 : c.plover().ordinal());
    o.oneADay = oneADay;
    return o;
  }

  /** What it adds, as entente-core counts it. */
  EventAggregation.Count count() {
    EventAggregation.Key key =
        source == null
            ? null
            : new EventAggregation.Key(dataset, source, target, LocalDate.ofEpochDay(period));
    return new EventAggregation.Count(
        key, quadClass, goldsteinMicros, plover < 0 ? null : PloverType.at(plover));
  }

  /** The one of two occurrences of an event that is kept: the first by file and line. */
  static Occurrence first(Occurrence a, Occurrence b) {
    return a.rank <= b.rank ? a : b;
  }
}
