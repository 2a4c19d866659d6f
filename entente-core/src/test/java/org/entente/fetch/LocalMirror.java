package org.entente.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A source's endpoint on loopback for the update tests and {@code bench/mirror.sh}: serves a folder
 * over HTTP as GDELT's server does (GET, byte ranges including suffix ranges, Content-Length), and
 * on request misbehaves as real servers do (an error status a given number of times, a body cut
 * short, a pause before answering, a redirect). {@link #buildGdelt} lays out a GDELT 2.0 folder
 * from a real export: its lines split into consecutive 15-minute {@code export.CSV.zip} files with
 * {@code masterfilelist.txt} and {@code lastupdate.txt} in the source's own format.
 *
 * <pre>{@code
 * java -cp … org.entente.fetch.LocalMirror SAMPLE FILES DIR [PORT]
 * }</pre>
 */
public final class LocalMirror implements AutoCloseable {

  /** How a path misbehaves: status {@code times} times, then a cut body, a pause or a redirect. */
  private record Fault(int status, int times, long cutAt, long pauseMillis, String redirectTo) {}

  private final Path root;
  private final HttpServer server;
  private final Map<String, Fault> faults = new ConcurrentHashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  public LocalMirror(Path root, int port) throws IOException {
    this.root = root;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  /** The folder's address, ending in {@code /}. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Each request as {@code PATH} or {@code PATH Range}, in order. */
  public List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Answers {@code status} to the next {@code times} requests for {@code path}. */
  public void fail(String path, int status, int times) {
    faults.put(path, new Fault(status, times, -1, 0, null));
  }

  /** Sends the right length but closes the connection after {@code bytes} of the body, always. */
  public void cut(String path, long bytes) {
    faults.put(path, new Fault(0, Integer.MAX_VALUE, bytes, 0, null));
  }

  /** Waits {@code millis} before answering, always. */
  public void pause(String path, long millis) {
    faults.put(path, new Fault(0, Integer.MAX_VALUE, -1, millis, null));
  }

  /** Answers 302 to {@code to}. */
  public void redirect(String path, String to) {
    faults.put(path, new Fault(0, Integer.MAX_VALUE, -1, 0, to));
  }

  public void heal(String path) {
    faults.remove(path);
  }

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring(1);
      String range = exchange.getRequestHeaders().getFirst("Range");
      requests.add(range == null ? path : path + " " + range);
      Fault fault = faults.get(path);
      if (fault != null && fault.pauseMillis() > 0) {
        try {
          Thread.sleep(fault.pauseMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (fault != null && fault.redirectTo() != null) {
        exchange.getResponseHeaders().add("Location", fault.redirectTo());
        exchange.sendResponseHeaders(302, -1);
        return;
      }
      if (fault != null && fault.status() > 0 && fault.times() > 0) {
        faults.put(path, new Fault(fault.status(), fault.times() - 1, -1, 0, null)); // one fewer
        byte[] page = ("<html><body>" + fault.status() + "</body></html>").getBytes();
        exchange.sendResponseHeaders(fault.status(), page.length);
        exchange.getResponseBody().write(page);
        return;
      }
      Path file = root.resolve(path).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        byte[] page = "<html><body>404 Not Found</body></html>".getBytes();
        exchange.sendResponseHeaders(404, page.length);
        exchange.getResponseBody().write(page);
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      int from = 0;
      int to = bytes.length;
      int status = 200;
      Matcher m = range == null ? null : RANGE.matcher(range);
      if (m != null && m.matches()) {
        if (m.group(1).isEmpty()) {
          from = (int) Math.max(0, bytes.length - Long.parseLong(m.group(2)));
        } else {
          from = (int) Math.min(Long.parseLong(m.group(1)), Integer.MAX_VALUE);
          if (!m.group(2).isEmpty()) {
            to = (int) Math.min(bytes.length, Long.parseLong(m.group(2)) + 1);
          }
        }
        if (from >= bytes.length && bytes.length > 0) {
          exchange.getResponseHeaders().add("Content-Range", "bytes */" + bytes.length);
          exchange.sendResponseHeaders(416, -1);
          return;
        }
        status = 206;
        exchange
            .getResponseHeaders()
            .add("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + bytes.length);
      }
      exchange.sendResponseHeaders(status, to - from);
      OutputStream out = exchange.getResponseBody();
      if (fault != null && fault.cutAt() >= 0) {
        int end = (int) Math.min(to, from + fault.cutAt());
        out.write(bytes, from, end - from);
        out.flush();
        // Closing the exchange with bytes missing makes the server drop the connection; a moment
        // first, so that what was sent arrives rather than being lost to the reset.
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      out.write(bytes, from, to - from);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * Lays out a GDELT 2.0 folder in {@code dir}: the lines of {@code sample} (a real export) split
   * into {@code files} consecutive 15-minute exports, the first named by the sample's own time, and
   * the lists that name them with their sizes and MD5s (as the real lists do, with GDELT's own
   * addresses: an update takes each file's name, not its host).
   *
   * @return the exports, oldest first
   */
  public static List<Path> buildGdelt(Path sample, int files, Path dir) throws IOException {
    List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
    Files.createDirectories(dir);
    DateTimeFormatter stamp = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    String name = sample.getFileName().toString();
    LocalDateTime first = LocalDateTime.parse(name.substring(0, 14), stamp);
    List<Path> written = new ArrayList<>();
    StringBuilder list = new StringBuilder();
    int per = (lines.size() + files - 1) / files;
    for (int i = 0; i < files; i++) {
      String time = first.plusMinutes(15L * i).format(stamp);
      String csv = time + ".export.CSV";
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
        ZipEntry entry = new ZipEntry(csv);
        entry.setTime(0); // the same bytes, and so the same MD5, on every build
        zip.putNextEntry(entry);
        for (String line : lines.subList(i * per, Math.min(lines.size(), (i + 1) * per))) {
          zip.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        zip.closeEntry();
      }
      Path zip = dir.resolve(csv + ".zip");
      Files.write(zip, zipped.toByteArray());
      written.add(zip);
      list.append(listLine(zip));
    }
    Files.writeString(dir.resolve("masterfilelist.txt"), list);
    Files.writeString(dir.resolve("lastupdate.txt"), listLine(written.get(written.size() - 1)));
    return written;
  }

  /** A line of GDELT's lists for {@code file}: size, MD5 and GDELT's address of it. */
  static String listLine(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
      return bytes.length
          + " "
          + md5
          + " http://data.gdeltproject.org/gdeltv2/"
          + file.getFileName()
          + "\n";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A folder in the layout of the UN's extracts ({@code data_extract/}): session 80's file as the
   * source had it on 2026-02-15 and the two open emergency sessions' files, from the fixtures and
   * the bundled data (fixtures/unvotes-undl/README.md).
   */
  public static void buildUnVotes(Path dir) throws IOException {
    Files.createDirectories(dir);
    copyGunzipped("/fixtures/unvotes-undl/80-2026-02-15.json.gz", dir.resolve("80.json"));
    copyGunzipped("/org/entente/data/unvotes-undl/ES-10.json.gz", dir.resolve("ES-10.json"));
    copyGunzipped("/fixtures/unvotes-undl/ES-11.json.gz", dir.resolve("ES-11.json"));
  }

  /**
   * A folder as the sanctions publishers serve their lists: the bundled UN consolidated list of
   * 2026-02-27 as {@code consolidated.xml} and OFAC's SDN list of 2024-05-03 as {@code sdn.csv}.
   */
  public static void buildSanctions(Path dir) throws IOException {
    Files.createDirectories(dir);
    copyGunzipped(
        "/org/entente/data/sanctions/un-sc-consolidated-2026-02-27.xml.gz",
        dir.resolve("consolidated.xml"));
    copyGunzipped("/org/entente/data/sanctions/sdn_2024-05-03.csv.gz", dir.resolve("sdn.csv"));
  }

  private static void copyGunzipped(String resource, Path to) throws IOException {
    java.io.InputStream raw = LocalMirror.class.getResourceAsStream(resource);
    if (raw == null) {
      throw new IOException("no resource " + resource + " on the class path");
    }
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(raw)) {
      Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Builds a GDELT folder from a real export, the UN extracts' and the sanctions lists' folders,
   * and serves them until killed.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: LocalMirror SAMPLE FILES DIR [PORT]");
      System.exit(2);
    }
    Path dir = Path.of(args[2]).toAbsolutePath();
    List<Path> built =
        buildGdelt(Path.of(args[0]), Integer.parseInt(args[1]), dir.resolve("gdeltv2"));
    buildUnVotes(dir.resolve("data_extract"));
    buildSanctions(dir.resolve("sanctions"));
    LocalMirror mirror = new LocalMirror(dir, args.length > 3 ? Integer.parseInt(args[3]) : 0);
    System.out.println(
        "Serving until Ctrl-C:\n  "
            + mirror.base()
            + "gdeltv2/       GDELT 2.0: "
            + built.size()
            + " 15-minute files and their lists\n  "
            + mirror.base()
            + "data_extract/  UN votes: session 80 as of 2026-02-15, ES-10, ES-11\n  "
            + mirror.base()
            + "sanctions/     the UN consolidated list and OFAC's SDN list");
  }
}
