package io.formd.json.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.rules.EdgarLookup;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.SkippedCheck;
import io.formd.core.rules.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EDGAR's records from the data sets: what the quarters cover is answered, what they do not is never "not on file". */
class DataSetLookupTest {

  @Test
  void theQuartersCompaniesAndFilingsAreAnsweredAndTheRestIsNotCovered() throws Exception {
    DataSetQuarter quarter = FormDDataSets.read(DataSetsTest.sample());
    DataSetLookup records = DataSetLookup.of(quarter);
    assertThat(records.quarters()).containsExactly("2025q2-sample");
    EdgarLookup.Company company = records.company("2074476").orElseThrow();
    assertThat(company.name()).isEqualTo("DICKERSON PIKE LLC");
    assertThat(company.jurisdiction()).contains("NEW YORK");
    EdgarLookup.AcceptedFiling filing = records.filing("0002074476-25-000001").orElseThrow();
    assertThat(filing.formType()).isEqualTo("D");
    assertThat(filing.issuerCiks()).containsExactly("0002074476");
    assertThatThrownBy(() -> records.filing("0009999999-19-000001")).isInstanceOf(EdgarLookup.NotCovered.class)
        .hasMessageContaining("not in the data sets loaded (2025q2-sample)");
    assertThatThrownBy(() -> records.company("9999999")).isInstanceOf(EdgarLookup.NotCovered.class);
    assertThatThrownBy(() -> records.credentialsMatch("2074476", "x1y2z3w#"))
        .isInstanceOf(EdgarLookup.NotCovered.class);
  }

  @Test
  void aCheckTheRecordsDoNotCoverIsListedAsNotRunWithNoFinding() throws Exception {
    DataSetQuarter quarter = FormDDataSets.read(DataSetsTest.sample());
    RuleSet rules = RuleSets.builtIn().withLookup(DataSetLookup.of(quarter));
    List<DataSetFiling> filings = DataSetsTest.filings(quarter);
    int notCovered = 0;
    for (DataSetFiling f : filings) {
      ValidationReport report = f.validate(rules);
      assertThat(report.findingsOf("D-EDGAR-CIK")).as(f.accessionNumber()).isEmpty();
      assertThat(report.findingsOf("D-EDGAR-ACCESSION")).as(f.accessionNumber()).isEmpty();
      assertThat(report.skippedChecks()).doesNotContain(new SkippedCheck("D-EDGAR-CIK",
          SkippedCheck.Reason.NOT_IN_LOOKUP));
      if (report.skippedChecks().contains(new SkippedCheck("D-EDGAR-ACCESSION", SkippedCheck.Reason.NOT_IN_LOOKUP))) {
        notCovered++;
        assertThat(f.filing().offering().typeOfFiling().previousAccessionNumber()).isPresent();
      }
    }
    assertThat(notCovered).as("D/As whose original is in an earlier quarter").isGreaterThan(10);
  }
}
