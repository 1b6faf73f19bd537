package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ElectronicFormD;
import io.formd.json.FormDJson;
import io.formd.json.FormDXml;
import io.formd.json.datasets.DataSetEntry;
import io.formd.json.datasets.DataSetFiling;
import io.formd.json.datasets.FormDDataSets;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code formd validate} and {@code formd convert} on a quarter of the SEC's data sets (the test sample's). */
class DataSetCommandsTest {

  @TempDir
  Path temp;

  static Path sample() throws URISyntaxException {
    return Path.of(DataSetCommandsTest.class.getResource("/datasets/2025q2-sample/FORMDSUBMISSION.tsv").toURI())
        .getParent();
  }

  static Map<String, ElectronicFormD> filings() throws Exception {
    Map<String, ElectronicFormD> byAccession = new HashMap<>();
    for (DataSetEntry e : FormDDataSets.read(sample())) {
      byAccession.put(e.accessionNumber(), ((DataSetFiling) e).filing());
    }
    return byAccession;
  }

  @Test
  void aFolderIsADataSetByItsSubmissionsTableInAnyCaseAtItsTopOnly() throws Exception {
    Path lower = Files.createDirectories(temp.resolve("q2"));
    try (Stream<Path> tables = Files.list(sample())) {
      for (Path table : (Iterable<Path>) tables::iterator) {
        Files.copy(table, lower.resolve(table.getFileName().toString().toLowerCase(Locale.ROOT)));
      }
    }
    CliTestSupport run = formd("validate", lower.toString());
    assertThat(run.out.lines().reduce((a, b) -> b).orElseThrow()).startsWith("158 filings (158 from a data set)");
    // One level down it is a folder of filings like any other: its tables are not filings, so there are none.
    Path above = Files.createDirectories(temp.resolve("above"));
    Files.move(lower, above.resolve("q2"));
    CliTestSupport below = formd("validate", above.toString());
    assertThat(below.exitCode).isEqualTo(2);
    assertThat(below.out + below.err).contains("no filings in this directory");
  }

  @Test
  void validateNamesEachFindingByAccessionAndCountsTheQuartersFilings() throws Exception {
    CliTestSupport run = formd("validate", sample().toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains(sample() + "!0001999371-25-008565: WARNING D-EDGAR-3C-POOLED Item 9");
    assertThat(run.out.lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("158 filings (158 from a data set): 0 errors, ")
        .contains("D-REQ-PREVIOUS-NAMES (checks an answer the filing's source does not carry");
    CliTestSupport failing = formd("validate", "--fail-on", "warning", sample().toString());
    assertThat(failing.exitCode).isEqualTo(1);
  }

  @Test
  void aQuarterReportsAsJsonSarifJunitAndHtmlWithEachFilingByAccession() throws Exception {
    String accession = sample() + "!0001999371-25-008565";
    CliTestSupport json = formd("validate", "--format", "json", sample().toString());
    assertThat(json.exitCode).as(json.err).isZero();
    assertThat(json.out).contains("\"file\" : \"" + accession + "\"").contains("\"files\" : 158");
    CliTestSupport sarif = formd("validate", "--format", "sarif", sample().toString());
    // SARIF names the file as a URI (file:///...): the accession after the archive's name.
    assertThat(sarif.out).containsPattern("\"uri\" : \"[^\"]*2025q2-sample!0001999371-25-008565\"")
        .contains("\"ruleId\" : \"D-EDGAR-3C-POOLED\"");
    CliTestSupport junit = formd("validate", "--format", "junit", sample().toString());
    assertThat(junit.out).contains("tests=\"158\"").contains("name=\"" + accession + "\"");
    Path html = temp.resolve("quarter.html");
    assertThat(formd("validate", "--html", html.toString(), sample().toString()).exitCode).isZero();
    assertThat(Files.readString(html)).contains("0001999371-25-008565").contains("D-EDGAR-3C-POOLED");
  }

  @Test
  void severalQuartersAreEachCheckedWholeOneAfterTheOther() throws Exception {
    Path second = temp.resolve("2025q3-copy");
    Files.createDirectories(second);
    try (Stream<Path> tables = Files.list(sample())) {
      for (Path table : tables.toList()) {
        Files.copy(table, second.resolve(table.getFileName()));
      }
    }
    String one = formd("validate", sample().toString()).out;
    CliTestSupport two = formd("validate", sample().toString(), second.toString(), sample().toString());
    assertThat(two.exitCode).as(two.err).isZero();
    String summary = two.out.lines().reduce((a, b) -> b).orElseThrow();
    int warnings = Integer.parseInt(one.replaceAll("(?s).* (\\d+) warnings.*", "$1"));
    // Every filing of each quarter, the ones after a short last chunk included: three times one quarter's counts.
    assertThat(summary).startsWith("474 filings (474 from 3 data sets): 0 errors, " + 3 * warnings + " warnings");
    String first = sample() + "!";
    assertThat(two.out.lines().filter(l -> l.startsWith(second + "!")).count())
        .isEqualTo(one.lines().filter(l -> l.startsWith(first)).count()).isPositive();
  }

  @Test
  void aBrokenQuarterIsOneLineAndExit2() throws Exception {
    Path broken = temp.resolve("broken");
    Files.createDirectories(broken);
    try (Stream<Path> tables = Files.list(sample())) {
      for (Path table : (Iterable<Path>) tables::iterator) {
        if (!table.getFileName().toString().equals("SIGNATURES.tsv")) {
          Files.copy(table, broken.resolve(table.getFileName()));
        }
      }
    }
    CliTestSupport run = formd("validate", broken.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).contains(broken + ": cannot be read: ").contains("has no SIGNATURES.tsv");
    CliTestSupport convert = formd("convert", broken.toString(), "--to", "xml", "-o", temp.resolve("out").toString());
    assertThat(convert.exitCode).isEqualTo(2);
    assertThat(convert.err).contains("has no SIGNATURES.tsv");
    assertThat(temp.resolve("out")).doesNotExist();
  }

  @Test
  void convertWritesOneDocumentPerAccessionThatReadsBackEqual() throws Exception {
    Map<String, ElectronicFormD> filings = filings();
    Path xml = temp.resolve("xml");
    CliTestSupport run = formd("convert", sample().toString(), "--to", "xml", "-o", xml.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).contains("158 filings written to " + xml);
    try (Stream<Path> files = Files.list(xml)) {
      assertThat(files.count()).isEqualTo(158);
    }
    filings.forEach((accession, filing) -> {
      try {
        assertThat(FormDXml.read(xml.resolve(accession + ".xml"))).as(accession).isEqualTo(filing);
      } catch (Exception e) {
        throw new AssertionError(accession, e);
      }
    });
    Path json = temp.resolve("json");
    assertThat(formd("convert", sample().toString(), "--to", "json", "-o", json.toString()).exitCode).isZero();
    String one = Files.readString(json.resolve("0002074476-25-000001.json"), StandardCharsets.UTF_8);
    assertThat(FormDJson.read(one)).isEqualTo(filings.get("0002074476-25-000001"));
    CliTestSupport noFolder = formd("convert", sample().toString(), "--to", "xml");
    assertThat(noFolder.exitCode).isEqualTo(2);
    assertThat(noFolder.err).contains("name a folder to write them to (-o DIR)");
  }

  @Test
  void convertToDataSetsWritesTheSixTablesAsTheSecDoes() throws Exception {
    Path zip = temp.resolve("again_d.zip");
    CliTestSupport run = formd("convert", sample().toString(), "--to", "datasets", "-o", zip.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).contains("the six tables of 158 filings");
    Map<String, ElectronicFormD> again = new HashMap<>();
    for (DataSetEntry e : FormDDataSets.read(zip)) {
      again.put(e.accessionNumber(), ((DataSetFiling) e).filing());
    }
    assertThat(again).isEqualTo(filings());
    // A folder of XML named by accession number makes the same filings; one not named so is refused, nothing written.
    Path xml = temp.resolve("xml");
    assertThat(formd("convert", sample().toString(), "--to", "xml", "-o", xml.toString()).exitCode).isZero();
    Path fromXml = temp.resolve("from-xml_d.zip");
    assertThat(formd("convert", xml.toString(), "--to", "datasets", "-o", fromXml.toString()).exitCode).isZero();
    Map<String, ElectronicFormD> fromFiles = new HashMap<>();
    for (DataSetEntry e : FormDDataSets.read(fromXml)) {
      fromFiles.put(e.accessionNumber(), ((DataSetFiling) e).filing());
    }
    assertThat(fromFiles).isEqualTo(filings());
    Files.copy(xml.resolve("0002074476-25-000001.xml"), xml.resolve("draft.xml"));
    Path refused = temp.resolve("refused_d.zip");
    CliTestSupport noAccession = formd("convert", xml.toString(), "--to", "datasets", "-o", refused.toString());
    assertThat(noAccession.exitCode).isEqualTo(2);
    assertThat(noAccession.err).contains("draft.xml: cannot be a row of the data sets: no accession number")
        .contains("not written: 1 input could not be converted");
    assertThat(refused).doesNotExist();
  }

  @Test
  void recordsFromAQuarterFeedTheRecordChecksAndSayWhatTheyDoNotCover() throws Exception {
    CliTestSupport run = formd("validate", "--records", sample().toString(), sample().toString());
    assertThat(run.exitCode).as(run.err).isZero();
    String summary = run.out.lines().reduce((a, b) -> b).orElseThrow();
    assertThat(summary).contains("D-EDGAR-ACCESSION, D-EDGAR-ACCESSION-ISSUER (needs EDGAR's records the lookup "
        + "given does not cover").doesNotContain("D-EDGAR-CIK");
    CliTestSupport missing = formd("validate", "--records", temp.resolve("none_d.zip").toString(),
        sample().toString());
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.err).contains("none_d.zip: cannot be read");
  }
}
