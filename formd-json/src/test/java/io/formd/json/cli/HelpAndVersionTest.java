package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndVersionTest {

  @ParameterizedTest
  @ValueSource(strings = {"validate", "convert", "fake", "rules", "demo"})
  void everyCommandHasHelpAndVersion(String command) {
    CliTestSupport help = formd(command, "--help");
    assertThat(help.exitCode).isZero();
    assertThat(help.out).contains("Usage: formd " + command).contains("--version");
    CliTestSupport version = formd(command, "--version");
    assertThat(version.exitCode).isZero();
    assertThat(version.out).startsWith("formd ");
  }
}
