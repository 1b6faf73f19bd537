package io.formd.json.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * Standard output that remembers its first failure: {@code PrintStream} and {@code PrintWriter}
 * swallow write errors, so a full disk ({@code > /dev/full}) would otherwise end in exit 0 with a truncated result.
 * After a failure, further bytes are dropped (the command finishes, and its failure is then reported).
 */
final class CheckedOutput extends OutputStream {

  private final OutputStream out;
  private IOException failure;

  CheckedOutput(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    if (failure != null) {
      return;
    }
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      failure = e;
    }
  }

  @Override
  public void flush() {
    if (failure != null) {
      return;
    }
    try {
      out.flush();
    } catch (IOException e) {
      failure = e;
    }
  }

  /** @return the first write that failed, or null */
  IOException failure() {
    return failure;
  }

  /** @return whether the failure is a reader that went away ({@code formd validate DIR | head -1}) */
  boolean readerClosed() {
    String message = failure == null ? null : failure.getMessage();
    return message != null && message.contains("Broken pipe");
  }

  /**
   * @param code the command's exit code
   * @param err standard error
   * @return the exit code after the output's fate: a failed write is one line and 2; a closed pipe ends quietly with
   *     141, as a Unix tool killed by SIGPIPE does
   */
  int exitCode(int code, PrintWriter err) {
    flush();
    if (failure == null) {
      return code;
    }
    if (readerClosed()) {
      return 141;
    }
    err.println("formd: standard output cannot be written: " + (failure.getMessage() == null
        ? failure.getClass().getSimpleName() : failure.getMessage()));
    err.flush();
    return 2;
  }
}
