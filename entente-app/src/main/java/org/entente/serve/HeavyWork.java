package org.entente.serve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The requests that take seconds of CPU (camps, change points, ideal points, briefings), bounded so
 * that they cannot take every core and every store connection from the quick ones: at most {@code
 * running} at once, at most {@code waiting} more waiting for their turn, each for at most {@code
 * queueWait}, and a client waits at most {@code answerWithin} for its answer. Beyond, a 503 with
 * {@code Retry-After}. A computation that outlasts its client goes on, and the same question asked
 * again (same path, parameters and store) joins it instead of starting another.
 */
final class HeavyWork implements AutoCloseable {

  /** What a client told to come back should wait, in seconds. */
  static final int RETRY_AFTER = 10;

  /**
   * Computations finished but not yet collected by a client that asked again: at most this many.
   */
  private static final int UNCOLLECTED = 32;

  /** The bounds; {@link #forThisMachine()} is what {@code entente serve} uses. */
  record Limits(int running, int waiting, Duration queueWait, Duration answerWithin) {
    Limits {
      if (running < 1) {
        throw new IllegalArgumentException("running must be 1 or more, was " + running);
      }
      if (waiting < 0) {
        throw new IllegalArgumentException("waiting must be 0 or more, was " + waiting);
      }
    }

    /**
     * Half the cores run heavy requests (one on a two-core machine), so the other half answers the
     * quick ones; a few wait, briefly.
     */
    static Limits forThisMachine() {
      int running = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
      return new Limits(running, 2 * running + 2, Duration.ofSeconds(15), Duration.ofSeconds(30));
    }
  }

  private final Limits limits;
  private final Semaphore running;
  private final Semaphore admitted;
  private final Map<String, CompletableFuture<Object>> underWay = new ConcurrentHashMap<>();
  private final ExecutorService workers;

  HeavyWork(Limits limits) {
    this.limits = limits;
    this.running = new Semaphore(limits.running(), true);
    this.admitted = new Semaphore(limits.running() + limits.waiting());
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "entente-heavy-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * The result of {@code work}, computed on a worker thread within the limits; {@code key} names
   * the question (identical questions share one computation), null for one that is never shared.
   */
  @SuppressWarnings("unchecked")
  <T> T run(String key, Supplier<T> work) {
    CompletableFuture<Object> answer = key == null ? null : underWay.get(key);
    if (answer == null) {
      answer = start(key, (Supplier<Object>) work);
    }
    try {
      Object result = answer.get(limits.answerWithin().toMillis(), TimeUnit.MILLISECONDS);
      forget(key, answer);
      return (T) result;
    } catch (TimeoutException e) {
      throw ApiException.busy(
          "this request takes over "
              + limits.answerWithin().toSeconds()
              + " s: it goes on, and the same request sent again in "
              + RETRY_AFTER
              + " s or later gets its answer",
          RETRY_AFTER);
    } catch (ExecutionException e) {
      forget(key, answer);
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.busy("the server is stopping", RETRY_AFTER);
    }
  }

  private CompletableFuture<Object> start(String key, Supplier<Object> work) {
    if (!admitted.tryAcquire()) {
      throw busy(limits.running() + " running and " + limits.waiting() + " waiting");
    }
    try {
      if (!running.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
        throw busy(
            "this one waited "
                + limits.queueWait().toSeconds()
                + " s for one of the "
                + limits.running()
                + " running to end");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.busy("the server is stopping", RETRY_AFTER);
    } finally {
      admitted.release();
    }
    CompletableFuture<Object> answer = new CompletableFuture<>();
    if (key != null) {
      CompletableFuture<Object> other = underWay.putIfAbsent(key, answer);
      if (other != null) { // the same question arrived meanwhile
        running.release();
        return other;
      }
      if (underWay.size() > UNCOLLECTED) {
        underWay.values().removeIf(f -> f.isDone() && f != answer);
      }
    }
    try {
      workers.execute(
          () -> {
            try {
              answer.complete(work.get());
            } catch (Throwable t) {
              answer.completeExceptionally(t);
            } finally {
              running.release();
            }
          });
    } catch (RuntimeException e) { // the server is stopping
      running.release();
      forget(key, answer);
      throw ApiException.busy("the server is stopping", RETRY_AFTER);
    }
    return answer;
  }

  private void forget(String key, CompletableFuture<Object> answer) {
    if (key != null) {
      underWay.remove(key, answer);
    }
  }

  private ApiException busy(String why) {
    return ApiException.busy(
        "the server is busy with long requests ("
            + why
            + "); cheap ones are still answered; send this one again in "
            + RETRY_AFTER
            + " s",
        RETRY_AFTER);
  }

  /** Stops taking work and lets what runs finish (for a while), before the store is closed. */
  @Override
  public void close() {
    workers.shutdown();
    try {
      workers.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
