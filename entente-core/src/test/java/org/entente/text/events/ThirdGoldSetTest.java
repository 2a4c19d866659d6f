package org.entente.text.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The third gold set (issue 23) is what its README says it is: 40 articles, 20 in each language,
 * split once into a development and a held-out part of 10 and 10; over 300 events on more than
 * eight pairs of states; every event tied to an article of its own part by a quotation found in
 * that article. A gold set whose quotations do not come from its texts could be scored but would
 * not be a gold set.
 */
class ThirdGoldSetTest {

  private static final Path ROOT = Fixtures.path("text-gold/third");
  private static final Set<String> PLOVER =
      Set.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}|IGOUNO");

  /** id → (lang, part) from articles.csv. */
  private static Map<String, String[]> articles() throws IOException {
    Map<String, String[]> all = new HashMap<>();
    List<String> lines = Files.readAllLines(ROOT.resolve("articles.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("id,lang,part,doc_date,");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", 5);
      all.put(f[0], new String[] {f[1], f[2], f[3]});
    }
    return all;
  }

  @Test
  void fortyArticlesSplitOnceTenAndTenPerLanguage() throws IOException {
    Map<String, String[]> articles = articles();
    assertThat(articles).hasSize(40);
    Map<String, Integer> cells = new HashMap<>();
    for (var e : articles.entrySet()) {
      String lang = e.getValue()[0];
      String part = e.getValue()[1];
      assertThat(e.getKey()).startsWith(lang);
      assertThat(ROOT.resolve(part).resolve(e.getKey() + ".txt")).isRegularFile();
      assertThat(ROOT.resolve(part).resolve(e.getKey() + ".source.md")).isRegularFile();
      String date = e.getValue()[2];
      assertThat(date.isEmpty() || DATE.matcher(date).matches()).as(e.getKey()).isTrue();
      cells.merge(part + " " + lang, 1, Integer::sum);
    }
    assertThat(cells)
        .containsOnly(
            Map.entry("dev ja", 10),
            Map.entry("dev en", 10),
            Map.entry("heldout ja", 10),
            Map.entry("heldout en", 10));
  }

  @Test
  void everyEventIsWellFormedAndQuotedFromAnArticleOfItsPart() throws IOException {
    Map<String, String[]> articles = articles();
    Set<String> ids = new HashSet<>();
    Set<String> pairs = new TreeSet<>();
    int events = 0;
    int scored = 0;
    List<String> unquoted = new ArrayList<>();
    for (String part : List.of("dev", "heldout")) {
      for (String lang : List.of("ja", "en")) {
        for (JsonNode e : GoldScore.read(ROOT.resolve(part).resolve(lang + ".gold.jsonl"))) {
          String id = e.get("id").asText();
          assertThat(ids.add(id)).as("id %s once", id).isTrue();
          String doc = e.get("doc").asText();
          String article = doc.replace(".txt", "");
          assertThat(articles.get(article)).as(id).isNotNull();
          assertThat(articles.get(article)[0]).as(id).isEqualTo(lang);
          assertThat(articles.get(article)[1]).as(id).isEqualTo(part);
          assertThat(DATE.matcher(e.get("date").asText()).matches()).as(id).isTrue();
          String source = e.get("source").asText();
          String target = e.get("target").asText();
          assertThat(ACTOR.matcher(source).matches() && ACTOR.matcher(target).matches())
              .as(id)
              .isTrue();
          assertThat(source).as(id).isNotEqualTo(target);
          JsonNode plover = e.get("plover");
          List<String> types = new ArrayList<>();
          if (plover.isArray()) {
            plover.forEach(t -> types.add(t.asText()));
          } else {
            types.add(plover.asText());
          }
          assertThat(PLOVER).as(id).containsAll(types);
          String text = squeeze(Files.readString(ROOT.resolve(part).resolve(doc)));
          for (String piece : e.get("evidence").asText().split("…")) {
            if (!piece.isBlank() && !text.contains(squeeze(piece))) {
              unquoted.add(id + ": " + piece.strip());
            }
          }
          pairs.add(source.compareTo(target) < 0 ? source + "-" + target : target + "-" + source);
          events++;
          if (!e.path("optional").asBoolean(false)) {
            scored++;
          }
        }
      }
    }
    assertThat(unquoted).as("evidence not found in its article").isEmpty();
    assertThat(events).isEqualTo(378);
    assertThat(scored).isEqualTo(310);
    assertThat(pairs).hasSizeGreaterThan(8);
  }

  /** The text without any whitespace: quotations are compared as a reader would. */
  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
