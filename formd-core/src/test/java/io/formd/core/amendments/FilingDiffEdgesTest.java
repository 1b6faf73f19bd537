package io.formd.core.amendments;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.TestFilings;
import io.formd.core.model.Address;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingData;
import io.formd.core.model.PersonName;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SecurityType;
import io.formd.core.model.Signature;
import io.formd.core.model.YearOfIncorporation;
import io.formd.core.rules.EdgarLookup;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the diff matches entries (by key, whatever their order), what it calls a change and where. */
class FilingDiffEdgesTest {

  private static final ElectronicFormD E = TestFilings.electronic();

  private static List<String> paths(ElectronicFormD before, ElectronicFormD after) {
    return FilingDiff.between(before, after).stream().map(Change::path).toList();
  }

  @Test
  void namesAreComparedAsCapitalsAndDigitsWithOneSpaceBetweenRuns() {
    assertThat(EdgarLookup.conformedName(" Gold-Fund,  Ltd. ")).isEqualTo("GOLD FUND LTD");
    assertThat(EdgarLookup.conformedName("az09AZ")).isEqualTo("AZ09AZ");
    assertThat(EdgarLookup.conformedName("a@b[c`d/e:f")).isEqualTo("A B C D E F");
    assertThat(EdgarLookup.conformedName("...")).isEmpty();
  }

  @Test
  void issuersAreKeyedByTheirCikWithoutLeadingZeroesElseByName() {
    Issuer issuer = E.primaryIssuer();
    assertThat(FilingDiff.issuerKey(Issuer.builder().from(issuer).cik("0001234567").build())).isEqualTo("CIK 1234567");
    assertThat(FilingDiff.issuerKey(Issuer.builder().from(issuer).cik("0000000").build())).isEqualTo("CIK 0");
    assertThat(FilingDiff.issuerKey(Issuer.builder().from(issuer).cik(Optional.empty()).name("Gold Fund, Ltd.")
        .build())).isEqualTo("GOLD FUND LTD");
  }

  @Test
  void entriesInAnotherOrderAreNoChange() {
    RelatedPerson ada = E.relatedPersons().get(0);
    RelatedPerson bob = RelatedPerson.builder().from(ada).name(PersonName.of("Bob", "Babbage")).build();
    SalesCompensationRecipient agent = E.salesCompensationRecipients().get(0);
    SalesCompensationRecipient other = SalesCompensationRecipient.builder().from(agent).name("Other Agent LLC")
        .crdNumber("654321").build();
    Signature first = E.signatures().get(0);
    Signature second = Signature.builder().from(first).signerName("Bob Babbage").build();
    Issuer co1 = Issuer.builder().from(E.primaryIssuer()).cik("0000000011").name("Co One LP").build();
    Issuer co2 = Issuer.builder().from(E.primaryIssuer()).cik("0000000022").name("Co Two LP").build();
    ElectronicFormD one = ElectronicFormD.builder().from(E).relatedPersons(List.of(ada, bob))
        .signatures(List.of(first, second)).additionalIssuers(List.of(co1, co2))
        .offering(OfferingData.builder().from(E.offering()).salesCompensationRecipients(List.of(agent, other)).build())
        .build();
    ElectronicFormD swapped = ElectronicFormD.builder().from(E).relatedPersons(List.of(bob, ada))
        .signatures(List.of(second, first)).additionalIssuers(List.of(co2, co1))
        .offering(OfferingData.builder().from(E.offering()).salesCompensationRecipients(List.of(other, agent)).build())
        .build();
    assertThat(FilingDiff.between(one, swapped)).isEmpty();
    RelatedPerson bobMoved = RelatedPerson.builder().from(bob).address(Address.builder()
        .from(bob.address()).city("Boise").build()).build();
    ElectronicFormD moved = ElectronicFormD.builder().from(swapped).relatedPersons(List.of(bobMoved, ada)).build();
    assertThat(paths(one, moved)).containsExactly("relatedPersons[0].address.city");
    ElectronicFormD recipientGone = ElectronicFormD.builder().from(one).offering(OfferingData.builder()
        .from(one.offering()).salesCompensationRecipients(List.of(agent)).build()).build();
    assertThat(paths(one, recipientGone)).isNotEmpty()
        .allMatch(p -> p.startsWith("offering.salesCompensationRecipients[removed 1]"));
    ElectronicFormD signatureGone = ElectronicFormD.builder().from(one).signatures(List.of(first)).build();
    assertThat(paths(one, signatureGone)).isNotEmpty().allMatch(p -> p.startsWith("signatures[removed 1]"));
  }

  @Test
  void aSecurityTypeUncheckedOrCheckedIsOneChangeAtItsBox() {
    ElectronicFormD debt = ElectronicFormD.builder().from(E).offering(OfferingData.builder().from(E.offering())
        .securityTypes(List.of(SecurityType.EQUITY, SecurityType.DEBT)).build()).build();
    List<Change> changes = FilingDiff.between(E, debt);
    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.path()).isEqualTo("offering.securityTypes");
      assertThat(c.place()).startsWith("Item 9");
      assertThat(c.before()).contains("Equity");
      assertThat(c.after()).contains("Debt, Equity");
    });
    assertThat(FilingDiff.between(debt, E)).singleElement().satisfies(c -> assertThat(c.after()).contains("Equity"));
    assertThat(AmendmentCheck.between(E, debt).verdict().required()).as("Item 9 is not among (A)-(I)").isTrue();
  }

  @Test
  void theYearOfIncorporationsKindChangingIsAChange() {
    ElectronicFormD old = ElectronicFormD.builder().from(E).primaryIssuer(Issuer.builder().from(E.primaryIssuer())
        .yearOfIncorporation(YearOfIncorporation.overFiveYears()).build()).build();
    ElectronicFormD unformed = ElectronicFormD.builder().from(E).primaryIssuer(Issuer.builder()
        .from(E.primaryIssuer()).yearOfIncorporation(YearOfIncorporation.yetToBeFormed()).build())
        .build();
    assertThat(FilingDiff.between(old, unformed)).singleElement()
        .satisfies(c -> assertThat(c.path()).startsWith("issuers[0].yearOfIncorporation"));
    assertThat(FilingDiff.between(E, old)).isNotEmpty();
  }

  @Test
  void anIssuerNameLeftToEdgarIsNoChangeButARealRenameIs() {
    ElectronicFormD submission = ElectronicFormD.builder().from(E).primaryIssuer(Issuer.builder()
        .from(E.primaryIssuer()).name("").jurisdictionOfIncorporation(Optional.empty()).build()).build();
    assertThat(FilingDiff.between(E, submission)).isEmpty();
    assertThat(FilingDiff.between(submission, E)).isEmpty();
    ElectronicFormD renamed = ElectronicFormD.builder().from(E).primaryIssuer(Issuer.builder()
        .from(E.primaryIssuer()).name("Renamed Capital LLC").build()).build();
    assertThat(paths(E, renamed)).containsExactly("issuers[0].name");
  }
}
