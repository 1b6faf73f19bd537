package io.formd.json.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.Recorded;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** What the tables cannot hold is said, with the filing, the part and its number; the ZIP is a whole quarter. */
class DataSetWriterEdgesTest {

  private static final String ACCESSION = "0009000001-25-000001";

  private static DataSetFiling filing(ElectronicFormD f) {
    return new DataSetFiling(ACCESSION, Optional.of("021-900001"), Optional.of(LocalDate.of(2025, 5, 2)),
        Optional.empty(), f, List.of(), List.of());
  }

  @Test
  void aFourthPreviousNameOrRelationshipIsLostAndSaidWithItsPartsNumber() {
    ElectronicFormD base = FakeFilings.seeded(4).nextElectronic();
    Issuer second = base.primaryIssuer().withPreviousNames(PreviousNames.of("A", "B", "C", "D"))
        .withCik("0009000002");
    RelatedPerson person = base.relatedPersons().get(0).withRelationships(Recorded.of(List.of(
        Relationship.EXECUTIVE_OFFICER, Relationship.DIRECTOR, Relationship.PROMOTER, Relationship.EXECUTIVE_OFFICER)));
    List<RelatedPerson> persons = new ArrayList<>(base.relatedPersons());
    persons.add(person);
    ElectronicFormD f = base.withAdditionalIssuers(second).withRelatedPersons(persons);
    DataSetWriter writer = new DataSetWriter().add(filing(f));
    assertThat(writer.lost()).anySatisfy(l -> assertThat(l).startsWith(ACCESSION + ": issuer 2's previous names: "
        + "the tables hold three; [D] not written"));
    assertThat(writer.lost()).anySatisfy(l -> assertThat(l).startsWith(ACCESSION + ": related person "
        + persons.size() + "'s relationships: the tables hold three; "));
    assertThat(writer.lost()).noneMatch(l -> l.contains("issuer 1's previous names"));
  }

  @Test
  void aTabInANameIsWrittenAsASpaceAndSaidWithItsColumn() {
    ElectronicFormD base = FakeFilings.seeded(4).nextElectronic();
    ElectronicFormD f = base.withPrimaryIssuer(base.primaryIssuer().withName("ACME\tHOLDINGS"));
    DataSetWriter writer = new DataSetWriter().add(filing(f));
    assertThat(writer.tables().get(DataSetTable.ISSUERS)).contains("ACME HOLDINGS").doesNotContain("ACME\t");
    assertThat(writer.lost()).anySatisfy(l -> assertThat(l).isEqualTo(ACCESSION + ": ISSUERS.tsv column ENTITYNAME: "
        + "a tab or line break, written as a space (the SEC's tables hold none)"));
  }

  @Test
  void theZipHoldsTheSixTablesInItsFolderAndReadsBack() throws Exception {
    DataSetWriter writer = new DataSetWriter();
    DataSetWriterTest.sampleFilings().forEach(writer::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeZip(out, "2025Q2_d");
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).hasSize(DataSetTable.values().length).allMatch(n -> n.startsWith("2025Q2_d/"))
        .contains("2025Q2_d/FORMDSUBMISSION.tsv");
    DataSetQuarter back = FormDDataSets.read("written", new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.size()).isEqualTo(writer.size());
  }

  @Test
  void aDeviceIsNoQuarter() {
    assertThat(FormDDataSets.looksLikeOne(Path.of("/dev/null"))).isFalse();
  }
}
