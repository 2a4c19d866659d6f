package org.entente.fetch;

/**
 * A file that could not be fetched, or was fetched and refused, with a message for the user that
 * names the address and what went wrong. Nothing of it has been imported.
 */
public final class FetchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
