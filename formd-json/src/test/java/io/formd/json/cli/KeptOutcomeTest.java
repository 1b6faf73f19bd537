package io.formd.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.FormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.ValidationReport;
import io.formd.json.FormDFiles;
import io.formd.json.Located;
import io.formd.json.SourceMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code formd validate --format json|sarif|junit} keeps of each file until it writes its report: the places of
 * the findings, not the file's source map (its bytes) or its filing. Kept whole, 60,000 files filled a 256 MB heap.
 */
class KeptOutcomeTest {

  private static ValidateCommand.Outcome checked(String fixture) throws Exception {
    Path file = ValidateAndConvertTest.fixture(fixture);
    Located<FormD> read = FormDFiles.readLocated(Files.readAllBytes(file));
    ValidationReport report = RuleSets.builtIn().validate(read.value());
    return new ValidateCommand.Outcome(file, report, read.sourceMap(), null, null, read.value());
  }

  @Test
  void aKeptOutcomeLocatesEachFindingWhereItsSourceMapDidAndHoldsNoFiling() throws Exception {
    ValidateCommand.Outcome outcome = checked("d-opco-pharma-llc-506b-x0707-cik0001171623.xml");
    assertThat(outcome.report().findings()).isNotEmpty();
    ValidateCommand.Outcome kept = outcome.kept(new HashMap<>());
    assertThat(kept.filing()).isNull();
    assertThat(kept.report()).isSameAs(outcome.report());
    assertThat(kept.sourceMap()).isNotSameAs(outcome.sourceMap());
    for (Finding f : outcome.report().findings()) {
      assertThat(kept.sourceMap().locate(f.path())).isPresent().isEqualTo(outcome.sourceMap().locate(f.path()));
    }
    // Only the findings' places are kept: the whole filing's place is not one of them here.
    assertThat(kept.sourceMap().locate("issuers[0]")).isEmpty();
    // Kept again (places found when the file was checked, then kept for the end): the same places, not a copy.
    assertThat(kept.kept(new HashMap<>()).sourceMap()).isSameAs(kept.sourceMap());
  }

  @Test
  void aCleanFileKeepsOnlyItsReport() throws Exception {
    ValidateCommand.Outcome outcome = checked("d-other-06b-x0708-0001829412-20-000002.xml");
    assertThat(outcome.report().findings()).isEmpty();
    ValidateCommand.Outcome kept = outcome.kept(new HashMap<>());
    assertThat(kept.filing()).isNull();
    assertThat(kept.sourceMap().locate("")).isEmpty();
    assertThat(outcome.sourceMap().locate("")).isPresent();
  }

  @Test
  void cleanFilesWithEqualReportsShareOne() throws Exception {
    Map<String, ValidationReport> shared = new HashMap<>();
    ValidateCommand.Outcome first = checked("d-other-06b-x0708-0001829412-20-000002.xml").kept(shared);
    ValidateCommand.Outcome again = checked("d-other-06b-x0708-0001829412-20-000002.xml");
    assertThat(again.report()).isNotSameAs(first.report());
    assertThat(again.kept(shared).report()).isSameAs(first.report());
    assertThat(again.kept(shared).file()).isEqualTo(again.file());
    // A report with findings is its own, and so is a clean one of another date.
    ValidateCommand.Outcome findings = checked("d-opco-pharma-llc-506b-x0707-cik0001171623.xml");
    assertThat(findings.kept(shared).report()).isSameAs(findings.report());
    ValidateCommand.Outcome other = checked("d-other-06b-x0707-0001127855-14-000257.xml");
    assertThat(other.report().findings()).isEmpty();
    assertThat(other.report().asOf()).isNotEqualTo(first.report().asOf());
    assertThat(other.kept(shared).report()).isSameAs(other.report());
    assertThat(shared).hasSize(2);
  }

  @Test
  void anUnreadableFileIsKeptAsItIs() {
    ValidateCommand.Outcome unreadable = new ValidateCommand.Outcome(Path.of("x.xml"), null, null, "no such file",
        null);
    assertThat(unreadable.kept(new HashMap<>())).isSameAs(unreadable);
    assertThat(SourceMap.none().locate("")).isEmpty();
  }
}
