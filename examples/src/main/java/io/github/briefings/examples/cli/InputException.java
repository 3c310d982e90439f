package io.github.briefings.examples.cli;

/** An input the tool cannot use; its message names the file and what is wrong, for people. */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
