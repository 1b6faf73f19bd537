package io.formd.json.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edges of a quarter: missing rows, a second OFFERING row, bad dates, orphans, entries by index. */
class DataSetQuarterEdgesTest {

  @TempDir
  Path temp;

  /** The sample quarter as a folder, with some tables replaced. */
  private Path folder(Map<DataSetTable, String> replaced) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("q" + replaced.hashCode()));
    for (DataSetTable table : DataSetTable.values()) {
      Files.writeString(dir.resolve(table.fileName()), replaced.containsKey(table) ? replaced.get(table)
          : DataSetsTest.table(table), StandardCharsets.US_ASCII);
    }
    return dir;
  }

  private static String firstAccession() throws IOException {
    return DataSetsTest.table(DataSetTable.FORMDSUBMISSION).lines().skip(1).findFirst().orElseThrow().split("\t")[0];
  }

  /** The table without the rows of one accession. */
  private static String without(DataSetTable table, String accession) throws IOException {
    return DataSetsTest.table(table).lines().filter(l -> !l.startsWith(accession + "\t"))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static List<DataSetProblem> problems(DataSetQuarter quarter) {
    return quarter.entries().filter(e -> e instanceof DataSetProblem).map(e -> (DataSetProblem) e)
        .collect(Collectors.toList());
  }

  @Test
  void aFilingWithoutItsOfferingRowOrIssuerRowsSaysWhichTableHasNoRow() throws Exception {
    String accession = firstAccession();
    List<DataSetProblem> noOffering = problems(FormDDataSets.read(folder(Map.of(DataSetTable.OFFERING,
        without(DataSetTable.OFFERING, accession)))));
    assertThat(noOffering).hasSize(1);
    assertThat(noOffering.get(0).accessionNumber()).isEqualTo(accession);
    assertThat(noOffering.get(0).table()).isEqualTo(DataSetTable.FORMDSUBMISSION);
    assertThat(noOffering.get(0).line()).isEqualTo(2);
    assertThat(noOffering.get(0).problem()).startsWith("the filing's rows do not make a Form D: ")
        .endsWith("; OFFERING.tsv has no row for it");
    List<DataSetProblem> noIssuer = problems(FormDDataSets.read(folder(Map.of(DataSetTable.ISSUERS,
        without(DataSetTable.ISSUERS, accession)))));
    assertThat(noIssuer).hasSize(1);
    assertThat(noIssuer.get(0).problem()).endsWith("; ISSUERS.tsv has no row for it");
  }

  @Test
  void aSecondOfferingRowIsAProblemNamingBothLines() throws Exception {
    String offering = DataSetsTest.table(DataSetTable.OFFERING);
    String second = offering.lines().skip(1).findFirst().orElseThrow();
    int lines = (int) offering.lines().count();
    DataSetQuarter quarter = FormDDataSets.read(folder(Map.of(DataSetTable.OFFERING, offering + second + "\n")));
    List<DataSetProblem> problems = problems(quarter);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).table()).isEqualTo(DataSetTable.OFFERING);
    assertThat(problems.get(0).line()).isEqualTo(lines + 1);
    assertThat(problems.get(0).problem()).contains("(the first is line 2)");
  }

  @Test
  void aFilingDateThatIsNoDateIsANoteAndTheFilingIsStillRead() throws Exception {
    String submissions = DataSetsTest.table(DataSetTable.FORMDSUBMISSION);
    String[] lines = submissions.split("\n");
    String[] cells = lines[1].split("\t", -1);
    int column = DataSetTable.FORMDSUBMISSION.columns().indexOf("FILING_DATE");
    cells[column] = "31-XYZ-2025";
    lines[1] = String.join("\t", cells);
    DataSetQuarter quarter = FormDDataSets.read(folder(Map.of(DataSetTable.FORMDSUBMISSION,
        String.join("\n", lines) + "\n")));
    DataSetFiling filing = (DataSetFiling) quarter.entry(0);
    assertThat(filing.filingDate()).isEmpty();
    assertThat(filing.notInDataSet()).anySatisfy(n -> assertThat(n).contains("FILING_DATE '31-XYZ-2025'")
        .contains("line 2").endsWith("is not a date DD-MON-YYYY"));
    assertThat(((DataSetFiling) quarter.entry(1)).notInDataSet()).noneMatch(n -> n.contains("FILING_DATE"));
  }

  @Test
  void theFilingDateIsReadInBothForms() {
    assertThat(DataSetQuarter.filingDate("30-JUN-2025")).hasValueSatisfying(d -> assertThat(d).hasToString(
        "2025-06-30"));
    assertThat(DataSetQuarter.filingDate("30-JUN-25")).hasValueSatisfying(d -> assertThat(d).hasToString(
        "2025-06-30"));
    assertThat(DataSetQuarter.filingDate("2025-06-30")).isEmpty();
  }

  @Test
  void orphansAndNotesAreListedAndTheIteratorReachesEveryEntry() throws Exception {
    String persons = DataSetsTest.table(DataSetTable.RELATEDPERSONS);
    String orphan = "0009999999-25-000001\t101\tAda\t\tLovelace\t1 Main St\t\tLondon\tX0\tUNITED KINGDOM"
        + "\tSW1\tExecutive Officer\t\t\t\n";
    String signatures = DataSetsTest.table(DataSetTable.SIGNATURES);
    String[] lines = signatures.split("\n");
    StringBuilder later = new StringBuilder(lines[0]).append("\tLATER_COLUMN\n");
    for (int i = 1; i < lines.length; i++) {
      later.append(lines[i]).append("\tx\n");
    }
    Map<DataSetTable, String> replaced = new HashMap<>();
    replaced.put(DataSetTable.RELATEDPERSONS, persons + orphan);
    replaced.put(DataSetTable.SIGNATURES, later.toString());
    DataSetQuarter quarter = FormDDataSets.read(folder(replaced));
    assertThat(quarter.orphans()).hasSize(1);
    assertThat(quarter.orphans().get(0).accessionNumber()).isEqualTo("0009999999-25-000001");
    assertThat(quarter.notes()).anySatisfy(n -> assertThat(n).contains("LATER_COLUMN"));
    assertThat(quarter.entryCount()).isEqualTo(quarter.size() + 1);
    List<DataSetEntry> iterated = new ArrayList<>();
    quarter.iterator().forEachRemaining(iterated::add);
    assertThat(iterated).hasSize(quarter.entryCount());
    assertThat(iterated.get(iterated.size() - 1)).isEqualTo(quarter.orphans().get(0));
    assertThat(quarter.entry(quarter.entryCount() - 1)).isEqualTo(quarter.orphans().get(0));
    assertThatThrownBy(() -> quarter.entry(quarter.entryCount())).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> quarter.entry(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aFolderOfTheTablesLooksLikeAQuarterAndAFolderWithoutThemDoesNot() throws Exception {
    assertThat(FormDDataSets.looksLikeOne(DataSetsTest.sample())).isTrue();
    assertThat(FormDDataSets.looksLikeOne(Files.createDirectories(temp.resolve("empty")))).isFalse();
    assertThat(FormDDataSets.looksLikeOne(temp.resolve("missing"))).isFalse();
  }

  @Test
  void theCompressedBytesAreCountedHoweverTheyAreRead() throws IOException {
    FormDDataSets.Counting counting = new FormDDataSets.Counting(new ByteArrayInputStream(new byte[10]));
    assertThat(counting.read()).isZero();
    assertThat(counting.count).isEqualTo(1);
    assertThat(counting.read(new byte[4], 0, 4)).isEqualTo(4);
    assertThat(counting.count).isEqualTo(5);
    assertThat(counting.skip(3)).isEqualTo(3);
    assertThat(counting.count).isEqualTo(8);
    assertThat(counting.read(new byte[4], 0, 4)).isEqualTo(2);
    assertThat(counting.read(new byte[4], 0, 4)).isEqualTo(-1);
    assertThat(counting.read()).isEqualTo(-1);
    assertThat(counting.count).isEqualTo(10);
  }
}
