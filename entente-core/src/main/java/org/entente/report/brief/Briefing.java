package org.entente.report.brief;

import java.util.List;
import java.util.Objects;

/**
 * A briefing's content, independent of its format: the headline judgement, the sections in order
 * and the numbered sources every claim cites. Built by {@link BriefingBuilder}, written by {@link
 * BriefingMarkdown}, {@link BriefingHtml} and {@link BriefingPdf}. All text is plain (unescaped):
 * each writer escapes for its format.
 *
 * @param title the briefing's title, the states named
 * @param scope the states, years and data date in words
 * @param headline the opening of the judgement (the group, the closest pair, the alliance question,
 *     each pair's level and direction), each sentence with its citations
 * @param sections in order; the table of contents lists them
 * @param sources numbered from 1 in order of first citation; {@code sources.get(i).number() == i+1}
 */
public record Briefing(
    BriefingLanguage language,
    String title,
    String scope,
    List<Claim> headline,
    List<Section> sections,
    List<Source> sources) {

  public Briefing {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(scope, "scope");
    headline = List.copyOf(headline);
    sections = List.copyOf(sections);
    sources = List.copyOf(sources);
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).number() != i + 1) {
        throw new IllegalArgumentException(
            "sources must be numbered 1, 2, …: found "
                + sources.get(i).number()
                + " at "
                + (i + 1));
      }
    }
  }

  /** A statement and the sources it rests on (their numbers); none for a plain label. */
  public record Claim(String text, List<Integer> citations) {
    public Claim {
      Objects.requireNonNull(text, "text");
      citations = List.copyOf(citations);
    }

    public static Claim plain(String text) {
      return new Claim(text, List.of());
    }
  }

  /**
   * One section: an anchor id, a heading, and blocks; sub-sections one level down.
   *
   * @param id the anchor ({@code dyad-chn-rus}), letters, digits and hyphens only
   */
  public record Section(String id, String heading, List<Block> blocks, List<Section> children) {
    public Section {
      Objects.requireNonNull(id, "id");
      if (!id.matches("[a-z0-9-]+")) {
        throw new IllegalArgumentException("id must be lower-case letters, digits, hyphens: " + id);
      }
      Objects.requireNonNull(heading, "heading");
      blocks = List.copyOf(blocks);
      children = List.copyOf(children);
    }
  }

  /** What a section holds. */
  public sealed interface Block permits Paragraph, Bullets, Table, Chart {}

  /** Sentences run together into one paragraph. */
  public record Paragraph(List<Claim> claims) implements Block {
    public Paragraph {
      claims = List.copyOf(claims);
    }
  }

  /** A list, one claim an item. */
  public record Bullets(List<Claim> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /**
   * A table: a header and rows of plain cells; each row also cites its sources.
   *
   * @param numeric for each column of the header, whether it holds numbers (aligned right)
   */
  public record Table(List<String> header, List<Boolean> numeric, List<Row> rows) implements Block {
    public Table {
      header = List.copyOf(header);
      numeric = List.copyOf(numeric);
      rows = List.copyOf(rows);
      if (numeric.size() != header.size()) {
        throw new IllegalArgumentException("numeric: one per column (" + header.size() + ")");
      }
      for (Row r : rows) {
        if (r.cells().size() != header.size()) {
          throw new IllegalArgumentException("row " + r.cells() + ": one cell per column");
        }
      }
    }
  }

  /** A table row: its cells, one per column, and its sources. */
  public record Row(List<String> cells, List<Integer> citations) {
    public Row {
      cells = List.copyOf(cells);
      citations = List.copyOf(citations);
    }
  }

  /**
   * A chart as SVG text (JFreeChart drawn by JFreeSVG), its id (the SVG's and the file name of the
   * Markdown's copy) and its caption.
   */
  public record Chart(String id, String svg, Claim caption) implements Block {
    public Chart {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(svg, "svg");
      Objects.requireNonNull(caption, "caption");
    }
  }

  /**
   * One entry of the source list.
   *
   * @param date ISO 8601 to the precision known ({@code 2023}, {@code 2023-09}, {@code
   *     2023-09-13}), or two joined by {@code /} for a span; rendered per language
   * @param kind what sort of record: {@code votes}, {@code treaty}, {@code veto}…
   * @param text the record: symbols, titles, file and line, citation
   * @param url a link to the record, or empty
   */
  public record Source(int number, String date, String kind, String text, String url) {
    public Source {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      url = url == null ? "" : url;
    }
  }
}
