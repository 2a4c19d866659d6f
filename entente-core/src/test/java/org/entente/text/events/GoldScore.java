package org.entente.text.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A port of {@code bench/text/score_events.py}, rule for rule, so that tests score extracted events
 * exactly as the Python scorer does: a prediction matches a gold event when the unordered actor
 * pair is the same (USR and SUN count as RUS), its PLOVER type is one the gold event accepts and
 * its date is consistent with the gold date and at least as precise; gold events are taken in file
 * order (optional ones last), each matching at most one prediction; identical predictions (doc,
 * pair, type, date) count once; optional gold events are neither misses nor, when matched, false
 * positives. Python's own quirks are kept (dates compared as strings, a year not checked).
 *
 * <pre>{@code
 * GoldScore.Result r = GoldScore.score(GoldScore.read(gold), GoldScore.parse(jsonl));
 * }</pre>
 */
final class GoldScore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> ALIASES = Map.of("USR", "RUS", "SUN", "RUS");

  private GoldScore() {}

  /** What {@code score_events.py} prints, with its rounding to three decimals. */
  record Result(
      int gold,
      int predicted,
      int matched,
      double precision,
      double recall,
      double f1,
      double coreRecall,
      int directionCorrect) {

    /** The line the Python scorer prints, e.g. {@code gold=28 predicted=26 … f1=0.963 …}. */
    String line() {
      return String.format(
          Locale.ROOT,
          "gold=%d predicted=%d matched=%d precision=%s recall=%s f1=%s core_recall=%s"
              + " direction_correct=%d",
          gold,
          predicted,
          matched,
          precision,
          recall,
          f1,
          coreRecall,
          directionCorrect);
    }
  }

  /** A JSON Lines file: one object a non-blank line. */
  static List<JsonNode> read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<JsonNode> parse(String jsonLines) {
    List<JsonNode> rows = new ArrayList<>();
    int n = 0;
    for (String line : jsonLines.split("\n", -1)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        rows.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new IllegalArgumentException("line " + n + ": not JSON: " + line, e);
      }
    }
    return rows;
  }

  static Result score(List<JsonNode> gold, List<JsonNode> preds) {
    return score(gold, preds, null);
  }

  /** {@code score_events.py GOLD PRED [--doc NAME]}. */
  static Result score(List<JsonNode> gold, List<JsonNode> preds, String doc) {
    if (doc != null) {
      gold = gold.stream().filter(g -> !g.has("doc") || doc.equals(pyValue(g.get("doc")))).toList();
      preds =
          preds.stream().filter(p -> !p.has("doc") || doc.equals(pyValue(p.get("doc")))).toList();
    }
    Set<List<Object>> seen = new HashSet<>();
    List<JsonNode> unique = new ArrayList<>();
    for (JsonNode p : preds) {
      List<Object> key =
          List.of(
              repr(p.get("doc")),
              pair(p.get("source"), p.get("target")),
              str(p.get("plover")),
              str(p.get("date")));
      if (seen.add(key)) {
        unique.add(p);
      }
    }
    Set<Integer> used = new HashSet<>();
    int tp = 0;
    int tpCore = 0;
    int directed = 0;
    int optionalHits = 0;
    // Python's sorted() is stable: gold in file order, optional events after the others.
    List<JsonNode> ordered =
        gold.stream().sorted(Comparator.comparing(g -> truthy(g.get("optional")))).toList();
    for (JsonNode g : ordered) {
      Set<String> pair = pair(required(g, "source"), required(g, "target"));
      for (int i = 0; i < unique.size(); i++) {
        JsonNode p = unique.get(i);
        if (used.contains(i)) {
          continue;
        }
        if (truthy(g.get("doc"))
            && truthy(p.get("doc"))
            && !Objects.equals(repr(g.get("doc")), repr(p.get("doc")))) {
          continue;
        }
        if (!pair(p.get("source"), p.get("target")).equals(pair)) {
          continue;
        }
        JsonNode plover = p.get("plover");
        String type = plover != null && plover.isTextual() ? plover.asText() : null;
        if (type == null || !types(g).contains(type) || !dateOk(g, p.get("date"))) {
          continue;
        }
        used.add(i);
        if (truthy(g.get("optional"))) {
          optionalHits++;
        } else {
          tp++;
          tpCore += truthy(g.get("hard")) ? 0 : 1;
          directed += actor(p.get("source")).equals(actor(g.get("source"))) ? 1 : 0;
        }
        break;
      }
    }
    int nGold = (int) gold.stream().filter(g -> !truthy(g.get("optional"))).count();
    int nCore =
        (int)
            gold.stream().filter(g -> !truthy(g.get("optional")) && !truthy(g.get("hard"))).count();
    int nPred = unique.size() - optionalHits;
    double precision = nPred != 0 ? (double) tp / nPred : 0.0;
    double recall = nGold != 0 ? (double) tp / nGold : 0.0;
    double f1 = precision + recall != 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    return new Result(
        nGold,
        nPred,
        tp,
        round3(precision),
        round3(recall),
        round3(f1),
        nCore != 0 ? round3((double) tpCore / nCore) : 0.0,
        directed);
  }

  /** {@code date_ok}: consistent with the gold date and at least as precise. */
  static boolean dateOk(JsonNode gold, JsonNode predDate) {
    if (!truthy(predDate)) {
      return false;
    }
    String date = str(predDate).strip();
    String[] period;
    try {
      period = period(date);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (truthy(gold.get("date_to"))) {
      String from = period(required(gold, "date").asText())[0];
      String to = period(gold.get("date_to").asText())[1];
      return from.compareTo(period[0]) <= 0 && period[1].compareTo(to) <= 0;
    }
    return date.startsWith(required(gold, "date").asText());
  }

  /**
   * {@code period}: the first and last day of a year or a month, spelled as the date's own parts
   * are ({@code 2023-3} gives {@code 2023-3-01}); a longer date is its own period.
   */
  static String[] period(String date) {
    String[] parts = date.split("-", -1);
    if (parts.length == 1) {
      return new String[] {parts[0] + "-01-01", parts[0] + "-12-31"};
    }
    if (parts.length == 2) {
      int last;
      try {
        last = YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])).lengthOfMonth();
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("no such month: " + date, e);
      }
      return new String[] {
        parts[0] + "-" + parts[1] + "-01",
        parts[0] + "-" + parts[1] + "-" + String.format(Locale.ROOT, "%02d", last)
      };
    }
    return new String[] {date, date};
  }

  private static Set<String> types(JsonNode gold) {
    JsonNode t = required(gold, "plover");
    Set<String> types = new HashSet<>();
    if (t.isArray()) {
      t.forEach(e -> types.add(e.asText()));
    } else {
      types.add(t.asText());
    }
    return types;
  }

  private static Set<String> pair(JsonNode source, JsonNode target) {
    return Set.copyOf(List.of(actor(source), actor(target)));
  }

  private static String actor(JsonNode code) {
    String c = code == null || code.isNull() ? "" : code.asText().strip().toUpperCase(Locale.ROOT);
    return ALIASES.getOrDefault(c, c);
  }

  private static JsonNode required(JsonNode row, String field) {
    JsonNode value = row.get(field);
    if (value == null) {
      throw new IllegalArgumentException("gold event without \"" + field + "\": " + row);
    }
    return value;
  }

  /** Python's truth value of a JSON value: false for null, false, 0, "" and empty containers. */
  private static boolean truthy(JsonNode v) {
    if (v == null || v.isNull()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    return v.size() > 0;
  }

  /** Python's {@code str()} of a JSON value: None for null, a string as itself. */
  private static String str(JsonNode v) {
    if (v == null || v.isNull()) {
      return "None";
    }
    return v.isTextual() ? v.textValue() : repr(v);
  }

  /** Python's {@code repr()}, enough to tell values apart as the scorer's keys do. */
  private static String repr(JsonNode v) {
    if (v == null || v.isNull()) {
      return "None";
    }
    if (v.isTextual()) {
      return "'" + v.textValue() + "'";
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "True" : "False";
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(e -> items.add(repr(e)));
      return "[" + String.join(", ", items) + "]";
    }
    return v.toString();
  }

  private static Object pyValue(JsonNode v) {
    return v == null || v.isNull() ? null : v.isTextual() ? v.textValue() : repr(v);
  }

  /** Python's {@code round(x, 3)}: half-even on the double's exact binary value. */
  private static double round3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
  }
}
