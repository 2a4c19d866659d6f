package org.entente.serve;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.store.Store;

/**
 * {@code entente serve}: the REST API under {@code /api/v1} (documented at {@code
 * /api/openapi.json}) and the web pages of the jar's {@code web/} folder, on embedded Jetty.
 *
 * <p>Read-only unless started with a token: writing routes answer 403 without one, 401 without the
 * right {@code Authorization: Bearer} header. Bodies over 1 MiB are refused (413). Every error is
 * JSON {@code {"error": …, "parameter": …}}, never a stack trace, those Jetty answers itself
 * included ({@link JettyErrors}); a wrong method is 405 with {@code Allow}. Writes run one at a
 * time ({@link WriteQueue}) and long computations within limits ({@link HeavyWork}), beyond which a
 * 503 says when to come back. No CORS headers: browsers keep other sites' pages from reading the
 * API.
 *
 * <pre>{@code
 * try (ApiServer server = ApiServer.start(store, "127.0.0.1", 0, null, System.err)) {
 *   URI api = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/triad?a=CHN&b=RUS&c=PRK");
 * }
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {

  static final String JSON = "application/json; charset=utf-8";

  /** The request attribute that holds the matched route's parameter names, for {@link Params}. */
  static final String ROUTE_PARAMETERS = "entente.route.parameters";

  /** The request attribute that holds the JSON answer's bytes, for the {@link ResponseCache}. */
  static final String ANSWER = "entente.answer";

  /**
   * The request attribute that names a GET request's question (path, parameters and the store's
   * generation), for {@link HeavyWork} to share one computation among identical requests.
   */
  static final String QUESTION = "entente.question";

  /** How many writes may wait behind the running one (an import takes well under a second). */
  static final int WRITES_WAITING = 32;

  /** How long a write waits for its turn at most. */
  static final Duration WRITE_WAIT = Duration.ofSeconds(60);

  /** The largest request body accepted: an article of a few hundred thousand characters. */
  public static final long MAX_BODY = 1 << 20;

  /** Sent with every answer: pages load scripts and styles from this server only, never inline. */
  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
              + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
          "X-Content-Type-Options",
          "nosniff",
          "Referrer-Policy",
          "no-referrer",
          "X-Frame-Options",
          "DENY");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The IPAex Gothic font the PDF briefings embed, read on its first request (6 MB). */
  private static final class PageFont {
    static final byte[] BYTES = resource("/org/entente/report/brief/fonts/ipaexg.ttf");
  }

  private final Javalin app;
  private final StorePool pool;
  private final HeavyWork heavy;
  private final List<Route> routes;
  private final WriteQueue writes;
  private final Runnable changed;

  private ApiServer(
      Javalin app,
      StorePool pool,
      HeavyWork heavy,
      List<Route> routes,
      WriteQueue writes,
      Runnable changed) {
    this.app = app;
    this.pool = pool;
    this.heavy = heavy;
    this.routes = routes;
    this.writes = writes;
    this.changed = changed;
  }

  /**
   * Starts serving {@code store}, which the server closes when it stops.
   *
   * @param port 0 for a free port ({@link #port()} tells which)
   * @param token the bearer token writing routes need; null or blank: read-only
   * @param log hears unexpected errors, with their stack trace (clients get none)
   */
  public static ApiServer start(Store store, String host, int port, String token, PrintStream log) {
    return start(store, host, port, token, log, HeavyWork.Limits.forThisMachine());
  }

  /**
   * As {@link #start(Store, String, int, String, PrintStream)}, heavy requests within {@code
   * limits}.
   */
  static ApiServer start(
      Store store, String host, int port, String token, PrintStream log, HeavyWork.Limits limits) {
    StorePool pool =
        new StorePool(store, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    ServerServices services = new ServerServices(pool);
    HeavyWork heavy = new HeavyWork(limits);
    WriteQueue writes = new WriteQueue(WRITES_WAITING, WRITE_WAIT);
    List<Route> routes = new ApiRoutes(pool, services, heavy, writes).routes();
    Map<String, String> allowed = allowedMethods(routes);
    ResponseCache cache = new ResponseCache();
    byte[] openApi = resource("/org/entente/serve/openapi.json");
    byte[] expected = token == null || token.isBlank() ? null : bytes("Bearer " + token.strip());
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.host = host;
              config.jetty.port = port;
              config.http.maxRequestSize = MAX_BODY;
              config.http.prefer405over404 = true;
              config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                    files.headers = SECURITY_HEADERS;
                  });
              config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
              config.routes.get("/api/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
              // The pages' Japanese glyphs on machines without a Japanese font (the briefings'
              // IPAex font; style.css asks for it only for kana and kanji, after the system's own).
              config.routes.get(
                  "/fonts/ipaexg.ttf",
                  ctx ->
                      ctx.contentType("font/ttf")
                          .header("Cache-Control", "public, max-age=604800")
                          .result(PageFont.BYTES));
              config.routes.get("/feeds/alerts.atom", ctx -> alertsFeed(ctx, pool));
              for (Route route : routes) {
                io.javalin.http.Handler handler =
                    ctx -> {
                      if (route.writes()) {
                        authorise(ctx, expected);
                      }
                      if (route.method().equals("POST")) {
                        limitBody(ctx);
                      }
                      ctx.attribute(ROUTE_PARAMETERS, route.parameters());
                      String key =
                          route.method().equals("GET")
                              ? ResponseCache.key(route.path(), ctx.queryParamMap())
                              : null;
                      byte[] known = key == null ? null : cache.get(key);
                      if (known != null) {
                        ctx.contentType(JSON).result(known);
                        return;
                      }
                      long generation = cache.generation();
                      if (key != null) {
                        ctx.attribute(QUESTION, key + "@" + generation);
                      }
                      route.handler().handle(ctx);
                      byte[] answer = ctx.attribute(ANSWER);
                      if (key != null && answer != null && ctx.statusCode() == 200) {
                        cache.put(key, answer, generation);
                      }
                      if (route.writes()) {
                        cache.clear(); // the store has changed under every answer
                        services.storeChanged();
                        pool.storeChanged();
                      }
                    };
                if (route.method().equals("GET")) {
                  config.routes.get(route.path(), handler);
                } else {
                  config.routes.post(route.path(), handler);
                }
              }
              config.routes.exception(
                  ApiException.class,
                  (e, ctx) -> {
                    if (e.retryAfter() > 0) {
                      ctx.header("Retry-After", Integer.toString(e.retryAfter()));
                    }
                    error(ctx, e.status(), e.getMessage(), e.parameter(), e.suggestions());
                  });
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> {
                    if (e.getStatus() == 405) {
                      String allow = allowed.getOrDefault(ctx.path(), "");
                      ctx.header("Allow", allow);
                      error(
                          ctx,
                          405,
                          ctx.method() + " is not allowed on " + ctx.path() + "; it takes " + allow,
                          null,
                          List.of());
                      return;
                    }
                    error(ctx, e.getStatus(), e.getMessage(), null, List.of());
                  });
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    log.println("entente serve: " + ctx.method() + " " + ctx.path() + " failed:");
                    e.printStackTrace(log);
                    error(
                        ctx,
                        500,
                        "internal error; the server's log has the details",
                        null,
                        List.of());
                  });
              config.routes.error(
                  404,
                  "*",
                  ctx -> {
                    if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                      error(
                          ctx,
                          404,
                          "no such endpoint: "
                              + ctx.method()
                              + " "
                              + ctx.path()
                              + "; /api/openapi.json lists them",
                          null,
                          List.of());
                    }
                  });
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      heavy.close();
      pool.close();
      throw e;
    }
    Runnable changed =
        () -> {
          cache.clear(); // the store has changed under every answer
          services.storeChanged();
          pool.storeChanged();
        };
    return new ApiServer(app, pool, heavy, routes, writes, changed);
  }

  /** The port the server listens on. */
  /** Runs {@code work} on a connection of its own, beside the requests (a scheduled update). */
  public <T> T read(java.util.function.Function<Store, T> work) {
    return pool.with(s -> work.apply(s.store));
  }

  /**
   * Runs {@code work} as one of the server's writes, one at a time with the API's (a scheduled
   * update): until it commits, requests are answered from the store as it was; after it, no answer
   * computed before is sent again.
   */
  public void write(java.util.function.Consumer<Store> work) {
    writes.write(
        () ->
            pool.with(
                s -> {
                  work.accept(s.store);
                  return null;
                }));
    changed.run();
  }

  public int port() {
    return app.port();
  }

  /**
   * The newest 100 alerts as an Atom 1.0 feed, its links made from the address the client asked (so
   * that they work through whatever name or proxy it used).
   */
  private static void alertsFeed(io.javalin.http.Context ctx, StorePool pool) {
    List<org.entente.analyze.Alert> alerts =
        pool.with(s -> new org.entente.store.Watches(s.store).alerts(null, 100));
    String host = ctx.host() == null || ctx.host().isBlank() ? "127.0.0.1" : ctx.host();
    java.net.URI base = java.net.URI.create(ctx.scheme() + "://" + host + "/");
    java.time.Instant updated =
        alerts.isEmpty() ? lastModified(pool.store().file()) : alerts.get(0).raisedAt();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    org.entente.report.AtomFeed.write(
        alerts, base, pool.store().file().getFileName().toString(), updated, out);
    ctx.contentType("application/atom+xml; charset=utf-8").result(out.toByteArray());
  }

  private static java.time.Instant lastModified(java.nio.file.Path file) {
    try {
      return java.nio.file.Files.getLastModifiedTime(file).toInstant();
    } catch (java.io.IOException e) {
      return java.time.Instant.EPOCH;
    }
  }

  List<Route> routes() {
    return routes;
  }

  @Override
  public void close() {
    app.stop();
    heavy.close(); // a computation still running uses a connection of the pool
    pool.close();
  }

  /** The methods each path takes, for a 405's {@code Allow} header: {@code "GET, HEAD"}. */
  private static Map<String, String> allowedMethods(List<Route> routes) {
    Map<String, String> allowed = new LinkedHashMap<>();
    allowed.put("/api/openapi.json", "GET, HEAD");
    for (Route route : routes) {
      allowed.merge(
          route.path(),
          route.method().equals("GET") ? "GET, HEAD" : route.method(),
          (a, b) -> a + ", " + b);
    }
    return allowed;
  }

  private static void authorise(Context ctx, byte[] expected) {
    if (expected == null) {
      throw new ApiException(
          403,
          "this server is read-only: start it with --token TOKEN to allow writing",
          null,
          List.of());
    }
    String given = ctx.header("Authorization");
    if (given == null || !MessageDigest.isEqual(bytes(given.strip()), expected)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(
          401, "writing needs the server's token: Authorization: Bearer TOKEN", null, List.of());
    }
  }

  private static void limitBody(Context ctx) {
    if (ctx.contentLength() > MAX_BODY) {
      throw new ApiException(
          413, "the request body is over " + MAX_BODY + " bytes (1 MiB)", null, List.of());
    }
  }

  private static void error(
      Context ctx, int status, String message, String parameter, List<String> suggestions) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    if (!suggestions.isEmpty()) {
      body.put("suggestions", suggestions);
    }
    SECURITY_HEADERS.forEach(ctx::header); // also when the before handler has not run
    try {
      ctx.status(status).contentType(JSON).result(MAPPER.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} as a JSON string literal, quotes included. */
  static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
