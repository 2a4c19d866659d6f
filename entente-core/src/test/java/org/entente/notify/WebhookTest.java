package org.entente.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.entente.analyze.Alert;
import org.entente.analyze.ChangeMeasure;
import org.entente.analyze.DyadChange;
import org.entente.domain.Dyad;
import org.entente.store.Store;
import org.entente.store.Watches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook against an endpoint on loopback that answers as real ones do: its signature checked
 * as a receiver checks it and against RFC 4231's published HMAC-SHA256 value, retries on 5xx and
 * silence but not on 4xx, and alerts a failed delivery left sent after the next.
 */
class WebhookTest {

  @TempDir Path dir;

  private HttpServer server;
  private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
  private final List<String> signatures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int failWith = 500;
  private volatile long pauseMillis;

  private URI endpoint() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/hook",
        exchange -> {
          try (exchange) {
            bodies.add(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            signatures.add(exchange.getRequestHeaders().getFirst(Webhook.SIGNATURE));
            if (pauseMillis > 0) {
              Thread.sleep(pauseMillis);
            }
            int status = failuresLeft.getAndDecrement() > 0 ? failWith : 204;
            exchange.sendResponseHeaders(status, -1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static Webhook quick(URI url, String secret) {
    return new Webhook(url, secret, Duration.ofMillis(800), 3, Duration.ofMillis(10));
  }

  private static Alert alert(long id) {
    return new Alert(
        id,
        Instant.parse("2026-12-07T10:00:00Z"),
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
            List.of(
                "gdelt-graph score 2019-06 +7708.1 (gdelt_graph_all_pairs_monthly.csv.gz:118565)")));
  }

  @Test
  void theSignatureIsRfc4231sHmacSha256() {
    // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
    assertThat(
            Webhook.sign(
                "Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void aServerErrorIsRetriedAndTheReceiverCanCheckTheSignature() throws Exception {
    failuresLeft.set(1);
    Webhook.Delivery d = quick(endpoint(), "s3cret").send(List.of(alert(7)));
    assertThat(d.delivered()).isTrue();
    assertThat(d.attempts()).isEqualTo(2);
    assertThat(bodies).hasSize(2).allSatisfy(b -> assertThat(b).contains("\"period\":\"2019-05\""));
    // What a receiver does: the HMAC of the body as received, under the shared secret.
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        "sha256="
            + HexFormat.of().formatHex(mac.doFinal(bodies.get(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(signatures.get(1)).isEqualTo(expected);
  }

  @Test
  void aClientErrorIsNotRetriedAndSilenceIsGivenUp() throws Exception {
    failuresLeft.set(5);
    failWith = 410;
    URI url = endpoint();
    Webhook.Delivery refused = quick(url, "k").send(List.of(alert(1)));
    assertThat(refused.delivered()).isFalse();
    assertThat(refused.attempts()).isEqualTo(1);
    assertThat(refused.error()).contains("410").contains("not retried");

    failuresLeft.set(0);
    pauseMillis = 3_000;
    Webhook.Delivery silent = quick(url, "k").send(List.of(alert(1)));
    assertThat(silent.delivered()).isFalse();
    assertThat(silent.attempts()).isEqualTo(3);
    assertThat(silent.error()).contains("no answer within").contains("gave up after 3 attempts");
  }

  @Test
  void alertsAFailedDeliveryLeftAreSentAfterTheNextImport() throws Exception {
    URI url = endpoint();
    try (Store store = Store.open(dir.resolve("w.duckdb"), "1GB")) {
      Watches watches = new Watches(store);
      watches.add(List.of(Dyad.of("KOR", "PRK")));
      watches.setWebhook(url.toString(), "k", Instant.parse("2026-12-01T00:00:00Z"));
      DyadChange change =
          new DyadChange(
              "KOR",
              "PRK",
              ChangeMeasure.EVENTS,
              "2019-05",
              1.0,
              0.285,
              "2018-01",
              "2019-12",
              List.of("score row"));
      watches.record(List.of(change), false, Instant.parse("2026-12-05T00:00:00Z"));

      failuresLeft.set(100);
      AlertDelivery.Outcome down =
          AlertDelivery.deliverPending(store, h -> quick(url, h.secret())).orElseThrow();
      assertThat(down.delivery().delivered()).isFalse();
      assertThat(watches.undelivered(watches.webhook().orElseThrow())).hasSize(1);

      failuresLeft.set(0);
      AlertDelivery.Outcome up =
          AlertDelivery.deliverPending(store, h -> quick(url, h.secret())).orElseThrow();
      assertThat(up.delivery().delivered()).isTrue();
      assertThat(up.alerts()).isEqualTo(1);
      assertThat(AlertDelivery.deliverPending(store, h -> quick(url, h.secret()))).isEmpty();
      assertThat(watches.deliveries(10))
          .extracting(Watches.DeliveryLog::status)
          .containsExactly(204, 500);
    }
  }
}
