package io.formd.json;

import static io.formd.json.cli.CliAccess.formd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EDGAR's full submission file: the envelope's facts, the Form D inside it located in the whole file, the filing date
 * reaching the 15-day rule, and a clear refusal of what is not a Form D submission.
 */
public class EdgarSubmissionFileTest {

  @TempDir
  Path dir;

  private static final String FIXTURE = "d-other-06b-x0708-0001829412-20-000002.xml";

  /** The envelope EDGAR wraps around a Form D (its layout as EDGAR disseminates it), around a fixture. */
  public static String envelope(String xml, String type, String filed) {
    return "<SEC-DOCUMENT>0001829412-20-000002.txt : " + filed + "\n"
        + "<SEC-HEADER>0001829412-20-000002.hdr.sgml : " + filed + "\n"
        + "<ACCEPTANCE-DATETIME>" + filed + "163012\n"
        + "ACCESSION NUMBER:\t\t0001829412-20-000002\n"
        + "CONFORMED SUBMISSION TYPE:\t" + type + "\n"
        + "PUBLIC DOCUMENT COUNT:\t\t1\n"
        + "FILED AS OF DATE:\t\t" + filed + "\n"
        + "DATE AS OF CHANGE:\t\t" + filed + "\n"
        + "EFFECTIVENESS DATE:\t\t" + filed + "\n\n"
        + "FILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\tEXAMPLE ISSUER LLC\n"
        + "\t\tCENTRAL INDEX KEY:\t\t\t0001829412\n\n"
        + "\tFILING VALUES:\n\t\tFORM TYPE:\t\t" + type + "\n\t\tSEC ACT:\t\t1933 Act\n"
        + "\t\tSEC FILE NUMBER:\t021-368920\n\t\tFILM NUMBER:\t\t20690466\n\n"
        + "</SEC-HEADER>\n"
        + "<DOCUMENT>\n<TYPE>" + type + "\n<SEQUENCE>1\n<FILENAME>primary_doc.xml\n<TEXT>\n<XML>\n"
        + xml + (xml.endsWith("\n") ? "" : "\n")
        + "</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
  }

  /** The dissemination feed's {@code .nc} form of the same submission: a tagged header. */
  static String ncEnvelope(String xml, String type, String filed) {
    return "<SUBMISSION>\n<ACCESSION-NUMBER>0001829412-20-000002\n<TYPE>" + type + "\n<PUBLIC-DOCUMENT-COUNT>1\n"
        + "<FILING-DATE>" + filed + "\n<DATE-OF-FILING-DATE-CHANGE>" + filed + "\n<EFFECTIVENESS-DATE>" + filed + "\n"
        + "<FILER>\n<COMPANY-DATA>\n<CONFORMED-NAME>EXAMPLE ISSUER LLC\n<CIK>0001829412\n</COMPANY-DATA>\n"
        + "<FILING-VALUES>\n<FORM-TYPE>" + type + "\n<ACT>33\n<FILE-NUMBER>021-368920\n</FILING-VALUES>\n</FILER>\n"
        + "<DOCUMENT>\n<TYPE>" + type + "\n<SEQUENCE>1\n<FILENAME>primary_doc.xml\n<TEXT>\n<XML>\n"
        + xml + (xml.endsWith("\n") ? "" : "\n")
        + "</XML>\n</TEXT>\n</DOCUMENT>\n</SUBMISSION>\n";
  }

  @Test
  void theFeedsNcFormWithItsTaggedHeaderGivesTheSameFacts() throws Exception {
    String xml = fixtureXml();
    byte[] nc = ncEnvelope(xml, "D", "20200305").getBytes(StandardCharsets.UTF_8);
    assertThat(EdgarSubmissionFile.looksLikeOne(nc)).isTrue();
    EdgarSubmissionFile file = EdgarSubmissionFile.read(nc);
    assertThat(file.filing()).isEqualTo(FormDXml.read(xml));
    assertThat(file.accessionNumber()).isEqualTo("0001829412-20-000002");
    assertThat(file.formType()).isEqualTo("D");
    assertThat(file.filedDate()).isEqualTo(LocalDate.of(2020, 3, 5));
    assertThat(file.filerCik()).contains("0001829412");
    assertThat(file.filerName()).contains("EXAMPLE ISSUER LLC");
    assertThat(file.fileNumber()).contains("021-368920");
    assertThat(EdgarSubmissionFile.read(ncEnvelope(xml, "D", "20200305").getBytes(StandardCharsets.UTF_8))
        .fileNumber()).contains("021-368920");
    assertThat(file.sourceMap().locate("issuers[0].address.zipCode").orElseThrow().line())
        .isGreaterThan(13);
    byte[] notD = ncEnvelope(xml, "8-K", "20200305").getBytes(StandardCharsets.UTF_8);
    Assertions.assertThatThrownBy(() -> EdgarSubmissionFile.read(notD))
        .isInstanceOf(FormDReadException.class).hasMessageContaining("a 8-K, not a Form D");
  }

  private static String fixtureXml() {
    return new String(Fixtures.bytes(FIXTURE), StandardCharsets.UTF_8);
  }

  @Test
  void theEnvelopesFactsAndTheFilingAreRead() throws Exception {
    String xml = fixtureXml();
    EdgarSubmissionFile file = EdgarSubmissionFile.read(envelope(xml, "D", "20200305")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(file.filing()).isEqualTo(FormDXml.read(xml));
    assertThat(file.accessionNumber()).isEqualTo("0001829412-20-000002");
    assertThat(file.formType()).isEqualTo("D");
    assertThat(file.filedDate()).isEqualTo(LocalDate.of(2020, 3, 5));
    assertThat(file.acceptedAt()).contains(LocalDateTime.of(2020, 3, 5, 16, 30, 12));
    assertThat(file.filerCik()).contains("0001829412");
    assertThat(file.filerName()).contains("EXAMPLE ISSUER LLC");
    assertThat(FormDFiles.read(envelope(xml, "D", "20200305").getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(file.filing());
  }

  @Test
  void aFindingPointsAtItsLineInTheWholeFile() throws Exception {
    String xml = fixtureXml().replaceFirst("<zipCode>[^<]*</zipCode>", "<zipCode>ab_c</zipCode>");
    String text = envelope(xml, "D", "20200305");
    EdgarSubmissionFile file = EdgarSubmissionFile.read(text.getBytes(StandardCharsets.UTF_8));
    Finding zip = RuleSets.builtIn().validate(file.filing()).findingsOf("D-XSD-ZIP").get(0);
    int expected = text.substring(0, text.indexOf("<zipCode>ab_c")).split("\n", -1).length;
    assertThat(file.sourceMap().locate(zip.path()).orElseThrow().line()).isEqualTo(expected);
  }

  @Test
  void theFiledDateIsTheFifteenDayRulesFilingDateOnTheCommandLine() throws Exception {
    String xml = fixtureXml();
    LocalDate firstSale = FormDXml.read(xml).offering().typeOfFiling().dateOfFirstSale().orElseThrow();
    Path late = Files.writeString(dir.resolve("0001829412-20-000002.txt"),
        envelope(xml, "D", firstSale.plusDays(40).toString().replace("-", "")));
    var run = formd("validate", late.toString());
    assertThat(run.out()).contains("INFO D-TIME-NEW-NOTICE-15D").contains("1 file:");
    Path onTime = Files.writeString(dir.resolve("0001829412-20-000003.txt"),
        envelope(xml, "D", firstSale.plusDays(1).toString().replace("-", "")));
    assertThat(formd("validate", onTime.toString()).out()).doesNotContain("D-TIME-NEW-NOTICE-15D");
    Files.writeString(dir.resolve("notes.txt"), "not a filing");
    var folder = formd("validate", dir.toString());
    assertThat(folder.out()).contains("2 files:").doesNotContain("notes.txt");
  }

  @Test
  void whatIsNotAFormDSubmissionIsRefusedClearly() {
    String xml = fixtureXml();
    assertThatThrownBy(() -> EdgarSubmissionFile.read(envelope(xml, "10-K", "20200305")
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(FormDReadException.class)
        .hasMessageContaining("is a 10-K, not a Form D");
    assertThatThrownBy(() -> EdgarSubmissionFile.read(envelope(xml, "D", "20200305").replace("FILED AS OF DATE", "X")
        .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("no FILED AS OF DATE");
    assertThatThrownBy(() -> EdgarSubmissionFile.read(envelope(xml, "D", "20200305").replace("<XML>", "<PDF>")
        .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("no Form D document");
    String broken = envelope(xml.replaceFirst("<cik>", "<cik><oops/>"), "D", "20200305");
    int line = broken.substring(0, broken.indexOf("<oops/>")).split("\n", -1).length;
    assertThatThrownBy(() -> EdgarSubmissionFile.read(broken.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FormDReadException.class).hasMessageContaining("line " + line);
    assertThat(List.of(EdgarSubmissionFile.looksLikeOne("  <SEC-DOCUMENT>x".getBytes(StandardCharsets.US_ASCII)),
        EdgarSubmissionFile.looksLikeOne("<edgarSubmission>".getBytes(StandardCharsets.US_ASCII))))
        .containsExactly(true, false);
  }

  @Test
  void anAmendmentsEnvelopeSaysDa() throws Exception {
    ElectronicFormD published = FormDXml.read(fixtureXml());
    assertThat(EdgarSubmissionFile.read(envelope(fixtureXml(), "D/A", "20210105").getBytes(StandardCharsets.UTF_8))
        .formType()).isEqualTo("D/A");
    assertThat(published).isNotNull();
  }

  @Test
  void crlfEnvelopesASecondDocumentFirstAndTheDocumentOnTheXmlLineAreReadToo() throws Exception {
    String xml = fixtureXml();
    String crlf = envelope(xml, "D", "20200305").replace("\n", "\r\n");
    EdgarSubmissionFile file = EdgarSubmissionFile.read(crlf.getBytes(StandardCharsets.UTF_8));
    assertThat(file.filing()).isEqualTo(FormDXml.read(xml));
    assertThat(file.filedDate()).isEqualTo(LocalDate.of(2020, 3, 5));
    // An exhibit before the Form D document: the D is found by its type.
    String exhibit = "<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>2\n<TEXT>\n<XML>\n<other/>\n</XML>\n</TEXT>\n</DOCUMENT>\n";
    String two = envelope(xml, "D", "20200305").replace("</SEC-HEADER>\n", "</SEC-HEADER>\n" + exhibit);
    assertThat(EdgarSubmissionFile.read(two.getBytes(StandardCharsets.UTF_8)).filing()).isEqualTo(FormDXml.read(xml));
    // The document starting on the <XML> line itself: its columns on that line are shifted by the tag.
    String inline = envelope(xml, "D", "20200305").replace("<XML>\n", "<XML>");
    String broken = inline.replaceFirst("<\\?xml[^>]*\\?>", "")
        .replace("<edgarSubmission>", "<edgarSubmission><oops/>");
    int at = broken.indexOf("<oops/>");
    int line = broken.substring(0, at).split("\n", -1).length;
    assertThatThrownBy(() -> EdgarSubmissionFile.read(broken.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("line " + line);
    String unclosed = envelope(xml, "D", "20200305").replace("</XML>", "");
    assertThatThrownBy(() -> EdgarSubmissionFile.read(unclosed.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("not closed by </XML>");
    assertThatThrownBy(() -> EdgarSubmissionFile.read(envelope(xml, "D", "2020030x").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("FILED AS OF DATE");
  }

  @Test
  void theEnvelopeWithoutAcceptanceOrFilerStillReads() throws Exception {
    String bare = envelope(fixtureXml(), "D", "20200305").replaceFirst("<ACCEPTANCE-DATETIME>\\d+\n", "")
        .replaceFirst("(?s)FILER:.*?\n\n</SEC-HEADER>", "</SEC-HEADER>");
    EdgarSubmissionFile file = EdgarSubmissionFile.read(bare.getBytes(StandardCharsets.UTF_8));
    assertThat(file.acceptedAt()).isEmpty();
    assertThat(file.filerCik()).isEmpty();
    assertThat(file.filerName()).isEmpty();
  }

  private static List<String> disagreements(String text, LocalDate today) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return EdgarSubmissionFile.read(bytes).disagreements(today).stream().map(Finding::ruleId).toList();
  }

  @Test
  void anEnvelopeThatDisagreesWithItsDocumentIsReportedWithBothValues() throws Exception {
    String xml = fixtureXml();
    LocalDate today = LocalDate.of(2026, 12, 7);
    assertThat(disagreements(envelope(xml, "D", "20200305"), today)).as("EDGAR's own envelope agrees").isEmpty();
    assertThat(disagreements(ncEnvelope(xml, "D", "20200305"), today)).isEmpty();
    byte[] typed = envelope(xml, "D/A", "20200305").getBytes(StandardCharsets.UTF_8);
    assertThat(EdgarSubmissionFile.read(typed).disagreements(today)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("D-ENVELOPE-FORM-TYPE");
      assertThat(f.values()).containsEntry("header", "D/A").containsEntry("document", "D");
    });
    assertThat(disagreements(envelope(xml, "D", "20200305").replace("0001829412\n\n", "0000320193\n\n"), today))
        .containsExactly("D-ENVELOPE-CIK");
    String exhibit = "<DOCUMENT>\n<TYPE>D\n<SEQUENCE>2\n<TEXT>\n<XML>\n" + xml + "\n</XML>\n</TEXT>\n</DOCUMENT>\n";
    assertThat(disagreements(envelope(xml, "D", "20200305").replace("</SEC-DOCUMENT>", exhibit + "</SEC-DOCUMENT>"),
        today)).containsExactly("D-ENVELOPE-DOCUMENTS");
    assertThat(disagreements(envelope(xml, "D", "20990305"), today)).containsExactly("D-ENVELOPE-FILED-DATE");
    assertThat(disagreements(envelope(xml, "D", "20200305").replace("ACCESSION NUMBER:\t\t0001829412-20-000002",
        "ACCESSION NUMBER:\t\t1829412-20-2"), today)).containsExactly("D-ENVELOPE-ACCESSION");
    String self = xml.replace("<submissionType>D</submissionType>", "<submissionType>D/A</submissionType>")
        .replace("<isAmendment>false</isAmendment>", "<isAmendment>true</isAmendment>"
            + "<previousAccessionNumber>0001829412-20-000002</previousAccessionNumber>");
    assertThat(disagreements(envelope(self, "D/A", "20200305"), today)).containsExactly("D-ENVELOPE-AMENDS-ITSELF");
  }

  @Test
  void validateReportsTheEnvelopesDisagreements() throws Exception {
    Path file = Files.writeString(dir.resolve("0001829412-20-000002.txt"), envelope(fixtureXml(), "D/A",
        "20201012"));
    var run = formd("validate", file.toString());
    assertThat(run.out()).contains("WARNING D-ENVELOPE-FORM-TYPE").contains("the header's form type is D/A but the "
        + "document's submissionType is D");
  }
}
