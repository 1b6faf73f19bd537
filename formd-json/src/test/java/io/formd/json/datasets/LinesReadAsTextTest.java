package io.formd.json.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.json.FormDReadException;
import io.formd.json.FormDXml;
import io.formd.json.datasets.Tsv.Row;
import io.formd.json.xml.EdgarXmlReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A filing's rows are read as events, without writing and parsing the XML text they make; that reading gives what the
 * text's reading gives (the filing and its document facts), or gives way to it, so that what the text alone can say
 * (a problem and its cell, a character XML judges) is still said.
 */
class LinesReadAsTextTest {

  @Test
  void everyFilingOfTheSampleReadsFromItsLinesAsFromItsText() throws Exception {
    Counts counts = compare(FormDDataSets.read(DataSetsTest.sample()));
    assertThat(counts.filings).isEqualTo(158);
    // The events read nearly all of them; the rest (a character outside printable ASCII) were read from the text.
    assertThat(counts.fromLines).isGreaterThan(150);
  }

  @Test
  void generatedFilingsValidOrBrokenReadFromTheirLinesAsFromTheirText() throws Exception {
    FakeFilings fakes = FakeFilings.seeded(41);
    DataSetWriter writer = new DataSetWriter();
    List<String> broken = List.of("D-ARITH-REMAINING", "D-XSD-OUTER-WHITESPACE", "D-EDGAR-PO-BOX",
        "D-XREF-SOLD-LE-OFFERING", "D-XSD-ZIP", "D-REQ-SECURITY-TYPE");
    for (int i = 0; i < 120; i++) {
      ElectronicFormD f = i % 3 == 0 && fakes.brokenBy(broken.get(i / 3 % broken.size())) instanceof ElectronicFormD e
          ? e : fakes.nextElectronic();
      writer.add(new DataSetFiling(String.format("0009%06d-25-%06d", i, i), Optional.of("021-" + (900000 + i)),
          Optional.of(LocalDate.of(2025, 5, 1)), Optional.empty(), f, List.of(), List.of()));
    }
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    writer.writeZip(zip, "2025Q2_d");
    Counts counts = compare(FormDDataSets.read("fakes.zip", new ByteArrayInputStream(zip.toByteArray())));
    assertThat(counts.filings + counts.unreadable).isEqualTo(120);
    assertThat(counts.fromLines).isGreaterThan(60);
  }

  @Test
  void whatOnlyTheTextCanSayIsReadFromTheText() throws Exception {
    DataSetQuarter quarter = FormDDataSets.read(DataSetsTest.sample());
    Row first = quarter.submissions().get(0);
    FilingXml plain = xml(quarter, first);
    assertThat(EdgarXmlReader.read(plain.lines())).isEqualTo(FormDXml.read(plain.xml()));
    // A name outside printable ASCII: the events give way, the text reads it.
    List<Row> issuers = quarter.rowsOf(DataSetTable.ISSUERS, first.get(0).trim());
    String[] cells = issuers.get(0).fields().clone();
    int name = DataSetTable.ISSUERS.column("ENTITYNAME");
    cells[name] = "Caf\u00e9 & <Co>";
    FilingXml accented = FilingXml.of(first, List.of(new Row(issuers.get(0).line(), cells)),
        quarter.rowsOf(DataSetTable.OFFERING, first.get(0).trim()).get(0),
        quarter.rowsOf(DataSetTable.RECIPIENTS, first.get(0).trim()),
        quarter.rowsOf(DataSetTable.RELATEDPERSONS, first.get(0).trim()),
        quarter.rowsOf(DataSetTable.SIGNATURES, first.get(0).trim()));
    assertThat(EdgarXmlReader.read(accented.lines())).isNull();
    assertThat(FormDXml.read(accented.xml()).primaryIssuer().name()).contains("Caf\u00e9 & <Co>");
    // XML's own characters in printable ASCII are read alike both ways.
    cells[name] = "Smith & Sons <Fund> \"I\"";
    FilingXml escaped = FilingXml.of(first, List.of(new Row(issuers.get(0).line(), cells)),
        quarter.rowsOf(DataSetTable.OFFERING, first.get(0).trim()).get(0), List.of(), List.of(), List.of());
    ElectronicFormD fromLines = EdgarXmlReader.read(escaped.lines());
    assertThat(fromLines).isNotNull().isEqualTo(FormDXml.read(escaped.xml()));
    assertThat(fromLines.primaryIssuer().name()).contains("Smith & Sons <Fund> \"I\"");
    // A value the model cannot hold: the events give way, and the text's reading names its cell.
    int year = DataSetTable.ISSUERS.column("YEAROFINC_VALUE_ENTERED");
    cells[year] = "20x9";
    cells[DataSetTable.ISSUERS.column("YEAROFINC_TIMESPAN_CHOICE")] = "withinFiveYears";
    FilingXml bad = FilingXml.of(first, List.of(new Row(issuers.get(0).line(), cells)),
        quarter.rowsOf(DataSetTable.OFFERING, first.get(0).trim()).get(0), List.of(), List.of(), List.of());
    assertThat(EdgarXmlReader.read(bad.lines())).isNull();
    try {
      FormDXml.read(bad.xml());
      throw new AssertionError("20x9 read as a year");
    } catch (FormDReadException e) {
      assertThat(bad.cell(e.line().orElseThrow()).column()).isEqualTo("YEAROFINC_VALUE_ENTERED");
    }
  }

  @Test
  void theLinesTextIsTheDocumentLineForLine() throws Exception {
    DataSetQuarter quarter = FormDDataSets.read(DataSetsTest.sample());
    FilingXml x = xml(quarter, quarter.submissions().get(3));
    String text = x.xml();
    assertThat(text).startsWith("<?xml version=\"1.0\"?>\n<edgarSubmission>\n");
    assertThat(text.split("\n", -1)).hasSize(x.lines().lines() + 1); // the last line's break
    assertThat(text.lines().skip(1).allMatch(l -> l.startsWith("<"))).isTrue();
  }

  private static FilingXml xml(DataSetQuarter quarter, Row submission) {
    String accession = submission.get(0).trim();
    List<Row> offerings = quarter.rowsOf(DataSetTable.OFFERING, accession);
    return FilingXml.of(submission, quarter.rowsOf(DataSetTable.ISSUERS, accession),
        offerings.isEmpty() ? null : offerings.get(0), quarter.rowsOf(DataSetTable.RECIPIENTS, accession),
        quarter.rowsOf(DataSetTable.RELATEDPERSONS, accession), quarter.rowsOf(DataSetTable.SIGNATURES, accession));
  }

  private static final class Counts {
    int filings;
    int fromLines;
    int unreadable;
  }

  /** Every submission's rows read both ways: equal filings and document facts, or both unreadable. */
  private static Counts compare(DataSetQuarter quarter) {
    Counts counts = new Counts();
    for (Row submission : quarter.submissions()) {
      FilingXml x = xml(quarter, submission);
      ElectronicFormD fromLines = EdgarXmlReader.read(x.lines());
      ElectronicFormD fromText;
      try {
        fromText = FormDXml.read(x.xml());
      } catch (FormDReadException e) {
        assertThat(fromLines).as(submission.get(0)).isNull();
        counts.unreadable++;
        continue;
      }
      counts.filings++;
      if (fromLines != null) {
        counts.fromLines++;
        assertThat(fromLines).as(submission.get(0)).isEqualTo(fromText);
        assertThat(fromLines.documentFacts()).as(submission.get(0)).isEqualTo(fromText.documentFacts());
        assertThat(fromLines.primaryIssuer().name()).isEqualTo(fromText.primaryIssuer().name());
        for (int i = 0; i < fromText.issuers().size(); i++) {
          Issuer a = fromLines.issuers().get(i);
          assertThat(a.toString()).isEqualTo(fromText.issuers().get(i).toString());
        }
      }
    }
    return counts;
  }
}
