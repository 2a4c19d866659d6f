package org.entente.report;

import java.util.List;
import org.entente.domain.Veto;

/**
 * Security Council vetoes as a table for a terminal: one line per veto with date, vetoing members,
 * draft, topic and the file and line it came from. Long drafts and topics are cut with an ellipsis
 * (CSV and JSON carry them whole, with the citations of added records).
 */
public final class VetoTable {

  private static final int DRAFT_WIDTH = 32;
  private static final int TOPIC_WIDTH = 18;

  private VetoTable() {}

  /**
   * The table under a heading line, then the notes, each on its own line.
   *
   * @param heading what was asked, e.g. {@code UN Security Council vetoes cast by China (CHN)}
   */
  public static String render(String heading, List<Veto> vetoes, List<String> notes) {
    int members = "members".length();
    int draft = "draft".length();
    int topic = "topic".length();
    for (Veto v : vetoes) {
      members = Math.max(members, String.join(";", v.members()).length());
      draft = Math.max(draft, Math.min(DRAFT_WIDTH, v.draft().length()));
      topic = Math.max(topic, Math.min(TOPIC_WIDTH, v.topic().length()));
    }
    StringBuilder sb = new StringBuilder(heading).append("\n\n");
    row(sb, "date      ", "members", members, "draft", draft, "topic", topic, "source");
    for (Veto v : vetoes) {
      row(
          sb,
          v.date().toString(),
          String.join(";", v.members()),
          members,
          cut(v.draft(), DRAFT_WIDTH),
          draft,
          cut(v.topic(), TOPIC_WIDTH),
          topic,
          v.source().file() + ":" + v.source().line());
    }
    if (!notes.isEmpty()) {
      sb.append('\n');
      notes.forEach(n -> sb.append(n).append('\n'));
    }
    return TerminalText.inert(sb);
  }

  private static void row(
      StringBuilder sb,
      String date,
      String members,
      int membersWidth,
      String draft,
      int draftWidth,
      String topic,
      int topicWidth,
      String source) {
    sb.append(date).append("  ");
    pad(sb, members, membersWidth);
    pad(sb, draft, draftWidth);
    pad(sb, topic, topicWidth);
    sb.append(source).append('\n');
  }

  private static void pad(StringBuilder sb, String text, int width) {
    sb.append(text);
    sb.append(" ".repeat(Math.max(0, width - text.codePointCount(0, text.length())) + 2));
  }

  private static String cut(String text, int width) {
    if (text.codePointCount(0, text.length()) <= width) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
  }
}
