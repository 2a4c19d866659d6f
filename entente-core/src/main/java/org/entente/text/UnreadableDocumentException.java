package org.entente.text;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be read as an article: binary, too large, a PDF without text. */
public final class UnreadableDocumentException extends IOException {

  private static final long serialVersionUID = 1L;

  UnreadableDocumentException(Path file, String why) {
    super(file + ": " + why);
  }

  UnreadableDocumentException(Path file, String why, Throwable cause) {
    super(file + ": " + why, cause);
  }
}
