package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of {@code actor-cases.tsv}, and the table {@code actors.tsv} itself. */
class ActorsTest {

  private static final Actors ACTORS = Actors.bundled();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = ActorsTest.class.getResourceAsStream("actor-cases.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        cases.add(Arguments.of(number, f[0], LocalDate.parse(f[1]), f[2]));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "line {0}: {1} ({2})")
  @MethodSource("cases")
  void actorCase(int line, String text, LocalDate date, String expected) {
    List<ActorMention> mentions = ACTORS.find(Sentence.of(text), date);

    assertThat(render(mentions)).as("actor-cases.tsv:%d", line).isEqualTo(expected);
    for (ActorMention mention : mentions) {
      assertThat(mention.span().of(text)).isEqualTo(mention.surface());
      for (ActorMention member : mention.members()) {
        assertThat(member.span().of(text)).isEqualTo(member.surface());
      }
    }
  }

  private static String render(List<ActorMention> mentions) {
    if (mentions.isEmpty()) {
      return "-";
    }
    return mentions.stream()
        .map(
            m ->
                m.kind()
                    + ":"
                    + m.surface()
                    + ":"
                    + String.join("+", m.codes())
                    + ":"
                    + (m.sector().isEmpty() ? "-" : m.sector())
                    + ":"
                    + m.span().start()
                    + "-"
                    + m.span().end())
        .collect(Collectors.joining(" | "));
  }

  @Test
  void compoundListsItsMembersInOrderWithTheirOwnSpans() {
    String text = "ロ朝首脳会談から1か月後";
    ActorMention compound = ACTORS.find(Sentence.of(text), LocalDate.of(2023, 10, 13)).get(0);

    assertThat(compound.kind()).isEqualTo(ActorMention.Kind.COMPOUND);
    assertThat(compound.members())
        .extracting(ActorMention::code, m -> m.span().of(text))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("RUS", "ロ"),
            org.assertj.core.groups.Tuple.tuple("PRK", "朝"));
  }

  @Test
  void spansPointIntoTheTextAsWrittenWhenNormalisationShortensIt() {
    // ｶﾞ (two characters) normalises to ガ (one): the span after it must still be right.
    String text = "ｶﾞｽ供給でﾛｼｱと合意";
    List<ActorMention> mentions = ACTORS.find(Sentence.of(text), LocalDate.of(2023, 1, 1));

    assertThat(mentions).singleElement().extracting(m -> m.span().of(text)).isEqualTo("ﾛｼｱ");
  }

  @Test
  void everyStateOfEntentesActorTableHasAJapaneseName() throws IOException {
    Set<String> named = new HashSet<>();
    for (Actors.Row row : table()) {
      if (row.language().equals("ja") && row.kind() == Actors.RowKind.STATE) {
        named.add(row.code());
      }
    }
    assertThat(CountryCodes.bundled().countries())
        .extracting(Country::iso3)
        .allSatisfy(iso3 -> assertThat(named).as("Japanese name of " + iso3).contains(iso3));
  }

  @Test
  void everyRowHasAKnownCodeAndAWebSource() throws IOException {
    CountryCodes countries = CountryCodes.bundled();
    for (Actors.Row row : table()) {
      assertThat(row.source()).as(row.surface()).startsWith("https://");
      switch (row.kind()) {
        case TITLE, NONE -> assertThat(row.code()).isEqualTo("-");
        default ->
            assertThat(row.code().startsWith("IGO") || countries.country(row.code()).isPresent())
                .as("code %s of %s", row.code(), row.surface())
                .isTrue();
      }
    }
  }

  @Test
  void aPersonsUndatedRowComesAfterTheDatedOnes() throws IOException {
    List<Actors.Row> rows = table();
    for (int i = 0; i + 1 < rows.size(); i++) {
      Actors.Row row = rows.get(i);
      Actors.Row next = rows.get(i + 1);
      if (row.kind() == Actors.RowKind.PERSON
          && row.surface().equals(next.surface())
          && row.from() == null
          && row.to() == null) {
        assertThat(next.from() != null || next.to() != null)
            .as("a dated row of %s after its undated one would never be reached", row.surface())
            .isFalse();
      }
    }
  }

  @Test
  void aBadTableIsRefusedNamingTheLine() {
    String table =
        "surface\tlang\tkind\tcode\tsector\tfrom\tto\tsource\n"
            + "ロシア\tja\tSTATE\tRUS\t\t\t\thttps://example.org\n"
            + "米\tja\tSHORTFORM\tUSA\t\t\t\thttps://example.org\n";
    assertThatThrownBy(() -> Actors.read(bytes(table), "t.tsv"))
        .hasMessageContaining("t.tsv:3")
        .hasMessageContaining("SHORTFORM");
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Actors.Row> table() throws IOException {
    try (InputStream in = Actors.class.getResourceAsStream(Actors.TABLE)) {
      return Actors.read(in, Actors.TABLE);
    }
  }
}
