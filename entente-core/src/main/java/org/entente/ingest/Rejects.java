package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rows an import could not load; {@link RejectsFile} writes them. A record longer than
 * {@link ReadLimits#KEPT_BYTES} characters keeps only its start, its length said in the problem: a
 * file of long bad lines must not hold them all in memory, nor copy them whole into the rejects
 * file.
 */
public final class Rejects {

  private final List<Reject> rejects = new ArrayList<>();
  private final int stopAfter;

  /** Thrown by {@link #add} past the number of rejects an import tolerates. */
  public static final class TooMany extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooMany(int allowed) {
      super("more than " + allowed + " rejected rows", null, false, false);
    }
  }

  /** Rejects without limit. */
  public Rejects() {
    this(Integer.MAX_VALUE);
  }

  /**
   * Rejects that stop the import at the first reject past {@code stopAfter}: the import is refused
   * then, so reading on would only fill memory.
   */
  public Rejects(int stopAfter) {
    this.stopAfter = stopAfter;
  }

  public void add(Reject reject) {
    String record = reject.record();
    String value = reject.value();
    if (record.length() > ReadLimits.KEPT_BYTES || value.length() > ReadLimits.KEPT_BYTES) {
      reject =
          new Reject(
              reject.file(),
              reject.line(),
              reject.column(),
              start(value),
              reject.problem()
                  + " (the record is "
                  + record.length()
                  + " characters long; only its first "
                  + ReadLimits.KEPT_BYTES
                  + " are kept here)",
              start(record));
    }
    rejects.add(reject);
    if (rejects.size() > stopAfter) {
      throw new TooMany(stopAfter);
    }
  }

  /** The first {@link ReadLimits#KEPT_BYTES} characters, never half a surrogate pair. */
  private static String start(String text) {
    if (text.length() <= ReadLimits.KEPT_BYTES) {
      return text;
    }
    int end = ReadLimits.KEPT_BYTES;
    return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end);
  }

  public int count() {
    return rejects.size();
  }

  public boolean isEmpty() {
    return rejects.isEmpty();
  }

  public List<Reject> all() {
    return List.copyOf(rejects);
  }
}
