package io.formd.json.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingData;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.StatesOfSolicitation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The six tables written from filings: the SEC's own sample rows come back row for row (SEQ_KEYs included; only the
 * rows' order within a table may differ, as the SEC's own order is not by filing), and what is written reads back
 * as the same filings.
 */
class DataSetWriterTest {

  static List<DataSetFiling> sampleFilings() throws Exception {
    return DataSetsTest.filings(FormDDataSets.read(DataSetsTest.sample()));
  }

  static List<String> sortedRows(String table) {
    return table.lines().skip(1).sorted().collect(Collectors.toList());
  }

  @Test
  void theSecsRowsComeBackRowForRow() throws Exception {
    DataSetWriter writer = new DataSetWriter();
    sampleFilings().forEach(writer::add);
    assertThat(writer.size()).isEqualTo(158);
    assertThat(writer.lost()).isEmpty();
    for (DataSetTable table : DataSetTable.values()) {
      String written = writer.tables().get(table);
      String published = DataSetsTest.table(table);
      assertThat(written.lines().findFirst()).as(table.toString()).isEqualTo(published.lines().findFirst());
      assertThat(sortedRows(written)).as(table.toString()).isEqualTo(sortedRows(published));
    }
    // Both tables that have one row a filing keep the filings' order: FORMDSUBMISSION comes back byte for byte.
    assertThat(writer.tables().get(DataSetTable.FORMDSUBMISSION))
        .isEqualTo(DataSetsTest.table(DataSetTable.FORMDSUBMISSION));
  }

  @Test
  void whatIsWrittenReadsBackAsTheSameFilings() throws Exception {
    List<DataSetFiling> filings = new ArrayList<>(sampleFilings());
    FakeFilings fakes = FakeFilings.seeded(27);
    for (int i = 0; i < 40; i++) {
      filings.add(new DataSetFiling(String.format("0009%06d-25-%06d", i, i), Optional.of("021-" + (900000 + i)),
          Optional.of(LocalDate.of(2025, 5, 1).plusDays(i)), Optional.empty(), fakes.nextElectronic(), List.of(),
              List.of()));
    }
    DataSetWriter writer = new DataSetWriter();
    filings.forEach(writer::add);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    writer.writeZip(zip, "2025Q2_d");
    List<DataSetFiling> back = DataSetsTest.filings(FormDDataSets.read("written.zip",
        new ByteArrayInputStream(zip.toByteArray())));
    assertThat(back).hasSize(filings.size());
    for (int i = 0; i < filings.size(); i++) {
      DataSetFiling was = filings.get(i);
      DataSetFiling is = back.get(i);
      assertThat(is.accessionNumber()).isEqualTo(was.accessionNumber());
      assertThat(is.filingDate()).isEqualTo(was.filingDate());
      assertThat(is.fileNumber()).isEqualTo(was.fileNumber());
      assertThat(is.filing()).as(was.accessionNumber()).isEqualTo(withoutWhatTheTablesLose(was.filing()));
    }
  }

  /**
   * What the tables lose, as the SEC's own do: EDGAR's "None" for previous names is written as nothing (read back,
   * it is no list), and a recipient's states are sorted by code.
   */
  static ElectronicFormD withoutWhatTheTablesLose(ElectronicFormD f) {
    List<Issuer> issuers = new ArrayList<>();
    for (Issuer issuer : f.issuers()) {
      issuers.add(Issuer.builder().from(issuer)
          .previousNames(issuer.previousNames().filter(p -> !p.none()))
          .edgarPreviousNames(issuer.edgarPreviousNames().filter(p -> !p.none())).build());
    }
    List<SalesCompensationRecipient> recipients = new ArrayList<>();
    for (SalesCompensationRecipient r : f.offering().salesCompensationRecipients()) {
      List<StatesOfSolicitation.Entry> sorted = new ArrayList<>(r.statesOfSolicitation().states());
      sorted.sort(Comparator.comparing(e -> e.state().name()));
      recipients.add(SalesCompensationRecipient.builder().from(r).statesOfSolicitation(
          StatesOfSolicitation.builder().from(r.statesOfSolicitation()).states(sorted).build()).build());
    }
    return ElectronicFormD.builder().from(f).primaryIssuer(issuers.get(0))
        .additionalIssuers(issuers.subList(1, issuers.size()))
        .offering(OfferingData.builder().from(f.offering()).salesCompensationRecipients(recipients).build()).build();
  }

  @Test
  void aQuoteIsQuotedAndATabOrLineBreakIsSaidAndWrittenAsASpace() throws Exception {
    DataSetFiling one = sampleFilings().get(0);
    ElectronicFormD f = one.filing();
    ElectronicFormD odd = ElectronicFormD.builder().from(f).primaryIssuer(Issuer.builder().from(f.primaryIssuer())
        .name("The \"Odd\"\tName\nLLC").build()).build();
    DataSetWriter writer = new DataSetWriter().add(new DataSetFiling(one.accessionNumber(), one.fileNumber(),
        one.filingDate(), one.sicCode(), odd, List.of(), List.of()));
    assertThat(writer.tables().get(DataSetTable.ISSUERS)).contains("\t\"The \"\"Odd\"\" Name LLC\"\t");
    assertThat(writer.lost()).singleElement().asString().contains("ISSUERS.tsv column ENTITYNAME")
        .contains("written as a space");
  }
}
