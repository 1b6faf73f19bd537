package io.formd.json.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.fields.FormDFields;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.Severity;
import io.formd.core.rules.SkippedCheck;
import io.formd.core.rules.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real quarter's tables, cut to 158 of its 13,146 filings (every row of those filings, as the SEC published them:
 * see the sample's README), read back into the model; and each way a data set can be broken.
 */
class DataSetsTest {

  @TempDir
  Path temp;

  static Path sample() {
    try {
      return Path.of(DataSetsTest.class.getResource("/datasets/2025q2-sample/FORMDSUBMISSION.tsv").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sample folder as the SEC ships a quarter: one ZIP with a {@code 2025Q2_d/} folder inside. */
  Path zip(Map<String, byte[]> replaced) throws IOException {
    Path zip = temp.resolve("2025q2_d.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (DataSetTable table : DataSetTable.values()) {
        byte[] bytes = replaced.containsKey(table.fileName()) ? replaced.get(table.fileName())
            : Files.readAllBytes(sample().resolve(table.fileName()));
        if (bytes == null) {
          continue;
        }
        z.putNextEntry(new ZipEntry("2025Q2_d/" + table.fileName()));
        z.write(bytes);
        z.closeEntry();
      }
    }
    return zip;
  }

  static String table(DataSetTable table) throws IOException {
    return Files.readString(sample().resolve(table.fileName()), StandardCharsets.US_ASCII);
  }

  static long rows(DataSetTable table) throws IOException {
    return table(table).lines().count() - 1;
  }

  static List<DataSetFiling> filings(DataSetQuarter quarter) {
    List<DataSetFiling> filings = new ArrayList<>();
    for (DataSetEntry entry : quarter) {
      assertThat(entry).as(entry.toString()).isInstanceOf(DataSetFiling.class);
      filings.add((DataSetFiling) entry);
    }
    return filings;
  }

  @Test
  void everyRowOfTheSampleIsInItsFilingNothingLost() throws Exception {
    DataSetQuarter quarter = FormDDataSets.read(sample());
    List<DataSetFiling> filings = filings(quarter);
    assertThat(filings).hasSize(158);
    assertThat(quarter.size()).isEqualTo(158);
    assertThat(quarter.orphans()).isEmpty();
    assertThat(quarter.notes()).isEmpty();
    assertThat(filings.stream().mapToLong(f -> f.filing().issuers().size()).sum())
        .isEqualTo(rows(DataSetTable.ISSUERS));
    assertThat(filings.stream().mapToLong(f -> f.filing().relatedPersons().size()).sum())
        .isEqualTo(rows(DataSetTable.RELATEDPERSONS));
    assertThat(filings.stream().mapToLong(f -> f.filing().offering().salesCompensationRecipients().size()).sum())
        .isEqualTo(rows(DataSetTable.RECIPIENTS));
    assertThat(filings.stream().mapToLong(f -> f.filing().signatures().size()).sum())
        .isEqualTo(rows(DataSetTable.SIGNATURES));
    assertThat(filings).allSatisfy(f -> {
      assertThat(f.filingDate()).isPresent();
      assertThat(f.fileNumber().orElseThrow()).doesNotEndWith(" ");
    });
  }

  @Test
  void theZipReadsAsTheFolderDoes() throws Exception {
    List<DataSetFiling> fromFolder = filings(FormDDataSets.read(sample()));
    List<DataSetFiling> fromZip = filings(FormDDataSets.read(zip(Map.of())));
    assertThat(fromZip).isEqualTo(fromFolder);
    assertThat(FormDDataSets.looksLikeOne(zip(Map.of()))).isTrue();
    assertThat(FormDDataSets.looksLikeOne(sample())).isTrue();
    assertThat(FormDDataSets.looksLikeOne(sample().resolve("ISSUERS.tsv"))).isFalse();
  }

  @Test
  void acceptedFilingsGetNoErrorAsPublished() throws Exception {
    for (DataSetFiling f : filings(FormDDataSets.read(sample()))) {
      ValidationReport report = f.validate(RuleSets.builtIn());
      assertThat(report.atLeast(Severity.ERROR)).as(f.accessionNumber()).isEmpty();
    }
  }

  @Test
  void theFirstRowsAreReadCellForCell() throws Exception {
    DataSetFiling first = filings(FormDDataSets.read(sample())).stream()
        .filter(f -> f.accessionNumber().equals("0002074476-25-000001")).findFirst().orElseThrow();
    assertThat(first.filingDate()).contains(LocalDate.of(2025, 6, 30));
    assertThat(first.fileNumber()).contains("021-550389");
    assertThat(first.sicCode()).isEmpty();
    ElectronicFormD f = first.filing();
    Issuer issuer = f.issuers().get(0);
    assertThat(issuer.cik()).contains("0002074476");
    assertThat(issuer.name()).contains("DICKERSON PIKE LLC");
    assertThat(issuer.address().street1()).isEqualTo("240 CENTRAL PARK SOUTH, SUITE 13D");
    assertThat(issuer.jurisdictionOfIncorporation()).contains("NEW YORK");
    assertThat(f.relatedPersons()).hasSize(1);
    assertThat(f.relatedPersons().get(0).relationshipClarification()).contains("Managing Member");
    assertThat(f.offering().amounts().totalOfferingAmount().toEdgarString()).isEqualTo("1800000");
    assertThat(f.signatures().get(0).date()).isEqualTo(LocalDate.of(2025, 6, 30));
    // Previous names: empty columns, which the data set writes for EDGAR's "None" and for no list alike.
    assertThat(issuer.previousNames()).isEmpty();
    assertThat(first.notInDataSet()).anyMatch(n -> n.contains("issuerPreviousNameList"));
    assertThat(first.rulesNotInSource()).containsExactly("D-REQ-PREVIOUS-NAMES");
    ValidationReport report = first.validate(RuleSets.builtIn());
    assertThat(report.skippedChecks()).contains(new SkippedCheck("D-REQ-PREVIOUS-NAMES",
        SkippedCheck.Reason.NOT_IN_SOURCE));
    assertThat(report.findingsOf("D-REQ-PREVIOUS-NAMES")).isEmpty();
    assertThat(RuleSets.builtIn().validate(f, first.filingDate().get()).findingsOf("D-REQ-PREVIOUS-NAMES"))
        .as("without the data set's word, the rule would find what the data set lost").isNotEmpty();
  }

  @Test
  void quotedFieldsLoseTheirQuotingAndKeepTheirQuotes() throws Exception {
    DataSetFiling f = filings(FormDDataSets.read(sample())).stream()
        .filter(x -> x.accessionNumber().equals("0001536980-25-000001")).findFirst().orElseThrow();
    assertThat(f.filing().issuers().get(0).previousNames().orElseThrow().names().get(0))
        .isEqualTo("The actual name of the Issuer is \"All Weather@12%, Ltd.\". The Issuer has no previous names.");
  }

  @Test
  void coIssuersFollowThePrimaryInKeyOrder() throws Exception {
    String issuers = table(DataSetTable.ISSUERS);
    String accession = issuers.lines().filter(l -> l.split("\t")[1].equals("NO")).findFirst().orElseThrow()
        .split("\t")[0];
    DataSetFiling f = filings(FormDDataSets.read(sample())).stream()
        .filter(x -> x.accessionNumber().equals(accession)).findFirst().orElseThrow();
    List<String[]> rows = issuers.lines().skip(1).map(l -> l.split("\t", -1)).filter(c -> c[0].equals(accession))
        .sorted((a, b) -> Long.compare(Long.parseLong(a[2]), Long.parseLong(b[2]))).collect(Collectors.toList());
    String primaryCik = rows.stream().filter(c -> c[1].equals("YES")).findFirst().orElseThrow()[3];
    assertThat(f.filing().issuers().get(0).cik()).contains(primaryCik);
    assertThat(f.filing().issuers().stream().map(i -> i.cik().orElse("")).collect(Collectors.toList()))
        .containsExactlyInAnyOrderElementsOf(rows.stream().map(c -> c[3]).collect(Collectors.toList()));
  }

  @Test
  void aRecipientsStatesKeepTheirOwnNamesAndTheLostOrderIsSaid() throws Exception {
    boolean seen = false;
    for (DataSetFiling f : filings(FormDDataSets.read(sample()))) {
      for (SalesCompensationRecipient r : f.filing().offering().salesCompensationRecipients()) {
        StatesOfSolicitation states = r.statesOfSolicitation();
        if (states.states().size() < 2) {
          continue;
        }
        seen = true;
        states.states().forEach(e -> e.description().ifPresent(d -> assertThat(d).isEqualTo(e.state().label())));
        assertThat(f.notInDataSet()).anyMatch(n -> n.contains("order in the filing is not in the data set"));
      }
    }
    assertThat(seen).isTrue();
  }

  @Test
  void everyColumnSaysWhichElementItIsAndTheMissingElementsAreSaid() {
    for (DataSetTable table : DataSetTable.values()) {
      Map<String, Optional<String>> columns = FormDDataSets.columnElements().get(table);
      assertThat(columns.keySet()).as(table.toString()).containsExactlyElementsOf(table.columns());
      columns.forEach((column, path) -> path.ifPresent(p ->
          assertThat(FormDFields.find(p)).as(table + "." + column + " -> " + p).isPresent()));
    }
    assertThat(FormDDataSets.elementsNotCarried()).contains("contactData", "issuers[].ccc", "returnCopy")
        .doesNotContain("issuers[].cik", "offering.amounts.totalAmountSold", "signatures[].date");
  }

  @Test
  void aMissingTableIsNamed() throws Exception {
    Map<String, byte[]> without = new HashMap<>();
    without.put("RECIPIENTS.tsv", null);
    assertThatThrownBy(() -> FormDDataSets.read(zip(without))).isInstanceOf(DataSetException.class)
        .hasMessageContaining("has no RECIPIENTS.tsv");
  }

  @Test
  void aRenamedColumnIsNamed() throws Exception {
    byte[] renamed = table(DataSetTable.SIGNATURES).replaceFirst("NAMEOFSIGNER", "SIGNER")
        .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> FormDDataSets.read(zip(Map.of("SIGNATURES.tsv", renamed))))
        .isInstanceOf(DataSetException.class)
        .hasMessageStartingWith("SIGNATURES.tsv line 1: no column NAMEOFSIGNER in the header (it has SIGNER");
  }

  @Test
  void anEarlierLayoutWithoutTheColumnsTheReadmeDoesNotListReadsThemAsEmptyAndSaysSo() throws Exception {
    List<String> lines = table(DataSetTable.FORMDSUBMISSION).lines().toList();
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int schema = header.indexOf("SCHEMAVERSION");
    int test = header.indexOf("TESTORLIVE");
    StringBuilder older = new StringBuilder();
    for (String line : lines) {
      List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
      cells.remove(Math.max(schema, test));
      cells.remove(Math.min(schema, test));
      older.append(String.join("\t", cells)).append('\n');
    }
    DataSetQuarter quarter = FormDDataSets.read(zip(Map.of("FORMDSUBMISSION.tsv",
        older.toString().getBytes(StandardCharsets.US_ASCII))));
    assertThat(quarter.notes()).contains("FORMDSUBMISSION.tsv has no column SCHEMAVERSION, TESTORLIVE (an earlier "
        + "layout, as the SEC's readme lists the table): read as empty");
    List<DataSetFiling> filings = filings(quarter);
    assertThat(filings).hasSize(158);
    assertThat(filings).allSatisfy(f -> assertThat(f.filing().schemaVersion()).isEmpty());
    // Any other column missing still refuses the table.
    byte[] noSubmissionType = table(DataSetTable.FORMDSUBMISSION).replaceFirst("SUBMISSIONTYPE", "KIND")
        .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> FormDDataSets.read(zip(Map.of("FORMDSUBMISSION.tsv", noSubmissionType))))
        .hasMessageStartingWith("FORMDSUBMISSION.tsv line 1: no column SUBMISSIONTYPE in the header");
  }

  @Test
  void aTruncatedArchiveIsRefusedWhole() throws Exception {
    byte[] whole = Files.readAllBytes(zip(Map.of()));
    Path cut = temp.resolve("cut.zip");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> FormDDataSets.read(cut)).isInstanceOf(DataSetException.class)
        .hasMessageContaining("cut.zip");
  }

  @Test
  void anEmbeddedTabOrLineBreakOrBadByteIsLocated() throws Exception {
    String offering = table(DataSetTable.OFFERING);
    String[] lines = offering.split("\n");
    lines[3] = lines[3].replaceFirst("\t", "\tan extra\t");
    assertThatThrownBy(() -> FormDDataSets.read(zip(Map.of("OFFERING.tsv", String.join("\n", lines)
        .getBytes(StandardCharsets.US_ASCII))))).isInstanceOf(DataSetException.class)
        .hasMessageStartingWith("OFFERING.tsv line 4: 42 fields where the header has 41");
    String quoted = table(DataSetTable.SIGNATURES).replaceFirst("\tManaging Member\t", "\t\"Managing\nMember\"\t");
    assertThatThrownBy(() -> FormDDataSets.read(zip(Map.of("SIGNATURES.tsv",
        quoted.getBytes(StandardCharsets.US_ASCII))))).isInstanceOf(DataSetException.class)
        .hasMessageContaining("SIGNATURES.tsv line ").hasMessageContaining("column SIGNATURETITLE")
        .hasMessageContaining("does not end on its line");
    byte[] bad = table(DataSetTable.ISSUERS).getBytes(StandardCharsets.US_ASCII);
    int secondLine = table(DataSetTable.ISSUERS).indexOf('\n') + 1;
    bad[secondLine + 30] = (byte) 0xff;
    assertThatThrownBy(() -> FormDDataSets.read(zip(Map.of("ISSUERS.tsv", bad)))).isInstanceOf(DataSetException.class)
        .hasMessageStartingWith("ISSUERS.tsv line 2: byte 0xff at character 31 is not UTF-8");
  }

  @Test
  void everyBadCellOfAFilingIsNamedInItsOneProblem() throws Exception {
    String offering = table(DataSetTable.OFFERING);
    String[] lines = offering.split("\n");
    String[] cells = lines[1].split("\t", -1);
    cells[DataSetTable.OFFERING.columns().indexOf("SALE_DATE")] = "2025-13-45";
    cells[DataSetTable.OFFERING.columns().indexOf("YETTOOCCUR")] = "";
    cells[DataSetTable.OFFERING.columns().indexOf("TOTALAMOUNTSOLD")] = "64oo010";
    lines[1] = String.join("\t", cells);
    DataSetQuarter quarter = FormDDataSets.read(zip(Map.of("OFFERING.tsv",
        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII))));
    List<DataSetProblem> problems = quarter.entries().filter(e -> e instanceof DataSetProblem)
        .map(e -> (DataSetProblem) e).collect(Collectors.toList());
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).column()).hasValue("SALE_DATE");
    assertThat(problems.get(0).describe()).startsWith("OFFERING.tsv line 2, column SALE_DATE: ")
        .contains("2025-13-45").contains("; and 1 more: OFFERING.tsv line 2, column TOTALAMOUNTSOLD: ")
        .contains("64oo010");
  }

  @Test
  void anOrphanRowAndABadCellAreEntriesWithTheirPlace() throws Exception {
    String persons = table(DataSetTable.RELATEDPERSONS);
    String orphan = persons + "0009999999-25-000001\t101\tAda\t\tLovelace\t1 Main St\t\tLondon\tX0\tUNITED KINGDOM"
        + "\tSW1\tExecutive Officer\t\t\t\n";
    String offering = table(DataSetTable.OFFERING);
    String[] lines = offering.split("\n");
    String[] cells = lines[1].split("\t", -1);
    cells[DataSetTable.OFFERING.columns().indexOf("SALE_DATE")] = "2025-13-45";
    cells[DataSetTable.OFFERING.columns().indexOf("YETTOOCCUR")] = "";
    lines[1] = String.join("\t", cells);
    DataSetQuarter quarter = FormDDataSets.read(zip(Map.of("RELATEDPERSONS.tsv",
        orphan.getBytes(StandardCharsets.US_ASCII), "OFFERING.tsv",
        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII))));
    List<DataSetProblem> problems = quarter.entries().filter(e -> e instanceof DataSetProblem)
        .map(e -> (DataSetProblem) e).collect(Collectors.toList());
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).accessionNumber()).isEqualTo(cells[0]);
    assertThat(problems.get(0).toString()).startsWith(cells[0] + ": OFFERING.tsv line 2, column SALE_DATE: ")
        .contains("2025-13-45");
    assertThat(problems.get(1).toString()).startsWith("0009999999-25-000001: RELATEDPERSONS.tsv line "
        + (persons.lines().count() + 1) + ", column ACCESSIONNUMBER: 1 row of an accession number that "
        + "FORMDSUBMISSION.tsv does not list");
    assertThat(quarter.entries().count()).isEqualTo(159);
  }

  @Test
  void filingDatesAreReadInBothSpellings() {
    assertThat(DataSetQuarter.filingDate("30-JUN-2025")).contains(LocalDate.of(2025, 6, 30));
    assertThat(DataSetQuarter.filingDate("01-Jan-09")).contains(LocalDate.of(2009, 1, 1));
    assertThat(DataSetQuarter.filingDate("2025-06-30")).isEmpty();
  }
}
