package org.entente.fetch;

/**
 * A file that could not be fetched, or was fetched and refused, with a message for the user that
 * names the address and what went wrong. Nothing of it has been imported.
 */
public final class FetchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status that refused the file, or 0 when none did (a timeout, a bad checksum). */
  private final int status;

  public FetchException(String message) {
    this(message, 0);
  }

  public FetchException(String message, int status) {
    super(message);
    this.status = status;
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  /** Whether the server answered that there is no such file (404 or 410). */
  public boolean notFound() {
    return status == 404 || status == 410;
  }
}
