package org.entente.cli;

/** A request the user can correct; its message says how. Exits with status 1. */
final class UserException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }
}
