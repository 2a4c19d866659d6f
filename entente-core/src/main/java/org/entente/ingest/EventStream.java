package org.entente.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.entente.domain.Event;

/**
 * Reads one event file on a thread of its own and hands its events over in batches, so that parsing
 * and storing overlap on two cores. At most {@link #QUEUED} batches of {@link #BATCH} events wait
 * at a time, so memory stays bounded however large the file. The reader thread alone touches {@code
 * rejects} and {@code progress} until the stream is drained.
 *
 * <pre>{@code
 * try (EventStream s = EventStream.start(path, name, reader, rejects, progress)) {
 *   for (List<Event> batch = s.next(); batch != null; batch = s.next()) { store(batch); }
 * }
 * }</pre>
 */
public final class EventStream implements AutoCloseable {

  /** Events per batch. */
  public static final int BATCH = 4096;

  /** Batches that may wait for the consumer. */
  static final int QUEUED = 8;

  private static final List<Event> END = List.of();

  private final BlockingQueue<List<Event>> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Thread thread;
  private volatile RuntimeException failure;
  private volatile boolean closed;

  private EventStream(Runnable body) {
    this.thread = new Thread(body, "entente-event-reader");
    thread.setDaemon(true);
  }

  /** Reads events and hands each to {@code sink}: one file's worth, on the stream's thread. */
  @FunctionalInterface
  public interface Producer {
    void produce(java.util.function.Consumer<Event> sink);
  }

  /** Starts reading {@code file} within the {@linkplain ReadLimits#DEFAULT default limits}. */
  public static EventStream start(
      Path file, String name, EventReader reader, Rejects rejects, Progress progress) {
    return start(file, name, reader, ReadLimits.DEFAULT, rejects, progress);
  }

  /** Starts reading {@code file} within {@code limits}. */
  public static EventStream start(
      Path file,
      String name,
      EventReader reader,
      ReadLimits limits,
      Rejects rejects,
      Progress progress) {
    return start(
        name, sink -> EventFiles.read(file, name, reader, limits, rejects, progress, sink));
  }

  /**
   * Starts a producer of events on a thread of its own, such as a cluster job's reader of a file on
   * a Hadoop file system.
   */
  public static EventStream start(Producer producer) {
    return start("events", producer);
  }

  /**
   * Starts a producer of events on a thread of its own.
   *
   * @param name what is read, for the message if the reader fails
   */
  public static EventStream start(String name, Producer producer) {
    EventStream[] self = new EventStream[1];
    self[0] =
        new EventStream(
            () -> {
              EventStream s = self[0];
              List<Event> batch = new ArrayList<>(BATCH);
              try {
                producer.produce(
                    e -> {
                      batch.add(e);
                      if (batch.size() == BATCH) {
                        s.put(new ArrayList<>(batch));
                        batch.clear();
                      }
                    });
                if (!batch.isEmpty()) {
                  s.put(new ArrayList<>(batch));
                }
              } catch (RuntimeException e) {
                s.failure = e;
              } catch (Throwable e) {
                // An Error (out of memory above all) must end the import as loudly as an
                // exception: a reader thread that died quietly would leave its file half read
                // and recorded as imported.
                s.failure = new BrokenFileException(name, 0, "reading stopped: " + describe(e), e);
              } finally {
                s.putEnd();
              }
            });
    self[0].thread.start();
    return self[0];
  }

  private static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "out of memory ("
          + e.getMessage()
          + ", heap limit "
          + (Runtime.getRuntime().maxMemory() >> 20)
          + " MiB); raise the heap with ENTENTE_JAVA_OPTS=-Xmx…";
    }
    return e.toString();
  }

  private void put(List<Event> batch) {
    try {
      while (!closed) {
        if (queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          return;
        }
      }
      throw new Stopped();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  private void putEnd() {
    try {
      while (!closed && !queue.offer(END, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        // the consumer is still storing a batch
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The consumer stopped reading: the reader gives up quietly. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  /**
   * The next batch, or null at the end of the file.
   *
   * @throws RuntimeException whatever the reader failed with, once its events are drained; an
   *     {@link Error} in the reader as a {@link BrokenFileException}
   */
  public List<Event> next() {
    List<Event> batch;
    try {
      batch = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading events", e);
    }
    if (batch == END) {
      join();
      if (failure != null && !(failure instanceof Stopped)) {
        throw failure;
      }
      return null;
    }
    return batch;
  }

  private void join() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the reader if the consumer gives up early, and waits for it. */
  @Override
  public void close() {
    closed = true;
    queue.clear();
    join();
  }
}
