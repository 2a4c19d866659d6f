package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.entente.analyze.Alert;
import org.entente.analyze.ChangeMeasure;
import org.entente.analyze.DyadChange;
import org.junit.jupiter.api.Test;

/**
 * The alerts feed keeps Atom 1.0's rules ({@link AtomFeedCheck}), and the checker catches breaks.
 */
class AtomFeedTest {

  private static final Instant AT = Instant.parse("2026-12-07T09:30:12.345Z");

  private static Alert alert(long id, String evidence) {
    return new Alert(
        id,
        AT,
        false,
        new DyadChange(
            "KOR",
            "PRK",
            ChangeMeasure.EVENTS,
            "2019-05",
            1.0,
            0.285,
            "2018-01",
            "2019-12",
            List.of(evidence)));
  }

  private static byte[] feed(List<Alert> alerts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomFeed.write(alerts, URI.create("http://127.0.0.1:8080/"), "entente.duckdb", AT, out);
    return out.toByteArray();
  }

  @Test
  void aFeedOfAlertsKeepsTheRules() throws Exception {
    byte[] xml =
        feed(
            List.of(
                alert(
                    2,
                    "gdelt-graph score 2019-06 +7708.1 (gdelt_graph_all_pairs_monthly.csv.gz:118565)"),
                alert(1, "an actor named EVIL\u001b]0;PWNED\u0007 & <b>")));
    assertThat(AtomFeedCheck.problems(xml)).isEmpty();
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("<id>tag:entente,2026:entente.duckdb:alert:2</id>")
        .contains("<title>KOR–PRK: events fell in 2019-05</title>")
        .contains("<updated>2026-12-07T09:30:12Z</updated>")
        .contains("href=\"http://127.0.0.1:8080/dyad.html?a=KOR&amp;b=PRK\"")
        .contains("EVIL\uFFFD]0;PWNED\uFFFD &amp; &lt;b&gt;");
  }

  @Test
  void anEmptyFeedKeepsTheRulesToo() throws Exception {
    assertThat(AtomFeedCheck.problems(feed(List.of()))).isEmpty();
  }

  @Test
  void theCheckFindsWhatBreaksTheRules() throws Exception {
    String broken =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><updated>2026-12-07"
            + " 09:30</updated><entry><id>no-scheme</id><title>x</title>"
            + "<updated>2026-12-07T09:30:12Z</updated></entry></feed>";
    assertThat(AtomFeedCheck.problems(broken.getBytes(StandardCharsets.UTF_8)))
        .containsExactlyInAnyOrder(
            "feed: 0 id elements, not 1",
            "feed: updated '2026-12-07 09:30' is not an RFC 3339 date-time (§3.3)",
            "feed: no author, and not every entry has one (§4.1.1)",
            "entry no-scheme: id 'no-scheme' is not an absolute IRI (§4.2.6)",
            "entry no-scheme: neither content nor a link rel=alternate (§4.1.2)");
  }
}
