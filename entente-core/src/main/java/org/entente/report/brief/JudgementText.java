package org.entente.report.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.analyze.CampSplit;
import org.entente.analyze.Estimate;
import org.entente.analyze.Triad;
import org.entente.analyze.TriadType;
import org.entente.analyze.judgement.Evidence;
import org.entente.analyze.judgement.Judgement;
import org.entente.analyze.judgement.Pair;
import org.entente.analyze.judgement.Statement;
import org.entente.report.brief.Briefing.Block;
import org.entente.report.brief.Briefing.Bullets;
import org.entente.report.brief.Briefing.Claim;
import org.entente.report.brief.Briefing.Paragraph;

/**
 * Lays out a {@link Judgement} in one language: each statement becomes one sentence that cites the
 * sources of its evidence. The words only; what is said was decided in {@code
 * analyze.judgement.Judgements}.
 */
public final class JudgementText {

  private final BriefingText t;
  private final Function<Evidence, List<Integer>> cite;

  /**
   * @param cite the numbered sources of one piece of evidence; {@code e -> List.of()} where there
   *     is no source list (the API)
   */
  public JudgementText(BriefingLanguage language, Function<Evidence, List<Integer>> cite) {
    this.t = new BriefingText(language);
    this.cite = cite;
  }

  /** The opening, each pair's obligations and turning points, and where the evidence is thin. */
  List<Block> blocks(Judgement j) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(claims(j.opening(), j)));
    List<Claim> details = claims(j.details(), j);
    if (!details.isEmpty()) {
      blocks.add(new Bullets(details));
    }
    List<Claim> caveats = claims(j.caveats(), j);
    if (!caveats.isEmpty()) {
      blocks.add(new Paragraph(List.of(Claim.plain(label("thin")))));
      blocks.add(new Bullets(caveats));
    }
    blocks.add(new Paragraph(List.of(Claim.plain(method()))));
    return blocks;
  }

  /** How directions and turning points are decided, in one paragraph. */
  public String method() {
    return label("method");
  }

  /** One claim per statement, in order. */
  public List<Claim> claims(List<Statement> statements, Judgement j) {
    return statements.stream().map(s -> claim(s, j)).toList();
  }

  /** The sentence of one statement with its citations. */
  public Claim claim(Statement s, Judgement j) {
    List<Integer> c =
        SourceCiter.distinct(s.evidence().stream().flatMap(e -> cite.apply(e).stream()).toList());
    return new Claim(text(s, j), c);
  }

  /** The sentence of one statement, without citations. */
  public String text(Statement s, Judgement j) {
    if (s instanceof Statement.Triangle x) {
      return triangle(x, j);
    }
    if (s instanceof Statement.Camps x) {
      return camps(x, j);
    }
    if (s instanceof Statement.Closest x) {
      return closest(x);
    }
    if (s instanceof Statement.Alliance x) {
      return alliance(x, j);
    }
    if (s instanceof Statement.Trend x) {
      return trend(x);
    }
    if (s instanceof Statement.Bond x) {
      return bond(x);
    }
    if (s instanceof Statement.TurningPoint x) {
      return format(
          "turning",
          pair(x.pair()),
          t.year(year(x.change().date())),
          t.label(x.change().rise() ? "change.rose" : "change.fell"),
          BriefingText.signed(x.change().before()),
          t.years(year(x.change().beforeFrom()), year(x.change().date()) - 1),
          BriefingText.signed(x.change().after()),
          t.years(year(x.change().date()), year(x.change().afterTo())),
          margin(x.margin()));
    }
    if (s instanceof Statement.FewRollCalls x) {
      return format("few", pair(x.pair()), t.year(x.year()), x.rollCalls(), x.usual());
    }
    if (s instanceof Statement.EventsEnd x) {
      return x.none()
          ? format("events.none", pair(x.pair()))
          : format("events.end", pair(x.pair()), t.year(x.lastYear()), t.year(x.lastYear() + 1));
    }
    Statement.NoEstimate x = (Statement.NoEstimate) s;
    return format(
        "noestimate",
        pair(x.pair()),
        x.years().stream().map(t::year).collect(Collectors.joining(t.ja() ? "、" : ", ")),
        String.join(t.ja() ? "・" : ", ", x.missing()));
  }

  private String names(Judgement j) {
    return j.states().stream().map(t::state).collect(Collectors.joining(t.ja() ? "・" : "–"));
  }

  private String triangle(Statement.Triangle x, Judgement j) {
    Triad triad = x.triad();
    if (triad.type() == TriadType.UNDETERMINED) {
      return format("triangle.none", names(j), t.year(x.year()));
    }
    String roles = "";
    if (triad.pivot().isPresent()) {
      roles = t.format("triad.pivot", t.state(triad.pivot().get()));
    } else if (triad.pariah().isPresent()) {
      roles = t.format("triad.pariah", t.state(triad.pariah().get()));
    }
    if (x.claimed() == TriadType.UNDETERMINED) {
      // the signs' most likely pattern, but not likely enough to claim
      return format(
          "triangle.likely",
          names(j),
          t.triadType(triad.type()) + roles,
          t.year(x.year()),
          String.format(java.util.Locale.ROOT, "%.2f", x.pType()));
    }
    return format("triangle", names(j), t.triadType(triad.type()) + roles, t.year(x.since()));
  }

  private String camps(Statement.Camps x, Judgement j) {
    CampSplit split = x.split();
    return format(
        "camps",
        names(j),
        t.year(x.year()),
        states(split.campA()),
        states(split.campB()),
        split.frustratedCount(),
        split.ties());
  }

  private String closest(Statement.Closest x) {
    String head = format("closest", t.year(x.year()), pair(x.pair()), value(x.level()));
    if (!x.tied().isEmpty()) {
      return head
          + format(
              "closest.tied",
              x.tied().stream().map(this::pair).collect(Collectors.joining(t.ja() ? "、" : ", ")));
    }
    if (x.next() != null) {
      return head + format("closest.next", pair(x.next()), value(x.nextLevel()));
    }
    return head + (t.ja() ? "。" : ".");
  }

  private String alliance(Statement.Alliance x, Judgement j) {
    if (x.allBound()) {
      return format("alliance.all", names(j), t.year(x.year()));
    }
    String unbound = list(x.unbound());
    if (x.bound().isEmpty()) {
      return format("alliance.none", names(j), t.year(x.year()), unbound);
    }
    return format("alliance.some", names(j), t.year(x.year()), unbound, list(x.bound()));
  }

  private String trend(Statement.Trend x) {
    String level =
        format(
            "trend.level",
            pair(x.pair()),
            t.label("sign." + x.sign().symbol()),
            t.year(x.year()),
            value(x.level()));
    if (x.alignment().known()) {
      level += format("trend.alignment", value(x.alignment()));
    }
    String whole =
        switch (x.overall()) {
          case WARMING -> format("trend.up", value(x.startLevel()), t.year(x.start()));
          case COOLING -> format("trend.down", value(x.startLevel()), t.year(x.start()));
          case STABLE ->
              x.start() == x.year()
                  ? label("trend.single")
                  : format("trend.level.same", t.year(x.start()), value(x.startLevel()));
        };
    // A move from the window's first year says no more the second time.
    boolean same = x.since() == x.start() && x.direction() == x.overall();
    String recent =
        same
            ? ""
            : switch (x.direction()) {
              case WARMING -> format("trend.warming", t.year(x.since()), value(x.from()));
              case COOLING -> format("trend.cooling", t.year(x.since()), value(x.from()));
              case STABLE -> "";
            };
    String move = whole + recent + format("trend.margin", margin(x.margin()));
    return level + move;
  }

  private String bond(Statement.Bond x) {
    if (x.bound()) {
      return format("bond.bound", pair(x.pair()), t.year(x.year()), t.obligations(x.obligations()));
    }
    if (x.obligations().isNone()) {
      return format("bond.none", pair(x.pair()), t.year(x.year()));
    }
    return format("bond.other", pair(x.pair()), t.year(x.year()), t.obligations(x.obligations()));
  }

  // ---- words ----

  private String pair(Pair p) {
    return t.pair(p.a(), p.b());
  }

  private String states(List<String> codes) {
    List<String> names = codes.stream().map(t::state).toList();
    if (t.ja() || names.size() < 2) {
      return String.join("・", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** {@code A, B and C}; {@code A、B、C}. */
  private String list(List<Pair> pairs) {
    List<String> names = pairs.stream().map(this::pair).toList();
    if (t.ja() || names.size() < 2) {
      return String.join("、", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** {@code +0.093} or, with an interval, {@code +0.093, 80 % interval +0.01 … +0.17}. */
  private String value(Estimate e) {
    String v = BriefingText.signed(e.mean());
    if (!e.known() || e.sd() == 0) {
      return v;
    }
    return v + format("interval", BriefingText.signed(e.lo()), BriefingText.signed(e.hi()));
  }

  private static String margin(double m) {
    return String.format(Locale.ROOT, "%.3f", m);
  }

  private static int year(String period) {
    return Integer.parseInt(period.substring(0, 4));
  }

  private String label(String key) {
    String[] pair = LABELS.get(key);
    if (pair == null) {
      throw new IllegalArgumentException("no judgement label '" + key + "'");
    }
    return t.ja() ? pair[1] : pair[0];
  }

  private String format(String key, Object... args) {
    String s = label(key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  private static final Map<String, String[]> LABELS = new HashMap<>();

  private static void l(String key, String en, String ja) {
    LABELS.put(key, new String[] {en, ja});
  }

  static {
    l("triangle", "{0}: a {1} since {2}.", "{0}：{2}以降、三国間は{1}。");
    l(
        "triangle.likely",
        "{0}: most likely a {1} in {2}, with probability {3} under the model (a type is claimed"
            + " from 0.8).",
        "{0}：{2}は{1}の可能性が最も高いが、モデル上の確率は{3}にとどまる（0.8以上で判定）。");
    l(
        "triangle.none",
        "{0}: the triangle has no definite type in {1} (a pair's sign is 0 or unknown).",
        "{0}：{1}の三国間の型は判定できない（いずれかの組の符号が0または不明）。");
    l(
        "camps",
        "{0}: in {1} the states split into two camps, {2} on one side and {3} on the other; {4} of"
            + " {5} ties cut across them.",
        "{1}、{0}は二つの陣営（{2}／{3}）に分かれる。{5}本の関係のうち{4}本がこの分け方に反する。");
    l("closest", "Closest pair in {0}: {1} ({2})", "{0}に最も近いのは{1}（{2}）");
    l("closest.next", ", ahead of {0} ({1}).", "で、次は{0}（{1}）。");
    l("closest.tied", ", not set apart from {0} by the 80 % interval.", "だが、{0}との差は80 %区間の内にある。");
    l(
        "alliance.all",
        "{0} are an alliance in {1}: defence obligations bind every pair.",
        "{1}の{0}は同盟である：全ての組が防衛義務で結ばれている。");
    l(
        "alliance.none",
        "{0} are not an alliance in {1}: no defence obligation binds {2}.",
        "{1}の{0}は同盟ではない：{2}のいずれも防衛義務で結ばれていない。");
    l(
        "alliance.some",
        "{0} are not an alliance in {1}: no defence obligation binds {2}; defence obligations bind only {3}.",
        "{1}の{0}は同盟ではない：{2}には防衛義務がなく、防衛義務で結ばれているのは{3}のみ。");
    l("trend.level", "{0}: {1} in {2} ({3})", "{0}：{2}は{1}（{3}）");
    l("trend.alignment", "; alignment {0}", "、立場の一致{0}");
    l("trend.up", ", up from {0} in {1}", "で、{1}の{0}から上昇");
    l("trend.down", ", down from {0} in {1}", "で、{1}の{0}から低下");
    l("trend.level.same", ", as in {0} ({1})", "で、{0}（{1}）と変わらない");
    l("trend.warming", "; warming since {0} ({1})", "。{0}（{1}）以降接近している");
    l("trend.cooling", "; cooling since {0} ({1})", "。{0}（{1}）以降冷え込んでいる");
    l("trend.margin", " (changes beyond ±{0}).", "（±{0}を超える変化）。");
    l("trend.single", "; the only year of the last five with an estimate", "。直近5年で推定値があるのはこの年のみ");
    l("bond.bound", "{0}: bound by a defence obligation in {1} ({2}).", "{0}：{1}時点で防衛義務がある（{2}）。");
    l("bond.other", "{0}: no defence obligation in {1}, only {2}.", "{0}：{1}時点で防衛義務はなく、{2}の義務のみ。");
    l("bond.none", "{0}: no alliance obligation in {1}.", "{0}：{1}時点で同盟上の義務はない。");
    l(
        "turning",
        "{0}: a turning point in {1}: the index {2} from {3} ({4}) to {5} ({6}), beyond ±{7}.",
        "{0}：{1}に転換点。関係指数が{3}（{4}）から{5}（{6}）へ{2}（±{7}を超える）。");
    l(
        "few",
        "{0}, {1}: UN-vote κ rests on {2} roll calls (usually {3}).",
        "{0}、{1}：国連投票のκは記録投票{2}件のみに基づく（通常は{3}件）。");
    l(
        "events.end",
        "{0}: no events in the store after {1}; from {2} the index rests on votes, treaties and"
            + " sanctions.",
        "{0}：ストアに{1}より後の出来事はなく、{2}以降の関係指数は投票・条約・制裁のみに基づく。");
    l(
        "events.none",
        "{0}: no events between them in the store; the index rests on votes, treaties and"
            + " sanctions.",
        "{0}：ストアに両国間の出来事はなく、関係指数は投票・条約・制裁のみに基づく。");
    l("noestimate", "{0}: no estimate for {1} (missing: {2}).", "{0}：{1}は推定値がない（欠けている根拠：{2}）。");
    l("interval", ", 80 % interval {0} … {1}", "、80 %区間{0}～{1}");
    l("thin", "Where the evidence is thin:", "根拠が乏しい点：");
    l(
        "method",
        "A pair is said to warm or cool only when its index moved by more than the uncertainty"
            + " allows: the 80 % interval of the difference, and at least the pair's ordinary"
            + " year-to-year movement (the ± after each direction). Levels and directions are read"
            + " over the last five years; turning points are named only where the segments differ by"
            + " more than the same margin.",
        "接近・冷却と述べるのは、関係指数の変化が不確かさの幅を超えた場合に限る：差の80 %区間、"
            + "かつ少なくともその組の通常の年ごとの変動（各方向の後の±）。水準と方向は直近5年で読み、"
            + "転換点は前後の区間の差が同じ幅を超える場合のみ挙げる。");
  }
}
