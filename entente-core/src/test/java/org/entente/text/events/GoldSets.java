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

/**
 * What every gold set of articles must be (the third and the fourth, {@code fixtures/text-gold}):
 * each article listed with its language, part and date, with its text and its source note; each
 * event well formed (a date at the precision allowed, two different actors, PLOVER types) and tied
 * to an article of its own language and part by a quotation found in that article. A gold set whose
 * quotations do not come from its texts could be scored but would not be a gold set.
 */
final class GoldSets {

  static final Set<String> PLOVER =
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

  /** One article of a set: its language, part and date (empty if unknown). */
  record Article(String lang, String part, String date) {}

  /** The events of a set, counted, with what is wrong with them. */
  static final class Tally {
    final Set<String> ids = new HashSet<>();
    final Set<String> pairs = new TreeSet<>();
    final List<String> unquoted = new ArrayList<>();
    int events;
    int scored;
  }

  private GoldSets() {}

  /** id → article, from {@code articles.csv}; checks each article's files and date. */
  static Map<String, Article> articles(Path csv, Path texts) throws IOException {
    Map<String, Article> all = new HashMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("id,lang,part,doc_date,");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", 5);
      Article a = new Article(f[1], f[2], f[3]);
      assertThat(all.put(f[0], a)).as("article %s once", f[0]).isNull();
      assertThat(f[0]).startsWith(a.lang());
      Path dir = texts.getFileName().toString().equals(a.part()) ? texts : texts.resolve(a.part());
      assertThat(dir.resolve(f[0] + ".txt")).isRegularFile();
      assertThat(dir.resolve(f[0] + ".source.md")).isRegularFile();
      assertThat(a.date().isEmpty() || DATE.matcher(a.date()).matches()).as(f[0]).isTrue();
    }
    return all;
  }

  /** Checks and counts the events of one gold file, whose articles are in {@code texts}. */
  static void events(
      Path gold, Path texts, String lang, String part, Map<String, Article> articles, Tally tally)
      throws IOException {
    for (JsonNode e : GoldScore.read(gold)) {
      String id = e.get("id").asText();
      assertThat(tally.ids.add(id)).as("id %s once", id).isTrue();
      String doc = e.get("doc").asText();
      Article article = articles.get(doc.replace(".txt", ""));
      assertThat(article).as(id).isNotNull();
      assertThat(article.lang()).as(id).isEqualTo(lang);
      assertThat(article.part()).as(id).isEqualTo(part);
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
      String text = squeeze(Files.readString(texts.resolve(doc)));
      for (String piece : e.get("evidence").asText().split("…")) {
        if (!piece.isBlank() && !text.contains(squeeze(piece))) {
          tally.unquoted.add(id + ": " + piece.strip());
        }
      }
      tally.pairs.add(source.compareTo(target) < 0 ? source + "-" + target : target + "-" + source);
      tally.events++;
      if (!e.path("optional").asBoolean(false)) {
        tally.scored++;
      }
    }
  }

  /** The text without any whitespace: quotations are compared as a reader would. */
  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
