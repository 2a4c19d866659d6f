package org.entente.text;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be read as an article: binary, too large, a PDF without text. */
public final class UnreadableDocumentException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  UnreadableDocumentException(Path file, String why) {
    this(file.toString(), why);
  }

  /** {@code where}: the file, or the name an article sent as bytes goes by. */
  UnreadableDocumentException(String where, String why) {
    super(where + ": " + why);
    this.reason = why;
  }

  UnreadableDocumentException(String where, String why, Throwable cause) {
    super(where + ": " + why, cause);
    this.reason = why;
  }

  /** Why, without the file: what the API answers, where the client knows what it sent. */
  public String reason() {
    return reason;
  }
}
