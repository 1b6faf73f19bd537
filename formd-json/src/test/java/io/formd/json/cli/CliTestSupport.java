package io.formd.json.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code formd} in-process and keeps what it printed. */
final class CliTestSupport {

  final int exitCode;
  final String out;
  final String err;

  CliTestSupport(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static CliTestSupport formd(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FormdCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliTestSupport(code, out.toString(), err.toString());
  }
}
