package io.formd.json.cli;

import io.formd.core.examples.Altiris2003;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code formd demo}: the project's seed, the Altiris, Inc. paper Form D of December 2003. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Show the Altiris, Inc. paper Form D of 2003 (the project's seed): issuer, persons, Part C.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PaperSummary.print(Altiris2003.filing(), spec.commandLine().getOut());
    return 0;
  }
}
