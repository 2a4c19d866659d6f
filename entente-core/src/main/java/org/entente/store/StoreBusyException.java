package org.entente.store;

/**
 * Another process holds the store: a writer (an import, a first-use load) keeps readers and other
 * writers out; readers keep writers out. Trying again later, or waiting, helps.
 */
public final class StoreBusyException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final boolean heldByReaders;

  StoreBusyException(String message, boolean heldByReaders, Throwable cause) {
    super(message, cause);
    this.heldByReaders = heldByReaders;
  }

  /** Whether the holders only read (so another reader would have got in). */
  public boolean heldByReaders() {
    return heldByReaders;
  }
}
