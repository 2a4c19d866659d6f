package org.entente.serve;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.entente.analyze.RelationSources;
import org.entente.store.Store;

/**
 * Connections to the one open store, one per concurrent request: a DuckDB connection runs one
 * statement at a time, while connections of one database query in parallel. Each keeps its own
 * {@link RelationSources}, whose vote affinities per range of years are read once and then reused.
 * At most {@code size} requests query at once; the others wait for a connection.
 */
final class StorePool implements AutoCloseable {

  /** One connection and what is built over it. */
  final class Session {
    final Store store;
    private RelationSources relations;
    private long builtIn = -1;

    private Session(Store store) {
      this.store = store;
    }

    RelationSources relations() {
      // What was read before a write (vote affinities, fits) is read again after it.
      if (relations == null || builtIn != generation) {
        builtIn = generation;
        relations = RelationSources.of(store);
      }
      return relations;
    }
  }

  private volatile long generation;

  private final Store store;
  private final Semaphore permits;
  private final ConcurrentLinkedDeque<Session> idle = new ConcurrentLinkedDeque<>();

  StorePool(Store store, int size) {
    this.store = store;
    this.permits = new Semaphore(size, true);
  }

  Store store() {
    return store;
  }

  /** Runs {@code work} on a connection of its own. */
  <T> T with(Function<Session, T> work) {
    permits.acquireUninterruptibly();
    Session session = idle.pollFirst();
    try {
      if (session == null) {
        session = new Session(store.duplicate());
      }
      return work.apply(session);
    } finally {
      if (session != null) {
        idle.offerFirst(session);
      }
      permits.release();
    }
  }

  /** After a write: each connection's relations are read again at its next use. */
  void storeChanged() {
    generation++;
  }

  @Override
  public void close() {
    Session s;
    while ((s = idle.pollFirst()) != null) {
      s.store.close();
    }
    store.close();
  }
}
