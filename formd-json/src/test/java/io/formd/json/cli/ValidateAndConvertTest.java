package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ContactData;
import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.rules.RuleSets;
import io.formd.json.EdgarSubmissionFileTest;
import io.formd.json.FormDJson;
import io.formd.json.FormDXml;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndConvertTest {

  @TempDir
  Path dir;

  static Path fixtures() throws URISyntaxException {
    return Path.of(ValidateAndConvertTest.class.getResource("/fixtures").toURI());
  }

  static Path fixture(String name) throws URISyntaxException {
    return fixtures().resolve(name);
  }

  /**
   * A filer's draft made from a published fixture: each issuer given a CCC, a contact added, written as a submission
   * (no issuer names, no schema version).
   */
  static String submissionOf(String fixtureName) throws Exception {
    ElectronicFormD published = FormDXml.read(Files.readAllBytes(fixture(fixtureName)));
    List<Issuer> issuers = new ArrayList<>();
    for (Issuer issuer : published.issuers()) {
      issuers.add(Issuer.builder().from(issuer).ccc("x9#Kp2$a").build());
    }
    ElectronicFormD draft = ElectronicFormD.builder().from(published)
        .primaryIssuer(issuers.get(0)).additionalIssuers(issuers.subList(1, issuers.size()))
        .contactData(ContactData.builder().name("Pat Filer").phone("(212) 555-0100")
            .email("pat@example.com").build())
        .build();
    return FormDXml.write(draft, Dialect.SUBMISSION);
  }

  @Test
  void aDirectoryOfAcceptedFilingsValidatesWithExitZero() throws Exception {
    CliTestSupport run = formd("validate", fixtures().toString());
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("19 files: 0 errors, 4 warnings, 10 remarks");
    assertThat(run.out).contains("not checked: D-EDGAR-ACCESSION, D-EDGAR-ACCESSION-ISSUER, D-EDGAR-CIK, "
        + "D-EDGAR-JURISDICTION-ON-FILE, D-EDGAR-SIGNATURE-ISSUER-NAME (needs EDGAR's records").contains(
        "D-EDGAR-SIGNATURE-FUTURE, D-TIME-NEW-NOTICE-15D (needs the filing date");
    assertThat(run.out).containsPattern("d-vcfund.*\\.xml:\\d+:\\d+: INFO D-XREF-3C-UMBRELLA Item 6, Federal "
        + "Exemption\\(s\\) and Exclusion\\(s\\) Claimed: .*\\[offering\\.federalExemptions\\]");
  }

  @Test
  void aDirectoryWalkTakesFilingsInSubfoldersAndLinksToFilesButNotOtherNames() throws Exception {
    Path nested = Files.createDirectories(dir.resolve("a/b"));
    Files.copy(fixture("d-other-06b-x0708-0001829412-20-000002.xml"), nested.resolve("one.xml"));
    Files.writeString(dir.resolve("notes.txt"), "not a filing");
    Path elsewhere = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-elsewhere"));
    Path target = Files.copy(fixture("d-other-06b-x0708-0001829412-20-000002.xml"), elsewhere.resolve("t.xml"));
    Files.createSymbolicLink(dir.resolve("linked.XML"), target);
    // EDGAR's full submission file, named by its accession number (any case); another .txt is not a filing.
    String xml = Files.readString(fixture("d-other-06b-x0708-0001829412-20-000002.xml"));
    Files.writeString(nested.resolve("0001829412-20-000002.TXT"), EdgarSubmissionFileTest.envelope(xml, "D",
        "20200305"));
    Files.writeString(dir.resolve("1829412-20-000002.txt"), "not a filing either");
    CliTestSupport run = formd("validate", dir.toString());
    assertThat(run.exitCode).as(run.out + run.err).isZero();
    assertThat(run.out).contains("3 files: 0 errors");
  }

  @Test
  void aDirectoryNamedLikeAFilingIsSearchedNotReadAndTheOrderIsThePathsOrder() throws Exception {
    // "2025.xml" is a directory: the folder holding it has a subdirectory, so each of its entries is looked at.
    Path named = Files.createDirectories(dir.resolve("2025.xml"));
    Files.copy(fixture("d-other-06b-x0708-0001829412-20-000002.xml"), named.resolve("inner.xml"));
    Files.writeString(dir.resolve("2025.xml-broken.xml"), "<edgarSubmission>");
    Files.writeString(dir.resolve("2025.xml.txt"), "not a filing");
    CliTestSupport run = formd("validate", dir.toString());
    assertThat(run.out).contains("2 files: 0 errors").contains("1 unreadable")
        .doesNotContain("is a directory");
    // Paths in their order ('-' sorts before '/'), not a walk's: the broken file's line comes first.
    assertThat(run.out.indexOf("2025.xml-broken.xml: cannot be read")).isNotNegative()
        .isLessThan(run.out.indexOf("2 files:"));
    assertThat(run.exitCode).isEqualTo(2);
  }

  @Test
  void aDirectoryGivenAsALinkToOneIsSearched() throws Exception {
    // The walk before took the link itself for the only entry: "no filings in this directory", exit 2.
    Path filings = Files.createDirectories(dir.resolve("filings"));
    Files.copy(fixture("d-other-06b-x0708-0001829412-20-000002.xml"), filings.resolve("one.xml"));
    Path link = Files.createSymbolicLink(dir.resolve("latest"), filings);
    CliTestSupport run = formd("validate", link.toString());
    assertThat(run.out).contains("1 file: 0 errors").doesNotContain("no filings");
    assertThat(run.out).contains("0 with errors, 0 unreadable");
    assertThat(run.exitCode).isZero();
  }

  @Test
  void aDirectoryGivenAsALinkIsConvertedToDataSetsAsTheDirectory() throws Exception {
    // Before, the link was the walk's only entry: "the six tables of 0 filings", written without a word.
    Path filings = Files.createDirectories(dir.resolve("filings"));
    Files.copy(fixture("d-other-06b-x0708-0001829412-20-000002.xml"), filings.resolve("0001829412-20-000002.xml"));
    Path link = Files.createSymbolicLink(dir.resolve("latest"), filings);
    Path zip = dir.resolve("mine_d.zip");
    CliTestSupport run = formd("convert", link.toString(), "--to", "datasets", "-o", zip.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err + run.out).contains("the six tables of 1 filing");
    assertThat(Files.size(zip)).isPositive();
  }

  @Test
  void aLinkToNothingNamedLikeAFilingIsReportedNotSkipped() throws Exception {
    // A folder without subdirectories: its entries named like filings are taken without a look at each, and their
    // reads say what they are.
    Files.copy(fixture("d-other-06b-x0708-0001829412-20-000002.xml"), dir.resolve("one.xml"));
    Files.createSymbolicLink(dir.resolve("gone.xml"), dir.resolve("nowhere"));
    Files.writeString(dir.resolve("notes.txt"), "not a filing");
    CliTestSupport run = formd("validate", dir.toString());
    assertThat(run.out).contains("gone.xml: cannot be read: no such file").contains("2 files: 0 errors")
        .contains("1 unreadable").doesNotContain("notes.txt");
    assertThat(run.exitCode).isEqualTo(2);
  }

  @Test
  void theReportIsTheSameWhateverTheNumberOfThreads() throws Exception {
    // More files than one chunk (256), with broken and unreadable ones among them, so order matters.
    assertThat(formd("fake", "--seed", "11", "--count", "300", "-o", dir.toString()).exitCode).isZero();
    Files.writeString(dir.resolve("fake-00007.xml"), "<edgarSubmission>");
    Files.writeString(dir.resolve("fake-00123.json"), FormDJson.write(FakeFilings.seeded(5)
        .brokenBy("D-ARITH-REMAINING")));
    Files.writeString(dir.resolve("fake-00290.json"), FormDJson.write(FakeFilings.seeded(6)
        .brokenBy("D-XSD-OUTER-WHITESPACE")));
    CliTestSupport one = formd("validate", "--threads", "1", dir.toString());
    CliTestSupport three = formd("validate", "--threads", "3", dir.toString());
    CliTestSupport byDefault = formd("validate", dir.toString());
    assertThat(one.exitCode).isEqualTo(2);
    assertThat(one.out).contains("fake-00007.xml: cannot be read").contains("WARNING D-ARITH-REMAINING")
        .contains("WARNING D-XSD-OUTER-WHITESPACE").contains("302 files: ");
    assertThat(three.out).isEqualTo(one.out);
    assertThat(byDefault.out).isEqualTo(one.out);
    assertThat(formd("validate", "--threads", "3", "--format", "json", dir.toString()).out)
        .isEqualTo(formd("validate", "--threads", "1", "--format", "json", dir.toString()).out);
    CliTestSupport none = formd("validate", "--threads", "0", dir.toString());
    assertThat(none.exitCode).isEqualTo(2);
    assertThat(none.err).contains("--threads is at least 1");
  }

  @Test
  void anErrorMeansExitOneWithOneLinePerFinding() throws Exception {
    String xml = submissionOf("d-other-06b-x0708-0001829412-20-000002.xml")
        .replaceFirst("<totalRemaining>[^<]*</totalRemaining>", "<totalRemaining>1</totalRemaining>");
    Path broken = Files.writeString(dir.resolve("broken.xml"), xml);
    CliTestSupport run = formd("validate", broken.toString());
    assertThat(run.exitCode).isEqualTo(1);
    int line = xml.substring(0, xml.indexOf("<totalRemaining>")).split("\n", -1).length;
    int column = xml.indexOf("<totalRemaining>") - xml.lastIndexOf('\n', xml.indexOf("<totalRemaining>"));
    assertThat(run.out).contains(broken + ":" + line + ":" + column + ": ERROR D-ARITH-REMAINING Item 13, Total "
        + "Remaining to be Sold: total remaining is $1.00 ");
    assertThat(run.out).contains("[offering.amounts.totalRemaining]");
    assertThat(run.out).contains("1 file: 1 error");
  }

  @Test
  void aDraftWithSeveralMistakesGetsAllOfThemEachAtItsLine() throws Exception {
    String xml = submissionOf("d-other-06b-x0708-0001829412-20-000002.xml")
        .replaceFirst("<entityType>[^<]*</entityType>", "")
        .replaceFirst("<minimumInvestmentAccepted>[^<]*<", "<minimumInvestmentAccepted>10.50<")
        .replaceFirst("<totalRemaining>[^<]*</totalRemaining>", "<totalRemaining>1</totalRemaining>");
    Path draft = Files.writeString(dir.resolve("draft.xml"), xml);
    CliTestSupport run = formd("validate", "--filing-date", "2020-10-22", draft.toString());
    assertThat(run.exitCode).isEqualTo(1);
    int primaryIssuer = xml.substring(0, xml.indexOf("<primaryIssuer>")).split("\n", -1).length;
    int minimum = xml.substring(0, xml.indexOf("<minimumInvestmentAccepted>")).split("\n", -1).length;
    assertThat(run.out).containsPattern(":" + primaryIssuer + ":\\d+: ERROR D-XSD-ENTITY-TYPE Item 1, Entity Type: ");
    assertThat(run.out).containsPattern(":" + minimum + ":\\d+: ERROR D-XSD-AMOUNTS Item 11, ");
    assertThat(run.out).contains("ERROR D-ARITH-REMAINING").contains("1 file: 3 errors");
    JsonNode report = new ObjectMapper().readTree(formd("validate", "--format", "json", "--filing-date", "2020-10-22",
        draft.toString()).out);
    JsonNode findings = report.at("/files/0/findings");
    assertThat(findings.size()).isEqualTo(3);
    for (JsonNode f : findings) {
      assertThat(f.get("line").asInt()).isPositive();
      assertThat(f.get("column").asInt()).isPositive();
      assertThat(f.get("place").asText()).startsWith("Item ");
    }
  }

  @Test
  void sarifCarriesEveryRuleAndEveryFindingWithItsPhysicalLocation() throws Exception {
    String xml = submissionOf("d-other-06b-x0708-0001829412-20-000002.xml")
        .replaceFirst("<totalRemaining>[^<]*</totalRemaining>", "<totalRemaining>1</totalRemaining>");
    Path broken = Files.writeString(dir.resolve("broken.xml"), xml);
    Path bad = Files.writeString(dir.resolve("bad.xml"), "<?xml version=\"1.0\"?>\n<edgarSubmission>\n<oops/>");
    CliTestSupport run = formd("validate", "--format", "sarif", broken.toString(), bad.toString());
    assertThat(run.exitCode).isEqualTo(2);
    JsonNode log = new ObjectMapper().readTree(run.out);
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode runNode = log.at("/runs/0");
    assertThat(runNode.at("/tool/driver/name").asText()).isEqualTo("formd");
    JsonNode rules = runNode.at("/tool/driver/rules");
    assertThat(rules.size()).isEqualTo(RuleSets.builtIn().rules().size());
    JsonNode result = runNode.at("/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("D-ARITH-REMAINING");
    assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("D-ARITH-REMAINING");
    assertThat(rules.get(result.get("ruleIndex").asInt()).at("/help/text").asText()).contains("Source: ");
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.at("/message/text").asText()).startsWith("Item 13, Total Remaining to be Sold: ");
    int line = xml.substring(0, xml.indexOf("<totalRemaining>")).split("\n", -1).length;
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(line);
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("broken.xml");
    assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("offering.amounts.totalRemaining");
    JsonNode notification = runNode.at("/invocations/0/toolExecutionNotifications/0");
    assertThat(notification.get("level").asText()).isEqualTo("error");
    assertThat(notification.at("/message/text").asText()).contains("cannot be read");
    assertThat(notification.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    assertThat(runNode.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
  }

  @Test
  void anUnreadableInputMeansExitTwoWithTheFilePlaceAndReasonAndNoStackTrace() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.xml"),
        "<?xml version=\"1.0\"?>\n<edgarSubmission>\n<submissionType>X</submissionType>");
    Path good = fixture("d-other-06b-x0708-0001829412-20-000002.xml");
    CliTestSupport run = formd("validate", bad.toString(), good.toString(), dir.resolve("missing.json").toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).contains(bad + ": cannot be read: line ");
    assertThat(run.out).contains("missing.json: cannot be read: no such file");
    assertThat(run.out).contains("3 files: 0 errors").contains("2 unreadable");
    assertThat(run.out + run.err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void jsonFilingsAreDetectedFromContentAndTheReportCanBeJson() throws Exception {
    Path seed = Files.writeString(dir.resolve("seed.txt"), FormDJson.write(Altiris2003.filing()));
    CliTestSupport run = formd("validate", "--format", "json", seed.toString());
    assertThat(run.exitCode).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out);
    assertThat(report.at("/summary/files").asInt()).isEqualTo(1);
    assertThat(report.at("/files/0/findings/0/ruleId").asText()).isEqualTo("D-PAPER-EDITION-EXPIRED");
    assertThat(report.at("/files/0/asOf").asText()).isEqualTo("2003-12-10");
  }

  @Test
  void asOfAndFilingDateReachTheRules() throws Exception {
    Path good = fixture("d-other-06b-x0708-0001829412-20-000002.xml");
    CliTestSupport late = formd("validate", "--filing-date", "2030-01-01", good.toString());
    assertThat(late.out).contains("D-TIME-NEW-NOTICE-15D");
    CliTestSupport old = formd("validate", "--as-of", "2010-01-01", good.toString());
    assertThat(old.exitCode).as("a published filing gets no ERROR").isZero();
    assertThat(old.out).contains("WARNING D-CODE-506C-DATE");
  }

  @Test
  void aClosureGivenOnTheCommandLineMovesTheDeadline() throws Exception {
    // First sale 2020-10-09: day 15 is Saturday 2020-10-24, so due Monday 2020-10-26; filed Tuesday is late...
    Path good = fixture("d-other-06b-x0708-0001829412-20-000002.xml");
    assertThat(formd("validate", "--filing-date", "2020-10-27", good.toString()).out).contains("D-TIME-NEW-NOTICE-15D");
    // ... unless EDGAR was closed that Monday.
    CliTestSupport closed = formd("validate", "--closed", "2020-10-26", "--filing-date", "2020-10-27", good.toString());
    assertThat(closed.out).doesNotContain("D-TIME-NEW-NOTICE-15D");
    assertThat(formd("validate", "--closed", "2020-10-23", "--closed", "2020-10-26", "--filing-date", "2020-10-27",
        good.toString()).out).as("repeatable").doesNotContain("D-TIME-NEW-NOTICE-15D");
    CliTestSupport bad = formd("validate", "--closed", "26/10/2020", good.toString());
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err).contains("--closed takes a date YYYY-MM-DD, not '26/10/2020'");
  }

  @Test
  void convertRoundTripsXmlThroughJson() throws Exception {
    Path xml = fixture("d-reit-llc-506b-3c7-recipients-state-lists-cik0001961089.xml");
    Path json = dir.resolve("reit.json");
    assertThat(formd("convert", xml.toString(), "--to", "json", "-o", json.toString()).exitCode).isZero();
    CliTestSupport back = formd("convert", json.toString(), "--to", "xml");
    assertThat(back.exitCode).isZero();
    assertThat(FormDXml.read(back.out)).isEqualTo(FormDXml.read(Files.readAllBytes(xml)));
  }

  @Test
  void aPaperFilingIsRefusedAsXmlWithTheReason() throws Exception {
    Path seed = Files.writeString(dir.resolve("seed.json"), FormDJson.write(Altiris2003.filing()));
    CliTestSupport run = formd("convert", seed.toString(), "--to", "xml");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("paper-edition Form D cannot be written as EDGAR XML");
    assertThat(run.out).isEmpty();
  }

  @Test
  void demoJsonIsTheSeedsCanonicalJson() throws Exception {
    CliTestSupport run = formd("demo", "--json");
    assertThat(run.exitCode).isZero();
    assertThat(FormDJson.read(run.out.getBytes(StandardCharsets.UTF_8))).isEqualTo(Altiris2003.filing());
  }

  @Test
  void theProfileFollowsTheDocumentOrTheOption() throws Exception {
    Path published = fixture("d-other-06b-x0708-0001829412-20-000002.xml");
    assertThat(formd("validate", published.toString()).exitCode).isZero();
    assertThat(formd("validate", "--profile", "disseminated", published.toString()).exitCode).isZero();
    CliTestSupport asSubmission = formd("validate", "--profile", "submission", published.toString());
    assertThat(asSubmission.exitCode).isEqualTo(1);
    assertThat(asSubmission.out).contains("ERROR D-SUB-CCC").contains("ERROR D-SUB-CONTACT");
    Path draft = Files.writeString(dir.resolve("draft.xml"),
        submissionOf("d-other-06b-x0708-0001829412-20-000002.xml"));
    CliTestSupport clean = formd("validate", "--filing-date", "2020-10-22", draft.toString());
    assertThat(clean.exitCode).as(clean.out).isZero();
    assertThat(clean.out).contains("1 file: 0 errors, 0 warnings");
    // Without a filing date a submission is judged as filed today: years after its first sale, a late notice.
    CliTestSupport today = formd("validate", draft.toString());
    assertThat(today.exitCode).isZero();
    assertThat(today.out).contains("WARNING D-TIME-NEW-NOTICE-15D").contains("filed " + LocalDate.now(
        ZoneId.of("America/New_York")).getYear());
    JsonNode report = new ObjectMapper().readTree(formd("validate", "--format", "json", draft.toString(),
        published.toString()).out);
    assertThat(report.at("/files/0/profile").asText()).isEqualTo("submission");
    assertThat(report.at("/files/1/profile").asText()).isEqualTo("disseminated");
    assertThat(report.at("/files/0/skipped").size()).isEqualTo(6);
    assertThat(report.at("/files/1/skippedChecks").findValuesAsText("reason")).contains("NEEDS_FILING_DATE",
        "NEEDS_EDGAR_RECORDS");
    CliTestSupport wrong = formd("validate", "--profile", "draft", published.toString());
    assertThat(wrong.exitCode).isEqualTo(2);
    assertThat(wrong.err).contains("submission or disseminated");
  }

  @Test
  void convertingAPublishedFilingIntoASubmissionSaysWhatTheFilerMustAdd() throws Exception {
    Path published = fixture("d-other-06b-x0708-0001829412-20-000002.xml");
    CliTestSupport run = formd("convert", published.toString(), "--to", "xml", "--dialect", "submission");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).doesNotContain("<entityName>").doesNotContain("<schemaVersion>").contains("<cik>");
    assertThat(run.err).contains("the filer must add issuers[0].ccc").contains("the filer must add contactData");
    CliTestSupport back = formd("convert", published.toString(), "--to", "xml", "--dialect", "disseminated");
    assertThat(back.exitCode).isZero();
    assertThat(back.err).isEmpty();
    assertThat(FormDXml.read(back.out)).isEqualTo(FormDXml.read(Files.readAllBytes(published)));
    assertThat(formd("convert", published.toString(), "--to", "json", "--dialect", "submission").exitCode)
        .isEqualTo(2);
    assertThat(formd("convert", published.toString(), "--to", "xml", "--dialect", "wire").err)
        .contains("submission or disseminated");
  }
}
