package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.domain.AtopRow;
import org.entente.domain.DatePrecision;
import org.entente.domain.Dyad;
import org.entente.domain.Event;
import org.entente.domain.EventActor;
import org.entente.domain.Issue;
import org.entente.domain.Obligations;
import org.entente.domain.PartialDate;
import org.entente.domain.RollCall;
import org.entente.domain.TreatyRecord;
import org.entente.domain.Veto;
import org.entente.domain.VoteChoice;
import org.junit.jupiter.api.Test;

/** The explanation of a change on hand-built evidence, every item worked out by hand. */
class ChangeExplanationsTest {

  private static final Dyad AB = Dyad.of("AAA", "BBB");

  /** Before 1996–1997, after 1998–1999. */
  private static final ChangeExplanations.Window WINDOW =
      new ChangeExplanations.Window(
          LocalDate.of(1996, 1, 1), LocalDate.of(1998, 1, 1), LocalDate.of(2000, 1, 1));

  private static int rcid = 1;

  private static AlignmentEvidence.Item vote(
      String date, String symbol, String title, Set<Issue> issues, VoteChoice a, VoteChoice b) {
    RollCall rc =
        new RollCall(rcid++, 50, LocalDate.parse(date), null, symbol, title, "", issues, 1);
    return new AlignmentEvidence.Item(rc, null, a, b, null, null);
  }

  private static final VoteChoice Y = VoteChoice.YES;
  private static final VoteChoice N = VoteChoice.NO;
  private static final VoteChoice A = VoteChoice.ABSTAIN;

  @Test
  void aRiseNamesTheResolutionsThePairJoinedOnAfterSplittingOverThem() {
    List<AlignmentEvidence.Item> votes =
        List.of(
            // before: split yes/no on "Cuba, embargo", apart by an abstention on "Golan"
            vote("1996-11-05", "R/51/17", "CUBA, U.S. EMBARGO", Set.of(Issue.EC), Y, N),
            vote("1997-12-02", "R/52/22", "SYRIAN GOLAN", Set.of(Issue.ME), Y, A),
            vote("1997-12-03", "R/52/30", "OUTER SPACE", Set.of(), Y, Y),
            // after: both yes on the same titles, punctuation changed; one shared no
            vote("1998-11-04", "R/53/4", "Cuba: U.S. embargo", Set.of(Issue.EC), Y, Y),
            vote("1998-12-02", "R/53/22", "SYRIAN GOLAN", Set.of(Issue.ME), Y, Y),
            vote("1999-12-01", "R/54/9", "KOSOVO", Set.of(Issue.HR), N, N),
            vote("1999-12-01", "R/54/10", "OUTER SPACE", Set.of(), Y, A),
            // outside the window: ignored
            vote("2000-12-01", "R/55/1", "CUBA, U.S. EMBARGO", Set.of(Issue.EC), Y, Y));

    List<String> items = ChangeExplanations.votes("AAA", "BBB", WINDOW, true, votes);

    assertThat(items)
        .containsExactly(
            "votes 1998–1999: apart on 1 of 4 roll calls, yes against no on 0"
                + " (1996–1997: 2 of 3, 1)",
            // yes against no before comes first, then an abstention against a vote
            "joined on R/53/4 Cuba: U.S. embargo [ec] 1998-11-04: both yes"
                + " (before: R/51/17 1996, AAA yes, BBB no)",
            "joined on R/53/22 SYRIAN GOLAN [me] 1998-12-02: both yes"
                + " (before: R/52/22 1997, AAA yes, BBB abstain)",
            "together on R/54/9 KOSOVO [hr] 1999-12-01: both no");
  }

  @Test
  void aFallNamesTheResolutionsThePairSplitOverAfterVotingTogether() {
    List<AlignmentEvidence.Item> votes =
        List.of(
            vote("1997-12-02", "R/52/22", "SYRIAN GOLAN", Set.of(Issue.ME), Y, Y),
            vote("1998-12-02", "R/53/22", "SYRIAN GOLAN", Set.of(Issue.ME), Y, A),
            vote("1998-12-03", "R/53/40", "NUCLEAR TESTING", Set.of(Issue.NU), N, Y),
            vote("1998-12-03", "R/53/41", "TRADE", Set.of(), Y, A));

    List<String> items = ChangeExplanations.votes("AAA", "BBB", WINDOW, false, votes);

    assertThat(items)
        .containsExactly(
            "votes 1998–1999: apart on 3 of 3 roll calls, yes against no on 1"
                + " (1996–1997: 0 of 1, 0)",
            "apart on R/53/22 SYRIAN GOLAN [me] 1998-12-02: AAA yes, BBB abstain"
                + " (before: R/52/22 1997, both yes)",
            // yes against no; an abstention against a vote without a match is not named
            "apart on R/53/40 NUCLEAR TESTING [nu] 1998-12-03: AAA no, BBB yes");
  }

  @Test
  void tiesNameTreatiesVetoesAndSanctionsThatBeganOrEndedButNotTheEndOfAtop() {
    TreatyRecord treaty =
        new TreatyRecord(
            "aaa-bbb-1998",
            "A treaty",
            List.of("AAA", "BBB"),
            PartialDate.parse("1998"),
            PartialDate.parse("1998-06-01"),
            null,
            new Obligations(false, false, false, false, true),
            "a source",
            "",
            "treaties.csv",
            7);
    AtopRow atop =
        new AtopRow(
            "AAA",
            "BBB",
            1996,
            1,
            2,
            new Obligations(false, false, false, true, false),
            "atop.csv",
            40);
    Veto veto =
        new Veto(
            LocalDate.of(1999, 3, 1),
            "S/1999/201",
            "",
            "",
            "Macedonia",
            List.of("AAA", "BBB"),
            new Veto.Source("vetoes.csv", 12, ""));
    SanctionsRelation sanction =
        new SanctionsRelation("UN", "BBB", 1999, List.of("UN-SC1"), 3, 0, LocalDate.of(2020, 1, 1));
    List<TieYear> ties =
        List.of(
            tie(1995, atopYear(atop, 1995), List.of(), List.of()),
            tie(1996, atopYear(atop, 1996), List.of(), List.of()),
            // ATOP's last year is 1996 here: its rows stop, no alliance ends
            tie(1997, none(1997), List.of(), List.of()),
            tie(1998, treatyYear(treaty, 1998), List.of(), List.of()),
            tie(1999, treatyYear(treaty, 1999), List.of(veto), List.of(sanction)));

    List<String> items = ChangeExplanations.ties(WINDOW, ties, 1996);

    assertThat(items)
        .containsExactly(
            "alliance 1998: none → consul (" + treaty.citation() + ")",
            "treaty in force 1998: aaa-bbb-1998 (" + treaty.citation() + ")",
            "joint veto S/1999/201 1999-03-01 (Macedonia)",
            "sanctions from 1999: UN>BBB UN-SC1");
    // Without ATOP's last year the drop from ATOP to nothing is a change.
    assertThat(ChangeExplanations.ties(WINDOW, ties, 0))
        .contains("alliance 1997: nonagg → none (" + atop.citation() + ")");
  }

  @Test
  void eventsAndScoresOfLargestWeightInTheWindow() {
    List<Event> events =
        List.of(
            event("1", "1997-05-01", 3.0, "https://a.example/1"),
            event("2", "1998-02-01", -9.5, ""),
            event("3", "1998-03-01", 7.0, "https://a.example/3"),
            event("4", "1999-04-01", 1.0, ""),
            event("5", "2001-01-01", 10.0, "")); // outside
    assertThat(ChangeExplanations.events(WINDOW, events))
        .containsExactly(
            "event gdelt2 2 1998-02-01 AAA>BBB CAMEO 190 Goldstein -9.5 events.csv:3",
            "event gdelt2 3 1998-03-01 AAA>BBB CAMEO 190 Goldstein +7.0 https://a.example/3",
            "event gdelt2 1 1997-05-01 AAA>BBB CAMEO 190 Goldstein +3.0 https://a.example/1");
    List<AggregateSeries.ScorePeriod> scores =
        List.of(
            score("1997-06", 120.5, 10), score("1998-01", -800.25, 11), score("2003-01", 9e9, 12));
    assertThat(ChangeExplanations.scores(WINDOW, scores))
        .containsExactly(
            "gdelt-graph score 1998-01 -800.3 (monthly.csv:11)",
            "gdelt-graph score 1997-06 +120.5 (monthly.csv:10)");
  }

  private static Event event(String id, String date, double goldstein, String url) {
    return new Event(
        "gdelt2",
        id,
        LocalDate.parse(date),
        DatePrecision.DAY,
        new EventActor("AAA", "AAA", ""),
        new EventActor("BBB", "BBB", ""),
        "190",
        "19",
        4,
        goldstein,
        null,
        "",
        null,
        url,
        "events.csv",
        Long.parseLong(id) + 1);
  }

  private static AggregateSeries.ScorePeriod score(String month, double sum, long line) {
    LocalDate start = LocalDate.parse(month + "-01");
    return new AggregateSeries.ScorePeriod(
        "AAA",
        "BBB",
        AggregateSeries.Unit.MONTH,
        start,
        month,
        sum,
        20,
        new AggregateSeries.Provenance("gdelt-graph", "monthly.csv", List.of(line)));
  }

  private static TieYear tie(
      int year, ObligationYear o, List<Veto> vetoes, List<SanctionsRelation> sanctions) {
    return new TieYear(AB, year, o, vetoes, sanctions);
  }

  private static ObligationYear none(int year) {
    return new ObligationYear(AB, year, Obligations.NONE, ObligationYear.Basis.NONE, List.of());
  }

  private static ObligationYear atopYear(AtopRow row, int year) {
    return new ObligationYear(
        AB,
        year,
        row.obligations(),
        ObligationYear.Basis.ATOP,
        List.of(new ObligationYear.Evidence(ObligationYear.Role.IN_FORCE, row)));
  }

  private static ObligationYear treatyYear(TreatyRecord t, int year) {
    return new ObligationYear(
        AB,
        year,
        t.provisions(),
        ObligationYear.Basis.TREATY,
        List.of(new ObligationYear.Evidence(ObligationYear.Role.IN_FORCE, t)));
  }
}
