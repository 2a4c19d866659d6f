package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.domain.PeaceYear;
import org.entente.ingest.PeaceScaleReader;
import org.entente.ingest.Progress;
import org.entente.ingest.Rejects;
import org.junit.jupiter.api.Test;

/** Agreement with an expert coding: a report by hand, and the split of the pairs. */
class ExpertAgreementTest {

  @Test
  void aReportCountsUnscoredYearsAndScoresTheRest() {
    List<ExpertAgreement.Judged> judged =
        List.of(
            judged(0.0, -0.4),
            judged(0.25, 0.1),
            judged(0.25, Double.NaN),
            judged(0.5, 0.02),
            judged(0.7, 0.3), // category 0.75
            judged(1.0, 0.5),
            judged(1.0, -0.1));

    ExpertAgreement.Report r = ExpertAgreement.of(judged, 0.05);

    assertThat(r.dyadYears()).isEqualTo(7);
    assertThat(r.scored()).isEqualTo(6);
    assertThat(r.categories().keySet()).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
    assertThat(r.categories().get(1.0).meanIndex()).isCloseTo(0.2, within(1e-12));
    assertThat(r.categories().get(0.25).n()).isEqualTo(1);
    assertThat(r.rivalryNegative()).isCloseTo(0.5, within(1e-12)); // -0.4 of -0.4, 0.1
    assertThat(r.warmPositive()).isCloseTo(2 / 3.0, within(1e-12)); // 0.3, 0.5 of 0.3, 0.5, -0.1
    // scale 0 .25 .5 .7 1 1 -> ranks 1 2 3 4 5.5 5.5; index -.4 .1 .02 .3 .5 -.1 -> 1 4 3 5 6 2;
    // both means 3.5: sxy = 8.5, sxx = 17, syy = 17.5 (by hand)
    assertThat(r.spearman()).isCloseTo(8.5 / Math.sqrt(17 * 17.5), within(1e-12));
  }

  @Test
  void thePairsSplitIntoTwoFixedHalvesWhateverTheOrder() {
    Rejects rejects = new Rejects();
    List<PeaceYear> years =
        new PeaceScaleReader(CountryCodes.bundled())
            .read(
                Fixtures.file("validation/peace-scale-v3-dev-dyads.csv.gz"),
                rejects,
                Progress.NONE);
    Set<String> pairs = years.stream().map(y -> y.a() + " " + y.b()).collect(Collectors.toSet());
    long fit =
        pairs.stream()
            .filter(
                p ->
                    ExpertAgreement.Part.of(p.split(" ")[0], p.split(" ")[1])
                        == ExpertAgreement.Part.FIT)
            .count();
    assertThat(fit).isBetween(pairs.size() * 4L / 10, pairs.size() * 6L / 10);
    assertThat(ExpertAgreement.Part.of("USA", "CHN"))
        .isEqualTo(ExpertAgreement.Part.of("CHN", "USA"));
  }

  private static ExpertAgreement.Judged judged(double peace, double index) {
    return new ExpertAgreement.Judged(new PeaceYear("AAA", "BBB", 2000, peace, "f", 1), index);
  }
}
