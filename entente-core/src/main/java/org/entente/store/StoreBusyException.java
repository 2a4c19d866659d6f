package org.entente.store;

/**
 * Another process holds the store: a writer (an import, a first-use load) keeps readers and other
 * writers out; readers keep writers out. Trying again later, or waiting, helps.
 */
public final class StoreBusyException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final boolean heldByReaders;
  private final boolean heldByServer;

  StoreBusyException(String message, boolean heldByReaders, boolean heldByServer, Throwable cause) {
    super(message, cause);
    this.heldByReaders = heldByReaders;
    this.heldByServer = heldByServer;
  }

  /** Whether the holders only read (so another reader would have got in). */
  public boolean heldByReaders() {
    return heldByReaders;
  }

  /** Whether the holder is {@code entente serve}, which keeps the store until it is stopped. */
  public boolean heldByServer() {
    return heldByServer;
  }
}
