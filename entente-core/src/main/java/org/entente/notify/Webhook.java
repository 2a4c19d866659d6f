package org.entente.notify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.entente.analyze.Alert;
import org.entente.report.AlertWriter;
import org.entente.report.Format;

/**
 * Delivers alerts to a user's endpoint: one JSON POST per batch, the body {@code alerts --format
 * json}'s array, signed so that the receiver can tell it came from this Entente: the header {@value
 * #SIGNATURE} is {@code sha256=} and the hex HMAC-SHA256 of the body under the shared secret (as
 * GitHub signs its webhooks). A timeout, a broken connection or a 5xx answer is tried again after a
 * doubling pause; a 4xx answer is not (the endpoint refuses it).
 */
public final class Webhook {

  /** The header that carries the signature. */
  public static final String SIGNATURE = "X-Entente-Signature";

  /**
   * How one delivery went.
   *
   * @param status the last HTTP status, 0 when none came
   * @param attempts how many times it was sent
   * @param error why it failed, empty when it did not
   */
  public record Delivery(int status, int attempts, String error) {
    public boolean delivered() {
      return status >= 200 && status < 300;
    }
  }

  private final URI url;
  private final byte[] secret;
  private final Duration timeout;
  private final int attempts;
  private final Duration firstPause;
  private final HttpClient client;

  /**
   * @param timeout for the whole answer of one attempt
   * @param attempts tries in all
   * @param firstPause the pause after the first failure, doubled after each further one
   */
  public Webhook(URI url, String secret, Duration timeout, int attempts, Duration firstPause) {
    this.url = url;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.timeout = timeout;
    this.attempts = attempts;
    this.firstPause = firstPause;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Ten seconds an attempt, three attempts pausing 1 and 2 s. */
  public Webhook(URI url, String secret) {
    this(url, secret, Duration.ofSeconds(10), 3, Duration.ofSeconds(1));
  }

  /** Sends the alerts as one batch. */
  public Delivery send(List<Alert> alerts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AlertWriter.write(Format.JSON, alerts, out);
    byte[] body = out.toByteArray();
    String signature = "sha256=" + sign(secret, body);
    int status = 0;
    String error = "";
    for (int attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        try {
          Thread.sleep(firstPause.toMillis() << Math.min(attempt - 2, 10));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new Delivery(status, attempt - 1, "interrupted");
        }
      }
      HttpRequest request =
          HttpRequest.newBuilder(url)
              .timeout(timeout)
              .header("Content-Type", "application/json; charset=utf-8")
              .header("User-Agent", "Entente-alerts")
              .header(SIGNATURE, signature)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      try {
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        status = response.statusCode();
        if (status >= 200 && status < 300) {
          return new Delivery(status, attempt, "");
        }
        error = "the endpoint answered " + status;
        if (status < 500) {
          return new Delivery(status, attempt, error + " (not retried)");
        }
      } catch (HttpTimeoutException e) {
        status = 0;
        error = "no answer within " + timeout.toMillis() / 1000.0 + " s";
      } catch (IOException e) {
        status = 0;
        error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Delivery(status, attempt, "interrupted");
      }
    }
    return new Delivery(status, attempts, error + " (gave up after " + attempts + " attempts)");
  }

  /** The hex HMAC-SHA256 of {@code body} under {@code key}. */
  public static String sign(byte[] key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
