package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.entente.Fixtures;
import org.entente.code.CameoCountryCodes;
import org.entente.code.CameoEventTypes;
import org.entente.code.CountryCodes;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.domain.EventActor;
import org.entente.domain.EventPlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventReadersTest {

  private static final Path ICEWS = Fixtures.path("events/events.2018.sample.tab");
  private static final Path GDELT = Fixtures.path("events/20150218230000.export.CSV");

  @TempDir Path dir;

  @Test
  void autoTellsTheDatasetFromTheFirstLine() {
    assertThat(EventFiles.reader("auto", ICEWS).dataset()).isEqualTo("icews");
    assertThat(EventFiles.reader("auto", GDELT).dataset()).isEqualTo("gdelt2");
  }

  @Test
  void anIcewsLineBecomesAnEventWithStatesQuadClassAndPlover() throws Exception {
    String line = Files.readAllLines(ICEWS, StandardCharsets.UTF_8).get(947);
    Rejects rejects = new Rejects();
    Optional<Event> e =
        new IcewsEventReader(CountryCodes.bundled())
            .parse(TabLine.of(line, "icews.tab", 948), rejects);
    assertThat(rejects.all()).isEmpty();
    assertThat(e.orElseThrow())
        .isEqualTo(
            new Event(
                "icews",
                "32887401",
                java.time.LocalDate.of(2018, 6, 1),
                DatePrecision.DAY,
                new EventActor("USA", "United States", ""),
                new EventActor("PRK", "North Korea", ""),
                "046",
                "04",
                1,
                7.0,
                "CONSULT",
                "",
                new EventPlace("Pyongyang, P'yongyang-si, North Korea", 39.0339, 125.754),
                "story:47403874",
                "icews.tab",
                948));
  }

  @Test
  void gdeltCountryCodesResolveExplicitly() {
    CameoCountryCodes codes = CameoCountryCodes.bundled();
    assertThat(codes.state("USA")).contains("USA");
    assertThat(codes.state("ROM")).contains("ROU");
    assertThat(codes.state("AFR")).isEmpty();
    assertThat(codes.state("")).isEmpty();
  }

  @Test
  void ploverTypesFollowTheDesignDecisions() {
    CameoEventTypes types = CameoEventTypes.bundled();
    assertThat(types.type("0231").orElseThrow().plover()).isEqualTo("REQUEST");
    assertThat(types.type("016").orElseThrow().plover()).isEqualTo("REJECT");
    assertThat(types.type("046").orElseThrow().plover()).isEqualTo("CONSULT");
    assertThat(types.type("010").orElseThrow().plover()).isNull();
    assertThat(types.type("999")).isEmpty();
  }

  @Test
  void badLinesAreRejectsNamingFileLineAndColumn() throws Exception {
    List<String> lines = Files.readAllLines(ICEWS, StandardCharsets.UTF_8);
    String good = lines.get(1);
    Path file = dir.resolve("bad.tab");
    Files.writeString(
        file,
        String.join(
            "\n",
            lines.get(0),
            good,
            good.replace("\t2018-06-01\t", "\t2018-06-31\t"),
            good.replace("\t040\t", "\t0409\t"),
            good.substring(0, good.lastIndexOf('\t')),
            good.replace("\t1\t", "\tstrong\t")),
        StandardCharsets.UTF_8);
    Rejects rejects = new Rejects();
    List<Event> events = new java.util.ArrayList<>();
    long read =
        EventFiles.read(
            file, "bad.tab", EventFiles.reader("auto", file), rejects, Progress.NONE, events::add);
    assertThat(read).isEqualTo(6);
    assertThat(events).hasSize(1);
    assertThat(rejects.all())
        .extracting(Reject::describe)
        .containsExactly(
            "bad.tab:3: column Event Date: '2018-06-31': a date YYYY-MM-DD",
            "bad.tab:4: column CAMEO Code: '0409': a CAMEO event code (e.g. 042, 1123)",
            "bad.tab:5: 19 tab-separated columns; an ICEWS line has 20",
            "bad.tab:6: column Intensity: 'strong': a Goldstein weight from -10 to 10");
  }
}
