package org.entente.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.entente.report.TerminalText;

/**
 * A UTF-8 {@link PrintStream} whose text is inert ({@link TerminalText}): what a command prints —
 * messages, rejects, names and values from the files it read — cannot drive the terminal. Bytes
 * written as bytes (the JSON and CSV writers, picocli's help) pass unchanged, so machine formats
 * keep the exact value.
 */
class TerminalPrintStream extends PrintStream {

  private final PrintStream raw;

  TerminalPrintStream(OutputStream out, boolean autoFlush) {
    super(out, autoFlush, StandardCharsets.UTF_8);
    this.raw = new PrintStream(out, autoFlush, StandardCharsets.UTF_8);
  }

  /** The same stream without the inerting: for the progress bar, which redraws with a CR. */
  PrintStream raw() {
    return raw;
  }

  // println(x) and printf/format reach these (PrintStream's subclasses print through print).
  @Override
  public void print(String s) {
    super.print(TerminalText.inert(String.valueOf(s)));
  }

  @Override
  public void print(Object obj) {
    print(String.valueOf(obj));
  }

  @Override
  public void print(char[] s) {
    print(new String(s));
  }

  @Override
  public void print(char c) {
    print(String.valueOf(c));
  }

  @Override
  public PrintStream append(CharSequence csq) {
    print(String.valueOf(csq));
    return this;
  }

  @Override
  public PrintStream append(CharSequence csq, int start, int end) {
    print(String.valueOf(csq == null ? "null" : csq.subSequence(start, end)));
    return this;
  }
}
