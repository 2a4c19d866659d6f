package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.entente.Fixtures;
import org.entente.ingest.GdeltGenerator;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk path for GDELT 2.0 ({@link GdeltBulkLoad}) against the row-by-row reader it replaces:
 * the same files through both must give identical stores (every column of every event, the sources'
 * counts) and identical rejects. The files are the real GDELT and ICEWS samples and a generated
 * 200,000-row export damaged, line by line, in every way the reader checks: a wrong column count,
 * each bad field, invalid UTF-8, control characters, blank lines, repeated events, and a second
 * file repeating some of the first; then a copy of it gzipped and cut.
 */
class GdeltBulkLoadTest {

  private static final Path GDELT = Fixtures.path("events/20150218230000.export.CSV");
  private static final Path ICEWS = Fixtures.path("events/events.2018.sample.tab");

  @TempDir Path dir;

  @Test
  void theRealSamplesGiveTheSameStoreBothWays() throws Exception {
    assertSameStores(List.of(GDELT, ICEWS), false);
  }

  @Test
  void aDamagedGeneratedFileGivesTheSameStoreAndRejectsBothWays() throws Exception {
    Path clean = dir.resolve("clean.export.CSV");
    new GdeltGenerator(GDELT, 7).write(200_000, clean);
    List<byte[]> lines = split(Files.readAllBytes(clean));
    Random random = new Random(11);
    ByteArrayOutputStream damaged = new ByteArrayOutputStream();
    ByteArrayOutputStream repeats = new ByteArrayOutputStream();
    int[] kinds = new int[Damage.values().length];
    for (int i = 0; i < lines.size(); i++) {
      byte[] line = lines.get(i);
      if (random.nextInt(100) == 0) {
        Damage d = Damage.values()[random.nextInt(Damage.values().length)];
        kinds[d.ordinal()]++;
        line = d.apply(line, lines.get(random.nextInt(i + 1)), random);
      }
      if (random.nextInt(200) == 0) {
        repeats.write(line);
        repeats.write('\n');
      }
      damaged.write(line);
      damaged.write('\n');
    }
    for (int k : kinds) {
      assertThat(k).as("every kind of damage is in the file").isGreaterThan(100);
    }
    Path bad = dir.resolve("damaged.export.CSV");
    Files.write(bad, damaged.toByteArray());
    Path again = dir.resolve("repeats.export.CSV");
    Files.write(again, repeats.toByteArray());
    Path cut = dir.resolve("cut.export.CSV.gz");
    byte[] gz = gzip(damaged.toByteArray());
    Files.write(cut, java.util.Arrays.copyOf(gz, gz.length * 2 / 3));
    Path zip = dir.resolve("zipped.export.CSV.zip");
    zip(zip, "a.export.CSV", repeats.toByteArray(), "b.export.CSV", lines(lines, 0, 5000));
    assertSameStores(List.of(bad, again, cut, zip), true);
  }

  /** How a line is damaged; {@code other} is an earlier line, for repeats. */
  private enum Damage {
    COLUMNS {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return r.nextBoolean() ? concat(line, "\tEXTRA") : cutAtTab(line, r.nextInt(60));
      }
    },
    ID {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return setField(line, 0, r.nextBoolean() ? "" : "12a4");
      }
    },
    DATE {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return setField(
            line, 1, List.of("20150230", "2015021", "2015-02-18", "").get(r.nextInt(4)));
      }
    },
    CAMEO {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return setField(line, 26, List.of("999", "", "04x").get(r.nextInt(3)));
      }
    },
    ROOT {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return setField(line, 28, "99");
      }
    },
    QUAD {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return setField(line, 29, List.of("5", "", "x", "0").get(r.nextInt(4)));
      }
    },
    GOLDSTEIN {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return setField(line, 30, List.of("10.5", "-11", "", "abc", "NaN").get(r.nextInt(5)));
      }
    },
    COORDINATES {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return setField(
            line, 56 + r.nextInt(2), List.of("", "north", "NaN", "1e2").get(r.nextInt(4)));
      }
    },
    UTF8 {
      byte[] apply(byte[] line, byte[] other, Random r) {
        byte[] b = line.clone();
        b[r.nextInt(b.length)] = (byte) 0xC3;
        b[b.length - 1] = (byte) 0xFF;
        return b;
      }
    },
    CONTROL {
      byte[] apply(byte[] line, byte[] other, Random r) {
        byte[] b = line.clone();
        b[10 + r.nextInt(b.length - 11)] = r.nextBoolean() ? (byte) '\r' : 0;
        return b;
      }
    },
    CARRIAGE_RETURN_AT_END {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return concat(line, "\r");
      }
    },
    QUOTES {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return setField(line, 6, "\"QUOTED \"\" NAME");
      }
    },
    BLANK {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return new byte[0];
      }
    },
    REPEAT {
      byte[] apply(byte[] line, byte[] other, Random r) {
        return other;
      }
    },
    PERSON {
      byte[] apply(byte[] line, byte[] other, Random r) {
        // An actor without a country whose name the dictionaries date: a person.
        byte[] b = setField(line, 7, "");
        b = setField(b, 5, "");
        return setField(
            b, 6, List.of("BARACK OBAMA", "VLADIMIR PUTIN", "KIM JONG UN").get(r.nextInt(3)));
      }
    };

    abstract byte[] apply(byte[] line, byte[] other, Random r);
  }

  private void assertSameStores(List<Path> files, boolean expectRejects) throws Exception {
    Store bulk = Store.open(dir.resolve("bulk.duckdb"), "1GB");
    Store rowByRow = Store.open(dir.resolve("rows.duckdb"), "1GB");
    try {
      EventImportReport a =
          new EventImport(bulk)
              .run(files, "auto", false, EventImport.UNLIMITED, null, Progress.NONE);
      EventImportReport b =
          new EventImport(rowByRow)
              .rowByRow()
              .run(files, "auto", false, EventImport.UNLIMITED, null, Progress.NONE);
      assertThat(a.imported()).isGreaterThan(0).isEqualTo(b.imported());
      assertThat(a.rowsRead()).isEqualTo(b.rowsRead());
      assertThat(a.duplicates()).isEqualTo(b.duplicates());
      assertThat(sorted(a.rejects())).containsExactlyElementsOf(sorted(b.rejects()));
      assertThat(a.rejects().isEmpty()).isEqualTo(!expectRejects);
      String events = "SELECT * FROM events ORDER BY dataset, event_id, source_id, line";
      assertThat(rows(bulk, events)).containsExactlyElementsOf(rows(rowByRow, events));
      String sources =
          "SELECT source_id, name, kind, sha256, rows, rejects FROM sources ORDER BY source_id";
      assertThat(rows(bulk, sources)).containsExactlyElementsOf(rows(rowByRow, sources));
    } finally {
      bulk.close();
      rowByRow.close();
    }
  }

  private static List<Reject> sorted(List<Reject> rejects) {
    return rejects.stream()
        .sorted(Comparator.comparing(Reject::file).thenComparingLong(Reject::line))
        .toList();
  }

  private static List<String> rows(Store store, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.append(rs.getString(i)).append('|');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private static List<byte[]> split(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
        start = i + 1;
      }
    }
    return lines;
  }

  private static byte[] lines(List<byte[]> lines, int from, int to) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] line : lines.subList(from, to)) {
      out.write(line);
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] line, String tail) {
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    byte[] b = java.util.Arrays.copyOf(line, line.length + t.length);
    System.arraycopy(t, 0, b, line.length, t.length);
    return b;
  }

  private static byte[] cutAtTab(byte[] line, int tabs) {
    int seen = 0;
    for (int i = 0; i < line.length; i++) {
      if (line[i] == '\t' && seen++ == tabs) {
        return java.util.Arrays.copyOf(line, i);
      }
    }
    return line;
  }

  private static byte[] setField(byte[] line, int field, String value) {
    String[] f = new String(line, StandardCharsets.UTF_8).split("\t", -1);
    if (field < f.length) {
      f[field] = value;
    }
    return String.join("\t", f).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static void zip(Path file, String name1, byte[] bytes1, String name2, byte[] bytes2)
      throws IOException {
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry(name1));
      zip.write(bytes1);
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry(name2));
      zip.write(bytes2);
      zip.closeEntry();
    }
  }
}
