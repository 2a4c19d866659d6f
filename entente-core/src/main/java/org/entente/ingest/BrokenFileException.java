package org.entente.ingest;

/**
 * A file that cannot be read to its end: a truncated compressed stream, broken quoting, a cut-off
 * last line. Unlike a bad row, such a break hides an unknown number of rows, so an import refuses
 * the whole file whatever number of rejected rows it would otherwise accept.
 */
public final class BrokenFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final long lastGoodLine;
  private final String reason;

  /**
   * @param file the file's name as the user gave it
   * @param lastGoodLine the last line read completely before the break (0: none, the header is 1)
   * @param reason what is wrong, in words a user can act on
   */
  public BrokenFileException(String file, long lastGoodLine, String reason, Throwable cause) {
    super(
        file
            + ": cannot be read to its end: "
            + reason
            + (lastGoodLine > 0 ? "; last good line " + lastGoodLine : ""),
        cause);
    this.file = file;
    this.lastGoodLine = lastGoodLine;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public long lastGoodLine() {
    return lastGoodLine;
  }

  public String reason() {
    return reason;
  }
}
