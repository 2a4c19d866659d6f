package org.entente.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Makes an N-row GDELT 2.0 export from a real one, for the event benchmarks (BENCHMARKS.md) and the
 * scale tests: each output row is a real row of the sample with a new GLOBALEVENTID (increasing, as
 * in GDELT), a new day (the rows spread evenly over 2015-01-01 … 2024-12-31, in order, with the
 * date columns and DATEADDED kept consistent) and its actor countries renamed by a permutation of
 * the CAMEO country codes drawn afresh for every pass over the sample, so that the events fall on
 * many dyads rather than on the sample's few. Everything else (codes, QuadClass, Goldstein,
 * locations, URLs) is the sample's own. Deterministic for a given seed.
 *
 * <pre>{@code
 * java -cp … org.entente.ingest.GdeltGenerator SAMPLE.export.CSV 2000000 out/gdelt-2m.CSV [SEED]
 * }</pre>
 *
 * An output name ending in {@code .gz} is written gzip-compressed.
 */
public final class GdeltGenerator {

  private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2024, 12, 31);
  private static final long FIRST_ID = 1_000_000_000L;

  private final List<String[]> sample;
  private final List<String> countries;
  private final Random random;

  public GdeltGenerator(Path sample, long seed) throws IOException {
    this.sample = new ArrayList<>();
    TreeSet<String> codes = new TreeSet<>();
    for (String line : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length != GdeltEventReader.COLUMNS) {
        throw new IllegalArgumentException(sample + ": not a GDELT 2.0 export line: " + line);
      }
      this.sample.add(f);
      for (int c : new int[] {7, 17}) {
        if (!f[c].isEmpty()) {
          codes.add(f[c]);
        }
      }
    }
    // The permutation runs over the sample's countries and every state of the bundled code
    // table, so that renamed actors land on real states.
    codes.addAll(statesOfCodeTable());
    this.countries = new ArrayList<>(codes);
    this.random = new Random(seed);
  }

  private static List<String> statesOfCodeTable() {
    List<String> states = new ArrayList<>();
    for (org.entente.code.Country c : org.entente.code.CountryCodes.bundled().countries()) {
      states.add(c.iso3());
    }
    return states;
  }

  /** Writes {@code rows} rows to {@code out}. */
  public void write(long rows, Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    try (OutputStream file = Files.newOutputStream(out);
        OutputStream maybeGz =
            out.toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
        Writer w =
            new BufferedWriter(new OutputStreamWriter(maybeGz, StandardCharsets.UTF_8), 1 << 20)) {
      long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
      Map<String, String> rename = Map.of();
      StringBuilder line = new StringBuilder(1024);
      for (long i = 0; i < rows; i++) {
        int k = (int) (i % sample.size());
        if (k == 0) {
          rename = permutation();
        }
        String[] f = sample.get(k).clone();
        LocalDate day = FIRST.plusDays(i * days / rows);
        String ymd =
            String.format(
                Locale.ROOT,
                "%04d%02d%02d",
                day.getYear(),
                day.getMonthValue(),
                day.getDayOfMonth());
        f[0] = Long.toString(FIRST_ID + i);
        f[1] = ymd;
        f[2] = ymd.substring(0, 6);
        f[3] = ymd.substring(0, 4);
        f[4] = String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0);
        f[59] = ymd + f[59].substring(8);
        renameActor(f, 5, 7, rename);
        renameActor(f, 15, 17, rename);
        line.setLength(0);
        for (int c = 0; c < f.length; c++) {
          if (c > 0) {
            line.append('\t');
          }
          line.append(f[c]);
        }
        line.append('\n');
        w.append(line);
      }
    }
  }

  /** Renames the country column and the country prefix of the actor code (USAGOV → RUSGOV). */
  private static void renameActor(String[] f, int code, int country, Map<String, String> rename) {
    String old = f[country];
    if (old.isEmpty()) {
      return;
    }
    String renamed = rename.get(old);
    f[country] = renamed;
    if (f[code].startsWith(old)) {
      f[code] = renamed + f[code].substring(old.length());
    }
  }

  private Map<String, String> permutation() {
    List<String> shuffled = new ArrayList<>(countries);
    Collections.shuffle(shuffled, random);
    Map<String, String> rename = new HashMap<>();
    for (int i = 0; i < countries.size(); i++) {
      rename.put(countries.get(i), shuffled.get(i));
    }
    return rename;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: GdeltGenerator SAMPLE ROWS OUT [SEED]");
      System.exit(2);
    }
    long rows = Long.parseLong(args[1].replace("_", ""));
    long seed = args.length == 4 ? Long.parseLong(args[3]) : 20150218L;
    new GdeltGenerator(Path.of(args[0]), seed).write(rows, Path.of(args[2]));
  }
}
