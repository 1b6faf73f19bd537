package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.SubmissionType;
import io.formd.json.EdgarSubmissionFileTest;
import io.formd.json.FormDJson;
import io.formd.json.FormDXml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmendCommandTest {

  private static final String FIXTURE = "d-other-06b-x0708-0001829412-20-000002.xml";

  @TempDir
  Path dir;

  private Path submissionFile() throws Exception {
    String xml = Files.readString(ValidateAndConvertTest.fixture(FIXTURE));
    return Files.writeString(dir.resolve("0001829412-20-000002.txt"),
        EdgarSubmissionFileTest.envelope(xml, "D", "20200305"));
  }

  @Test
  void aDraftFromEdgarsFileAmendsItsAccessionAndNeedsNoAmendmentUntilEdited() throws Exception {
    Path previous = submissionFile();
    Path draftFile = dir.resolve("draft.xml");
    CliTestSupport run = formd("amend", "--date", "2020-06-01", "-o", draftFile.toString(), previous.toString());
    assertThat(run.exitCode).isZero();
    assertThat(run.err).contains("the filer must add issuers[0].ccc").contains("D-SUB-CCC").contains("D-SUB-CONTACT");
    String xml = Files.readString(draftFile);
    assertThat(xml).contains("<submissionType>D/A</submissionType>").contains("<isAmendment>true</isAmendment>")
        .contains("<previousAccessionNumber>0001829412-20-000002</previousAccessionNumber>")
        .contains("<signatureDate>2020-06-01</signatureDate>").doesNotContain("<entityName>")
        .doesNotContain("<schemaVersion>");
    ElectronicFormD draft = FormDXml.read(xml);
    assertThat(draft.submissionType()).isEqualTo(SubmissionType.D_A);
    assertThat(draft.signatures()).allMatch(s -> s.date().equals(LocalDate.of(2020, 6, 1)));
    CliTestSupport check = formd("amendment", previous.toString(), draftFile.toString());
    assertThat(check.exitCode).as(check.out).isZero();
    assertThat(check.out).contains("No change requires an amendment");
  }

  @Test
  void aPlainDocumentNeedsTheAccessionNumberAndJsonIsOffered() throws Exception {
    Path xml = ValidateAndConvertTest.fixture(FIXTURE);
    CliTestSupport missing = formd("amend", xml.toString());
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.err).contains("give it with --accession");
    CliTestSupport bad = formd("amend", "--accession", "12-3", xml.toString());
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err).contains("'12-3' is not an accession number");
    CliTestSupport json = formd("amend", "--accession", "0001829412-20-000002", "--date", "2020-06-01", "--to", "json",
        xml.toString());
    assertThat(json.exitCode).isZero();
    ElectronicFormD draft = (ElectronicFormD) FormDJson.read(json.out);
    assertThat(draft.offering().typeOfFiling().previousAccessionNumber()).contains("0001829412-20-000002");
    CliTestSupport differs = formd("amend", "--accession", "0001829412-20-000009", submissionFile().toString());
    assertThat(differs.exitCode).isEqualTo(2);
    assertThat(differs.err).contains("differs from the file's own 0001829412-20-000002");
    assertThat(formd("amend", "--to", "yaml", "--accession", "0001829412-20-000002", xml.toString()).exitCode)
        .isEqualTo(2);
  }
}
