package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.code.CountryCodes;
import org.entente.code.RollCallMatches;
import org.entente.ingest.Progress;
import org.entente.store.BundledUnVotes;
import org.entente.store.Store;
import org.entente.store.VoteQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ideal points of sessions 1–75 from the bundled votes, compared with Bailey, Strezhnev & Voeten's
 * published estimates (fixtures/voeten-idealpoints/, an overnight MCMC run of their own model) over
 * every country-year both have. BENCHMARKS.md records the values reached.
 */
class IdealPointsIT {

  @TempDir static Path dir;
  private static Store store;
  private static IdealPoints.Estimate estimate;

  @BeforeAll
  static void estimate() {
    store = Store.open(dir.resolve("it.duckdb"), "1GB");
    BundledUnVotes.ensureLoaded(store, CountryCodes.bundled(), Progress.NONE);
    estimate =
        new IdealPoints(new VoteQueries(store), RollCallMatches.bundled())
            .estimate(null, 2020, Progress.NONE);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void agreesWithThePublishedEstimatesOverallAndInEveryDecade() throws Exception {
    PublishedIdealPoints.Comparison c = PublishedIdealPoints.load().compare(estimate.points());
    assertThat(estimate.converged()).isTrue();
    assertThat(c.n()).isEqualTo(10_469); // every published country-year has an estimate
    assertThat(c.overall()).as(c.describe()).isGreaterThan(0.97);
    assertThat(c.byDecade()).hasSize(8);
    assertThat(c.byDecade().values())
        .as(c.describe())
        .allSatisfy(r -> assertThat(r).isGreaterThan(0.98));
  }

  @Test
  void theUnitedStatesIsPositiveAndTheSovietUnionNegative() {
    List<IdealPoint> usa = of("USA");
    assertThat(usa)
        .hasSize(75) // sessions 1–75; the published file lacks 19 (1964)
        .allSatisfy(p -> assertThat(p.idealPoint()).isPositive());
    assertThat(of("RUS").stream().filter(p -> p.year() < 1990))
        .allSatisfy(p -> assertThat(p.idealPoint()).isNegative());
    assertThat(estimate.points())
        .allSatisfy(p -> assertThat(p.se()).isGreaterThan(0).isLessThan(1.5));
  }

  private static List<IdealPoint> of(String country) {
    return estimate.points().stream().filter(p -> p.country().equals(country)).toList();
  }
}
