package org.entente.serve;

import java.util.List;

/**
 * A request the client can correct, answered as {@code {"error": …, "parameter": …}} with its
 * status; {@code suggestions} carries close state names for an unknown one. A busy server's 503
 * also says, in {@code Retry-After}, when to ask again.
 */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String parameter;
  private final transient List<String> suggestions;
  private final int retryAfter;

  ApiException(int status, String message, String parameter, List<String> suggestions) {
    this(status, message, parameter, suggestions, 0);
  }

  private ApiException(
      int status, String message, String parameter, List<String> suggestions, int retryAfter) {
    super(message, null, false, false);
    this.status = status;
    this.parameter = parameter;
    this.suggestions = List.copyOf(suggestions);
    this.retryAfter = retryAfter;
  }

  /** 400: a bad or missing parameter, named. */
  static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, message, parameter, List.of());
  }

  /** 404: a well-formed question the store has no answer to; the message says why. */
  static ApiException noData(String message) {
    return new ApiException(404, message, null, List.of());
  }

  /**
   * 503: the server is at its limit for this kind of request; the same request may succeed later.
   */
  static ApiException busy(String message, int retryAfterSeconds) {
    return new ApiException(503, message, null, List.of(), retryAfterSeconds);
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

  /** Seconds for {@code Retry-After}; 0 when the answer will not change by waiting. */
  int retryAfter() {
    return retryAfter;
  }
}
