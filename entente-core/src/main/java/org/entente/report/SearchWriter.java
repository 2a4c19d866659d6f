package org.entente.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entente.search.SearchHit;
import org.entente.search.SearchResult;

/**
 * Writes a search's hits (columns exactly {@link #HEADER}), best first, in every output format.
 * {@code evidence} leads back to the source: {@code document#sentence} for an article sentence,
 * {@code file:line} for an event; {@code matches} are the matched character ranges of {@code text}
 * as {@code start-end} pairs joined by {@code ;}.
 *
 * <pre>{@code
 * SearchWriter.write(Format.CSV, index.search("制裁", SearchKind.ALL, null, 20), System.out);
 * }</pre>
 */
public final class SearchWriter {

  public static final String HEADER =
      "rank,kind,score,evidence,id,language,date,source,target,cameo,text,matches";

  private static final List<String> NUMBERS = List.of("rank", "score");

  private SearchWriter() {}

  /** Writes the hits of {@code result}; its notes and total are the caller's to tell. */
  public static void write(Format format, SearchResult result, OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    int rank = 1;
    for (SearchHit h : result.hits()) {
      String score = String.format(Locale.ROOT, "%.3f", h.score());
      String matches =
          h.matches().stream().map(m -> m.start() + "-" + m.end()).collect(Collectors.joining(";"));
      if (h.sentence() != null) {
        SearchHit.SentenceRef s = h.sentence();
        rows.add(
            new String[] {
              Integer.toString(rank++),
              h.kind().key(),
              score,
              s.document() + "#" + s.n(),
              Long.toString(s.sourceId()),
              s.language(),
              "",
              "",
              "",
              "",
              h.text(),
              matches
            });
      } else {
        SearchHit.EventRef e = h.event();
        rows.add(
            new String[] {
              Integer.toString(rank++),
              h.kind().key(),
              score,
              e.file() + ":" + e.line(),
              e.dataset() + ":" + e.id(),
              "",
              e.date().toString(),
              e.sourceState(),
              e.targetState(),
              e.cameo(),
              h.text(),
              matches
            });
      }
    }
    Rows.write(format, HEADER.split(","), NUMBERS, rows, out);
  }
}
