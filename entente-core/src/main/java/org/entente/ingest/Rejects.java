package org.entente.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the rows an import could not load and writes them to a rejects file. */
public final class Rejects {

  private final List<Reject> rejects = new ArrayList<>();

  public void add(Reject reject) {
    rejects.add(reject);
  }

  public int count() {
    return rejects.size();
  }

  public boolean isEmpty() {
    return rejects.isEmpty();
  }

  public List<Reject> all() {
    return List.copyOf(rejects);
  }

  /**
   * Writes a CSV with columns {@code file,line,column,value,problem,record}: every reject, the raw
   * record last so that it can be corrected and imported again.
   */
  public void writeTo(Path path) {
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
          CsvWriter csv = CsvWriter.builder().build(out)) {
        csv.writeRecord("file", "line", "column", "value", "problem", "record");
        for (Reject r : rejects) {
          csv.writeRecord(
              r.file(), Long.toString(r.line()), r.column(), r.value(), r.problem(), r.record());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write rejects file " + path, e);
    }
  }
}
