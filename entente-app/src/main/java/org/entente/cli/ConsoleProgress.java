package org.entente.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.entente.ingest.Progress;

/**
 * Shows core progress on standard error: a live bar on a terminal, one line per finished task when
 * the output goes to a file or a CI log (where redrawn bars would fill the log).
 */
final class ConsoleProgress implements Progress {

  private static final long MIN_BYTES = 1 << 20;

  private final PrintStream err;
  private final boolean interactive;
  private final String indent;
  private ProgressBar bar;
  private String task;
  private long started;

  ConsoleProgress(PrintStream err) {
    this(err, System.console() != null, "");
  }

  ConsoleProgress(PrintStream err, boolean interactive) {
    this(err, interactive, "");
  }

  /** Prefixes every line with {@code indent}, to show tasks as steps of a larger one. */
  ConsoleProgress(PrintStream err, boolean interactive, String indent) {
    this.err = err;
    this.interactive = interactive;
    this.indent = indent;
  }

  /** The same console, every line indented by {@code indent}. */
  ConsoleProgress indented(String indent) {
    return new ConsoleProgress(err, interactive, indent);
  }

  @Override
  public void start(String task, long total, String unit) {
    finish();
    if ("bytes".equals(unit) && total < MIN_BYTES) {
      return; // a small file reads in a blink; a bar would only flicker
    }
    this.task = task;
    this.started = System.nanoTime();
    if (!interactive) {
      return;
    }
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName(indent + task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .setMaxRenderedLength(100)
            .setConsumer(
                new ConsoleProgressBarConsumer(
                    err instanceof TerminalPrintStream t ? t.raw() : err, 100));
    if ("bytes".equals(unit)) {
      builder.setUnit(" KB", 1 << 10);
    }
    bar = builder.build();
  }

  @Override
  public void advanceTo(long done) {
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public void finish() {
    if (bar != null) {
      bar.close();
      bar = null;
    } else if (task != null && !interactive) {
      err.printf(
          Locale.ROOT, "%s%s: done in %.1f s%n", indent, task, (System.nanoTime() - started) / 1e9);
    }
    task = null;
  }
}
