package io.formd.json.cli;

/** The command line run in-process, for tests outside this package. */
public final class CliAccess {

  /** What a run printed and its exit code. */
  public record Run(int exitCode, String out, String err) {}

  private CliAccess() {}

  /**
   * @param args the arguments
   * @return what {@code formd args} printed and returned
   */
  public static Run formd(String... args) {
    CliTestSupport run = CliTestSupport.formd(args);
    return new Run(run.exitCode, run.out, run.err);
  }
}
