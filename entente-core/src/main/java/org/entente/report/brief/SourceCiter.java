package org.entente.report.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.analyze.AlignmentEvidence;
import org.entente.analyze.DyadChange;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.RelationComponent;
import org.entente.analyze.RelationPart;
import org.entente.analyze.SanctionsRelation;
import org.entente.analyze.UnAlignment;
import org.entente.code.SanctionsProgram;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.AtopRow;
import org.entente.domain.SanctionsRegime;
import org.entente.domain.TieRecord;
import org.entente.domain.TreatyRecord;
import org.entente.domain.Veto;
import org.entente.store.PeriodUnit;
import org.entente.store.VoteQuery;

/**
 * Turns the records behind a claim into numbered sources of one briefing: the roll calls of a
 * pair's year, its event rows, vetoes, sanctions programmes, treaty and ATOP records, the evidence
 * of a turning point. The same record cited twice keeps its number.
 */
final class SourceCiter {

  private static final Pattern URL = Pattern.compile("https?://[^\\s;|,)]+");
  private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2}|\\d{4})\\b");

  private final Citations cites = new Citations();
  private final BriefingText t;
  private final UnAlignment votes;

  /**
   * The roll calls behind each year's κ, by pair, read once per pair for every year (a briefing
   * cites most years of each pair; one query each was most of its time).
   */
  private final java.util.Map<String, java.util.Map<Integer, AlignmentEvidence>> rollCalls =
      new java.util.HashMap<>();

  SourceCiter(BriefingText t, UnAlignment votes) {
    this.t = t;
    this.votes = votes;
  }

  List<Briefing.Source> sources() {
    return cites.sources();
  }

  int cite(String key, String date, String kind, String text, String url) {
    return cites.cite(key, date, kind, text, url);
  }

  /** The sources of a year's index: its votes and its events. */
  List<Integer> relation(String a, String b, DyadRelation r) {
    List<Integer> c = new ArrayList<>();
    int v = votes(a, b, r);
    if (v > 0) {
      c.add(v);
    }
    int e = events(a, b, r);
    if (e > 0) {
      c.add(e);
    }
    return c;
  }

  int votes(String a, String b, DyadRelation r) {
    if (r == null || Double.isNaN(r.kappa())) {
      return -1;
    }
    int year = Integer.parseInt(r.period());
    AlignmentEvidence ev =
        rollCalls
            .computeIfAbsent(
                a + "-" + b,
                k ->
                    votes.evidenceByPeriod(
                        a,
                        b,
                        new VoteQuery(PeriodUnit.YEAR, false, false, null, null, null, Set.of())))
            .get(year);
    if (ev == null) {
      return -1;
    }
    List<AlignmentEvidence.Item> calls =
        ev.rollCalls().stream()
            .sorted(
                Comparator.comparing((AlignmentEvidence.Item i) -> i.rollCall().date())
                    .thenComparing(i -> i.rollCall().rcid()))
            .toList();
    String examples =
        calls.stream()
            .limit(3)
            .map(
                i ->
                    (i.rollCall().resolution() == null
                            ? "rcid " + i.rollCall().rcid()
                            : i.rollCall().resolution())
                        + " ("
                        + i.rollCall().date()
                        + ")")
            .collect(Collectors.joining(", "));
    String files =
        calls.stream()
            .map(i -> i.sourceA() == null ? "" : i.sourceA().file())
            .filter(f -> !f.isEmpty())
            .distinct()
            .sorted()
            .collect(Collectors.joining(", "));
    return cites.cite(
        "votes:" + a + "-" + b + ":" + year,
        calls.get(0).rollCall().date() + "/" + calls.get(calls.size() - 1).rollCall().date(),
        t.label("source.votes"),
        t.format("votes.text", a, b, calls.size(), year, BriefingText.plain(r.kappa()), examples)
            + (files.isEmpty() ? "" : " [" + files + "]"),
        "");
  }

  int events(String a, String b, DyadRelation r) {
    RelationPart part = r == null ? null : r.part(RelationComponent.EVENTS);
    if (part == null || !part.present()) {
      return -1;
    }
    List<String> rows = part.evidence();
    String date = r.period();
    if (!rows.isEmpty() && rows.get(0).matches("\\d{4}-\\d{2}:.*")) {
      date = rows.get(0).substring(0, 7) + "/" + rows.get(rows.size() - 1).substring(0, 7);
    }
    return cites.cite(
        "events:" + a + "-" + b + ":" + r.period(),
        date,
        t.label("source.scores"),
        part.detail() + (rows.isEmpty() ? "" : "; " + compactRows(rows)),
        "");
  }

  int veto(Veto v) {
    String url = v.draft().matches("S/\\d{4}/\\d+") ? "https://undocs.org/" + v.draft() : "";
    return cites.cite(
        "veto:" + v.source().file() + ":" + v.source().line(),
        v.date().toString(),
        t.label("source.veto"),
        v.draft()
            + " ("
            + v.topic()
            + "), "
            + String.join(", ", v.members())
            + (v.meetingRecord().isEmpty() ? "" : "; " + v.meetingRecord())
            + "; "
            + v.source().describe(),
        url);
  }

  List<Integer> programs(SanctionsRelation s) {
    List<Integer> c = new ArrayList<>();
    for (String program : s.programs()) {
      SanctionsProgram sp =
          SanctionsPrograms.bundled().all().stream()
              .filter(x -> x.program().equals(program))
              .findFirst()
              .orElse(null);
      String text =
          s.label()
              + " "
              + program
              + (sp == null ? "" : ": " + sp.title() + "; " + sp.source())
              + "; list of "
              + s.asOf();
      c.add(
          cites.cite(
              "program:" + program,
              sp == null || sp.since() == null ? s.asOf().toString() : sp.since().toString(),
              t.label("source.sanctions"),
              text,
              sp == null ? "" : firstUrl(sp.source())));
    }
    return c;
  }

  /** Each regime record of a relation, cited by its instrument and the authority's publication. */
  List<Integer> regimes(SanctionsRelation s) {
    List<Integer> c = new ArrayList<>();
    for (SanctionsRegime r : s.regimes()) {
      c.add(
          cites.cite(
              "regime:" + r.id(),
              r.start().toString(),
              t.label("source.regime"),
              s.label() + " " + r.id() + ": " + r.instrument() + "; " + r.source(),
              firstUrl(r.source())));
    }
    return c;
  }

  int record(TieRecord r) {
    if (r instanceof TreatyRecord tr) {
      return cites.cite(
          "treaty:" + tr.id(),
          tr.signed().toString(),
          t.label("source.treaty"),
          tr.name() + " — " + tr.citation(),
          firstUrl(tr.source()));
    }
    AtopRow a = (AtopRow) r;
    return cites.cite(
        "atop:" + a.file() + ":" + a.line(),
        Integer.toString(a.year()),
        t.label("source.atop"),
        a.citation()
            + "; Leeds, Ritter, Mitchell & Long (2002), International Interactions 28:237–260",
        "");
  }

  /** Each record a turning point's explanation names. */
  List<Integer> change(String a, String b, DyadChange c) {
    List<Integer> cs = new ArrayList<>();
    for (String item : c.evidence()) {
      Matcher d = DATE.matcher(item);
      cs.add(
          cites.cite(
              "change:" + a + "-" + b + ":" + item,
              d.find() ? d.group(1) : c.date(),
              t.label("source.change"),
              item,
              ""));
    }
    return cs;
  }

  @SafeVarargs
  static List<Integer> distinct(List<Integer>... lists) {
    Set<Integer> all = new LinkedHashSet<>();
    for (List<Integer> l : lists) {
      for (Integer i : l) {
        if (i != null && i > 0) {
          all.add(i);
        }
      }
    }
    return all.stream().sorted().toList();
  }

  /**
   * Score rows {@code 2022-01: FILE line N} of one file as {@code FILE lines 2022-01 N, 2022-02
   * M…}: the same evidence without the file name twelve times.
   */
  static String compactRows(List<String> rows) {
    Pattern row = Pattern.compile("(\\d{4}-\\d{2}): (\\S+) line (\\d+)");
    String file = null;
    List<String> parts = new ArrayList<>();
    for (String r : rows) {
      Matcher m = row.matcher(r);
      if (!m.matches() || (file != null && !file.equals(m.group(2)))) {
        return String.join("; ", rows);
      }
      file = m.group(2);
      parts.add(m.group(1) + " " + m.group(3));
    }
    return file + " lines " + String.join(", ", parts);
  }

  static String firstUrl(String text) {
    Matcher m = URL.matcher(text == null ? "" : text);
    return m.find() ? m.group() : "";
  }
}
