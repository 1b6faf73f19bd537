package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.Address;
import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Signature;
import io.formd.core.model.UsdAmount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema's limits at their edges: the last value allowed gives no finding, the first one past it one finding.
 * (Mutation testing showed the limits could be moved by one, or deleted, with every other test still green.)
 */
class SchemaBoundariesTest {

  private static final ElectronicFormD E = TestChanges.E;

  private static List<Finding> findings(ElectronicFormD filing, String rule) {
    return RuleSets.builtIn().validate(filing).findingsOf(rule);
  }

  private static ElectronicFormD street(String street1) {
    return TestChanges.e(b -> b.primaryIssuer(Issuer.builder().from(E.primaryIssuer()).address(Address.builder()
        .from(E.primaryIssuer().address()).street1(street1).build()).build()));
  }

  @Test
  void aTextOfExactlyTheMaximumPassesAndOneMoreFails() {
    assertThat(findings(street("x".repeat(40)), "D-XSD-STREET")).isEmpty();
    List<Finding> over = findings(street("x".repeat(41)), "D-XSD-STREET");
    assertThat(over).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("41 characters").contains("1 to 40");
      assertThat(f.values()).containsEntry("length", "41").containsEntry("maximum", "40");
    });
    assertThat(findings(street("x"), "D-XSD-STREET")).isEmpty();
  }

  @Test
  void theLengthCheckReportsEmptyShortLongAndUnbounded() {
    List<Finding> sink = new ArrayList<>();
    Rule rule = RuleSets.builtIn().rule("D-XSD-STREET").orElseThrow();
    Reporter r = new Reporter(rule, Edition.ELECTRONIC, Dialect.DISSEMINATED, sink);
    SchemaRules.length(r, "p", "", 1, 40);
    SchemaRules.length(r, "p", "x", 1, 40);
    SchemaRules.length(r, "p", "x".repeat(40), 1, 40);
    SchemaRules.length(r, "p", "x".repeat(41), 0, 40);
    SchemaRules.length(r, "p", "", 1, Integer.MAX_VALUE);
    SchemaRules.length(r, "p", "xx", 1, Integer.MAX_VALUE);
    assertThat(sink).extracting(Finding::message).containsExactly(
        "is empty; the schema allows 1 to 40 characters",
        "is 41 characters long; the schema allows at most 40 characters",
        "is empty; the schema allows at least 1 characters");
    assertThat(sink.get(2).values()).containsEntry("maximum", "none");
  }

  @Test
  void charactersXmlCannotCarryAreFoundAtTheirEdges() {
    assertThat(SchemaRules.firstNonXmlCharacter("\u001f")).isZero();
    assertThat(SchemaRules.firstNonXmlCharacter("a\u0000")).isEqualTo(1);
    assertThat(SchemaRules.firstNonXmlCharacter(" \t\n\r~\u007f\u00a0\ud7ff\ue000\ufffd")).isEqualTo(-1);
    assertThat(SchemaRules.firstNonXmlCharacter("ab\ud800")).isEqualTo(2);
    assertThat(SchemaRules.firstNonXmlCharacter("\udc00x")).isZero();
    assertThat(SchemaRules.firstNonXmlCharacter("\ud834\udd1e ok")).isEqualTo(-1);
    assertThat(SchemaRules.firstNonXmlCharacter("\ud834\udd1e\ud834")).isEqualTo(2);
    assertThat(SchemaRules.firstNonXmlCharacter("x\ufffe")).isEqualTo(1);
    assertThat(SchemaRules.firstNonXmlCharacter("\uffff")).isZero();
    assertThat(SchemaRules.firstNonXmlCharacter("")).isEqualTo(-1);
  }

  @Test
  void listsMayBeFullButNotOverfull() {
    ElectronicFormD hundred = TestChanges.e(b -> b.relatedPersons(Collections.nCopies(100, E.relatedPersons().get(0))));
    assertThat(findings(hundred, "D-XSD-LIST-LIMITS")).isEmpty();
    ElectronicFormD more = TestChanges.e(b -> b.relatedPersons(Collections.nCopies(101, E.relatedPersons().get(0))));
    assertThat(findings(more, "D-XSD-LIST-LIMITS")).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("relatedPersons");
      assertThat(f.values()).containsEntry("count", "101").containsEntry("maximum", "100");
    });
    Issuer co = Issuer.builder().from(E.primaryIssuer()).cik("0000000042").build();
    assertThat(findings(TestChanges.e(b -> b.additionalIssuers(Collections.nCopies(99, co))), "D-XSD-LIST-LIMITS"))
        .isEmpty();
    assertThat(findings(TestChanges.e(b -> b.additionalIssuers(Collections.nCopies(100, co))), "D-XSD-LIST-LIMITS"))
        .hasSize(1);
    Signature s = E.signatures().get(0);
    assertThat(findings(TestChanges.e(b -> b.signatures(Collections.nCopies(101, s))), "D-XSD-LIST-LIMITS")).isEmpty();
    assertThat(findings(TestChanges.e(b -> b.signatures(Collections.nCopies(102, s))), "D-XSD-LIST-LIMITS")).hasSize(1);
    ElectronicFormD three = TestChanges.e(b -> b.primaryIssuer(Issuer.builder().from(E.primaryIssuer())
        .previousNames(PreviousNames.of("A", "B", "C")).build()));
    assertThat(findings(three, "D-XSD-PREVIOUS-NAMES")).isEmpty();
  }

  @Test
  void amountsHaveAtMostTwelveDigitsAndNoCentsAndCountsTooHaveTwelve() {
    ElectronicFormD twelve = TestChanges.amounts(999_999_999_999L, 0, 999_999_999_999L);
    assertThat(findings(twelve, "D-XSD-AMOUNTS")).isEmpty();
    ElectronicFormD thirteen = TestChanges.amounts(1_000_000_000_000L, 0, 1_000_000_000_000L);
    assertThat(findings(thirteen, "D-XSD-AMOUNTS")).extracting(Finding::path)
        .containsExactly("offering.amounts.totalOfferingAmount", "offering.amounts.totalRemaining");
    ElectronicFormD cents = TestChanges.offering(o -> o.amounts(OfferingSalesAmounts.builder()
        .totalOfferingAmount(OfferingAmount.of(UsdAmount.parse("100.50"))).totalAmountSold(UsdAmount.of(0))
        .totalRemaining(OfferingAmount.of(UsdAmount.parse("100.50"))).build()));
    assertThat(findings(cents, "D-XSD-AMOUNTS")).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("cents"));
    ElectronicFormD manyInvestors = TestChanges.offering(o -> o.investors(Investors.builder()
        .from(E.offering().investors()).totalNumberAlreadyInvested(999_999_999_999L).build()));
    assertThat(findings(manyInvestors, "D-XSD-AMOUNTS")).isEmpty();
    ElectronicFormD tooMany = TestChanges.offering(o -> o.investors(Investors.builder()
        .from(E.offering().investors()).totalNumberAlreadyInvested(1_000_000_000_000L).build()));
    assertThat(findings(tooMany, "D-XSD-AMOUNTS")).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("offering.investors.totalNumberAlreadyInvested");
      assertThat(f.message()).contains("more than 12 digits");
    });
  }

  @Test
  void onlyWhitespaceInARequiredFieldIsBlankButWhitespaceInAnOptionalOneIsNot() {
    ElectronicFormD blankCity = TestChanges.e(b -> b.primaryIssuer(Issuer.builder().from(E.primaryIssuer())
        .address(Address.builder().from(E.primaryIssuer().address()).city(" \t").build()).build()));
    assertThat(findings(blankCity, "D-EDGAR-BLANK-REQUIRED")).extracting(Finding::path)
        .containsExactly("issuers[0].address.city");
    ElectronicFormD blankStreet2 = TestChanges.e(b -> b.primaryIssuer(Issuer.builder().from(E.primaryIssuer())
        .address(Address.builder().from(E.primaryIssuer().address()).street2("  ").build()).build()));
    assertThat(findings(blankStreet2, "D-EDGAR-BLANK-REQUIRED")).as("street2 is optional").isEmpty();
    RelatedPerson person = RelatedPerson.builder().from(E.relatedPersons().get(0)).relationshipClarification(" ")
        .build();
    assertThat(findings(TestChanges.e(b -> b.relatedPersons(List.of(person))), "D-EDGAR-BLANK-REQUIRED")).isEmpty();
  }

  @Test
  void emailsAreCheckedInContactAndNotificationAddresses() {
    ElectronicFormD bad = TestChanges.e(b -> b.addNotificationEmailAddresses("no-at-sign.example.com"));
    assertThat(findings(bad, "D-XSD-CONTACT")).extracting(Finding::path)
        .containsExactly("notificationEmailAddresses[0]");
    ElectronicFormD good = TestChanges.e(b -> b.addNotificationEmailAddresses("ops@example.com"));
    assertThat(findings(good, "D-XSD-CONTACT")).isEmpty();
  }

  @Test
  void postOfficeBoxesAreFoundWhereverTheyAreWrittenAndOnlyThere() {
    for (String box : List.of("P.O. Box", "PO Box 12", "POBOX 5", "p o box 7", "Post Office Box 9", "POB 44", "Box 3",
        "12 Main St, P.O. Box")) {
      assertThat(findings(street(box), "D-EDGAR-PO-BOX")).as(box).hasSize(1);
    }
    for (String street : List.of("12 Boxwood Lane", "7 Xbox Plaza", "1 Pomona Road", "Suite 100 Boxer Street", "bo")) {
      assertThat(findings(street(street), "D-EDGAR-PO-BOX")).as(street).isEmpty();
    }
    assertThat(EdgarRules.mayBePoBox("box")).isTrue();
    assertThat(EdgarRules.mayBePoBox("xbo")).isFalse();
    assertThat(EdgarRules.mayBePoBox("POB")).isTrue();
  }
}
