package org.entente.store;

import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.SourceFile;

/**
 * The files of one UN-votes import; any may be absent, but not all. Votes may refer to roll calls
 * already in the store.
 */
public record UnVotesFiles(SourceFile rollCalls, SourceFile issues, SourceFile votes) {

  public UnVotesFiles {
    if (rollCalls == null && issues == null && votes == null) {
      throw new IllegalArgumentException("nothing to import: give a roll-call, issue or vote file");
    }
  }

  List<SourceFile> present() {
    List<SourceFile> files = new ArrayList<>();
    for (SourceFile f : new SourceFile[] {rollCalls, issues, votes}) {
      if (f != null) {
        files.add(f);
      }
    }
    return files;
  }
}
