package org.entente.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.entente.ingest.Progress;

/** Draws core progress as a terminal progress bar on standard error. */
final class ConsoleProgress implements Progress {

  private static final long MIN_BYTES = 1 << 20;

  private final PrintStream err;
  private ProgressBar bar;

  ConsoleProgress(PrintStream err) {
    this.err = err;
  }

  @Override
  public void start(String task, long total, String unit) {
    finish();
    if ("bytes".equals(unit) && total < MIN_BYTES) {
      return; // a small file reads in a blink; a bar would only flicker
    }
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .setMaxRenderedLength(100)
            .setConsumer(new ConsoleProgressBarConsumer(err, 100));
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
    }
  }
}
