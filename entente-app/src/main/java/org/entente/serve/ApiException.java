package org.entente.serve;

import java.util.List;

/**
 * A request the client can correct, answered as {@code {"error": …, "parameter": …}} with its
 * status; {@code suggestions} carries close state names for an unknown one.
 */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String parameter;
  private final transient List<String> suggestions;

  ApiException(int status, String message, String parameter, List<String> suggestions) {
    super(message, null, false, false);
    this.status = status;
    this.parameter = parameter;
    this.suggestions = List.copyOf(suggestions);
  }

  /** 400: a bad or missing parameter, named. */
  static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, message, parameter, List.of());
  }

  /** 422: a request body that is no article (binary, control characters); the message says why. */
  static ApiException unreadable(String message) {
    return new ApiException(422, message, null, List.of());
  }

  /** 404: a well-formed question the store has no answer to; the message says why. */
  static ApiException noData(String message) {
    return new ApiException(404, message, null, List.of());
  }

  int status() {
    return status;
  }

  String parameter() {
    return parameter;
  }

  List<String> suggestions() {
    return suggestions;
  }
}
