package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.formd.json.EdgarSubmissionFileTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
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

  @Test
  void aFeedGivenAsALinkToItsDirectoryIsReadAsTheDirectory() throws Exception {
    // Files.walk takes a link given to it for its only entry: a "latest" link to a feed was "no files".
    String xml = Files.readString(ValidateAndConvertTest.fixture("d-other-06b-x0708-0001829412-20-000002.xml"));
    Path feed = Files.createDirectories(dir.resolve("feed-2020"));
    Files.writeString(feed.resolve("0001829412-20-000002.txt"), EdgarSubmissionFileTest.envelope(xml, "D", "20200305"));
    Path latest = Files.createSymbolicLink(dir.resolve("latest"), feed);
    CliTestSupport run = formd("timeline", "--as-of", "2020-06-01", latest.toString());
    assertThat(run.out).doesNotContain("no files").contains("1 offering, 1 filing, as of 2020-06-01");
    assertThat(run.out).isEqualTo(formd("timeline", "--as-of", "2020-06-01", feed.toString()).out);
  }

  @Test
  void aFeedDirectoryIsReadWholeWithOtherFormsSkippedAndCounted() throws Exception {
    String xml = Files.readString(ValidateAndConvertTest.fixture("d-other-06b-x0708-0001829412-20-000002.xml"));
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Files.writeString(feed.resolve("0001829412-20-000002.txt"), EdgarSubmissionFileTest.envelope(xml, "D", "20201012"));
    String amended = xml.replace("<submissionType>D</submissionType>", "<submissionType>D/A</submissionType>")
        .replace("<isAmendment>false</isAmendment>", "<isAmendment>true</isAmendment>"
            + "<previousAccessionNumber>PREVIOUS</previousAccessionNumber>");
    Files.writeString(feed.resolve("0001829412-21-000009.txt"), EdgarSubmissionFileTest
        .envelope(amended, "D/A", "20211101").replace("0001829412-20-000002", "0001829412-21-000009")
        .replace("PREVIOUS", "0001829412-20-000002"));
    Files.writeString(feed.resolve("0000320193-21-000010.txt"), EdgarSubmissionFileTest.envelope("<x/>", "10-K",
        "20211029").replace("0001829412-20-000002", "0000320193-21-000010"));
    Files.writeString(feed.resolve("index.html"), "<html></html>");
    CliTestSupport run = formd("timeline", "--as-of", "2021-12-01", feed.toString());
    assertThat(run.err).isEmpty();
    assertThat(run.out).contains("offering 1: ").contains("(021-368920)")
        .contains("2020-10-12 0001829412-20-000002 D").contains("2021-11-01 0001829412-21-000009 D/A")
        .contains("WARNING D-TIMELINE-ANNUAL-LATE: amendment 0001829412-21-000009 was filed 2021-11-01, 20 days after")
        .contains("1 offering, 2 filings, as of 2021-12-01: 1 finding; 1 other form skipped; 1 file not EDGAR "
            + "submissions skipped");
    assertThat(run.exitCode).isEqualTo(1);
    CliTestSupport before = formd("timeline", "--as-of", "2021-10-20", "--format", "json", feed.toString());
    JsonNode json = new ObjectMapper().readTree(before.out);
    assertThat(json.at("/findings/0/ruleId").asText()).as("owed that day, though filed later")
        .isEqualTo("D-TIMELINE-ANNUAL-OVERDUE");
    assertThat(json.at("/findings/0/dueDate").asText()).isEqualTo("2021-10-12");
    assertThat(json.at("/filedLater").asInt()).isEqualTo(1);
    assertThat(json.at("/otherForms").asInt()).isEqualTo(1);
    assertThat(json.at("/offerings/0/fileNumber").asText()).isEqualTo("021-368920");
    assertThat(json.at("/offerings/0/noticeInInput").asBoolean()).isTrue();
    Files.writeString(feed.resolve("0001829412-22-000001.txt"), EdgarSubmissionFileTest.envelope("<broken", "D",
        "20220101").replace("0001829412-20-000002", "0001829412-22-000001"));
    CliTestSupport broken = formd("timeline", "--as-of", "2021-12-01", feed.toString());
    assertThat(broken.exitCode).as("an unreadable Form D fails the run, the others still reported").isEqualTo(2);
    assertThat(broken.err).contains("0001829412-22-000001.txt: cannot be read");
    assertThat(broken.out).contains("1 offering, 2 filings").contains("1 unreadable");
  }

  @Test
  void aDataSetQuarterIsOneTimelineWhoseChainsFollowFileNumbers() throws Exception {
    Path sample = Path.of("src/test/resources/datasets/2025q2-sample");
    CliTestSupport run = formd("timeline", "--as-of", "2025-06-30", "--format", "json", sample.toString());
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.at("/filings").asInt()).isEqualTo(158);
    int filings = 0;
    Set<String> fileNumbers = new HashSet<>();
    for (JsonNode offering : json.get("offerings")) {
      filings += offering.get("filings").size();
      assertThat(fileNumbers.add(offering.get("fileNumber").asText())).as("one offering a file number").isTrue();
      if (!offering.get("noticeInInput").asBoolean()) {
        assertThat(offering.get("filings").get(0).get("submissionType").asText()).isEqualTo("D/A");
      }
    }
    assertThat(filings).as("every filing in exactly one offering").isEqualTo(158);
    assertThat(run.exitCode).isIn(0, 1);
    assertThat(run.err).isEmpty();
  }

  @Test
  void validateTakesAFeedDirectoryWithOtherFormsSkippedAndCounted() throws Exception {
    String xml = Files.readString(ValidateAndConvertTest.fixture("d-other-06b-x0708-0001829412-20-000002.xml"));
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Files.writeString(feed.resolve("0001829412-20-000002.txt"), EdgarSubmissionFileTest.envelope(xml, "D", "20201012"));
    Files.writeString(feed.resolve("0000320193-21-000010.txt"), EdgarSubmissionFileTest.envelope("<x/>", "10-K",
        "20211029").replace("0001829412-20-000002", "0000320193-21-000010"));
    CliTestSupport run = formd("validate", feed.toString());
    assertThat(run.out).contains("1 file: ").contains("0 unreadable, 1 other form skipped");
    assertThat(run.exitCode).isNotEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(formd("validate", "--format", "json", feed.toString()).out);
    assertThat(json.at("/summary/otherForms").asInt()).isEqualTo(1);
    CliTestSupport only = formd("validate", feed.resolve("0000320193-21-000010.txt").toString());
    assertThat(only.exitCode).as("nothing checked is not a pass").isEqualTo(2);
    assertThat(only.err).contains("no Form D among the inputs (1 submission of other forms skipped)");
  }

  @Test
  void anEnvelopeThatDisagreesWithItsDocumentIsAFindingOfTheTimeline() throws Exception {
    String xml = Files.readString(ValidateAndConvertTest.fixture("d-other-06b-x0708-0001829412-20-000002.xml"));
    Path file = Files.writeString(dir.resolve("0001829412-20-000002.txt"), EdgarSubmissionFileTest.envelope(xml,
        "D/A", "20201012"));
    CliTestSupport run = formd("timeline", "--as-of", "2020-11-01", "--format", "json", file.toString());
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.at("/findings/0/ruleId").asText()).isEqualTo("D-ENVELOPE-FORM-TYPE");
    assertThat(json.at("/findings/0/accessionNumber").asText()).isEqualTo("0001829412-20-000002");
    assertThat(run.exitCode).isEqualTo(1);
  }

  @Test
  void convertSaysWhatADocumentCannotKeepAndTheDataSetsKeepIt() throws Exception {
    String xml = Files.readString(ValidateAndConvertTest.fixture("d-other-06b-x0708-0001829412-20-000002.xml"));
    Path file = Files.writeString(dir.resolve("0001829412-20-000002.txt"), EdgarSubmissionFileTest.envelope(xml, "D",
        "20201012"));
    CliTestSupport xmlOut = formd("convert", file.toString(), "--to", "xml");
    assertThat(xmlOut.exitCode).isZero();
    assertThat(xmlOut.err).contains("not in the EDGAR XML written").contains("accession number 0001829412-20-000002")
        .contains("filing date 2020-10-12").contains("file number 021-368920");
    Path json = dir.resolve("0001829412-20-000002.json");
    CliTestSupport toJson = formd("convert", file.toString(), "--to", "json", "-o", json.toString());
    assertThat(toJson.exitCode).isZero();
    assertThat(toJson.err).as("formd JSON keeps them").isEmpty();
    JsonNode fromJson = new ObjectMapper().readTree(formd("timeline", "--as-of", "2020-11-01", "--format", "json",
        json.toString()).out);
    assertThat(fromJson.at("/offerings/0/filings/0/accessionNumber").asText()).isEqualTo("0001829412-20-000002");
    assertThat(fromJson.at("/offerings/0/filings/0/filedDate").asText()).isEqualTo("2020-10-12");
    assertThat(fromJson.at("/offerings/0/fileNumber").asText()).isEqualTo("021-368920");
    assertThat(formd("validate", json.toString()).out).as("checked as of the filing date it kept")
        .doesNotContain("D-TIME-NEW-NOTICE-15D");
    Path zip = dir.resolve("out_d.zip");
    assertThat(formd("convert", file.toString(), "--to", "datasets", "-o", zip.toString()).exitCode).isZero();
    CliTestSupport timeline = formd("timeline", "--as-of", "2020-11-01", "--format", "json", zip.toString());
    JsonNode read = new ObjectMapper().readTree(timeline.out);
    assertThat(read.at("/offerings/0/fileNumber").asText()).isEqualTo("021-368920");
    assertThat(read.at("/offerings/0/filings/0/filedDate").asText()).isEqualTo("2020-10-12");
    assertThat(read.at("/offerings/0/filings/0/accessionNumber").asText()).isEqualTo("0001829412-20-000002");
  }
}
