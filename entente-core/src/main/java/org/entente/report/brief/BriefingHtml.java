package org.entente.report.brief;

import java.util.List;
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
 * A briefing as one self-contained HTML page (well-formed XHTML, so that {@link BriefingPdf} lays
 * out the very same document): charts inline as SVG, citations linking to the source list. All text
 * from data — names, titles, article sentences — is escaped, bidirectional controls as character
 * references inside {@code <bdi>}, so that no record can add markup or reorder the text around it.
 */
public final class BriefingHtml {

  private BriefingHtml() {}

  /** The page for a browser. */
  public static String write(Briefing b) {
    return write(b, "");
  }

  /** The page with extra CSS (the PDF's page rules and font). */
  static String write(Briefing b, String extraCss) {
    BriefingText t = new BriefingText(b.language());
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"").append(b.language().key()).append("\">\n<head>\n");
    h.append("<meta charset=\"utf-8\"/>\n<title>").append(esc(b.title())).append("</title>\n");
    h.append("<style>\n").append(CSS).append(extraCss).append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1>")
        .append(esc(b.title()))
        .append("</h1>\n<p class=\"scope\">")
        .append(esc(b.scope()))
        .append("</p>\n</header>\n");
    h.append("<nav id=\"contents\">\n<h2>")
        .append(esc(t.label("contents")))
        .append("</h2>\n<ol>\n");
    for (Section s : b.sections()) {
      h.append("<li><a href=\"#")
          .append(s.id())
          .append("\">")
          .append(esc(s.heading()))
          .append("</a>");
      if (!s.children().isEmpty()) {
        h.append("\n<ul>\n");
        for (Section c : s.children()) {
          h.append("<li><a href=\"#")
              .append(c.id())
              .append("\">")
              .append(esc(c.heading()))
              .append("</a></li>\n");
        }
        h.append("</ul>\n");
      }
      h.append("</li>\n");
    }
    h.append("<li><a href=\"#sources\">").append(esc(t.label("sources"))).append("</a></li>\n");
    h.append("</ol>\n</nav>\n");
    for (Section s : b.sections()) {
      section(h, s, 2);
    }
    h.append("<section id=\"sources\">\n<h2>").append(esc(t.label("sources"))).append("</h2>\n");
    h.append("<ol class=\"sources\">\n");
    for (Source s : b.sources()) {
      h.append("<li id=\"src-")
          .append(s.number())
          .append("\"><span class=\"date\">")
          .append(esc(t.date(s.date())))
          .append("</span> — <span class=\"kind\">")
          .append(esc(s.kind()))
          .append("</span>: <bdi>")
          .append(esc(s.text()))
          .append("</bdi>");
      if (!s.url().isEmpty()) {
        h.append(" <a class=\"url\" href=\"")
            .append(esc(s.url()))
            .append("\">")
            .append(esc(s.url()))
            .append("</a>");
      }
      h.append("</li>\n");
    }
    h.append("</ol>\n</section>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void section(StringBuilder h, Section s, int level) {
    h.append("<section id=\"")
        .append(s.id())
        .append("\">\n<h")
        .append(level)
        .append('>')
        .append(esc(s.heading()))
        .append("</h")
        .append(level)
        .append(">\n");
    for (Block block : s.blocks()) {
      if (block instanceof Paragraph p) {
        h.append("<p>");
        for (int i = 0; i < p.claims().size(); i++) {
          h.append(i == 0 ? "" : " ").append(claim(p.claims().get(i)));
        }
        h.append("</p>\n");
      } else if (block instanceof Bullets l) {
        h.append("<ul>\n");
        for (Claim c : l.items()) {
          h.append("<li>").append(claim(c)).append("</li>\n");
        }
        h.append("</ul>\n");
      } else if (block instanceof Table tb) {
        table(h, tb);
      } else if (block instanceof Chart c) {
        h.append("<figure class=\"chart\">\n")
            .append(c.svg())
            .append("\n<figcaption>")
            .append(claim(c.caption()))
            .append("</figcaption>\n</figure>\n");
      }
    }
    for (Section c : s.children()) {
      section(h, c, Math.min(level + 1, 6));
    }
    h.append("</section>\n");
  }

  private static void table(StringBuilder h, Table tb) {
    h.append("<table>\n<thead><tr>");
    for (int i = 0; i < tb.header().size(); i++) {
      h.append(tb.numeric().get(i) ? "<th class=\"num\">" : "<th>")
          .append(esc(tb.header().get(i)))
          .append("</th>");
    }
    h.append("<th></th></tr></thead>\n<tbody>\n");
    for (Row r : tb.rows()) {
      h.append("<tr>");
      for (int i = 0; i < r.cells().size(); i++) {
        h.append(tb.numeric().get(i) ? "<td class=\"num\">" : "<td>")
            .append(esc(r.cells().get(i)))
            .append("</td>");
      }
      h.append("<td class=\"refs\">").append(refs(r.citations())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String claim(Claim c) {
    return "<bdi>" + esc(c.text()) + "</bdi>" + refs(c.citations());
  }

  private static String refs(List<Integer> citations) {
    StringBuilder sb = new StringBuilder();
    for (int i : citations) {
      sb.append("<sup class=\"ref\"><a href=\"#src-")
          .append(i)
          .append("\">[")
          .append(i)
          .append("]</a></sup>");
    }
    return sb.toString();
  }

  /**
   * Escapes text for element content and quoted attributes; bidirectional controls (U+200E/F,
   * U+202A–E, U+2066–9) become character references, visible in the source and inert in layout
   * inside {@code <bdi>}.
   */
  public static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (ch == '\u200e'
              || ch == '\u200f'
              || (ch >= '\u202a' && ch <= '\u202e')
              || (ch >= '\u2066' && ch <= '\u2069')) {
            sb.append("&#x").append(Integer.toHexString(ch)).append(';');
          } else if (ch < 0x20 && ch != '\n' && ch != '\t') {
            sb.append(' ');
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }

  private static final String CSS =
      """
      body { font-family: "IPAexGothic", "IPAexGothic", "Hiragino Sans", "Noto Sans CJK JP", sans-serif;
        font-size: 10.5pt; line-height: 1.5; color: #1a1a1a; max-width: 52em; margin: 2em auto; padding: 0 1em; }
      h1 { font-size: 18pt; margin-bottom: 0.2em; }
      h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 1.6em; }
      h3 { font-size: 12pt; margin-top: 1.2em; }
      h4 { font-size: 10.5pt; margin-top: 1em; }
      .scope { color: #555; margin-top: 0; }
      #judgement p { font-size: 12pt; font-weight: bold; }
      nav ol { padding-left: 1.5em; }
      nav ul { padding-left: 1.2em; margin: 0; font-size: 9pt; }
      table { border-collapse: collapse; font-size: 8.5pt; margin: 0.5em 0; }
      th, td { border-bottom: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
      th.num, td.num { text-align: right; }
      td.refs { font-size: 7.5pt; color: #555; }
      sup.ref { font-size: 7pt; }
      sup.ref a, td.refs a { text-decoration: none; color: #1f4e79; }
      figure.chart { margin: 0.8em 0; }
      figure.chart svg { width: 100%; max-width: 640px; height: auto; }
      figcaption { font-size: 9pt; color: #444; }
      ol.sources { font-size: 8pt; padding-left: 2.5em; }
      ol.sources li { margin-bottom: 2px; word-wrap: break-word; }
      """;
}
