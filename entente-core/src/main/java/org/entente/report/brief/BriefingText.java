package org.entente.report.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.analyze.TriadType;
import org.entente.code.CountryCodes;
import org.entente.domain.Obligations;

/**
 * The words of a briefing in one language: labels, state names, dates and numbers. State names in
 * Japanese are the first {@code ja STATE} row of each code in {@code actors.tsv} (the Ministry of
 * Foreign Affairs of Japan's short names: 中国, ロシア, 北朝鮮); English names come from {@link
 * CountryCodes}.
 */
public final class BriefingText {

  private static final String ACTORS = "/org/entente/text/actors.tsv";
  private static volatile Map<String, String> japaneseNames;

  private final BriefingLanguage language;
  private final CountryCodes codes = CountryCodes.bundled();

  public BriefingText(BriefingLanguage language) {
    this.language = language;
  }

  public BriefingLanguage language() {
    return language;
  }

  public boolean ja() {
    return language == BriefingLanguage.JA;
  }

  /** The state's short name: {@code North Korea}, {@code 北朝鮮}. */
  public String state(String iso3) {
    if (ja()) {
      String name = japaneseNames().get(iso3);
      if (name != null) {
        return name;
      }
    }
    return codes.country(iso3).map(c -> c.name()).orElse(iso3);
  }

  /** Two states as a pair: {@code China–Russia}, {@code 中国・ロシア}. */
  public String pair(String a, String b) {
    return state(a) + (ja() ? "・" : "–") + state(b);
  }

  /** A label in this language. */
  public String label(String key) {
    String[] pair = LABELS.get(key);
    if (pair == null) {
      throw new IllegalArgumentException("no briefing label '" + key + "'");
    }
    return ja() ? pair[1] : pair[0];
  }

  /** A label with {@code {0}}, {@code {1}} … filled in. */
  public String format(String key, Object... args) {
    String s = label(key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** The triangle's type in words: {@code ménage à trois}, {@code 全て友好（ménage à trois）}. */
  public String triadType(TriadType type) {
    return label("triad." + type.key());
  }

  /**
   * A date of the precision given: {@code 2023}, {@code September 2023}, {@code 13 September 2023};
   * {@code 2023年}, {@code 2023年9月}, {@code 2023年9月13日}; a span {@code a/b} as {@code a – b}.
   */
  public String date(String iso) {
    int slash = iso.indexOf('/');
    if (slash > 0) {
      return date(iso.substring(0, slash)) + (ja() ? "～" : " – ") + date(iso.substring(slash + 1));
    }
    if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
      LocalDate d = LocalDate.parse(iso);
      return ja()
          ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
          : d.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
    }
    if (iso.matches("\\d{4}-\\d{2}")) {
      LocalDate d = LocalDate.parse(iso + "-01");
      return ja()
          ? d.getYear() + "年" + d.getMonthValue() + "月"
          : d.format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH));
    }
    if (iso.matches("\\d{4}")) {
      return ja() ? iso + "年" : iso;
    }
    return iso;
  }

  /** A year: {@code 2018}, {@code 2018年}. */
  public String year(int year) {
    return ja() ? year + "年" : Integer.toString(year);
  }

  /** A run of years: {@code 2015–2017}, {@code 2015～2017年}; one year alone as {@link #year}. */
  public String years(int from, int to) {
    if (from == to) {
      return year(from);
    }
    return ja() ? from + "～" + to + "年" : from + "–" + to;
  }

  /** The obligations in force in words: {@code defence, consultation}, {@code none}. */
  public String obligations(Obligations o) {
    List<String> names = new ArrayList<>();
    for (String n : o.names()) {
      names.add(label("obl." + n));
    }
    return names.isEmpty() ? label("obl.none") : String.join(ja() ? "・" : ", ", names);
  }

  /** A signed value to three decimals: {@code +0.274}, {@code −0.083}, {@code –} for none. */
  public static String signed(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    String s = String.format(Locale.ROOT, "%.3f", Math.abs(v));
    if (s.equals("0.000")) {
      return s;
    }
    return (v < 0 ? "−" : "+") + s;
  }

  /** A value to three decimals, {@code –} for none. */
  public static String plain(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v).replace("-", "−");
  }

  private static Map<String, String> japaneseNames() {
    Map<String, String> names = japaneseNames;
    if (names == null) {
      names = new HashMap<>();
      try (InputStream in = BriefingText.class.getResourceAsStream(ACTORS);
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t", -1);
          if (f.length > 3 && f[1].equals("ja") && f[2].equals("STATE")) {
            names.putIfAbsent(f[3], f[0]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + ACTORS, e);
      }
      japaneseNames = names;
    }
    return names;
  }

  private static final Map<String, String[]> LABELS = new HashMap<>();

  private static void l(String key, String en, String ja) {
    LABELS.put(key, new String[] {en, ja});
  }

  static {
    l("title", "Briefing: {0}", "ブリーフィング：{0}");
    l("scope", "{0}, {1}; data as of {2}", "{0}、{1}。データ時点：{2}");
    l("contents", "Contents", "目次");
    l("headline", "Judgement", "判断");
    l("dyad", "{0}", "{0}関係");
    l("triad", "The triangle over time", "三角関係の推移");
    l("camps", "Camps", "陣営");
    l("changes", "Turning points", "転換点");
    l("sources", "Sources", "出典");
    l("provenance", "Data provenance", "データの出所");
    l("disclaimer", "Disclaimer", "免責事項");
    l("overview", "Overview", "概況");
    l("chart", "κ and the relation index by year", "年ごとのκと関係指数");
    l("yearly", "Year by year", "年ごとの値");
    l("alliances", "Treaties and alliances", "条約・同盟");
    l("vetoes", "Joint vetoes", "共同拒否権");
    l("sanctions", "Sanctions", "制裁");
    l("events", "Events", "出来事");
    l("col.year", "year", "年");
    l("col.index", "index", "関係指数");
    l("col.sign", "sign", "符号");
    l("col.kappa", "κ", "κ");
    l("col.events", "events", "出来事");
    l("col.alliance", "alliance", "同盟");
    l("col.vetoes", "joint vetoes", "共同拒否権");
    l("col.sanctions", "sanctions", "制裁");
    l("col.type", "type", "型");
    l("col.roles", "roles", "役割");
    l("col.balanced", "balanced", "均衡");
    l("col.signs", "signs", "符号");
    l("col.camp", "camp", "陣営");
    l("col.state", "state", "国");
    l("series.kappa", "UN-vote κ", "国連投票のκ");
    l("series.index", "relation index", "関係指数");
    l("yes", "yes", "はい");
    l("no", "no", "いいえ");
    l("sign.+", "amity", "友好");
    l("sign.0", "neutral", "中立");
    l("sign.-", "enmity", "敵対");
    l("sign.?", "no evidence", "根拠なし");
    l("triad.menage_a_trois", "ménage à trois", "全て友好（ménage à trois）");
    l("triad.romantic_triangle", "romantic triangle", "ロマンチック・トライアングル");
    l("triad.stable_marriage", "stable marriage", "安定的結婚");
    l("triad.unit_veto", "unit veto", "相互敵対（unit veto）");
    l("triad.undetermined", "undetermined", "判定不能");
    l("obl.defense", "defence", "防衛");
    l("obl.offense", "offence", "攻撃");
    l("obl.neutral", "neutrality", "中立");
    l("obl.nonagg", "non-aggression", "不可侵");
    l("obl.consul", "consultation", "協議");
    l("obl.none", "none", "なし");
    // Sentences.
    l(
        "overview.pair",
        "In {0} the relation index of {1} stood at {2} ({3}), against {4} in {5}.",
        "{0}の{1}関係の関係指数は{2}（{3}）、{5}は{4}だった。");
    l(
        "overview.slope",
        "Over {0} it moved by {1} a year on average (least-squares slope).",
        "{0}の平均変化は年{1}（最小二乗法の傾き）。");
    l(
        "overview.kappa",
        "UN General Assembly κ: {0} in {1}, {2} in {3}.",
        "国連総会投票のκは{1}に{0}、{3}に{2}。");
    l("overview.noindex", "No index for {0}: neither votes nor events.", "{0}の関係指数はない（投票も出来事もない）。");
    l(
        "chart.caption",
        "{0}: UN-vote κ and the relation index, {1}. Values and sources in the table below.",
        "{0}：国連投票のκと関係指数（{1}）。値と出典は下表。");
    l("alliance.run", "{0}: {1} — {2}", "{0}：{1}（{2}）");
    l(
        "alliance.none",
        "{0}: no alliance obligation in ATOP or the treaty records.",
        "{0}：ATOPにも条約記録にも同盟上の義務はない。");
    l("veto.item", "{0}: {1} ({2}), vetoed by {3}", "{0}：{1}（{2}）、{3}が拒否権を行使");
    l("veto.none", "No Security Council veto cast together in {0}.", "{0}に両国が共同で行使した安保理の拒否権はない。");
    l(
        "veto.na",
        "Not both permanent members of the Security Council: no joint vetoes possible.",
        "両国がともに安保理常任理事国ではないため、共同拒否権はありえない。");
    l(
        "sanctions.run",
        "{0}: {1} through {2}; {3} designations in the list of {4}",
        "{0}：{1}（{2}）。{4}時点のリストで指定{3}件");
    l(
        "sanctions.none",
        "{0}: no sanctions between them in the designation lists or the regime table.",
        "{0}：指定リストにも制裁制度の記録にも両国間の制裁はない。");
    l("sanctions.regimes", "{0}: {1} under {2} ({3})", "{0}：{1}（{2}。{3}）");
    l("sanctions.state", "measures against the state itself", "国家そのものに対する措置");
    l("sanctions.targeted", "named persons and entities only", "個人・団体の指定のみ");
    l("sanctions.counter", "; in answer to the other's sanctions", "、相手の制裁への対抗措置");
    l(
        "events.scores",
        "GDELT cooperation–conflict scores for the pair cover {0}: events component {1} in {2}.",
        "GDELTの協調・対立スコアは{0}を対象とする。{2}の出来事成分は{1}。");
    l(
        "events.noscores",
        "No event scores or machine-coded events in the store for {0}.",
        "{0}について、ストアに出来事スコアも機械コード化された出来事もない。");
    l(
        "events.raw",
        "{0} machine-coded events of the pair in the store ({1}).",
        "ストアに両国間の機械コード化された出来事が{0}件ある（{1}）。");
    l(
        "events.aggregated",
        "{0} more machine-coded events of the pair in aggregates made on a cluster ({1}), counted"
            + " by {2}, not one by one.",
        "クラスタで集計された出来事がさらに{0}件ある（{1}、{2}単位の集計で、個々の出来事は保持されない）。");
    l("events.text", "{0}: {1} → {2}, {3} — “{4}”", "{0}：{1}→{2}、{3}――「{4}」");
    l(
        "events.notext",
        "No article imported (import-text) reports events between them in {0}.",
        "{0}に両国間の出来事を報じる記事は取り込まれていない（import-text）。");
    l(
        "change.item",
        "{0}: {1} {2} from {3} ({4}) to {5} ({6}).",
        "{0}：{1}が{3}（{4}）から{5}（{6}）へ{2}。");
    l("change.rose", "rose", "上昇");
    l("change.fell", "fell", "低下");
    l("change.measure.kappa", "UN-vote κ", "国連投票のκ");
    l("change.measure.index", "the relation index", "関係指数");
    l(
        "change.none",
        "No turning point in {0} over {1} (PELT, MBIC penalty).",
        "{1}の{0}に転換点はない（PELT、MBICペナルティ）。");
    l(
        "change.short",
        "Too few values of {0} over {1} for a turning point ({2}; at least 4 needed).",
        "{1}の{0}は値が少なく転換点を探せない（{2}個、4個以上必要）。");
    l("triad.run", "{0}: {1}{2}", "{0}：{1}{2}");
    l("triad.pivot", " (pivot {0})", "（要は{0}）");
    l("triad.pariah", " ({0} isolated)", "（孤立は{0}）");
    l(
        "triad.note",
        "Each pair's sign comes from its relation index (0 within ±0.05); the type follows Dittmer"
            + " (1981), balance Heider (1946).",
        "各組の符号は関係指数による（±0.05以内は0）。型はDittmer（1981）、均衡はHeider（1946）に従う。");
    l("camps.split", "{0}: camp A {1}; camp B {2}; balance {3}.", "{0}：陣営A {1}、陣営B {2}、均衡度{3}。");
    l(
        "camps.frustrated",
        "{0} ({1}, index {2}) cuts across the camps.",
        "{0}（{1}、関係指数{2}）は陣営の分け方に反する。");
    l(
        "disclaimer.text",
        "This briefing was written by software (Entente) from the data listed under “Data"
            + " provenance”; it is a measurement, not an assessment by an analyst. Indices combine"
            + " rivalries, disputes, alliances, sanctions, events, joint vetoes, UN votes and shared IGOs in"
            + " a measurement model calibrated on expert codings, each value with its 80 % interval"
            + " (README, “How to read a relation”); a year without evidence is estimated from its"
            + " neighbours with a wider interval, never counted as zero. Where the store holds no source for a state, pair or year, the briefing"
            + " says so rather than guess. Check every claim against its numbered source before"
            + " relying on it.",
        "本ブリーフィングは、「データの出所」に挙げたデータからソフトウェア（Entente）が作成したもので、"
            + "分析者の評価ではなく計測結果である。関係指数は対立関係・軍事紛争・同盟・制裁・出来事・共同拒否権・国連投票・共通の国際機関を"
            + "専門家のコーディングで較正した計測モデルで推定したもの（README「How to read a relation」）で、各値に80%区間を付す。根拠のない年は0とせず、前後の年から広い区間で推定する。"
            + "ストアに出典のない国・組・年については推測せず、その旨を記す。利用の際は各記述を番号付きの出典と照合されたい。");
    l(
        "provenance.intro",
        "Sources in the store this briefing was read from (file, kind, rows):",
        "本ブリーフィングが読んだストアの出典（ファイル、種類、行数）：");
    l(
        "provenance.datasets",
        "UN General Assembly votes: Voeten's data set via unvotes (sessions 1–74, CC0/MIT) and the"
            + " UN's record (DGACM, github.com/UNxml/GAresolutions, sessions 75 on). Alliances: ATOP"
            + " 5.1 (Leeds et al. 2002) and cited treaty records. Security Council vetoes: Yordan,"
            + " The World Politics Data Lab (MIT), with cited additions from 2022. Sanctions: the UN"
            + " Security Council Consolidated List and OFAC's SDN list, and the cited table of autonomous"
            + " regimes and counter-sanctions (EU, UK, Japan, Korea, China, Russia and others). Events: GDELT 2.0 scores"
            + " aggregated by gdelt-graph-data (GPL-3.0; The GDELT Project), and events coded by"
            + " Entente from imported articles.",
        "国連総会投票：Voetenのデータ（unvotes経由、第1～74会期、CC0/MIT）と国連の記録（DGACM、"
            + "github.com/UNxml/GAresolutions、第75会期以降）。同盟：ATOP 5.1（Leeds et al. 2002）と"
            + "出典付きの条約記録。安保理拒否権：Yordan, The World Politics Data Lab（MIT）と2022年以降の"
            + "出典付き追加分。制裁：国連安保理統合制裁リスト、米財務省OFACのSDNリスト、"
            + "および出典付きの独自制裁・対抗制裁の記録（EU、英国、日本、韓国、中国、ロシアなど）。出来事："
            + "gdelt-graph-dataが集計したGDELT 2.0スコア（GPL-3.0、The GDELT Project）と、取り込んだ記事から"
            + "Ententeがコード化した出来事。");
    l("source.votes", "UN General Assembly votes", "国連総会投票");
    l("source.treaty", "treaty record", "条約記録");
    l("source.atop", "ATOP", "ATOP");
    l("source.veto", "Security Council veto", "安保理拒否権");
    l("source.sanctions", "sanctions programme", "制裁プログラム");
    l("source.regime", "sanctions regime record", "制裁制度の記録");
    l("source.scores", "event scores", "出来事スコア");
    l("source.events", "machine-coded events", "機械コード化された出来事");
    l("unit.day", "day", "日");
    l("unit.month", "month", "月");
    l("source.article", "article sentence", "記事の文");
    l("source.change", "turning-point evidence", "転換点の根拠");
    l("source.store", "store", "ストア");
    l(
        "votes.text",
        "{0} and {1} both voted on {2} contested roll calls of {3} (κ {4}), e.g. {5}; each vote's"
            + " file and line: entente alignment {0} {1} --by year --evidence {3} --format csv",
        "{3}に{0}と{1}がともに投票した争点のある記録投票{2}件（κ {4}）。例：{5}。各票のファイルと行："
            + "entente alignment {0} {1} --by year --evidence {3} --format csv");
  }
}
