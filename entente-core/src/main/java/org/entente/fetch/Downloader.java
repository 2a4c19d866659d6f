package org.entente.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Downloads files from a source's public endpoint into a staging folder, as a careful person would
 * by hand: into {@code NAME.part} first, resumed with an HTTP range after a broken connection or a
 * killed run, retried with a doubling pause after a timeout or a server error (5xx), never after a
 * client error (4xx: the address is wrong, asking again will not help), redirects followed. A file
 * is moved to its name only once its size and checksum match the source's list; one that does not
 * match is moved to {@code refused/} beside it and reported.
 */
public final class Downloader {

  /**
   * How long to wait and how often to try.
   *
   * @param connectTimeout to open a connection
   * @param stallTimeout for the response to start, and between two reads of its body
   * @param attempts tries per file, the first included
   * @param firstPause the pause after the first failure, doubled after each further one
   */
  public record Settings(
      Duration connectTimeout, Duration stallTimeout, int attempts, Duration firstPause) {

    /** 10 s to connect, 60 s of silence, four tries pausing 2, 4 and 8 s. */
    public static final Settings DEFAULT =
        new Settings(Duration.ofSeconds(10), Duration.ofSeconds(60), 4, Duration.ofSeconds(2));

    public Settings {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be 1 or more, not " + attempts);
      }
    }
  }

  private static final String USER_AGENT = "Entente-update (+https://github.com/entente)";

  private final Settings settings;
  private final HttpClient client;

  public Downloader(Settings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * Downloads {@code uri} to {@code target}, resuming a {@code target.part} an earlier run left.
   *
   * @param size the size the source's list gives, or -1 when it gives none
   * @param md5 the MD5 the list gives, lower-case hex, or null when it gives none
   * @param bytes hears each chunk's length as it arrives, for progress
   * @throws FetchException when the file cannot be had after every attempt (the part is kept for
   *     the next run), on a client error, or when it does not match the list (it is kept in {@code
   *     refused/})
   */
  public void download(URI uri, Path target, long size, String md5, LongConsumer bytes) {
    Path part = target.resolveSibling(target.getFileName() + ".part");
    String lastError = "";
    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      if (attempt > 1) {
        pause(attempt);
      }
      try {
        if (fetchOnce(uri, part, size, bytes)) {
          verify(uri, part, target, size, md5);
          return;
        }
        lastError = "the connection closed before the whole file had come";
      } catch (HttpTimeoutException e) {
        lastError = "no answer within " + seconds(settings.stallTimeout());
      } catch (ServerError e) {
        lastError = e.getMessage();
      } catch (IOException e) {
        lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      }
    }
    throw new FetchException(
        uri
            + ": "
            + lastError
            + " (gave up after "
            + settings.attempts()
            + " attempts; what arrived is kept in "
            + part
            + " and the next run goes on from there)");
  }

  /**
   * A folder's address: {@code base} ending in {@code /}, so that a file name resolves inside it.
   */
  public static URI folder(URI base) {
    String text = base.toString();
    return text.endsWith("/") ? base : URI.create(text + "/");
  }

  /** The end of a text file, or all of it. */
  public record Text(String body, boolean partial) {}

  /**
   * The last {@code lastBytes} bytes of a text file that grows at its end (GDELT's master list),
   * with the same retries; all of it when {@code lastBytes} is 0 or the server does not serve
   * ranges. A partial body starts after its first line break, so that it holds whole lines only.
   */
  public Text text(URI uri, long lastBytes) {
    String lastError = "";
    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      if (attempt > 1) {
        pause(attempt);
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(settings.stallTimeout())
              .header("User-Agent", USER_AGENT);
      if (lastBytes > 0) {
        request.header("Range", "bytes=-" + lastBytes);
      }
      try {
        HttpResponse<String> response =
            client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status >= 500) {
          lastError = status + " from the server";
          continue;
        }
        if (status == 416) {
          return new Text("", false); // an empty file has no last bytes
        }
        if (status >= 400 || (status != 200 && status != 206)) {
          throw refused(uri, status);
        }
        String body = response.body();
        boolean whole =
            response
                .headers()
                .firstValue("Content-Range")
                .map(range -> range.startsWith("bytes 0-"))
                .orElse(true);
        if (status == 206 && !whole) {
          int newline = body.indexOf('\n');
          return new Text(newline < 0 ? "" : body.substring(newline + 1), true);
        }
        return new Text(body, false);
      } catch (HttpTimeoutException e) {
        lastError = "no answer within " + seconds(settings.stallTimeout());
      } catch (IOException e) {
        lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(uri + ": interrupted", e);
      }
    }
    throw new FetchException(
        uri + ": " + lastError + " (gave up after " + settings.attempts() + " attempts)");
  }

  /** A 5xx answer: worth asking again. */
  private static final class ServerError extends IOException {
    private static final long serialVersionUID = 1L;

    ServerError(String message) {
      super(message);
    }
  }

  /**
   * One request, appending to {@code part} from where it ends.
   *
   * @return whether the whole body arrived
   */
  private boolean fetchOnce(URI uri, Path part, long size, LongConsumer bytes) throws IOException {
    long have = Files.exists(part) ? Files.size(part) : 0;
    if (size >= 0 && have > size) {
      Files.delete(part); // longer than the file: not a part of it
      have = 0;
    }
    if (size >= 0 && have == size && have > 0) {
      return true;
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.stallTimeout())
            .header("User-Agent", USER_AGENT);
    if (have > 0) {
      request.header("Range", "bytes=" + have + "-");
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri + ": interrupted", e);
    }
    int status = response.statusCode();
    try (InputStream body = response.body()) {
      if (status == 416 && have > 0) {
        Files.delete(part); // the part is not a prefix of what the server has now: start again
        throw new IOException("the server refused to resume (416); starting the file again");
      }
      if (status >= 500) {
        throw new ServerError(status + " from the server");
      }
      if (status >= 400 || (status != 200 && status != 206)) {
        throw refused(uri, status);
      }
      boolean append = status == 206;
      if (!append) {
        have = 0; // the server sent the whole file
      }
      long expected = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      long copied = copy(body, part, append, bytes);
      return expected < 0 || copied == expected;
    }
  }

  /** Copies the body, closing it when nothing arrives for the stall timeout. */
  private long copy(InputStream body, Path part, boolean append, LongConsumer bytes)
      throws IOException {
    AtomicLong lastRead = new AtomicLong(System.nanoTime());
    ScheduledExecutorService watch =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "entente-download-watch");
              t.setDaemon(true);
              return t;
            });
    long limit = settings.stallTimeout().toNanos();
    ScheduledFuture<?> check =
        watch.scheduleAtFixedRate(
            () -> {
              if (System.nanoTime() - lastRead.get() > limit) {
                try {
                  body.close(); // unblocks the read below, which then fails
                } catch (IOException e) {
                  // closing is all that is wanted
                }
              }
            },
            1,
            1,
            TimeUnit.SECONDS);
    long copied = 0;
    try (OutputStream out =
        Files.newOutputStream(
            part,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
      byte[] buf = new byte[1 << 16];
      for (int n = body.read(buf); n >= 0; n = body.read(buf)) {
        out.write(buf, 0, n);
        copied += n;
        lastRead.set(System.nanoTime());
        bytes.accept(n);
      }
    } catch (IOException e) {
      if (System.nanoTime() - lastRead.get() > limit) {
        throw new HttpTimeoutException("nothing arrived for " + seconds(settings.stallTimeout()));
      }
      throw e;
    } finally {
      check.cancel(false);
      watch.shutdownNow();
    }
    return copied;
  }

  /** Moves a complete part to its name if it matches the list, to {@code refused/} if not. */
  private static void verify(URI uri, Path part, Path target, long size, String md5)
      throws IOException {
    long got = Files.size(part);
    String problem = null;
    if (size >= 0 && got != size) {
      problem = "it is " + got + " bytes long where the list says " + size;
    } else if (md5 != null) {
      String actual = md5(part);
      if (!actual.equalsIgnoreCase(md5)) {
        problem = "its MD5 is " + actual + " where the list says " + md5;
      }
    }
    if (problem == null) {
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path refused = target.resolveSibling("refused").resolve(target.getFileName());
    Files.createDirectories(refused.getParent());
    Files.move(part, refused, StandardCopyOption.REPLACE_EXISTING);
    throw new FetchException(
        uri
            + ": refused, "
            + problem
            + "; nothing of it was imported, the download is kept in "
            + refused);
  }

  static String md5(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("MD5");
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        digest.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void pause(int attempt) {
    long millis = settings.firstPause().toMillis() << Math.min(attempt - 2, 10);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while waiting to try again");
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0
        ? d.toSeconds() + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  /** A client error or an answer that is no file: never tried again. */
  private static FetchException refused(URI uri, int status) {
    return new FetchException(
        uri + ": " + status + " " + reason(status) + " (not retried: the address is refused)",
        status);
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 410 -> "Gone";
      default -> "";
    };
  }
}
