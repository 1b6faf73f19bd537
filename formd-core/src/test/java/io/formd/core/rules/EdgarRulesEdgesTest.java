package io.formd.core.rules;

import static io.formd.core.rules.TestChanges.E;
import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.Address;
import io.formd.core.model.ContactData;
import io.formd.core.model.Dialect;
import io.formd.core.model.DocumentFacts;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingData;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.SalesCompensationRecipient;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The rules of EDGAR's §6 and of the submission at their edges, each on the clean test filing changed in one place. */
class EdgarRulesEdgesTest {

  private static List<Finding> published(ElectronicFormD f, String id) {
    return RuleSets.builtIn().withProfile(Dialect.DISSEMINATED).validate(f).findingsOf(id);
  }

  private static List<Finding> submitted(ElectronicFormD f, String id) {
    return RuleSets.builtIn().withProfile(Dialect.SUBMISSION).validate(f).findingsOf(id);
  }

  private static ElectronicFormD issuer(UnaryOperator<Issuer.Builder> change) {
    return TestChanges.e(b -> b.primaryIssuer(change.apply(Issuer.builder().from(E.primaryIssuer())).build()));
  }

  private static Address address(UnaryOperator<Address.Builder> change) {
    return change.apply(Address.builder().from(E.primaryIssuer().address())).build();
  }

  @Test
  void aCccOfSpacesIsNoCcc() {
    assertThat(submitted(issuer(i -> i.ccc("  ")), "D-SUB-CCC")).hasSize(1);
    assertThat(submitted(issuer(i -> i.ccc("x1y2z3w#")), "D-SUB-CCC")).isEmpty();
  }

  @Test
  void aSchemaVersionInASubmissionWarnsOnceAndTwiceWhenItIsNotTheCurrentOne() {
    DocumentFacts gave = DocumentFacts.discarding(List.of("schemaVersion"));
    assertThat(submitted(TestChanges.e(b -> b.schemaVersion(EdgarRules.CURRENT_SCHEMA).documentFacts(gave)),
        "D-SUB-SCHEMA-VERSION")).hasSize(1);
    assertThat(submitted(TestChanges.e(b -> b.schemaVersion("X0708").documentFacts(gave)), "D-SUB-SCHEMA-VERSION"))
        .hasSize(2).last().satisfies(f -> assertThat(f.message()).contains("X0708")
        .contains(EdgarRules.CURRENT_SCHEMA));
    // Built in memory, the schema version is not sent (the submission writer leaves it out): nothing to say.
    assertThat(submitted(TestChanges.e(b -> b.schemaVersion("X0708")), "D-SUB-SCHEMA-VERSION")).isEmpty();
  }

  @Test
  void theClientsNameInTheModelIsNoWarningWhenTheWriterLeavesItOut() {
    ElectronicFormD named = TestChanges.e(b -> b.contactData(ContactData.builder().name("Pat")
        .phone("212-555-0100").email("pat@example.com").build()));
    assertThat(named.primaryIssuer().name()).isNotEmpty();
    assertThat(submitted(named, "D-SUB-ENTITY-NAME")).isEmpty();
    assertThat(submitted(ElectronicFormD.builder().from(named).documentFacts(DocumentFacts
        .discarding(List.of("entityName"))).build(), "D-SUB-ENTITY-NAME")).hasSize(1);
  }

  @Test
  void aPostOfficeBoxOnTheSecondStreetLineIsOneToo() {
    List<Finding> findings = published(issuer(i -> i.address(address(a -> a.street2("P.O. Box 12")))),
        "D-EDGAR-PO-BOX");
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("issuers[0].address.street2"));
    assertThat(published(issuer(i -> i.address(address(a -> a.street2("Suite 12")))), "D-EDGAR-PO-BOX")).isEmpty();
    assertThat(EdgarRules.mayBePoBox("box")).isTrue();
    assertThat(EdgarRules.mayBePoBox("xBOx")).isTrue();
    assertThat(EdgarRules.mayBePoBox("bo")).isFalse();
    assertThat(EdgarRules.mayBePoBox("Main Street")).isFalse();
  }

  @Test
  void aRelatedPersonWithoutAZipCodeIsSuspended() {
    RelatedPerson person = RelatedPerson.builder().from(E.relatedPersons().get(0))
        .address(address(a -> a.zipCode(""))).build();
    assertThat(published(TestChanges.e(b -> b.relatedPersons(List.of(person))), "D-EDGAR-ZIP")).singleElement()
        .satisfies(f -> assertThat(f.path()).startsWith("relatedPersons[0].address"));
  }

  @Test
  void anOver100FlagNeedsTheWholeList() {
    Issuer co = Issuer.builder().from(E.primaryIssuer()).cik("0007654321").name("Co-Issuer LP").build();
    assertThat(published(TestChanges.e(b -> b.moreThan100Issuers(true)
        .additionalIssuers(Collections.nCopies(98, co))), "D-EDGAR-OVER100")).hasSize(1);
    assertThat(published(TestChanges.e(b -> b.moreThan100Issuers(true)
        .additionalIssuers(Collections.nCopies(99, co))), "D-EDGAR-OVER100")).isEmpty();

    RelatedPerson person = E.relatedPersons().get(0);
    assertThat(published(TestChanges.e(b -> b.moreThan100RelatedPersons(true)
        .relatedPersons(Collections.nCopies(99, person))), "D-EDGAR-OVER100")).hasSize(1);
    assertThat(published(TestChanges.e(b -> b.moreThan100RelatedPersons(true)
        .relatedPersons(Collections.nCopies(100, person))), "D-EDGAR-OVER100")).isEmpty();

    SalesCompensationRecipient recipient = E.salesCompensationRecipients().get(0);
    UnaryOperator<OfferingData.Builder> ninetyNine = o -> o.moreThan100Recipients(true)
        .salesCompensationRecipients(Collections.nCopies(99, recipient));
    assertThat(published(TestChanges.offering(ninetyNine), "D-EDGAR-OVER100")).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("offering.salesCompensationRecipients"));
    assertThat(published(TestChanges.offering(o -> o.moreThan100Recipients(true)
        .salesCompensationRecipients(Collections.nCopies(100, recipient))), "D-EDGAR-OVER100")).isEmpty();
  }

  @Test
  void namesAreSimilarWhateverTheirCase() {
    assertThat(EdgarRules.similarName("GOLD FUND", "gold fund")).isTrue();
    assertThat(EdgarRules.similarName("Gold Fund", "Gold Fund, Ltd.")).isTrue();
    assertThat(EdgarRules.similarName("Gold Fund", "Silver Fund")).isFalse();
  }
}
