package org.entente.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON answers of GET requests, kept for the server's lifetime: the store does not change under
 * a read-only server, so the same question has the same answer, and a relation that takes 40–150 ms
 * to compute is then sent in well under a millisecond. Least recently used answers go first beyond
 * {@link #MAX_BYTES}; a write (import-text) empties the cache.
 */
final class ResponseCache {

  /** At most this many bytes of answers are kept (a triad of 30 years is about 6 KB). */
  static final long MAX_BYTES = 64L << 20;

  /** Answers larger than this are not kept (the events of a busy pair, say). */
  static final int MAX_ENTRY = 1 << 20;

  private final LinkedHashMap<String, byte[]> answers = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;
  private long generation;

  /** Changes at every {@link #clear}: an answer computed before a write is not kept after it. */
  synchronized long generation() {
    return generation;
  }

  /** The key of a request: path and parameters, in name order. */
  static String key(String path, Map<String, List<String>> params) {
    return path + "?" + new TreeMap<>(params);
  }

  synchronized byte[] get(String key) {
    return answers.get(key);
  }

  synchronized void put(String key, byte[] answer, long computedIn) {
    if (answer.length > MAX_ENTRY || computedIn != generation) {
      return;
    }
    byte[] old = answers.put(key, answer);
    bytes += answer.length - (old == null ? 0 : old.length);
    var eldest = answers.entrySet().iterator();
    while (bytes > MAX_BYTES && eldest.hasNext()) {
      bytes -= eldest.next().getValue().length;
      eldest.remove();
    }
  }

  synchronized void clear() {
    answers.clear();
    bytes = 0;
    generation++;
  }
}
