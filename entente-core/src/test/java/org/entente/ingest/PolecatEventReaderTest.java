package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.Fixtures;
import org.entente.code.CameoEventTypes;
import org.entente.domain.Event;
import org.junit.jupiter.api.Test;

/**
 * The POLECAT reader on rows written from the documented columns ({@code fixtures/polecat/}, not
 * real data: no POLECAT file was available), through {@code auto} detection and streaming.
 */
class PolecatEventReaderTest {

  private static final Path FILE = Fixtures.path("polecat/polecat-documented-columns.tsv");

  private final List<Event> events = new ArrayList<>();
  private final Rejects rejects = new Rejects();

  private Map<String, Event> read() {
    EventReader reader = EventFiles.reader("auto", FILE);
    assertThat(reader).isInstanceOf(PolecatEventReader.class);
    long lines = EventFiles.read(FILE, "polecat.tsv", reader, rejects, Progress.NONE, events::add);
    assertThat(lines).isEqualTo(9);
    return events.stream().collect(Collectors.toMap(Event::id, e -> e));
  }

  @Test
  void ploverTypeAndModeKeptWithARepresentativeCameoCode() {
    Map<String, Event> byId = read();
    assertThat(byId).containsOnlyKeys("w-0001", "w-0002", "w-0003", "w-0004", "w-0005");

    Event visit = byId.get("w-0001");
    assertThat(visit.dataset()).isEqualTo("polecat");
    assertThat(visit.date()).hasToString("2023-03-21");
    assertThat(visit.plover()).isEqualTo("CONSULT");
    assertThat(visit.ploverMode()).isEqualTo("visit");
    // CAMEO2PLOVER: "042: CONSULT, visit, # Make a visit"; Goldstein 1.9, QuadClass 1
    assertThat(visit.cameo()).isEqualTo("042");
    assertThat(visit.root()).isEqualTo("04");
    assertThat(visit.quadClass()).isEqualTo(1);
    assertThat(visit.goldstein()).isEqualTo(1.9);
    assertThat(visit.sourceState()).isEqualTo("CHN");
    assertThat(visit.targetState()).isEqualTo("RUS");
    assertThat(visit.source().name()).isEqualTo("Xi Jinping");
    assertThat(visit.source().sector()).isEqualTo("Government");
    assertThat(visit.place().name()).isEqualTo("Moscow");
    assertThat(visit.place().latitude()).isEqualTo(55.75222);
    assertThat(visit.file()).isEqualTo("polecat.tsv");
    assertThat(visit.line()).isEqualTo(2);

    // ACCUSE without a mode: 110 (disapprove, verbal conflict), not 090 (investigate).
    Event accuse = byId.get("w-0002");
    assertThat(accuse.cameo()).isEqualTo("110");
    assertThat(accuse.quadClass()).isEqualTo(3);
    assertThat(accuse.ploverMode()).isEmpty();
    assertThat(accuse.place().name()).isEmpty();

    // A mode CAMEO2PLOVER-2021 lacks: the type's general code, the mode kept as written.
    Event aerial = byId.get("w-0003");
    assertThat(aerial.cameo()).isEqualTo("180");
    assertThat(aerial.ploverMode()).isEqualTo("aerial");
    assertThat(aerial.quadClass()).isEqualTo(4);
    assertThat(aerial.goldstein()).isEqualTo(-9.0);

    // A type in lower case; a compound actor resolves to no single state.
    Event sanction = byId.get("w-0004");
    assertThat(sanction.plover()).isEqualTo("SANCTION");
    assertThat(sanction.cameo()).isEqualTo("161");
    assertThat(sanction.sourceState()).isNull();
    assertThat(sanction.source().name()).isEqualTo("United States; United Kingdom");
    assertThat(sanction.targetState()).isEqualTo("RUS");

    // No Actor Country: the PETRARCH2 dictionaries know Vladimir Putin as RUSGOV in 2023.
    Event agree = byId.get("w-0005");
    assertThat(agree.sourceState()).isEqualTo("RUS");
    assertThat(agree.targetState()).isEqualTo("PRK");
    assertThat(agree.cameo()).isEqualTo("030");
  }

  @Test
  void strayTabsUnknownTypesAndBadDatesAreRejectsWithFileAndLine() {
    read();
    assertThat(rejects.all())
        .extracting(r -> r.file() + ":" + r.line() + " " + r.column())
        .containsExactly("polecat.tsv:7 ", "polecat.tsv:8 Event Type", "polecat.tsv:9 Event Date");
    assertThat(rejects.all().get(0).problem())
        .isEqualTo(
            "41 tab-separated columns; a POLECAT line has 40 (a stray tab in a field shifts the"
                + " rest)");
    assertThat(rejects.all().get(1).value()).isEqualTo("GOSSIP");
    assertThat(rejects.all().get(2).value()).isEqualTo("2023-02-30");
  }

  @Test
  void representativeCodesInvertCameo2Plover() {
    CameoEventTypes types = CameoEventTypes.bundled();
    // Each is the lowest code of that type and mode in CAMEO2PLOVER-2021.txt.
    assertThat(types.representative("CONSULT", "phone").orElseThrow().code()).isEqualTo("041");
    assertThat(types.representative("RETREAT", "release").orElseThrow().code()).isEqualTo("0841");
    assertThat(types.representative("REQUEST", "yield").orElseThrow().code()).isEqualTo("1051");
    assertThat(types.representative("COERCE", "arrest").orElseThrow().code()).isEqualTo("173");
    assertThat(types.representative("PROTEST", "").orElseThrow().code()).isEqualTo("140");
    assertThat(types.representative("ACCUSE", "investigate").orElseThrow().code()).isEqualTo("090");
    assertThat(types.representative("CRIME", "")).isEmpty();
    // Every PLOVER type has one, without a mode and with any mode.
    for (String type : CameoEventTypes.ploverTypes()) {
      assertThat(types.representative(type, "")).as(type).isPresent();
      assertThat(types.representative(type, "no-such-mode")).as(type).isPresent();
    }
  }
}
