package io.dslint.cli;

/** A command line that cannot be run as given; exit code 2 with the message. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message, null, false, false);
  }
}
