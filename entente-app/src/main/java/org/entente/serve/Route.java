package org.entente.serve;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One endpoint of the API: method, path, the query parameters it takes (any other is refused) and
 * its handler; {@code writes} when it changes the store (token required). The OpenAPI file
 * documents exactly these ({@code OpenApiIT}).
 */
record Route(String method, String path, List<String> parameters, Handler handler, boolean writes) {

  Route(String method, String path, List<String> parameters, Handler handler) {
    this(method, path, parameters, handler, false);
  }

  /** This route, changing the store: only with the server's token. */
  Route writing() {
    return new Route(method, path, parameters, handler, true);
  }

  Route {
    if (!method.equals("GET") && !method.equals("POST")) {
      throw new IllegalArgumentException("method must be GET or POST, was " + method);
    }
    if (!path.startsWith("/api/v1/")) {
      throw new IllegalArgumentException("path must start with /api/v1/, was " + path);
    }
    parameters = List.copyOf(parameters);
  }
}
