package io.formd.core.amendments;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Address;
import io.formd.core.model.ContactData;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PersonName;
import io.formd.core.model.RelatedPerson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FilingDiffTest {

  private static ElectronicFormD filing(long seed) {
    return FakeFilings.seeded(seed, FakeConfig.builder().edition(Edition.ELECTRONIC)
        .issuerKind(FakeConfig.IssuerKind.OPERATING_COMPANY).build()).nextElectronic();
  }

  private static ElectronicFormD withPersons(ElectronicFormD f, List<RelatedPerson> persons) {
    return ElectronicFormD.builder().from(f).relatedPersons(persons).build();
  }

  @Property(tries = 50)
  void aFilingComparedWithItselfHasNoChange(@ForAll long seed) {
    ElectronicFormD f = FakeFilings.seeded(seed).nextElectronic();
    assertThat(FilingDiff.between(f, f)).isEmpty();
  }

  /**
   * Two filings of the same offering as an issuer's later filing would differ: persons of another filing, some of
   * this one's dropped or reordered, other amounts and exemptions.
   */
  private static ElectronicFormD changed(ElectronicFormD f, long seed) {
    ElectronicFormD other = FakeFilings.seeded(seed).nextElectronic();
    List<RelatedPerson> persons = new ArrayList<>(f.relatedPersons());
    Collections.reverse(persons);
    persons.addAll(other.relatedPersons());
    if (persons.size() > 2 && (seed & 1) == 0) {
      persons.remove(1);
    }
    return ElectronicFormD.builder().from(f).relatedPersons(persons).offering(OfferingData.builder()
        .from(f.offering()).amounts(other.offering().amounts()).federalExemptions(other.offering().federalExemptions())
        .salesCompensationRecipients(other.offering().salesCompensationRecipients()).build()).build();
  }

  @Property(tries = 60)
  void theDiffIsAntisymmetricSwappingTheFilingsSwapsBeforeAndAfter(@ForAll long seed, @ForAll long other,
      @ForAll boolean sameOffering) {
    ElectronicFormD a = FakeFilings.seeded(seed).nextElectronic();
    ElectronicFormD b = sameOffering ? changed(a, other) : FakeFilings.seeded(other).nextElectronic();
    List<String> forward = new ArrayList<>();
    for (Change c : FilingDiff.between(a, b)) {
      forward.add(c.place() + " | " + c.before().orElse("-") + " -> " + c.after().orElse("-"));
    }
    List<String> backward = new ArrayList<>();
    for (Change c : FilingDiff.between(b, a)) {
      backward.add(c.place() + " | " + c.after().orElse("-") + " -> " + c.before().orElse("-"));
    }
    Collections.sort(forward);
    Collections.sort(backward);
    assertThat(backward).isEqualTo(forward);
  }

  @Test
  void anAmountChangeIsOneChangeWithItsPlaceAndValues() {
    ElectronicFormD before = filing(3);
    OfferingSalesAmounts amounts = before.offering().amounts();
    long offered = amounts.totalOfferingAmount().amount().orElseThrow().value().longValueExact();
    ElectronicFormD after = ElectronicFormD.builder().from(before).offering(OfferingData.builder()
        .from(before.offering()).amounts(OfferingSalesAmounts.builder().from(amounts)
            .totalOfferingAmount(OfferingAmount.of(offered + 1000))
            .totalRemaining(OfferingAmount.of(offered + 1000 - amounts.totalAmountSold().value().longValueExact()))
            .build()).build()).build();
    List<Change> changes = FilingDiff.between(before, after);
    assertThat(changes).extracting(Change::path).containsExactly("offering.amounts.totalOfferingAmount",
        "offering.amounts.totalRemaining");
    Change total = changes.get(0);
    assertThat(total.place()).isEqualTo("Item 13, Total Offering Amount");
    assertThat(total.before()).contains(String.valueOf(offered));
    assertThat(total.after()).contains(String.valueOf(offered + 1000));
  }

  @Test
  void aPersonIsMatchedByNameNotPosition() {
    ElectronicFormD before = filing(5);
    List<RelatedPerson> persons = new ArrayList<>(before.relatedPersons());
    if (persons.size() < 2) {
      persons.add(RelatedPerson.builder().from(persons.get(0)).name(PersonName.of("Jane",
          "Quill")).build());
      before = withPersons(before, persons);
    }
    List<RelatedPerson> reordered = new ArrayList<>(before.relatedPersons());
    Collections.reverse(reordered);
    assertThat(FilingDiff.between(before, withPersons(before, reordered))).isEmpty();
    RelatedPerson moved = RelatedPerson.builder().from(reordered.get(0)).address(Address.builder()
        .from(reordered.get(0).address()).city("Boise").build()).build();
    reordered.set(0, moved);
    List<Change> changes = FilingDiff.between(before, withPersons(before, reordered));
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).path()).isEqualTo("relatedPersons[0].address.city");
    assertThat(changes.get(0).after()).contains("Boise");
    assertThat(changes.get(0).place()).startsWith("Item 3");
  }

  @Test
  void anAddedAndARemovedPersonAreAdditionsAndRemovals() {
    ElectronicFormD before = filing(7);
    List<RelatedPerson> persons = new ArrayList<>(before.relatedPersons());
    RelatedPerson gone = persons.remove(0);
    persons.add(RelatedPerson.builder().from(gone).name(PersonName.of("Ada", "Newcomer")).build());
    List<Change> changes = FilingDiff.between(before, withPersons(before, persons));
    assertThat(changes).anyMatch(c -> c.added() && c.path().endsWith(".name.lastName")
        && c.after().orElse("").equals("Newcomer"));
    assertThat(changes).anyMatch(c -> c.removed() && c.path().startsWith("relatedPersons[removed 0].name.lastName")
        && c.before().equals(gone.name().lastName()));
    assertThat(changes).allMatch(c -> c.added() || c.removed());
  }

  @Test
  void exemptionsAreASetAndSubmissionPartsDoNotCount() {
    ElectronicFormD before = filing(9);
    List<FederalExemption> items = new ArrayList<>(before.offering().federalExemptions());
    Collections.reverse(items);
    ElectronicFormD reordered = ElectronicFormD.builder().from(before).offering(OfferingData.builder()
        .from(before.offering()).federalExemptions(items).build()).contactData(ContactData
        .builder().name("Pat").phone("1").email("p@x.com").build()).schemaVersion("X0808").build();
    assertThat(FilingDiff.between(before, reordered)).isEmpty();
    items.add(FederalExemption.SECTION_4A5);
    ElectronicFormD more = ElectronicFormD.builder().from(before).offering(OfferingData.builder()
        .from(before.offering()).federalExemptions(items).build()).build();
    List<Change> changes = FilingDiff.between(before, more);
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).path()).isEqualTo("offering.federalExemptions");
    assertThat(changes.get(0).after().orElseThrow()).contains("4(a)(5)");
  }
}
