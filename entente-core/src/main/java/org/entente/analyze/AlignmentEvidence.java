package org.entente.analyze;

import java.util.List;
import org.entente.domain.ResolutionRecord;
import org.entente.domain.RollCall;
import org.entente.domain.VoteChoice;
import org.entente.store.VoteQueries.VoteSource;

/**
 * The roll calls behind one alignment value: exactly those counted, with each state's vote and the
 * file and line it was read from.
 */
public record AlignmentEvidence(DyadAlignment value, List<Item> rollCalls) {

  public AlignmentEvidence {
    rollCalls = List.copyOf(rollCalls);
  }

  /**
   * One counted roll call.
   *
   * @param record the UN's references for it (meeting record, draft, agenda item, subjects); null
   *     where the source has none (Voeten's data)
   */
  public record Item(
      RollCall rollCall,
      ResolutionRecord record,
      VoteChoice a,
      VoteChoice b,
      VoteSource sourceA,
      VoteSource sourceB) {}
}
