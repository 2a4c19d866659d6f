package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Standard output could not be written: the disk is full, the device failed, or the reader went
 * away. Unchecked, so it passes through the core writers (which only handle {@link IOException})
 * and stops the command at the first byte that was lost. Exits with status 1, or 141 for a closed
 * pipe.
 */
final class OutputFailedException extends UncheckedIOException {

  private static final long serialVersionUID = 1L;

  OutputFailedException(IOException cause) {
    super(cause.getMessage() != null ? cause.getMessage() : cause.toString(), cause);
  }

  /**
   * Whether the reader closed the pipe ({@code entente … | head -1}): the JVM ignores SIGPIPE, so
   * the write fails with EPIPE, which Linux and macOS describe as "Broken pipe".
   */
  boolean pipeClosed() {
    return "Broken pipe".equals(getCause().getMessage());
  }
}
