package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.ingest.HostileInput.Damage;
import org.entente.ingest.HostileInput.Packing;

/**
 * Fuzzes the readers of reference dyad-years that no import stores — Peace Scale ({@code eval
 * peace-scale}) and ICEWS dyad-year counts — with hostile copies of real files: each read either
 * refuses with an exception the CLI turns into a message ({@link BrokenFileException}, {@link
 * IllegalArgumentException} for a header without the columns, {@link UncheckedIOException}) or
 * gives a row or a reject for every record after the header.
 */
@AddLifecycleHook(FuzzTries.class)
class DyadYearReaderFuzzTest {

  /** The Peace Scale fixture's first 300 lines: all its kinds of rows, at a fuzzer's speed. */
  private static final byte[] PEACE =
      firstLines(content("validation/peace-scale-v3-dev-dyads.csv.gz"), 300);

  private static final byte[] ICEWS = content("icews-netify/icews_dyad_year_extract.csv");

  private static byte[] content(String fixture) {
    try (InputStream in = Fixtures.file(fixture).open(n -> {})) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] firstLines(byte[] content, int lines) {
    int end = 0;
    for (int n = 0; n < lines && end < content.length; end++) {
      if (content[end] == '\n') {
        n++;
      }
    }
    return java.util.Arrays.copyOf(content, end);
  }

  @Provide
  Arbitrary<Damage> damage() {
    return HostileInput.damage();
  }

  @Provide
  Arbitrary<Packing> packing() {
    return Arbitraries.of(Packing.PLAIN, Packing.GZIP, Packing.GZIP_CUT);
  }

  @Property(tries = 40)
  void peaceScale(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut) {
    PeaceScaleReader reader = new PeaceScaleReader(CountryCodes.bundled());
    check(
        "peace.csv",
        PEACE,
        damage,
        packing,
        cut,
        (file, rejects) -> reader.read(file, rejects, Progress.NONE));
  }

  @Property(tries = 40)
  void icewsDyadYears(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut) {
    IcewsDyadYearReader reader = new IcewsDyadYearReader(CountryCodes.bundled());
    check(
        "icews.csv",
        ICEWS,
        damage,
        packing,
        cut,
        (file, rejects) -> reader.read(file, rejects, Progress.NONE));
  }

  private static void check(
      String name,
      byte[] real,
      Damage damage,
      Packing packing,
      double cut,
      BiFunction<SourceFile, Rejects, List<?>> read) {
    byte[] content = damage.apply(real, true);
    SourceFile file =
        new SourceFile(
            packing == Packing.PLAIN ? name : name + ".gz",
            HostileInput.pack(content, packing, name, cut));
    Rejects rejects = new Rejects();
    List<?> rows;
    try {
      rows = read.apply(file, rejects);
    } catch (BrokenFileException | IllegalArgumentException | UncheckedIOException e) {
      assertThat(e.getMessage()).contains(file.name());
      return;
    }
    assertThat(packing).as("a cut gzip file is read").isNotEqualTo(Packing.GZIP_CUT);
    long rejected = rejects.all().stream().mapToLong(Reject::line).distinct().count();
    assertThat(rows.size() + rejected)
        .as("rows + rejected = the file's records after the header")
        .isEqualTo(HostileInput.csvRecords(content) - 1);
  }
}
