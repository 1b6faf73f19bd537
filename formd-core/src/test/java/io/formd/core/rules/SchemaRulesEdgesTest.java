package io.formd.core.rules;

import static io.formd.core.rules.TestChanges.E;
import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ContactData;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.Issuer;
import io.formd.core.model.PersonName;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.Signature;
import io.formd.core.model.YearOfIncorporation;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The schema's rules at their edges, each on the clean test filing changed in one place. */
class SchemaRulesEdgesTest {

  private static List<Finding> findings(ElectronicFormD f, String id) {
    return RuleSets.builtIn().validate(f).findingsOf(id);
  }

  private static ElectronicFormD issuer(UnaryOperator<Issuer.Builder> change) {
    return TestChanges.e(b -> b.primaryIssuer(change.apply(Issuer.builder().from(E.primaryIssuer())).build()));
  }

  private static ElectronicFormD person(UnaryOperator<RelatedPerson.Builder> change) {
    return TestChanges.e(b -> b.relatedPersons(List.of(change.apply(RelatedPerson.builder()
        .from(E.relatedPersons().get(0))).build())));
  }

  @Test
  void anIssuerWithoutACikIsNamed() {
    assertThat(findings(issuer(i -> i.cik(Optional.empty())), "D-XSD-CIK")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("the issuer Example Capital LLC has no CIK; EDGAR requires "
            + "one"));
  }

  @Test
  void xmlCarriesTabsLineBreaksAndPairedSurrogatesButNotOtherControlsOrFffe() {
    assertThat(SchemaRules.firstNonXmlCharacter("a\tb\nc\rd \uD7FF\uE000\uFFFD\uD83D\uDE00")).isEqualTo(-1);
    assertThat(SchemaRules.firstNonXmlCharacter("ab\u001F")).isEqualTo(2);
    assertThat(SchemaRules.firstNonXmlCharacter("\u0000")).isZero();
    assertThat(SchemaRules.firstNonXmlCharacter("a\uFFFE")).isEqualTo(1);
    assertThat(SchemaRules.firstNonXmlCharacter("a\uFFFF")).isEqualTo(1);
    assertThat(SchemaRules.firstNonXmlCharacter("a\uD83D")).as("a lone high surrogate").isEqualTo(1);
    assertThat(SchemaRules.firstNonXmlCharacter("\uDE00a")).as("a lone low surrogate").isZero();
    assertThat(findings(issuer(i -> i.name("Example\u0007 Capital LLC")), "D-XSD-XML-CHARACTERS")).hasSize(1);
    assertThat(findings(issuer(i -> i.name("Example \uD83D\uDE00 Capital LLC")), "D-XSD-XML-CHARACTERS")).isEmpty();
  }

  @Test
  void aPaperOnlyEntityTypeIsNamedInAnElectronicFiling() {
    assertThat(findings(issuer(i -> i.entityType(EntityType.LIMITED_PARTNERSHIP_TO_BE_FORMED)), "D-XSD-ENTITY-TYPE"))
        .singleElement().satisfies(f -> assertThat(f.message()).startsWith("entity type 'Limited Partnership, to be "
            + "formed' exists only on the paper form"));
  }

  @Test
  void aYearOfIncorporationIsFrom2000To2999() {
    for (int year : new int[] {2000, 2999}) {
      assertThat(findings(issuer(i -> i.yearOfIncorporation(YearOfIncorporation.withinFiveYears(year))),
          "D-XSD-YEAR-OF-INC")).as("%d", year).isEmpty();
    }
    for (int year : new int[] {1999, 3000}) {
      assertThat(findings(issuer(i -> i.yearOfIncorporation(YearOfIncorporation.withinFiveYears(year))),
          "D-XSD-YEAR-OF-INC")).as("%d", year).singleElement()
          .satisfies(f -> assertThat(f.path()).isEqualTo("issuers[0].yearOfIncorporation.year"));
    }
  }

  @Test
  void aPersonNameWrittenWholeOrTooLongIsNamed() {
    assertThat(findings(person(p -> p.name(PersonName.written("Lovelace, Ada"))), "D-XSD-PERSON-NAME"))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("'Lovelace, Ada' is a paper-form full name"));
    assertThat(findings(person(p -> p.name(PersonName.of("Ada", "L".repeat(201)))), "D-XSD-PERSON-NAME"))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("201 characters"));
    assertThat(findings(person(p -> p.name(PersonName.of("Ada", "L".repeat(200)))), "D-XSD-PERSON-NAME")).isEmpty();
  }

  @Test
  void aPersonHasAtMostThreeElectronicRelationships() {
    assertThat(findings(person(p -> p.relationships(Relationship.EXECUTIVE_OFFICER, Relationship.DIRECTOR,
        Relationship.PROMOTER)), "D-XSD-RELATIONSHIPS")).isEmpty();
    assertThat(findings(person(p -> p.relationships(Relationship.EXECUTIVE_OFFICER, Relationship.DIRECTOR,
        Relationship.PROMOTER, Relationship.DIRECTOR)), "D-XSD-RELATIONSHIPS")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("lists 4 relationships; the schema allows at most 3"));
    assertThat(findings(person(p -> p.relationships(Relationship.DIRECTOR, Relationship.BENEFICIAL_OWNER)),
        "D-XSD-RELATIONSHIPS")).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("relatedPersons[0].relationships[1]"));
  }

  @Test
  void aSignatureWithoutItsTypedSignatureIsNamed() {
    Signature unsigned = Signature.builder().from(E.signatures().get(0)).signature(Optional.empty()).build();
    assertThat(findings(TestChanges.e(b -> b.signatures(List.of(E.signatures().get(0), unsigned))),
        "D-XSD-SIGNATURE-FIELDS")).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("signatures[1].signature"));
  }

  @Test
  void theContactsNameIsAtMost30Characters() {
    ContactData contact = ContactData.builder().name("N".repeat(30)).phone("302-555-0100").email("a@example.com")
        .build();
    assertThat(findings(TestChanges.e(b -> b.contactData(contact)), "D-XSD-CONTACT")).isEmpty();
    assertThat(findings(TestChanges.e(b -> b.contactData(ContactData.builder().from(contact).name("N".repeat(31))
        .build())), "D-XSD-CONTACT")).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("is 31 characters long; the schema allows 1 to 30 characters"));
    assertThat(findings(TestChanges.e(b -> b.contactData(ContactData.builder().from(contact).name("").build())),
        "D-XSD-CONTACT")).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("is empty; the schema allows 1 to 30 characters"));
  }
}
