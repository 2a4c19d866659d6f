package org.entente.serve;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The server's writes, one at a time in arrival order. Two DuckDB transactions that change the same
 * table from two connections conflict ("Conflict on tuple deletion!", "Duplicate key"), and under
 * parallel imports such conflicts were seen to leave corrupted values behind, so writes never
 * overlap. At most {@code waiting} writes wait behind the running one, each for at most {@code
 * maxWait}; beyond either, the client is told to come back (503 with {@code Retry-After}).
 */
final class WriteQueue {

  /** What a client told to come back should wait, in seconds: a few imports' time. */
  static final int RETRY_AFTER = 5;

  private final int waiting;
  private final Duration maxWait;
  private final Semaphore admitted;
  private final ReentrantLock writer = new ReentrantLock(true);

  WriteQueue(int waiting, Duration maxWait) {
    if (waiting < 0) {
      throw new IllegalArgumentException("waiting must be 0 or more, was " + waiting);
    }
    this.waiting = waiting;
    this.maxWait = maxWait;
    this.admitted = new Semaphore(waiting + 1);
  }

  /** Runs {@code write} once no other write runs. */
  <T> T write(Supplier<T> write) {
    if (!admitted.tryAcquire()) {
      throw busy(waiting + " writes are already waiting");
    }
    try {
      if (!writer.tryLock(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw busy("the writes before this one took over " + maxWait.toSeconds() + " s");
      }
      try {
        return write.get();
      } finally {
        writer.unlock();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy("the server is stopping");
    } finally {
      admitted.release();
    }
  }

  private static ApiException busy(String why) {
    return ApiException.busy(
        "the server writes one import at a time and is busy: "
            + why
            + "; nothing was stored, send it again in "
            + RETRY_AFTER
            + " s",
        RETRY_AFTER);
  }
}
