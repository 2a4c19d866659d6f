package org.entente.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the routes: a malformed or ambiguous
 * URL (400), one too long (414), headers too large (431), a failure outside a route (500). They are
 * the API's JSON {@code {"error": …}} with the security headers of every other answer, instead of
 * Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Jetty's reasons can quote the request; an error names the problem, not the input. */
  private static final int MAX_REASON = 120;

  @Override
  public boolean errorPageForMethod(String method) {
    return true; // JSON for every method, HEAD's body dropped by Jetty
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    ApiServer.SECURITY_HEADERS.forEach(headers::put);
    headers.put(HttpHeader.CONTENT_TYPE, ApiServer.JSON);
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    ApiServer.SECURITY_HEADERS.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, ApiServer.JSON);
    return ByteBuffer.wrap(body(status, reason));
  }

  /** The answer's bytes, e.g. {@code {"error":"the URL is too long: …"}}. */
  static byte[] body(int status, String reason) {
    String error =
        switch (status) {
          case 400 ->
              "bad request: "
                  + (reason == null || reason.equalsIgnoreCase(HttpStatus.getMessage(400))
                      ? "a malformed or ambiguous URL (a '..' segment, an invalid %-escape)"
                      : clip(reason));
          case 404 -> "no such page or endpoint; /api/openapi.json lists the API's endpoints";
          case 414 -> "the URL is too long: send long input in the body of a POST";
          case 431 -> "the request's headers are too large";
          case 500 -> "internal error; the server's log has the details";
          default ->
              HttpStatus.getMessage(status).toLowerCase(Locale.ROOT)
                  + (reason == null || reason.isBlank() ? "" : ": " + clip(reason));
        };
    try {
      return MAPPER.writeValueAsBytes(Map.of("error", error));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String clip(String reason) {
    String r = reason.strip();
    return r.length() > MAX_REASON ? r.substring(0, MAX_REASON) + "…" : r;
  }
}
