package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.formd.json.EdgarSubmissionFileTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {

  @TempDir
  Path dir;

  @Test
  void anIssuersSubmissionFilesBecomeAnOfferingWithItsObligations() throws Exception {
    String xml = Files.readString(ValidateAndConvertTest.fixture("d-other-06b-x0708-0001829412-20-000002.xml"));
    Path notice = Files.writeString(dir.resolve("0001829412-20-000002.txt"),
        EdgarSubmissionFileTest.envelope(xml, "D", "20200305"));
    CliTestSupport run = formd("timeline", "--as-of", "2021-04-01", notice.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).contains("offering 1: ").contains("2020-03-05 0001829412-20-000002 D")
        .contains("WARNING D-TIMELINE-ANNUAL-OVERDUE")
        .contains("next annual amendment due by 2021-03-05").contains("1 offering, 1 filing, as of 2021-04-01");
    JsonNode json = new ObjectMapper().readTree(
        formd("timeline", "--format", "json", "--as-of", "2021-04-01", notice.toString()).out);
    assertThat(json.get("asOf").asText()).isEqualTo("2021-04-01");
    assertThat(json.at("/offerings/0/filings/0/accessionNumber").asText()).isEqualTo("0001829412-20-000002");
    assertThat(json.at("/findings/0/ruleId").asText()).isEqualTo("D-TIMELINE-ANNUAL-OVERDUE");
    assertThat(json.at("/findings/0/dueDate").asText()).isEqualTo("2021-03-05");
    assertThat(json.at("/offerings/0/annualAmendmentDueBy").asText()).isEqualTo("2021-03-05");
    CliTestSupport plain = formd("timeline",
        ValidateAndConvertTest.fixture("d-other-06b-x0708-0001829412-20-000002.xml")
        .toString());
    assertThat(plain.exitCode).isEqualTo(2);
    assertThat(plain.err).contains("not EDGAR's full submission file");
  }
}
