package org.entente.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.entente.analyze.EventAggregation;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.ingest.AggregateManifest;
import org.entente.ingest.EventFiles;
import org.entente.ingest.EventLines;
import org.entente.ingest.EventReader;
import org.entente.ingest.EventStream;
import org.entente.ingest.Progress;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import scala.Tuple2;

/**
 * Reads one event file in a task, with entente-core's line reader and the file's {@link
 * EventReader}, and hands on each event as an {@link Occurrence} keyed for the duplicate rule. The
 * file's SHA-256 is taken from the same bytes as they stream past. When the file is done, the task
 * writes what it found (an {@link AggregateManifest.Input}) and its rejects, with file and line,
 * beside the output under {@code _entente_parts/}: written whole under a fixed name, so a task run
 * twice (a retry, a lost executor) leaves the same files.
 */
final class FileReading {

  /** The work directory under the output, removed once the manifest is written. */
  static final String PARTS = "_entente_parts";

  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private FileReading() {}

  /** The key of the dataset-id rule: an event is counted once per dataset and id. */
  static String idKey(Event e) {
    return e.dataset() + '\u0001' + e.id();
  }

  /**
   * The key of the one-a-day rule (the Phoenix pipeline's): dataset, day, actors as written, code.
   */
  static String oneADayKey(Event e) {
    return e.dataset()
        + '\u0001'
        + e.date()
        + '\u0001'
        + e.source().name()
        + '\u0001'
        + e.target().name()
        + '\u0001'
        + e.cameo();
  }

  /** The occurrences of one file's events, read as they are consumed. */
  static Iterator<Tuple2<String, Occurrence>> occurrences(
      InputFile file, HadoopConf conf, DatePrecision by, boolean oneADay, String out)
      throws IOException {
    Path path = new Path(file.path());
    FileSystem fs = path.getFileSystem(conf.get());
    EventReader reader = EventFiles.readerOf(file.dataset());
    Rejects rejects = new Rejects();
    AtomicLong lines = new AtomicLong();
    DigestingStream in = new DigestingStream(fs.open(path));
    EventStream events =
        EventStream.start(
            sink -> {
              try {
                lines.set(
                    EventLines.read(
                        in,
                        file.size(),
                        file.path(),
                        rejects,
                        Progress.NONE,
                        line -> reader.parse(line, rejects).ifPresent(sink)));
              } catch (IOException e) {
                throw new UncheckedIOException(
                    "cannot read " + file.path() + ": " + e.getMessage(), e);
              }
            });
    // A task killed half-way (speculation, a failed stage) stops the reader thread with it.
    org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener(
          (org.apache.spark.util.TaskCompletionListener) ctx -> events.close());
    }
    return new Iterator<>() {
      private List<Event> batch = List.of();
      private int next;
      private long rows;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (next >= batch.size()) {
          if (done) {
            return false;
          }
          List<Event> b = events.next();
          if (b == null) {
            done = true;
            events.close();
            finish(file, conf, out, in.sha256(), lines.get(), rows, rejects);
            return false;
          }
          batch = b;
          next = 0;
        }
        return true;
      }

      @Override
      public Tuple2<String, Occurrence> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Event e = batch.get(next++);
        rows++;
        EventAggregation.Count c = EventAggregation.Count.of(e, by);
        return new Tuple2<>(
            idKey(e),
            Occurrence.of(
                c,
                e.dataset(),
                Occurrence.rank(file.index(), e.line()),
                oneADay ? oneADayKey(e) : null));
      }
    };
  }

  /** Writes the file's record and rejects under the output's work directory. */
  private static void finish(
      InputFile file,
      HadoopConf conf,
      String out,
      String sha256,
      long lines,
      long events,
      Rejects rejects) {
    AggregateManifest.Input input =
        new AggregateManifest.Input(
            file.path(),
            file.size(),
            sha256,
            file.dataset(),
            lines,
            events + rejects.count(),
            rejects.count());
    try {
      Path parts = new Path(out, PARTS);
      FileSystem fs = parts.getFileSystem(conf.get());
      String name = String.format(java.util.Locale.ROOT, "file-%08d", file.index());
      writeWhole(fs, new Path(parts, name + ".json"), o -> JSON.writeValue(o, input));
      if (!rejects.isEmpty()) {
        writeWhole(
            fs,
            new Path(parts, name + ".rejects.csv"),
            o -> {
              Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
              RejectsFile.write(rejects.all(), false, w);
              w.flush();
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the record of " + file.path() + " under " + out + ": " + e.getMessage(), e);
    }
  }

  /** Reads back what the tasks wrote of each file, in the run's order. */
  static List<AggregateManifest.Input> inputs(FileSystem fs, String out, List<InputFile> files)
      throws IOException {
    List<AggregateManifest.Input> inputs = new ArrayList<>(files.size());
    Path parts = new Path(out, PARTS);
    for (InputFile f : files) {
      Path record =
          new Path(parts, String.format(java.util.Locale.ROOT, "file-%08d.json", f.index()));
      try (InputStream in = fs.open(record)) {
        inputs.add(JSON.readValue(in, AggregateManifest.Input.class));
      }
    }
    return inputs;
  }

  /** The rejects file of input {@code index}, or null when it had none. */
  static Path rejects(FileSystem fs, String out, int index) throws IOException {
    Path p =
        new Path(
            new Path(out, PARTS),
            String.format(java.util.Locale.ROOT, "file-%08d.rejects.csv", index));
    return fs.exists(p) ? p : null;
  }

  @FunctionalInterface
  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** Writes to a temporary name, then renames: a reader never sees half a file. */
  private static void writeWhole(FileSystem fs, Path target, Body body) throws IOException {
    Path tmp =
        new Path(target.getParent(), "." + target.getName() + "." + java.util.UUID.randomUUID());
    try (OutputStream o = fs.create(tmp, true)) {
      body.write(o);
    }
    fs.delete(target, false);
    if (!fs.rename(tmp, target)) {
      fs.delete(tmp, false);
      throw new IOException("cannot rename " + tmp + " to " + target);
    }
  }

  /**
   * The file's bytes with their SHA-256 taken as they pass. Closing reads what is left (a zip's
   * central directory, which the line reader never asks for), so that the checksum covers the whole
   * file.
   */
  static final class DigestingStream extends FilterInputStream {

    private final MessageDigest digest;
    private String sha256;

    DigestingStream(InputStream raw) {
      super(null);
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      this.in = new DigestInputStream(raw, digest);
    }

    @Override
    public void close() throws IOException {
      if (sha256 == null) {
        byte[] buf = new byte[1 << 16];
        while (in.read(buf) >= 0) {
          // the rest of the file, into the checksum
        }
        sha256 = HexFormat.of().formatHex(digest.digest());
      }
      super.close();
    }

    /** The checksum of the whole file, once the stream is closed. */
    String sha256() {
      if (sha256 == null) {
        throw new IllegalStateException("the file is still being read");
      }
      return sha256;
    }
  }
}
