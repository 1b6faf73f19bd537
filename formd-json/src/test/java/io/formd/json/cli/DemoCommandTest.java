package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void demoSummarisesTheAltirisSeed() {
    CliTestSupport run = formd("demo");
    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains("Issuer:   Altiris, Inc.")
        .contains("Related persons (Part A.2): 13")
        .contains("Entities Affiliated with Technology Crossover Ventures")
        .contains("$10,000,000.00")
        .contains("$301,000.00 (estimate)")
        .contains("$9,699,000.00")
        .contains("Craig H. Christensen, Secretary")
        .contains("0 errors, 0 warnings, 1 remark")
        .contains("INFO D-PAPER-EDITION-EXPIRED editionExpires");
    assertThat(run.err).isEmpty();
  }

  @Test
  void versionAndHelpWork() {
    CliTestSupport version = formd("--version");
    assertThat(version.exitCode).isZero();
    assertThat(version.out).startsWith("formd ");
    CliTestSupport help = formd("--help");
    assertThat(help.exitCode).isZero();
    assertThat(help.out).contains("Usage: formd").contains("demo");
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithExitCode2() {
    CliTestSupport run = formd("frobnicate");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("frobnicate");
  }
}
