package org.entente.ingest;

/**
 * Reports progress of long work (loading, importing) to whoever shows it. Core code calls it; the
 * command line draws a bar.
 */
public interface Progress {

  /** Starts a task of {@code total} units ({@code unit} names them: "bytes", "votes"). */
  void start(String task, long total, String unit);

  /** Sets how many units are done. */
  void advanceTo(long done);

  /** Ends the current task. */
  void finish();

  /** Shows nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void start(String task, long total, String unit) {}

        @Override
        public void advanceTo(long done) {}

        @Override
        public void finish() {}
      };
}
