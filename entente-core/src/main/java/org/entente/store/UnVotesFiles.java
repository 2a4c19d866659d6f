package org.entente.store;

import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.SourceFile;

/**
 * The files of one UN-votes import: CSV files in the layout of Voeten's data (any may be absent;
 * votes may refer to roll calls already in the store), and extracts of the UN's own JSON lines,
 * each holding roll calls and votes together. At least one file.
 */
public record UnVotesFiles(
    SourceFile rollCalls, SourceFile issues, SourceFile votes, List<SourceFile> extracts) {

  public UnVotesFiles {
    extracts = extracts == null ? List.of() : List.copyOf(extracts);
    if (rollCalls == null && issues == null && votes == null && extracts.isEmpty()) {
      throw new IllegalArgumentException(
          "nothing to import: give a roll-call, issue, vote or UN extract file");
    }
  }

  /** CSV files only. */
  public UnVotesFiles(SourceFile rollCalls, SourceFile issues, SourceFile votes) {
    this(rollCalls, issues, votes, List.of());
  }

  /** UN extracts only. */
  public static UnVotesFiles extracts(List<SourceFile> extracts) {
    return new UnVotesFiles(null, null, null, extracts);
  }

  List<SourceFile> present() {
    List<SourceFile> files = new ArrayList<>();
    for (SourceFile f : new SourceFile[] {rollCalls, issues, votes}) {
      if (f != null) {
        files.add(f);
      }
    }
    files.addAll(extracts);
    return files;
  }
}
