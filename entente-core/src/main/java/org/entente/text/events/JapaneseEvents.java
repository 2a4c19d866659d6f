package org.entente.text.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.domain.PartialDate;
import org.entente.text.ActorMention;
import org.entente.text.Span;
import org.entente.text.TextPipeline.AnalysedSentence;
import org.entente.text.events.EventPatterns.Hit;

/**
 * Codes the events of a Japanese sentence: finds the predicates the {@link EventPatterns} name and,
 * for each, who acted on whom by the case particles after the actors the sentence names — は, が and
 * も mark the subject, と the partner, に, へ and を the one acted on, から the origin — and by the states
 * a compound names in the predicate itself (ロ朝首脳会談, 中朝共同開発の合意). The date is the time expression
 * nearest before the predicate, else the first after it, else the last date the text mentioned
 * ({@link Dating}). A stage of the text chain: plain Java, no I/O.
 *
 * <p>Where a sentence leaves its subject out, as Japanese often does, the subject of the sentences
 * before stands in ({@link Topic}), the way a reader carries it.
 */
public final class JapaneseEvents {

  /** What follows an actor and what role it gives; longest first. */
  /** The offices of a state that speak for it, as written right after its name. */
  private static final String OFFICES =
      "(?:外務大臣|外相|外交部長|外務次官|外務省|外交部|首相|総理大臣|大統領|副大統領|国家主席|主席"
          + "|国務長官|国防長官|国防相|国防部長|国防省|国防部|大使|大使館|国連大使|報道官)";

  // The particle that gives an actor its role, after 側/政府 and the like, after an office of the
  // state (中国外交部長と, 米国務長官は), or after the noun its の qualifies (日本の外務大臣は,
  // 中国の外交部長と): the state is who the official or office speaks for.
  // A reading in brackets after a name (王毅(おう・き)) is skipped, and so is the official a state
  // names with ・ (日本・高村外務大臣は, 中国外務省・秦剛副報道局長が).
  private static final Pattern PARTICLE =
      Pattern.compile(
          "^(?:[(（][\\p{IsHiragana}\\p{IsKatakana}ー・ a-zA-Z]{1,24}[)）])?"
              + "(?:[0-9三四五六七]+(?:か国|カ国|ヶ国|箇国))?"
              + "(?:側|自身|政府|当局|首脳|双方|両国|両者|領内|領土|国内|国境|領空|領海|沖|北部|南部|東部|西部|中部|"
              + OFFICES
              + "|[の・][\\p{IsHan}\\p{IsKatakana}ー・]{1,12}?(?=(?:からの|から|との|とは|と|による|に対して|に対し|には|に|への|へ|を|は|が|も)))?"
              + "(からの|から|より|との|とは|とも|とで|と|による|に対して|に対し|には|にも|に|への|へ|を|は|が|も|の)");

  private static final Pattern BOTH = Pattern.compile("両国|双方|両者|両政府|両首脳|両外相|両大臣");

  /**
   * What after a predicate shows it names an earlier event as a reference point or a topic —
   * ロ朝首脳会談から1か月後, 首脳会談の評価について — rather than reporting one: coded only when the sentence dates it
   * first.
   */
  private static final Pattern REFERENCE = Pattern.compile("^(?:から|以降|以来|後|の後|の評価|について|に関し|をめぐ)");

  /** A reply to what was said before: its target is who said it. */
  private static final Pattern RESPONSE = Pattern.compile("これに対し|それに対し|これを受け");

  /** After an actor, a comparison (中国と同様に: like China), not a role. */
  private static final Pattern COMPARISON = Pattern.compile("^(?:と同様|と同じ|のように|並み)");

  /** International bodies a FORUM event is addressed to. */
  private static final Set<String> BODIES = Set.of("IGOUNO");

  private final EventPatterns patterns;

  public JapaneseEvents(EventPatterns patterns) {
    this.patterns = patterns;
  }

  /** A mention with its place in the sentence and the particle after it. */
  record Actor(ActorMention mention, int start, int end, String particle) {

    List<String> states() {
      return mention.codes();
    }

    boolean compound() {
      return mention.kind() == ActorMention.Kind.COMPOUND;
    }

    boolean subject() {
      return particle.equals("は")
          || particle.equals("が")
          || particle.equals("も")
          || particle.equals("とも")
          || particle.equals("による");
    }

    /** から as the one a statement or request comes from (岩屋大臣から…求めました). */
    boolean origin() {
      return particle.equals("から") || particle.equals("からの") || particle.equals("より");
    }

    /** と as "with": a partner; not とも ("both") nor と同様 ("like"). */
    boolean partner() {
      return particle.equals("と") || particle.equals("との") || particle.equals("とは");
    }
  }

  /**
   * What a reader carries through a document: the subject of the sentences before, for one that
   * leaves it out; the two states last named together, for 両国 and 双方; the state last named, for 同国
   * and 同氏; the surnames of the officials named, for 王部長 after 王毅; and the document's speaker, the
   * state whose office issues it (外務大臣談話), for first-person statements (…を強く非難します).
   */
  public static final class Topic {
    private List<String> subject = List.of();
    private List<String> lastPair = List.of();
    private List<String> lastSpeaker = List.of();
    private List<String> lastState = List.of();
    private List<String> speaker = List.of();
    private final java.util.Map<String, String> surnames = new java.util.HashMap<>();

    List<String> subject() {
      return subject;
    }
  }

  /** Role phrases for the two states last named together. */
  private static final Pattern BOTH_PHRASE = Pattern.compile("両国|双方|両者|両政府|両首脳|両外相|両大臣|両国首脳|両国政府");

  /** 南北 before a relation word: the two Koreas (南北間, 南北首脳会談, 南北双方). */
  private static final Pattern KOREAS =
      Pattern.compile("南北(?=間|双方|首脳|関係|対話|会談|協力|経済|閣僚|共同|交流|連絡|合意|離散|当局|赤十字|鉄道|軍事|統一|和解)");

  /** Role phrases for the state or official last named. */
  private static final Pattern SAME_PHRASE =
      Pattern.compile("同(?:国|氏|政府|大統領|首相|外相|大臣|長官|主席|総書記|委員長|報道官|次官補|次官|代表|特使|大使)");

  /** An official's title after a surname the document has named in full (王部長 after 王毅). */
  private static final Pattern SURNAME_TITLE =
      Pattern.compile("(\\p{IsHan}{1,2})(?=(?:外交部長|部長|大臣|長官|外相|首相|大統領|主席|国家主席|総理|委員長|次官|報道官|氏))");

  /** What after an office makes the text its statement: 外務大臣談話, 報道官声明. */
  private static final Pattern STATEMENT = Pattern.compile("^(?:談話|声明|コメント|会見|発表)");

  /** A predicate in the non-past polite form: a statement made as the text is issued. */
  private static final Pattern PRESENT =
      Pattern.compile("^[^、。]{0,16}?(?:します|いたします|求めます|ます)(?:。|$)");

  /**
   * The events of one sentence.
   *
   * @param dating the dates of the sentence's time expressions
   * @param topic the subject of the sentences before, updated with this one's
   */
  public List<TextEvent> code(String doc, AnalysedSentence analysed, Dating dating, Topic topic) {
    String text = analysed.sentence().original();
    int base = analysed.sentence().start();
    List<Actor> actors = withReferences(actors(analysed, text, base), text, base, topic);
    List<TextEvent> events = new ArrayList<>();
    List<String> speakerBefore = topic.lastSpeaker;
    speaker(actors, text, topic);
    if (heading(text)) {
      // A title names what the text below reports: the event is coded there, with its date.
      remember(actors, text, topic);
      return List.of();
    }
    if (citation(text)) {
      // A source list's entry (『…』。朝日新聞、2008年5月13日) cites an article: it reports nothing.
      remember(actors, text, topic);
      return List.of();
    }
    List<Hit> hits = patterns.find(text);
    for (int h = 0; h < hits.size(); h++) {
      Hit hit = hits.get(h);
      if (REFERENCE.matcher(text.substring(hit.end())).find() && !dating.datedBefore(hit.start())) {
        continue;
      }
      if (NEGATED.matcher(text.substring(hit.end())).find()
          || ANAPHORIC.matcher(text.substring(0, hit.start())).find()) {
        // 要請はまだない reports no request; 今回の攻撃 is the attack already reported.
        continue;
      }
      int clauseEnd = h + 1 < hits.size() ? hits.get(h + 1).start() : text.length();
      boolean present = PRESENT.matcher(text.substring(hit.end(), clauseEnd)).find();
      List<String> implied = present && !topic.speaker.isEmpty() ? topic.speaker : topic.subject();
      boolean spoken = present && !topic.speaker.isEmpty();
      List<String[]> pairs =
          roles(hit, text, actors, events, topic, implied, spoken, speakerBefore);
      if (pairs.isEmpty()) {
        continue;
      }
      // A statement in the present (…を強く非難します) is made when the text is issued.
      Dating.When when =
          present && dating.present() != null ? dating.present() : dating.at(hit.start());
      if (when == null) {
        continue;
      }
      List<Dating.When> whens = dating.listed(hit.start(), hit.end());
      if (present || whens.isEmpty()) {
        whens = List.of(when);
      }
      List<TextEvent> before = List.copyOf(events);
      for (Dating.When on : whens) {
        for (String[] pair : pairs) {
          if (pair[0].equals(pair[1]) || restates(hit, pair, before)) {
            continue;
          }
          events.add(hit.event(doc, on, pair, text, base));
        }
      }
    }
    remember(actors, text, topic);
    return Pairs.unique(events);
  }

  /**
   * The sentence's actors with the ones its role phrases refer to (the rule of {@link Topic}): 両国
   * and 双方 for the pair last named together, 同国 and 同氏 for the state last named, a surname with a
   * title for the official named before in full. A phrase right after a name restates it (日中両国) and
   * adds nothing.
   */
  private static List<Actor> withReferences(List<Actor> named, String text, int base, Topic topic) {
    List<Actor> all = new ArrayList<>(named);
    if (topic.lastPair.size() == 2) {
      Matcher m = BOTH_PHRASE.matcher(text);
      while (m.find()) {
        if (free(named, m.start(), m.end()) && !restatesName(named, m.start())) {
          all.add(reference(text, base, m.start(), m.end(), topic.lastPair, true));
        }
      }
    }
    Matcher koreas = KOREAS.matcher(text);
    while (koreas.find()) {
      if (free(named, koreas.start(), koreas.end())) {
        all.add(reference(text, base, koreas.start(), koreas.end(), List.of("KOR", "PRK"), true));
      }
    }
    if (!topic.lastState.isEmpty()) {
      Matcher m = SAME_PHRASE.matcher(text);
      while (m.find()) {
        if (free(named, m.start(), m.end())) {
          all.add(reference(text, base, m.start(), m.end(), topic.lastState, false));
        }
      }
    }
    if (!topic.surnames.isEmpty()) {
      Matcher m = SURNAME_TITLE.matcher(text);
      while (m.find()) {
        String state = topic.surnames.get(m.group(1));
        if (state != null
            && (m.start() == 0 || !Character.isIdeographic(text.codePointBefore(m.start())))
            && free(named, m.start(), m.end())) {
          Matcher title = PARTICLE_TITLE.matcher(text.substring(m.end()));
          int end = title.find() ? m.end() + title.end() : m.end();
          all.add(reference(text, base, m.start(), end, List.of(state), false));
        }
      }
    }
    all.sort(Comparator.comparingInt(Actor::start));
    return all;
  }

  /** The title after a surname, so that the particle is read after it. */
  private static final Pattern PARTICLE_TITLE =
      Pattern.compile("^(?:外交部長|部長|大臣|長官|外相|首相|大統領|国家主席|主席|総理|委員長|次官|報道官|氏)");

  private static boolean free(List<Actor> actors, int start, int end) {
    for (Actor a : actors) {
      if (a.start() < end && start < a.end()) {
        return false;
      }
    }
    return true;
  }

  private static boolean restatesName(List<Actor> actors, int start) {
    for (Actor a : actors) {
      if (a.end() == start) {
        return true;
      }
    }
    return false;
  }

  private static Actor reference(
      String text, int base, int start, int end, List<String> codes, boolean pair) {
    Span span = new Span(base + start, base + end);
    String surface = text.substring(start, end);
    ActorMention mention =
        pair
            ? new ActorMention(
                ActorMention.Kind.COMPOUND,
                span,
                surface,
                codes,
                "",
                codes.stream()
                    .map(
                        c ->
                            new ActorMention(
                                ActorMention.Kind.STATE, span, surface, List.of(c), "", List.of()))
                    .toList())
            : new ActorMention(ActorMention.Kind.STATE, span, surface, codes, "", List.of());
    Matcher p = PARTICLE.matcher(text.substring(end));
    return new Actor(mention, start, end, p.find() ? p.group(1) : "");
  }

  /** The state whose office issues the text (外務大臣談話, 報道官声明): the speaker of its statements. */
  private static void speaker(List<Actor> actors, String text, Topic topic) {
    if (!topic.speaker.isEmpty()) {
      return;
    }
    for (Actor a : actors) {
      if (!a.compound() && STATEMENT.matcher(text.substring(a.end())).find()) {
        topic.speaker = a.states();
        if (topic.subject.isEmpty()) {
          topic.subject = a.states();
        }
        return;
      }
    }
  }

  /** Between an owner and its noun predicate: の alone, or の with the state body (政府の要請). */
  private static final Pattern OWNED = Pattern.compile("(?:側|政府|当局)?の");

  /** Between a subject and the predicate, the end of a clause the predicate takes as its object. */
  private static final Pattern EMBEDDING = Pattern.compile("(?:こと|よう|旨)(?:を|に)?");

  /** After a predicate, its negation: 要請はまだない, 合意しなかった, 訪問せず, 歓迎する流れではないだろう. */
  private static final Pattern NEGATED =
      Pattern.compile(
          "^(?:(?:は|が|も)?(?:まだ|一切)?(?:ない|なく|なかった|しない|しなかった|せず|していない|されていない)"
              + "|[^、。]{0,12}?(?:ではない|ではなかった|わけではない))");

  /** Before a predicate, a word pointing back to an event already reported: 今回の攻撃, この軍事行動. */
  private static final Pattern ANAPHORIC = Pattern.compile("(?:今回の|この|その|同|本件|当該|上記の|今次)$");

  /** An entry of a list of sources: a quoted title, then its publisher and date. */
  private static boolean citation(String text) {
    String t = text.strip();
    return (t.startsWith("『") || t.startsWith("\"") || t.startsWith("“"))
        && (t.contains("』") || t.indexOf('"', 1) > 0 || t.contains("”"));
  }

  /** A line without a sentence's end, short: a title or a heading. */
  private static boolean heading(String text) {
    String t = text.strip();
    return !t.isEmpty()
        && t.codePointCount(0, t.length()) <= 25
        && !t.endsWith("。")
        && !t.endsWith("」")
        && !t.contains("、");
  }

  /**
   * Whether a plain "agreed" (合意, 一致) only restates an event the sentence has already coded for the
   * same pair: 借款を免除すると両国が合意 is the debt relief, not a second event.
   */
  private static boolean restates(Hit hit, String[] pair, List<TextEvent> events) {
    if (!hit.pattern().id().equals("agree")) {
      return false;
    }
    for (TextEvent e : events) {
      if ("CONSULT".equals(e.plover())) {
        continue; // 次官級会談で…支援に合意: the talks and what they agreed are two events
      }
      if ((e.source().equals(pair[0]) && e.target().equals(pair[1]))
          || (e.source().equals(pair[1]) && e.target().equals(pair[0]))) {
        return true;
      }
    }
    return false;
  }

  private static List<Actor> actors(AnalysedSentence analysed, String text, int base) {
    List<Actor> actors = new ArrayList<>();
    for (ActorMention m : analysed.actors()) {
      int start = m.span().start() - base;
      int end = m.span().end() - base;
      if (start < 0 || end > text.length()) {
        continue;
      }
      Matcher p = PARTICLE.matcher(text.substring(end));
      actors.add(new Actor(m, start, end, p.find() ? p.group(1) : ""));
    }
    // The members of a list share the particle after its last (日本、米国、韓国、EUは: all four).
    for (int i = actors.size() - 2; i >= 0; i--) {
      Actor a = actors.get(i);
      Actor next = actors.get(i + 1);
      if (a.particle().isEmpty()
          && !next.particle().isEmpty()
          && a.end() <= next.start()
          && LIST_JOINER.matcher(text.substring(a.end(), next.start())).matches()) {
        actors.set(i, new Actor(a.mention(), a.start(), a.end(), next.particle()));
      }
    }
    return actors;
  }

  /** The states of an actor and of the list it ends (日本、米国、韓国、EUは), in order. */
  private static List<String> withListMates(Actor last, List<Actor> actors, String text) {
    int i = actors.indexOf(last);
    int first = i;
    while (first > 0
        && actors.get(first - 1).end() <= actors.get(first).start()
        && actors.get(first - 1).particle().equals(last.particle())
        && LIST_JOINER
            .matcher(text.substring(actors.get(first - 1).end(), actors.get(first).start()))
            .matches()) {
      first--;
    }
    Set<String> states = new LinkedHashSet<>();
    for (int k = first; k <= i; k++) {
      states.addAll(actors.get(k).states());
    }
    return new ArrayList<>(states);
  }

  private static final Pattern LIST_JOINER = Pattern.compile("、|,|及び|並びに|・|、及び");

  /** Source–target pairs for one trigger, by its pattern's roles. */
  private List<String[]> roles(
      Hit hit,
      String text,
      List<Actor> actors,
      List<TextEvent> earlier,
      Topic topic,
      List<String> implied,
      boolean spoken,
      List<String> speakerBefore) {
    return switch (hit.pattern().roles()) {
      case MEET -> meet(hit, text, actors, topic, implied);
      case VISIT -> visit(hit, actors, implied);
      case TRANSFER -> transfer(hit, text, actors);
      case ACT_ON -> actOn(hit, text, actors, topic, implied, spoken, speakerBefore);
      case FORUM -> forum(hit, actors, implied);
      case AGREE -> agree(hit, text, actors, topic, implied);
      case ANNOUNCE -> announce(hit, actors, earlier, topic);
    };
  }

  /** A compound naming the states of the predicate itself: ロ朝首脳会談, 中ロ朝外務次官級対話. */
  private static Actor compoundBefore(Hit hit, String text, List<Actor> actors, int reach) {
    Actor best = null;
    for (Actor a : actors) {
      if (a.compound() && a.end() <= hit.start() && hit.start() - a.end() <= reach) {
        String between = text.substring(a.end(), hit.start());
        if (!between.contains("、") && !between.contains("は") && !between.contains("が")) {
          best = a;
        }
      }
    }
    return best;
  }

  private static List<String[]> meet(
      Hit hit, String text, List<Actor> actors, Topic topic, List<String> implied) {
    Actor named = compoundBefore(hit, text, actors, 12);
    if (named != null) {
      return Pairs.all(named.states());
    }
    Actor partner = nearestBefore(hit.start(), actors, Actor::partner);
    if (partner != null) {
      Actor other = subjectAround(hit, actors, partner);
      List<String> sources = other != null ? other.states() : implied;
      return Pairs.of(sources, partner.states());
    }
    // A meeting of no one named (5月の次官級会談) in a sentence that names only the two states the
    // text is about, or none, is theirs.
    if (topic.lastPair.size() == 2 && topic.lastPair.containsAll(distinctStates(actors))) {
      return Pairs.all(topic.lastPair);
    }
    return List.of();
  }

  /**
   * The subject of a predicate: marked by は/が/も before it, or the actor right after it
   * (会談したプーチン大統領).
   */
  private static Actor subjectAround(Hit hit, List<Actor> actors, Actor not) {
    Actor before = nearestBefore(hit.start(), actors, a -> a != not && a.subject());
    if (before != null) {
      return before;
    }
    for (Actor a : actors) {
      if (a != not && a.start() >= hit.end() && a.start() - hit.end() <= 3) {
        return a;
      }
    }
    return null;
  }

  private static List<String[]> visit(Hit hit, List<Actor> actors, List<String> implied) {
    Actor host = null;
    for (Actor a : actors) {
      if (a.start() >= hit.start() && a.start() < hit.end()) {
        host = a;
      }
    }
    if (host == null) {
      return List.of();
    }
    final Actor destination = host;
    Actor guest =
        nearestBefore(
            hit.start(),
            actors,
            a -> a != destination && (a.subject() || a.particle().equals("の")));
    List<String> sources = guest != null ? guest.states() : implied;
    return Pairs.of(sources, host.states());
  }

  private static List<String[]> transfer(Hit hit, String text, List<Actor> actors) {
    Actor from = markedBefore(hit.start(), text, actors, "から", 16);
    Actor to = markedBefore(hit.start(), text, actors, "へ", 16);
    if (to == null) {
      to = markedBefore(hit.start(), text, actors, "に", 16);
    }
    if (from == null || to == null) {
      return List.of();
    }
    return Pairs.of(from.states(), to.states());
  }

  /**
   * The actor nearest before an occurrence of {@code particle} that lies before {@code limit},
   * within {@code reach} characters of it: 北朝鮮北東部・羅津港(第二埠頭)から is from North Korea.
   */
  private static Actor markedBefore(
      int limit, String text, List<Actor> actors, String particle, int reach) {
    int at = text.lastIndexOf(particle, limit - 1);
    while (at >= 0) {
      Actor best = null;
      for (Actor a : actors) {
        if (a.end() <= at && at - a.end() <= reach && (best == null || a.end() > best.end())) {
          best = a;
        }
      }
      if (best != null && !best.subject()) {
        return best;
      }
      at = text.lastIndexOf(particle, at - 1);
    }
    return null;
  }

  private static List<String[]> actOn(
      Hit hit,
      String text,
      List<Actor> actors,
      Topic topic,
      List<String> implied,
      boolean spoken,
      List<String> speakerBefore) {
    // による names the agent of the noun it qualifies (ロシアによる…攻撃), not of a later verb
    // (ロシアによる攻撃を非難します): nothing marked with を or は may stand between.
    Actor marked =
        nearestBefore(
            hit.start(),
            actors,
            a ->
                a.subject()
                    && (!a.particle().equals("による")
                        || !text.substring(a.end(), hit.start()).matches(".*[をは].*")));
    // The subject of a clause the predicate embeds (パキスタンがテロ対策を強化することを求めます) is
    // the one acted on; the one acting is the speaker or the subject carried.
    Actor embedded =
        marked != null
                && marked.particle().equals("が")
                && EMBEDDING
                    .matcher(text.substring(Math.max(marked.end(), hit.end() - 12), hit.end()))
                    .find()
            ? marked
            : null;
    if (embedded != null) {
      marked = null;
    }
    Actor subject = marked != null ? marked : nearestBefore(hit.start(), actors, Actor::origin);
    // A noun predicate owned by a state (中国政府の要請を受けて): the owner acts, on the subject.
    Actor owner =
        nearestBefore(
            hit.start(),
            actors,
            a ->
                a.end() < hit.start()
                    && OWNED.matcher(text.substring(a.end(), hit.start())).matches());
    if (owner != null) {
      List<String> on = subject != null && subject != owner ? subject.states() : implied;
      return on.isEmpty() || on.equals(owner.states()) ? List.of() : Pairs.of(owner.states(), on);
    }
    // The one acted on is never the actor itself (日本への査証の発給を停止 is Japan's own visas).
    List<String> acting = subject != null ? subject.states() : implied;
    Actor target =
        nearestBefore(
            hit.start(),
            actors,
            a ->
                a != subject
                    && !a.states().equals(acting)
                    && (a.particle().equals("に")
                        || a.particle().equals("へ")
                        || a.particle().equals("を")
                        || a.particle().startsWith("に対")
                        || a.particle().equals("への")
                        || (a.start() > 0 && text.charAt(a.start() - 1) == '対')));
    if (target == null && subject == null) {
      Actor named = compoundBefore(hit, text, actors, 20);
      if (named != null) {
        return Pairs.all(named.states());
      }
    }
    if (embedded != null) {
      target = embedded;
    }
    // The agent of the act a statement is about (ロシアによる…攻撃を非難します) is the one it acts on.
    Actor agent =
        nearestBefore(hit.start(), actors, a -> a != subject && a.particle().equals("による"));
    if (agent != null && !agent.states().equals(acting)) {
      target = agent;
    }
    List<String> sources;
    if (subject != null) {
      sources = withListMates(subject, actors, text);
    } else if (spoken) {
      sources = implied;
    } else {
      Actor other =
          target == null ? null : nearestOther(hit.start(), text, actors, target.states());
      sources = other != null ? other.states() : implied;
    }
    List<String> targets = null;
    if (target != null) {
      targets = withListMates(target, actors, text);
    } else if (RESPONSE.matcher(text.substring(0, hit.start())).find()
        && !speakerBefore.isEmpty()) {
      targets = speakerBefore;
    } else {
      Actor other = nearestOther(hit.start(), text, actors, sources);
      targets = other == null ? null : other.states();
    }
    if (targets == null && sources.size() == 1 && topic.lastPair.contains(sources.get(0))) {
      // No one acted on is named: the counterpart of the pair the text is about.
      String source = sources.get(0);
      targets = topic.lastPair.stream().filter(c -> !c.equals(source)).toList();
    }
    if (targets == null) {
      return List.of();
    }
    return Pairs.of(sources, targets);
  }

  /**
   * The state nearest before {@code limit} that is none of {@code not} and not named as a
   * comparison (中国と同様に).
   */
  private static Actor nearestOther(int limit, String text, List<Actor> actors, List<String> not) {
    return nearestBefore(
        limit,
        actors,
        a ->
            !a.compound()
                && !not.contains(a.mention().code())
                && !COMPARISON.matcher(text.substring(a.end())).find());
  }

  private static List<String[]> forum(Hit hit, List<Actor> actors, List<String> implied) {
    Actor body = null;
    for (Actor a : actors) {
      if (BODIES.contains(a.mention().code())) {
        body = a;
      }
    }
    if (body == null) {
      return List.of();
    }
    final Actor forum = body;
    Actor subject = nearestBefore(hit.start(), actors, a -> a != forum && a.subject());
    List<String> sources = subject != null ? subject.states() : implied;
    return Pairs.of(sources, body.states());
  }

  private static List<String[]> agree(
      Hit hit, String text, List<Actor> actors, Topic topic, List<String> implied) {
    Actor named = compoundBefore(hit, text, actors, 12);
    if (named == null) {
      for (Actor a : actors) {
        if (a.compound() && a.start() >= hit.start() && a.start() - hit.end() <= 12) {
          named = a;
        }
      }
    }
    if (named != null) {
      return Pairs.all(named.states());
    }
    // The members of a list before 間で (国連、トルコ、ウクライナ及びロシアの4者の間で合意): each pair.
    Actor last = nearestBefore(hit.start(), actors, a -> true);
    if (last != null && text.substring(last.end(), hit.start()).contains("間")) {
      List<String> members = withListMates(last, actors, text);
      if (members.size() >= 2) {
        return Pairs.all(members);
      }
    }
    Actor partner = nearestBefore(hit.start(), actors, Actor::partner);
    Actor subject = nearestBefore(hit.start(), actors, a -> a != partner && a.subject());
    if (partner != null) {
      return Pairs.of(subject != null ? subject.states() : implied, partner.states());
    }
    // No partner named: the pair a compound in the sentence names (日韓間で一致), the two states
    // the sentence names, or, for 両国 and its like, the pair of the sentences before.
    for (Actor a : actors) {
      if (a.compound() && a.states().size() == 2) {
        return Pairs.all(a.states());
      }
    }
    List<String> states = distinctStates(actors);
    if (states.size() == 2) {
      return Pairs.all(states);
    }
    if (BOTH.matcher(text).find() && topic.lastPair.size() == 2) {
      return Pairs.all(topic.lastPair);
    }
    return List.of();
  }

  /** The announcer accuses the source of each hostile event already coded in the sentence. */
  private static List<String[]> announce(
      Hit hit, List<Actor> actors, List<TextEvent> earlier, Topic topic) {
    Actor announcer = null;
    for (Actor a : actors) {
      if (a.subject() && (a.start() >= hit.start() - 1 && a.start() <= hit.end() + 1)) {
        announcer = a;
      }
    }
    if (announcer == null) {
      announcer = nearestBefore(hit.start(), actors, a -> a.particle().equals("は"));
    }
    if (announcer == null) {
      return List.of();
    }
    topic.lastSpeaker = announcer.states();
    List<String[]> pairs = new ArrayList<>();
    for (TextEvent e : earlier) {
      if (e.cameo().startsWith("07") || e.cameo().startsWith("023")) {
        for (String who : announcer.states()) {
          if (!who.equals(e.source()) && !who.equals(e.target())) {
            pairs.add(new String[] {who, e.source()});
          }
        }
      }
    }
    return pairs;
  }

  private static Actor otherState(List<Actor> actors, List<String> not) {
    for (Actor a : actors) {
      if (!a.compound() && !not.contains(a.mention().code())) {
        return a;
      }
    }
    return null;
  }

  private static List<String> distinctStates(List<Actor> actors) {
    Set<String> states = new LinkedHashSet<>();
    for (Actor a : actors) {
      states.addAll(a.states());
    }
    return new ArrayList<>(states);
  }

  private static Actor nearestBefore(
      int limit, List<Actor> actors, java.util.function.Predicate<Actor> test) {
    Actor best = null;
    for (Actor a : actors) {
      if (a.end() <= limit && test.test(a) && (best == null || a.end() > best.end())) {
        best = a;
      }
    }
    return best;
  }

  /**
   * Carries this sentence's subject, the two states it names, the last state it names and the
   * surnames of its officials to the next.
   */
  private static void remember(List<Actor> actors, String text, Topic topic) {
    for (Actor a : actors) {
      if (a.particle().equals("は") || a.particle().equals("が")) {
        topic.subject = a.states();
        break;
      }
    }
    List<String> states = distinctStates(actors);
    if (states.size() == 2) {
      topic.lastPair = states;
    }
    for (Actor a : actors) {
      if (!a.compound()) {
        topic.lastState = a.states();
      }
      if (a.mention().kind() == ActorMention.Kind.PERSON) {
        String name = nameBefore(text, a);
        if (name.length() >= 2) {
          topic.surnames.putIfAbsent(name.substring(0, 1), a.mention().code());
          topic.surnames.putIfAbsent(name.substring(0, 2), a.mention().code());
        }
      }
    }
  }

  private static final Pattern OFFICE_AT_END =
      Pattern.compile(
          "(?:内閣総理大臣|総理大臣|外務大臣|防衛大臣|官房長官|大臣|総理|首相|外相|防衛相|国務長官|長官|大統領|国家主席|主席"
              + "|外交部長|部長|総書記|委員長|報道官|政府|外務省|防衛省|官邸|我が国|わが国|本邦)$");

  /**
   * The kanji name of an official: the mention's own (王毅) or the one before its office (岩屋毅外務大臣).
   */
  private static String nameBefore(String text, Actor a) {
    String surface = OFFICE_AT_END.matcher(a.mention().surface()).replaceFirst("");
    int han = 0;
    while (han < surface.length() && Character.isIdeographic(surface.charAt(han))) {
      han++;
    }
    if (han >= 2 && han <= 4) {
      return surface.substring(0, han);
    }
    int start = a.start();
    while (start > 0 && Character.isIdeographic(text.charAt(start - 1)) && a.start() - start < 4) {
      start--;
    }
    return text.substring(start, a.start());
  }

  /** The date of an event, from the sentence's time expressions: see the class comment. */
  public interface Dating {
    /** When a predicate at {@code position} took place, or null if the text never says. */
    When at(int position);

    /**
     * As {@link #at}, but a time expression after the predicate counts only if it begins within
     * {@code reach} characters of it: English puts the date of another clause there ("reaffirmed …
     * the commitment made at the summit in August").
     */
    default When near(int position, int reach) {
      return at(position);
    }

    /**
     * The dates of a predicate the text gives as a list (閣僚級会談が6月、9月、12月の3度; 7月と10月の会合): a list of
     * two or more right after the predicate, or right before it. Empty where there is none: the
     * predicate then has one date, {@link #at}'s.
     */
    default List<When> listed(int start, int end) {
      return List.of();
    }

    /** Whether the sentence has a time expression before {@code position}. */
    boolean datedBefore(int position);

    /** The text's own date, for what it states in the present; null if unknown. */
    When present();

    /** A date with an optional end. */
    record When(PartialDate date, PartialDate to) {}
  }
}
