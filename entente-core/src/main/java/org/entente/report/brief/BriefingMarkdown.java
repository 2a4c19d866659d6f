package org.entente.report.brief;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entente.report.brief.Briefing.Block;
import org.entente.report.brief.Briefing.Bullets;
import org.entente.report.brief.Briefing.Chart;
import org.entente.report.brief.Briefing.Claim;
import org.entente.report.brief.Briefing.Paragraph;
import org.entente.report.brief.Briefing.Row;
import org.entente.report.brief.Briefing.Section;
import org.entente.report.brief.Briefing.Source;
import org.entente.report.brief.Briefing.Table;

/**
 * A briefing as Markdown (CommonMark with GitHub tables): citations link to the source list, charts
 * are images of the SVG files written beside it ({@link #CHART_DIR}). Data-derived text has
 * Markdown's special characters backslash-escaped, so an article sentence cannot become markup.
 */
public final class BriefingMarkdown {

  /** The folder beside {@code briefing.md} that holds its charts. */
  public static final String CHART_DIR = "briefing-charts";

  private BriefingMarkdown() {}

  /** The Markdown text. */
  public static String write(Briefing b) {
    BriefingText t = new BriefingText(b.language());
    StringBuilder md = new StringBuilder();
    md.append("# ").append(esc(b.title())).append("\n\n");
    md.append('*').append(esc(b.scope())).append("*\n\n");
    md.append("## ").append(esc(t.label("contents"))).append("\n\n");
    int n = 1;
    for (Section s : b.sections()) {
      md.append(n++)
          .append(". [")
          .append(esc(s.heading()))
          .append("](#")
          .append(s.id())
          .append(")\n");
      for (Section c : s.children()) {
        md.append("   - [").append(esc(c.heading())).append("](#").append(c.id()).append(")\n");
      }
    }
    md.append(n).append(". [").append(esc(t.label("sources"))).append("](#sources)\n\n");
    for (Section s : b.sections()) {
      section(md, s, 2);
    }
    md.append("<a id=\"sources\"></a>\n\n## ").append(esc(t.label("sources"))).append("\n\n");
    for (Source s : b.sources()) {
      md.append("<a id=\"src-")
          .append(s.number())
          .append("\"></a>")
          .append(s.number())
          .append(". ")
          .append(esc(t.date(s.date())))
          .append(" — ")
          .append(esc(s.kind()))
          .append(": ")
          .append(esc(s.text()));
      if (!s.url().isEmpty()) {
        md.append(" <").append(s.url().replace(">", "%3E").replace(" ", "%20")).append('>');
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** The charts' SVG by file name ({@code dyad-chn-rus.svg}), for {@link #CHART_DIR}. */
  public static Map<String, String> charts(Briefing b) {
    Map<String, String> charts = new TreeMap<>();
    collect(b.sections(), charts);
    return charts;
  }

  private static void collect(List<Section> sections, Map<String, String> charts) {
    for (Section s : sections) {
      for (Block block : s.blocks()) {
        if (block instanceof Chart c) {
          charts.put(c.id() + ".svg", c.svg());
        }
      }
      collect(s.children(), charts);
    }
  }

  private static void section(StringBuilder md, Section s, int level) {
    md.append("<a id=\"").append(s.id()).append("\"></a>\n\n");
    md.append("#".repeat(level)).append(' ').append(esc(s.heading())).append("\n\n");
    for (Block block : s.blocks()) {
      if (block instanceof Paragraph p) {
        md.append(
            p.claims().stream().map(BriefingMarkdown::claim).collect(Collectors.joining(" ")));
        md.append("\n\n");
      } else if (block instanceof Bullets l) {
        for (Claim c : l.items()) {
          md.append("- ").append(claim(c)).append('\n');
        }
        md.append('\n');
      } else if (block instanceof Table tb) {
        table(md, tb);
      } else if (block instanceof Chart c) {
        md.append("![")
            .append(esc(c.caption().text()))
            .append("](")
            .append(CHART_DIR)
            .append('/')
            .append(c.id())
            .append(".svg)\n\n");
        md.append('*').append(claim(c.caption())).append("*\n\n");
      }
    }
    for (Section c : s.children()) {
      section(md, c, level + 1);
    }
  }

  private static void table(StringBuilder md, Table tb) {
    md.append('|');
    for (String h : tb.header()) {
      md.append(' ').append(cell(h)).append(" |");
    }
    md.append(" |\n|");
    for (int i = 0; i < tb.header().size(); i++) {
      md.append(tb.numeric().get(i) ? "---:|" : "---|");
    }
    md.append("---|\n");
    for (Row r : tb.rows()) {
      md.append('|');
      for (String c : r.cells()) {
        md.append(' ').append(cell(c)).append(" |");
      }
      md.append(' ').append(refs(r.citations())).append(" |\n");
    }
    md.append('\n');
  }

  private static String claim(Claim c) {
    String refs = refs(c.citations());
    return esc(c.text()) + (refs.isEmpty() ? "" : " " + refs);
  }

  private static String refs(List<Integer> citations) {
    return citations.stream()
        .map(i -> "[[" + i + "]](#src-" + i + ")")
        .collect(Collectors.joining(""));
  }

  private static String cell(String s) {
    return esc(s);
  }

  /** Backslash-escapes CommonMark's punctuation that could start markup. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ("\\`*_[]<>#!|&".indexOf(ch) >= 0) {
        sb.append('\\');
      }
      sb.append(ch == '\n' ? ' ' : ch);
    }
    return sb.toString();
  }
}
