package org.entente.text.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.text.ActorMention;
import org.entente.text.Actors;
import org.entente.text.TextPipeline.AnalysedSentence;
import org.entente.text.events.EventPatterns.Hit;
import org.entente.text.events.EventPatterns.Roles;

/**
 * Codes the events of an English sentence, as {@link JapaneseEvents} does for Japanese: finds the
 * predicates of {@code event-patterns-en.tsv} and, for each, who acted on whom by word order. The
 * subject is the actor nearest before the predicate that no preposition governs (with the actors
 * listed with it: "India and Pakistan agreed"); the one acted on is the first actor after it;
 * "between X and Y" names a pair; an actor after "in", "at" or "near" is a place, not a party to a
 * meeting. The date is the time expression nearest before the predicate, else the first after it
 * within a few words, else the last date the text mentioned ({@link JapaneseEvents.Dating}); a
 * statement in the present ("The United States expects …") is of the text's own date. A negated or
 * conditional predicate, or one an intent, demand or threat names ("reserve the right to re-impose
 * sanctions"), codes nothing.
 *
 * <p>PETRARCH2's verb dictionary ({@link org.entente.text.english.EnglishCoder}) was built for
 * wire-service leads, one event to a sentence; the statements, remarks and reference pages analysts
 * cite say "we urge", "both sides agreed", "the Prime Minister will sign", and carry their speaker
 * from one sentence to the next. {@link Topic} is that reader's memory: the speaker (the person a
 * transcript's label or a statement's byline names, else the first person the document names) for I
 * and we, the person last named for he and she, the two states last named together for "both
 * sides", the parties of the last meeting for "the national security advisors". {@link TextEvents}
 * gives PETRARCH2 the sentences these patterns neither code nor deny.
 */
public final class EnglishEvents {

  /** The words before an actor that make it the object of a preposition, not a subject. */
  private static final Pattern GOVERNED =
      Pattern.compile(
          "\\b(?:of|on|upon|against|to|with|from|in|into|by|for|near|toward|towards|between|over"
              + "|at|about|across|along|inside|within|through|among|alongside|beside|like|than"
              + "|including|and)\\s+(?:[\\w'’-]+\\s+){0,3}(?:[A-Z][\\w.'’-]*\\s+){0,4}$");

  /** Between an actor and its noun predicate, the possessive: "Russia’s initial intervention". */
  private static final Pattern POSSESSOR = Pattern.compile("(?:’s|'s|’|')\\s+(?:[a-z-]+\\s+){0,2}");

  /** After a place's name, a noun the name is part of: the Minsk deal, the Lahore Declaration. */
  private static final Pattern NAMED_AFTER =
      Pattern.compile(
          "^\\s+(?:deal|agreements?|accords?|protocols?|declaration|format|process|treaty|memorandum"
              + "|communiqu[eé]|statement|charter|summit|talks)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The words before an actor that make it a place: a meeting in Doha is not Qatar's. */
  private static final Pattern PLACE =
      Pattern.compile("\\b(?:in|at|near)\\s+(?:the\\s+)?(?:[A-Z][\\w.'’-]*,?\\s+){0,3}$");

  /** What joins the members of a list: "China and India", "Iran, Iraq and Syria", "UK-Ukraine". */
  private static final Pattern LIST_JOINER =
      Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+(?:the\\s+)?|-|–|/)\\s*");

  /**
   * A list whose member has a title and name after its state — "Japanese National Security
   * Secretary Akiba Takeo and ROK Director Cho" — or before it: "Cho Taeyong of the Republic of
   * Korea and Secretary General Akiba Takeo of Japan".
   */
  private static final Pattern TITLED_JOINER =
      Pattern.compile(
          "(?:\\s+[A-Z][\\w.'’-]*){1,8},?\\s+and\\s+(?:the\\s+)?"
              + "|,?\\s+and\\s+(?:[A-Z][\\w.'’-]*\\s+){1,8}of\\s+(?:the\\s+)?");

  /** What ends a clause: a subject is not looked for across it. */
  private static final Pattern CLAUSE_END =
      Pattern.compile(";|:\\s|—|\\s–\\s|\\bbut\\b|\\bwhile\\b|\\bwhereas\\b|\\bhowever\\b");

  /** Before a predicate in its clause, a negation: "did not agree", "never met", "refused to". */
  private static final Pattern NEGATED =
      Pattern.compile(
          "\\b(?:not|n't|never|no\\s+longer|neither|nor|without|refus\\w*\\s+to|fail\\w*\\s+to)"
              + "\\s+(?:\\w+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);

  /** Before a predicate in its clause, a condition: "if Russia continues to escalate". */
  private static final Pattern HYPOTHETICAL =
      Pattern.compile(
          "\\b(?:if|unless|whether|could|would|might|should|look(?:s|ed|ing)?\\s+forward\\s+to)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A transcript's label: who speaks the lines after it ("SECRETARY BLINKEN: Good afternoon"). */
  private static final Pattern LABEL = Pattern.compile("^([A-Z][A-Z.'’ -]{2,60}[A-Z.]):\\s");

  /** A label that names a speaker, not a heading in capitals ("NEW TODAY:"). */
  private static final Pattern SPEAKER_TITLE =
      Pattern.compile(
          "\\b(?:PRESIDENT|MINISTER|SECRETARY|AMBASSADOR|SPOKES\\w+|MR|MRS|MS|DR|GENERAL|CHANCELLOR"
              + "|SPEAKER|QUESTION|MODERATOR|PARTICIPANT|REPORTER|OFFICIAL|DIRECTOR|ADVISOR)\\b");

  /** First-person pronouns: the speaker. "us" in lower case only (US is the United States). */
  private static final Pattern FIRST_PERSON =
      Pattern.compile("\\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us)\\b(?!\\.)");

  /** Third-person pronouns: the person last named. */
  private static final Pattern THIRD_PERSON =
      Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\\b");

  /** Role phrases for the two states last named together. */
  private static final Pattern BOTH =
      Pattern.compile(
          "\\b(?:[Tt]he\\s+two|[Bb]oth)\\s+(?:sides|countries|nations|governments|leaders|states"
              + "|parties|ministers)\\b|\\b[Bb]oth\\s+of\\s+our\\s+countries\\b");

  /**
   * Role phrases for the states last named together, however many, as a sentence's subject: "The
   * three countries …", "The national security advisors condemned …", "They discussed …".
   */
  private static final Pattern GROUP =
      Pattern.compile(
          "^\\s*(?:The\\s+(?:three|four|five)\\s+(?:countries|nations|governments|leaders|ministers"
              + "|sides|partners)|The\\s+(?:national\\s+security\\s+advis[eo]rs|foreign\\s+ministers"
              + "|defen[cs]e\\s+ministers|leaders)|They)\\b");

  /** An office named without its holder: the speaker's, else the person last named. */
  private static final Pattern OFFICE =
      Pattern.compile(
          "\\b[Tt]he\\s+(?:Prime\\s+Minister|President|Foreign\\s+(?:Minister|Secretary)"
              + "|Secretary(?:\\s+of\\s+State)?|Chancellor|Premier)\\b(?!\\s+(?:of\\s+)?[A-Z])");

  /** The heading of a statement, up to the words that name who makes it. */
  private static final Pattern BYLINE =
      Pattern.compile(
          "^\\s*(?:Joint\\s+|Press\\s+)?(?:Statement|Remarks|Readout|Release|Message|Address"
              + "|Letter|Briefing)\\b[^.]*?\\b(?:by|from|of)\\s");

  /** The end of a sentence: a line without one, if short, is a title or a heading. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*\\s*$");

  /** Between an intent or demand and what it names: "… Russia to implement", "… to re-impose". */
  private static final Pattern INFINITIVE =
      Pattern.compile("(?s)\\s+(?:[\\w’'-]+\\s+){0,4}?to\\s+(?:[\\w’'-]+\\s+){0,3}");

  /** Before a verb, the perfect or a past auxiliary: "has agreed", "had welcomed", "did urge". */
  private static final Pattern PERFECT =
      Pattern.compile(
          "\\b(?:has|have|had|did|was|were)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);

  /** How far after its predicate a date may be written and still be the predicate's. */
  private static final int DATE_REACH = 40;

  private final EventPatterns patterns;
  private final List<Actors.PersonTerm> persons;

  public EnglishEvents(EventPatterns patterns, List<Actors.PersonTerm> persons) {
    this.patterns = patterns;
    this.persons = List.copyOf(persons);
  }

  /** The coder with the bundled patterns and officials. */
  public static EnglishEvents bundled() {
    return new EnglishEvents(EventPatterns.english(), Actors.persons("en"));
  }

  /** An actor of the sentence: its states and where it is written (offsets into the sentence). */
  record Actor(List<String> states, int start, int end, boolean firstPerson) {}

  /**
   * What a reader carries through an English document: the speaker of I and we, the person last
   * named for he and she, and the two states last named together for "both sides".
   */
  public static final class Topic {
    private List<String> documentSpeaker = List.of();
    private List<String> labelSpeaker = List.of();
    private List<String> lastPerson = List.of();
    private List<String> lastPair = List.of();
    private List<String> lastGroup = List.of();

    /** The first person the document names: the speaker of its I and we, where no label says. */
    public void principal(List<AnalysedSentence> document) {
      for (AnalysedSentence s : document) {
        for (ActorMention m : s.actors()) {
          if (m.kind() == ActorMention.Kind.PERSON && m.code().length() == 3) {
            documentSpeaker = List.of(m.code());
            return;
          }
        }
      }
    }

    List<String> speaker() {
      return labelSpeaker.isEmpty() ? documentSpeaker : labelSpeaker;
    }

    /**
     * The same references for PETRARCH2's coder ({@link
     * org.entente.text.english.EnglishCoder#code(String, String, LocalDate, java.util.Map)}): words
     * in upper case to the CAMEO codes they stand for, officials as their state's government.
     */
    public java.util.Map<List<String>, List<String>> references() {
      java.util.Map<List<String>, List<String>> refs = new java.util.HashMap<>();
      List<String> speaker = speaker();
      if (!speaker.isEmpty()) {
        for (String w : List.of("I", "WE", "ME", "MY", "OUR")) {
          refs.put(List.of(w), List.of(speaker.get(0) + "GOV"));
        }
      }
      if (!lastPerson.isEmpty()) {
        for (String w : List.of("HE", "SHE", "HIS", "HER")) {
          refs.put(List.of(w), List.of(lastPerson.get(0) + "GOV"));
        }
      }
      if (lastPair.size() == 2) {
        for (String phrase :
            List.of(
                "THE TWO SIDES",
                "BOTH SIDES",
                "THE TWO COUNTRIES",
                "BOTH COUNTRIES",
                "THE TWO LEADERS",
                "BOTH LEADERS",
                "THE TWO NATIONS",
                "THE TWO GOVERNMENTS")) {
          refs.put(List.of(phrase.split(" ")), lastPair);
        }
      }
      return refs;
    }
  }

  /**
   * The events of one sentence.
   *
   * @param dating the dates of the sentence's time expressions
   * @param topic what the sentences before named, updated with this one's
   * @param date the article's date, for the terms of the officials a label names
   */
  public List<TextEvent> code(
      String doc,
      AnalysedSentence analysed,
      JapaneseEvents.Dating dating,
      Topic topic,
      LocalDate date) {
    String text = analysed.sentence().original();
    int base = analysed.sentence().start();
    label(text, topic, date);
    List<Actor> actors = actors(analysed, text, base, topic);
    if (heading(text)) {
      // A title or heading names what the text below reports, where it is coded with its date;
      // "Remarks by Secretary Blinken" names who speaks below.
      byline(text, actors, topic);
      remember(analysed, topic);
      return List.of();
    }
    List<TextEvent> events = new ArrayList<>();
    List<Hit> hits = patterns.find(text);
    List<String> previousSubject = List.of();
    for (int h = 0; h < hits.size(); h++) {
      Hit hit = hits.get(h);
      int clauseStart = clauseStart(text, hit.start());
      String before = text.substring(clauseStart, hit.start());
      if (unreal(hit, before)) {
        continue; // "if Russia continues to escalate" reports nothing; a threat is conditional
      }
      if (h > 0 && complement(hits.get(h - 1), hit, text)) {
        continue; // "reserve the right to re-impose sanctions": the threat, not sanctions
      }
      int clauseEnd = clauseEnd(text, hit.end(), h + 1 < hits.size() ? hits.get(h + 1) : null);
      Actor subject = subject(actors, text, clauseStart, hit);
      List<String> sources = subject == null ? List.of() : withListMates(subject, actors, text);
      if (sources.isEmpty() && coordinated(before)) {
        sources = previousSubject; // "met Zelenskyy and signed": the same subject
      }
      int subjectStart = subject == null ? hit.start() : subject.start();
      List<String[]> pairs =
          roles(hit, text, actors, sources, subjectStart, clauseStart, clauseEnd, topic);
      if (pairs.isEmpty()) {
        continue;
      }
      previousSubject = sources;
      if (hit.pattern().roles() == Roles.MEET || hit.pattern().roles() == Roles.AGREE) {
        // the parties of the last meeting or agreement: "the national security advisors" after it
        Set<String> parties = new LinkedHashSet<>();
        pairs.forEach(p -> parties.addAll(List.of(p)));
        if (parties.size() >= 2) {
          topic.lastGroup = List.copyOf(parties);
        }
      }
      boolean present =
          subject != null
              && (subject.firstPerson() || statement(hit))
              && !dating.datedBefore(hit.start())
              && presentTense(text, hit);
      JapaneseEvents.Dating.When when =
          present && dating.present() != null
              ? dating.present()
              : dating.near(hit.start(), hit.end() - hit.start() + DATE_REACH);
      if (when == null) {
        when = dating.present(); // an undated statement of a dated text is of its date
      }
      if (when == null) {
        continue;
      }
      for (String[] pair : pairs) {
        if (pair[0].equals(pair[1])) {
          continue;
        }
        events.add(hit.event(doc, when, pair, text, base));
      }
    }
    remember(analysed, topic);
    return Pairs.unique(events);
  }

  /**
   * Whether the sentence holds a predicate of the patterns that it negates or makes conditional
   * ("did not attack", "if Russia invades"): it reports that nothing happened, and no other coder
   * should code the verb.
   */
  public boolean denies(String sentence) {
    for (Hit hit : patterns.find(sentence)) {
      if (unreal(hit, sentence.substring(clauseStart(sentence, hit.start()), hit.start()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a predicate is what an intent, demand or threat before it is about ("pledged to provide
   * aid", "urged Russia to withdraw", "reserve the right to re-impose sanctions"): CAMEO codes the
   * intent, demand or threat, not what it names.
   */
  private static boolean complement(Hit previous, Hit hit, String text) {
    String root = previous.pattern().cameo().substring(0, 2);
    return List.of("03", "10", "13").contains(root)
        && previous.end() <= hit.start()
        && INFINITIVE.matcher(text.substring(previous.end(), hit.start())).matches();
  }

  /** Negated, or a condition that is not a threat's. */
  private static boolean unreal(Hit hit, String before) {
    return NEGATED.matcher(before).find()
        || (HYPOTHETICAL.matcher(before).find() && !hit.pattern().cameo().startsWith("13"));
  }

  /**
   * A line without a sentence's end, short: a title, heading or dateline, which reports nothing.
   */
  static boolean heading(String text) {
    return !SENTENCE_END.matcher(text).find() && text.strip().length() < 160;
  }

  /** A transcript's label names the speaker of the lines after it, until the next label. */
  private void label(String text, Topic topic, LocalDate date) {
    Matcher m = LABEL.matcher(text);
    if (!m.find()) {
      return;
    }
    String[] words = m.group(1).strip().split("\\s+");
    String surname = words[words.length - 1];
    for (Actors.PersonTerm p : persons) {
      String[] names = p.surface().split("\\s+");
      if (names[names.length - 1].equalsIgnoreCase(surname)
          && p.code().length() == 3
          && (p.from() == null || date == null || !date.isBefore(p.from()))
          && (p.to() == null || date == null || !date.isAfter(p.to()))) {
        topic.labelSpeaker = List.of(p.code());
        return;
      }
    }
    if (SPEAKER_TITLE.matcher(m.group(1)).find()) {
      // an official the tables lack (or a journalist): their "we" is nobody's Entente knows
      topic.labelSpeaker = List.of();
      topic.documentSpeaker = List.of();
    }
  }

  /** A statement's heading names its speaker: "Statement by U.S. Ambassador …", "Remarks by". */
  private static void byline(String text, List<Actor> actors, Topic topic) {
    Matcher m = BYLINE.matcher(text);
    if (!m.find()) {
      return;
    }
    for (Actor a : actors) {
      if (a.start() >= m.end() && !a.firstPerson()) {
        topic.labelSpeaker = a.states().subList(0, 1);
        return;
      }
    }
  }

  private static void remember(AnalysedSentence analysed, Topic topic) {
    Set<String> states = new LinkedHashSet<>();
    for (ActorMention m : analysed.actors()) {
      if (m.kind() == ActorMention.Kind.PERSON && m.code().length() == 3) {
        topic.lastPerson = List.of(m.code());
      }
      for (String code : m.codes()) {
        if (code.length() == 3) {
          states.add(code);
        }
      }
    }
    if (states.size() == 2) {
      topic.lastPair = List.copyOf(states);
    }
  }

  /**
   * The sentence's actors, with the pronouns and role phrases that refer to actors named before.
   */
  private static List<Actor> actors(AnalysedSentence analysed, String text, int base, Topic topic) {
    List<Actor> actors = new ArrayList<>();
    for (ActorMention m : analysed.actors()) {
      int start = m.span().start() - base;
      int end = m.span().end() - base;
      if (start < 0 || end > text.length()) {
        continue;
      }
      List<String> states = m.codes().stream().filter(c -> isActor(c)).toList();
      if (m.kind() != ActorMention.Kind.STATE && NAMED_AFTER.matcher(text.substring(end)).find()) {
        continue; // the Minsk deal is not Belarus's
      }
      if (!states.isEmpty()) {
        actors.add(new Actor(states, start, end, false));
      }
    }
    refer(actors, FIRST_PERSON, text, topic.speaker(), true);
    refer(actors, THIRD_PERSON, text, topic.lastPerson, false);
    refer(actors, BOTH, text, topic.lastPair.size() == 2 ? topic.lastPair : List.of(), false);
    refer(actors, GROUP, text, topic.lastGroup.size() >= 2 ? topic.lastGroup : List.of(), false);
    refer(
        actors,
        OFFICE,
        text,
        !topic.speaker().isEmpty() ? topic.speaker() : topic.lastPerson,
        false);
    actors.sort(Comparator.comparingInt(Actor::start));
    return actors;
  }

  private static boolean isActor(String code) {
    return code.length() == 3 || code.startsWith("IGOUNO");
  }

  private static void refer(
      List<Actor> actors, Pattern phrase, String text, List<String> to, boolean firstPerson) {
    if (to.isEmpty()) {
      return;
    }
    Matcher m = phrase.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (actors.stream().noneMatch(a -> a.start() < end && start < a.end())) {
        actors.add(new Actor(to, start, end, firstPerson));
      }
    }
  }

  private static int clauseStart(String text, int position) {
    int start = 0;
    Matcher m = CLAUSE_END.matcher(text);
    while (m.find() && m.end() <= position) {
      start = m.end();
    }
    return start;
  }

  /** Where the clause of a predicate ends: a clause break, or the next predicate's subject. */
  private static int clauseEnd(String text, int from, Hit next) {
    Matcher m = CLAUSE_END.matcher(text);
    int end = m.find(from) ? m.start() : text.length();
    return next == null ? end : Math.min(end, Math.max(from, next.start()));
  }

  private static boolean coordinated(String before) {
    return before.matches("(?s).*(?:,\\s*|\\s)and\\s+(?:then\\s+|also\\s+|later\\s+)?$");
  }

  /** The verb as written is not in the past: a statement made as the text is issued. */
  private static boolean presentTense(String text, Hit hit) {
    String word = text.substring(hit.start(), hit.end()).split("\\s+")[0].toLowerCase(Locale.ROOT);
    String before = text.substring(Math.max(0, hit.start() - 12), hit.start());
    return !word.endsWith("ed")
        && !word.equals("met")
        && !word.equals("saw")
        && !PERFECT.matcher(before).find();
  }

  /**
   * Whether the predicate is a statement (intent, praise, demand, accusation, rejection, threat:
   * CAMEO 03, 05, 10–13), which in the present — "The United States expects Turkey to honor" — is
   * made as the text is issued.
   */
  private static boolean statement(Hit hit) {
    String root = hit.pattern().cameo().substring(0, 2);
    return List.of("03", "05", "10", "11", "12", "13").contains(root);
  }

  /** The actor nearest before the predicate in its clause that no preposition governs. */
  private static Actor subject(List<Actor> actors, String text, int clauseStart, Hit hit) {
    for (Actor a : actors) {
      if (a.end() <= hit.start()
          && POSSESSOR.matcher(text.substring(a.end(), hit.start())).matches()) {
        return a; // "in response to Russia's initial intervention": Russia intervened
      }
    }
    for (int i = actors.size() - 1; i >= 0; i--) {
      Actor a = actors.get(i);
      if (a.end() > hit.start() || a.start() < clauseStart) {
        continue;
      }
      if (!governed(text, a, clauseStart)) {
        return a;
      }
    }
    // "the sanctions imposed by the United States on Russia": the agent after by
    for (Actor a : actors) {
      if (a.start() >= hit.end()
          && text.substring(hit.end(), a.start()).matches("(?s)\\s+by\\s+(?:the\\s+)?")) {
        return a;
      }
    }
    return null;
  }

  private static boolean governed(String text, Actor a, int clauseStart) {
    String before = text.substring(Math.max(clauseStart, a.start() - 60), a.start());
    return GOVERNED.matcher(before).find();
  }

  private static boolean byPreposition(String text, Actor a) {
    String before = text.substring(Math.max(0, a.start() - 60), a.start());
    Matcher m = GOVERNED.matcher(before);
    return m.find() && !m.group().startsWith("and");
  }

  /**
   * Between a meeting's predicate and a party to it: "with" or "between" — "held talks with
   * Japanese Foreign Minister Hayashi" — or, after a verb whose object is a person ({@link
   * #MEETS_SOMEONE}), nothing but a title: "met President Zelenskyy", "met Director Cho of the
   * Republic of Korea". What "discussed" takes is a topic: "discussed Israeli attacks".
   */
  private static final Pattern WITH =
      Pattern.compile(
          "(?s).*\\b(?:with|between)\\s+(?:the\\s+)?(?:[A-Z][\\w.'’-]*\\s+){0,8}"
              + "(?:of\\s+(?:the\\s+)?)?");

  private static final Pattern DIRECTLY =
      Pattern.compile("(?s)\\s*(?:the\\s+)?(?:[A-Z][\\w.'’-]*\\s+){0,8}(?:of\\s+(?:the\\s+)?)?");

  private static final Pattern MEETS_SOMEONE =
      Pattern.compile(
          "^(?:met|meets?|saw|host|welcom|visit|stood|standing)", Pattern.CASE_INSENSITIVE);

  /** Visits and force act on a place: "a visit to Kyiv", "bombings in Ukraine". */
  private static boolean onPlace(Hit hit) {
    String root = hit.pattern().cameo().substring(0, 2);
    return hit.pattern().roles() == Roles.VISIT || List.of("15", "18", "19", "20").contains(root);
  }

  private static boolean place(String text, Actor a) {
    String before = text.substring(Math.max(0, a.start() - 40), a.start());
    return PLACE.matcher(before).find();
  }

  /** The states of an actor and of the list it ends or begins ("China and India"), in order. */
  private static List<String> withListMates(Actor actor, List<Actor> actors, String text) {
    int i = actors.indexOf(actor);
    int first = i;
    while (first > 0
        && joined(text, actors.get(first - 1), actors.get(first))
        && !(byPreposition(text, actors.get(first - 1)) && !byPreposition(text, actor))) {
      first--; // "brokered by China, Iran and Saudi Arabia agreed": China is not in the list
    }
    int last = i;
    while (last + 1 < actors.size() && joined(text, actors.get(last), actors.get(last + 1))) {
      last++;
    }
    Set<String> states = new LinkedHashSet<>();
    for (int k = first; k <= last; k++) {
      states.addAll(actors.get(k).states());
    }
    return new ArrayList<>(states);
  }

  private static boolean joined(String text, Actor a, Actor b) {
    if (a.end() > b.start()) {
      return false;
    }
    String between = text.substring(a.end(), b.start());
    if (between.matches("\\s*\\(\\s*")) {
      return true; // "the Republic of Korea (ROK)": one state, named twice
    }
    // after an abbreviation in brackets, the list goes on: "Korea (ROK) and … of Japan"
    between = between.replaceFirst("^\\s*\\)", "");
    return LIST_JOINER.matcher(between).matches() || TITLED_JOINER.matcher(between).matches();
  }

  /** Source–target pairs for one trigger, by its pattern's roles. */
  private static List<String[]> roles(
      Hit hit,
      String text,
      List<Actor> actors,
      List<String> sources,
      int subjectStart,
      int clauseStart,
      int clauseEnd,
      Topic topic) {
    boolean symmetric = hit.pattern().roles() == Roles.MEET || hit.pattern().roles() == Roles.AGREE;
    List<String> between = between(actors, text, clauseStart, clauseEnd);
    if (between.size() >= 2) {
      return symmetric || sources.isEmpty()
          ? Pairs.all(between)
          : others(Pairs.of(sources, between));
    }
    List<String> objects = object(actors, text, hit, clauseEnd, sources, symmetric);
    if (symmetric && sources.size() >= 2 && objects.isEmpty()) {
      return Pairs.all(sources); // "India and Pakistan agreed", "both sides held talks"
    }
    if (sources.isEmpty() && symmetric && objects.isEmpty() && actors.isEmpty()) {
      // "Diplomatic relations were suspended from 1987 to 1990": the pair the text is about
      return topic.lastPair.size() == 2 ? Pairs.all(topic.lastPair) : List.of();
    }
    if (sources.isEmpty() && symmetric) {
      // "officers and diplomats from both sides held talks": the parties named before, governed
      Set<String> named = new LinkedHashSet<>();
      actors.stream()
          .filter(a -> a.start() >= clauseStart && a.end() <= hit.start())
          .forEach(a -> named.addAll(a.states()));
      named.addAll(objects);
      return named.size() >= 2 ? Pairs.all(new ArrayList<>(named)) : List.of();
    }
    if (sources.isEmpty()) {
      return List.of();
    }
    if (objects.isEmpty()) {
      boolean together = symmetric || hit.pattern().roles() == Roles.VISIT;
      objects = partner(sources, subjectStart, actors, text, together ? topic : null);
    }
    if (symmetric && sources.size() + objects.size() >= 3) {
      // "met with A and B", "A and B met C": a meeting of three, each pair of whom met
      List<String> all = new ArrayList<>(sources);
      objects.stream().filter(o -> !all.contains(o)).forEach(all::add);
      return Pairs.all(all);
    }
    return others(Pairs.of(sources, objects));
  }

  /** The pair of "between X and Y" in the clause. */
  private static List<String> between(List<Actor> actors, String text, int from, int to) {
    for (int i = 0; i + 1 < actors.size(); i++) {
      Actor a = actors.get(i);
      if (a.start() < from || a.end() > to) {
        continue;
      }
      String before = text.substring(Math.max(from, a.start() - 20), a.start());
      if (before.matches("(?s).*\\bbetween\\s+(?:the\\s+)?")
          && joined(text, a, actors.get(i + 1))) {
        return withListMates(a, actors, text);
      }
    }
    return List.of();
  }

  /** The first actor after the predicate in its clause, with its list, not a place of meeting. */
  private static List<String> object(
      List<Actor> actors,
      String text,
      Hit hit,
      int clauseEnd,
      List<String> sources,
      boolean symmetric) {
    int firstWord = text.indexOf(' ', hit.start());
    int from = firstWord < 0 || firstWord > hit.end() ? hit.end() : firstWord;
    for (Actor a : actors) {
      if (a.start() < from || a.end() > clauseEnd) {
        continue; // "expects Turkey to honor": the one acted on may stand inside the trigger
      }
      if (sources.containsAll(a.states()) || (!onPlace(hit) && place(text, a))) {
        continue;
      }
      if (hit.pattern().roles() == Roles.MEET
          && a.start() >= hit.end()
          && !WITH.matcher(text.substring(hit.start(), a.start())).matches()
          && !(MEETS_SOMEONE.matcher(text.substring(hit.start(), hit.end())).find()
              && DIRECTLY.matcher(text.substring(hit.end(), a.start())).matches())) {
        // "discussed … Israeli attacks": what a meeting is about is not a party to it
        continue;
      }
      if (a.start() >= hit.end()
          && text.substring(hit.end(), a.start()).matches("(?s)\\s+by\\s+(?:the\\s+)?")) {
        continue; // the agent of a passive, already the subject
      }
      List<String> states = withListMates(a, actors, text);
      states.removeAll(sources);
      return states;
    }
    return List.of();
  }

  /**
   * The other party where the clause names none. For what one state does to another, a state the
   * sentence names before the subject that is not a place ("Of Ukraine, Russia said …"); for what
   * two do together (meetings, agreements, visits), the speaker, else the subject's partner in the
   * pair last named together.
   */
  private static List<String> partner(
      List<String> sources, int subjectStart, List<Actor> actors, String text, Topic topic) {
    if (topic == null) {
      for (Actor a : actors) {
        if (!a.firstPerson()
            && !sources.containsAll(a.states())
            && a.end() <= subjectStart
            && !place(text, a)) {
          List<String> other = new ArrayList<>(a.states());
          other.removeAll(sources);
          return other;
        }
      }
      return List.of();
    }
    if (!topic.speaker().isEmpty() && !sources.containsAll(topic.speaker())) {
      return topic.speaker();
    }
    if (topic.lastPair.size() == 2 && topic.lastPair.containsAll(sources)) {
      List<String> other = new ArrayList<>(topic.lastPair);
      other.removeAll(sources);
      return other;
    }
    return List.of();
  }

  /** The pairs of two different states. */
  private static List<String[]> others(List<String[]> pairs) {
    pairs.removeIf(p -> p[0].equals(p[1]));
    return pairs;
  }
}
