package org.entente.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.Progress;

/**
 * The event import before the bulk path, for the benchmark's comparison (BENCHMARKS.md, "Events at
 * DuckDB's speed"): every file through its Java reader and DuckDB's appender ({@link
 * EventImport#rowByRow}).
 *
 * <pre>{@code
 * java -cp … org.entente.store.RowByRowImport STORE FILE...
 * }</pre>
 */
public final class RowByRowImport {

  private RowByRowImport() {}

  public static void main(String[] args) {
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    try (Store store = Store.open(Path.of(args[0]), "2GB")) {
      EventImportReport r =
          new EventImport(store)
              .rowByRow()
              .run(files, "auto", false, EventImport.UNLIMITED, null, Progress.NONE);
      System.out.println(
          "row by row: " + r.imported() + " events imported, " + r.rejects().size() + " rejects");
    }
  }
}
