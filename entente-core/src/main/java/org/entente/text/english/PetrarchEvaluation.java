package org.entente.text.english;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.text.english.PetrarchUnitRecords.Coding;
import org.entente.text.english.PetrarchUnitRecords.Expectation;
import org.entente.text.english.PetrarchUnitRecords.UnitRecord;

/**
 * Runs the English coder over PETRARCH2's unit records with the dictionaries their {@code
 * <Environment>} names, read from beside the records file. A record expecting events passes when
 * every expected source–target–code is among the events coded (extra events do not fail it), the
 * coded CAMEO code cut to the length of the expected one ({@code 0231} counts for {@code 023}). A
 * record expecting no events ({@code noevents}) and one PETRARCH refuses to code ({@code error}: a
 * bad parse, a discard, a dateline) pass when Entente codes nothing.
 *
 * <pre>{@code
 * PetrarchEvaluation.Result r = PetrarchEvaluation.run(Path.of("PETR.UnitTest.records.xml"));
 * r.passed(); r.failed();
 * }</pre>
 */
public final class PetrarchEvaluation {

  /** The outcome of one record: what was expected, what was coded, whether it passed. */
  public record Outcome(UnitRecord record, List<CodedEvent> got, boolean passed, String note) {}

  /** All outcomes, the dictionaries' notes (files missing beside the records), and the time. */
  public record Result(List<Outcome> outcomes, List<String> notes, long nanos) {
    public long passed() {
      return outcomes.stream().filter(Outcome::passed).count();
    }

    public long failed() {
      return outcomes.size() - passed();
    }

    public double passRate() {
      return outcomes.isEmpty() ? 0 : (double) passed() / outcomes.size();
    }

    public double recordsPerSecond() {
      return nanos == 0 ? 0 : outcomes.size() / (nanos / 1e9);
    }
  }

  private PetrarchEvaluation() {}

  public static Result run(Path recordsFile) throws IOException {
    PetrarchUnitRecords records = PetrarchUnitRecords.read(recordsFile);
    Path dir = recordsFile.toAbsolutePath().getParent();
    List<String> notes = new ArrayList<>();
    Path verbs = required(dir, records, "Verbfile");
    Path actors = required(dir, records, "Actorfile");
    Path agents = required(dir, records, "Agentfile");
    Path discards = null;
    String discardName = records.environment().get("Discardfile");
    if (discardName != null) {
      discards = dir.resolve(discardName);
      if (!Files.isRegularFile(discards)) {
        notes.add(
            "note: "
                + discards
                + " is missing: records are coded without a discard list, so discard records fail");
        discards = null;
      }
    }
    EnglishDictionaries dictionaries =
        EnglishDictionaries.files(verbs, List.of(actors), agents, discards);
    return run(records, EnglishCoder.load(dictionaries), notes);
  }

  static Result run(PetrarchUnitRecords records, EnglishCoder coder, List<String> notes) {
    long t0 = System.nanoTime();
    List<Outcome> outcomes = new ArrayList<>();
    for (UnitRecord r : records.records()) {
      List<CodedEvent> got;
      String note = null;
      try {
        got = coder.code(r.text(), r.parse(), r.date());
      } catch (IllegalArgumentException e) {
        got = List.of();
        note = "not coded: " + e.getMessage();
      }
      outcomes.add(new Outcome(r, got, passes(r, got), note));
    }
    return new Result(List.copyOf(outcomes), List.copyOf(notes), System.nanoTime() - t0);
  }

  static boolean passes(UnitRecord r, List<CodedEvent> got) {
    if (r.expectation() != Expectation.EVENTS) {
      return got.isEmpty();
    }
    for (Coding want : r.expected()) {
      boolean found = false;
      for (CodedEvent e : got) {
        if (e.source().equals(want.source())
            && e.target().equals(want.target())
            && e.cameo().length() >= want.code().length()
            && e.cameo().substring(0, want.code().length()).equals(want.code())) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static Path required(Path dir, PetrarchUnitRecords records, String key)
      throws IOException {
    String name = records.environment().get(key);
    if (name == null) {
      throw new IOException("the records' <Environment> names no <" + key + ">");
    }
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IOException(
          p + " is missing: the records' <" + key + "> must be beside the records file");
    }
    return p;
  }
}
