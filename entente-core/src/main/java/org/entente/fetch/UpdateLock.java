package org.entente.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One update at a time per staging folder (one per store): two would download the same files into
 * the same parts. An operating-system lock, so a killed update leaves no stale lock behind.
 */
public final class UpdateLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private UpdateLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code staging}, creating the folder.
   *
   * @throws FetchException if another update holds it
   */
  public static UpdateLock take(Path staging) {
    Path file = staging.resolve("update.lock");
    try {
      Files.createDirectories(staging);
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new FetchException(
            "another update of this store is running (it holds "
                + file
                + "); try again when it has finished");
      }
      return new UpdateLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the lock goes with the channel, and the channel with the process
    }
  }
}
