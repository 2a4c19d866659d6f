package org.entente.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.text.TextPipeline.AnalysedSentence;

/**
 * Names that look like officials but resolve to no actor: the coder cannot give their events a
 * state, so they are reported rather than dropped silently ({@code extract --unknown-actors}). A
 * Japanese name is a run of kanji (two to four) or katakana written before an office (ヌーランド国務次官,
 * 高村外務大臣 before the tables knew him); an English one is two or three capitalised words after a
 * title ("Foreign Minister Penny Wong"). A name inside a mention the tables resolved is not
 * reported.
 */
public final class UnknownActors {

  /** A name that resolved to nothing, with where it stands. */
  public record Unknown(String name, String title, Span span, String sentence) {}

  private static final String JAPANESE_TITLES =
      "大統領|副大統領|首相|総理|外相|外務大臣|外務相|国防相|国防大臣|防衛相|防衛大臣|国務長官|国務次官|国防長官|長官|大臣"
          + "|外交部長|国家主席|主席|総書記|委員長|議長|事務総長|報道官|大使|国王|皇太子|氏";

  private static final Pattern JAPANESE =
      Pattern.compile(
          "(?<![\\p{IsHan}\\p{IsKatakana}ー・])((?:\\p{IsKatakana}|ー)[\\p{IsKatakana}ー・]{1,20}"
              + "|\\p{IsHan}{2,4})("
              + JAPANESE_TITLES
              + ")");

  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(President|Vice President|Prime Minister|Premier|Chancellor|Foreign Minister"
              + "|Defen[cs]e Minister|Minister|Secretary of State|Secretary|Ambassador|King"
              + "|Crown Prince|Emir|Sheikh|Spokesperson|Spokesman|Spokeswoman|Supreme Leader)"
              + " ((?:\\p{Lu}[\\p{L}'’\\-]+)(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{L}'’\\-]+){1,2})");

  private UnknownActors() {}

  /** The names of one analysed sentence that look like officials and resolved to nothing. */
  public static List<Unknown> find(AnalysedSentence analysed) {
    Sentence sentence = analysed.sentence();
    String text = sentence.original();
    int base = sentence.start();
    boolean japanese = Language.JAPANESE.equals(sentence.language());
    Matcher m = (japanese ? JAPANESE : ENGLISH).matcher(text);
    List<Unknown> unknown = new ArrayList<>();
    while (m.find()) {
      int nameGroup = japanese ? 1 : 2;
      int titleGroup = japanese ? 2 : 1;
      int start = base + m.start(nameGroup);
      int end = base + m.end(nameGroup);
      if (covered(analysed.actors(), start, end) || office(m.group(nameGroup))) {
        continue;
      }
      unknown.add(
          new Unknown(m.group(nameGroup), m.group(titleGroup), new Span(start, end), text.strip()));
    }
    return unknown;
  }

  /** Kanji runs that are themselves offices or bodies, not names (外務省外務大臣, 政府首相). */
  private static boolean office(String name) {
    return name.matches(".*(?:省|府|国|部|院|局|会|庁|軍|党|側|前|元|新|副|同|両|各|現|話|談|合|議|後|中).*");
  }

  private static boolean covered(List<ActorMention> actors, int start, int end) {
    for (ActorMention a : actors) {
      if (a.span().start() < end && start < a.span().end()) {
        return true;
      }
    }
    return false;
  }
}
