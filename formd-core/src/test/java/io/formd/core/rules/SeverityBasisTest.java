package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.Address;
import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every finding says on what its severity rests, and an ERROR never claims an EDGAR suspension it is not. */
class SeverityBasisTest {

  private static final Set<Basis> CERTAIN = EnumSet.of(Basis.EDGAR_SUSPENDS, Basis.XSD_FORBIDS,
      Basis.SPECIFICATION_REQUIRES, Basis.REGULATION_REQUIRES);

  @Test
  void everyErrorRestsOnEdgarTheSchemaTheSpecificationOrTheRegulation() {
    for (Rule rule : RuleSets.builtIn().rules()) {
      if (rule.severity() == Severity.ERROR) {
        assertThat(CERTAIN).as(rule.id()).contains(rule.basis());
      } else if (!LATE.contains(rule.id())) {
        assertThat(CERTAIN).as(rule.id()).doesNotContain(rule.basis());
      }
    }
    // A late notice is certain (the regulation's deadline was missed) yet no ERROR: the exemption is not lost and the
    // notice must still be filed; it is the one certainty reported milder than an ERROR.
    for (String id : LATE) {
      assertThat(RuleSets.builtIn().rule(id).orElseThrow().basis()).as(id).isEqualTo(Basis.REGULATION_REQUIRES);
      assertThat(RuleSets.builtIn().rule(id).orElseThrow().severity(Dialect.DISSEMINATED)).as(id)
          .isEqualTo(Severity.INFO);
    }
  }

  private static final Set<String> LATE = Set.of("D-TIME-NEW-NOTICE-15D", "D-TIME-NEW-NOTICE-SIGNED-LATE");

  @Test
  void aRuleSaysEdgarSuspendsExactlyWhenItsBasisIsASuspension() {
    Set<String> suspending = new TreeSet<>();
    for (Rule rule : RuleSets.builtIn().rules()) {
      boolean says = rule.why().orElse("").startsWith("EDGAR suspends") || rule.citation().contains("EDGAR suspends");
      if (rule.basis() == Basis.EDGAR_SUSPENDS) {
        suspending.add(rule.id());
        assertThat(says || rule.citation().contains("SUSPENSE")).as(rule.id() + " cites the suspension").isTrue();
      } else if (rule.severity() == Severity.ERROR && rule.why().orElse("").startsWith("EDGAR suspends")) {
        throw new AssertionError(rule.id() + " says EDGAR suspends but rests on " + rule.basis());
      }
    }
    assertThat(suspending).contains("D-EDGAR-PO-BOX", "D-EDGAR-XML-PROLOG", "D-SUB-CONTACT", "D-SUB-CCC",
        "D-XREF-506B-506C-BOTH").doesNotContain("D-REQ-SECURITIES-ACT-EXEMPTION", "D-XREF-NONACCREDITED-LE-TOTAL",
        "D-ARITH-REMAINING");
    assertThat(RuleSets.builtIn().rule("D-ARITH-REMAINING").orElseThrow().basis())
        .isEqualTo(Basis.SPECIFICATION_REQUIRES);
    assertThat(RuleSets.builtIn().rule("D-LIMIT-504-AGGREGATE").orElseThrow().basis()).isEqualTo(Basis.EDGAR_WARNS);
    assertThat(RuleSets.builtIn().rule("D-XSD-CIK").orElseThrow().basis()).isEqualTo(Basis.XSD_FORBIDS);
    assertThat(Basis.EDGAR_SUSPENDS.label()).isEqualTo("EDGAR suspends");
  }

  @Test
  void aFindingCarriesItsRulesBasisAndAMilderOneTheBasisOfItsSeverity() {
    ElectronicFormD box = TestChanges.e(b -> b.primaryIssuer(Issuer.builder().from(TestChanges.E.primaryIssuer())
        .address(Address.builder().from(TestChanges.E.primaryIssuer().address()).street1("P.O. Box 9").build())
        .build()));
    RuleSet submission = RuleSets.builtIn().withProfile(Dialect.SUBMISSION);
    assertThat(submission.validate(box, LocalDate.of(2025, 3, 12)).findingsOf("D-EDGAR-PO-BOX"))
        .extracting(Finding::basis).containsExactly(Basis.EDGAR_SUSPENDS);
    ElectronicFormD second = TestChanges.e(b -> b.primaryIssuer(Issuer.builder().from(TestChanges.E.primaryIssuer())
        .address(Address.builder().from(TestChanges.E.primaryIssuer().address()).street2("PO Box 9").build())
        .build()));
    assertThat(submission.validate(second, LocalDate.of(2025, 3, 12)).findingsOf("D-EDGAR-PO-BOX"))
        .extracting(Finding::basis).containsExactly(Basis.PROMPT);
    Rule custom = Rule.builder("ACME-X").severity(Severity.ERROR).citation("house rule").summary("s")
        .checkElectronic((f, c, r) -> r.report("", "m")).build();
    assertThat(custom.basis()).isEqualTo(Basis.REGULATION_REQUIRES);
    Rule declared = Rule.builder("ACME-Y").severity(Severity.ERROR).basis(Basis.XSD_FORBIDS).citation("c").summary("s")
        .checkElectronic((f, c, r) -> r.report("", "m")).build();
    assertThat(RuleSet.of(declared).validate(TestChanges.E).findings()).extracting(Finding::basis)
        .containsExactly(Basis.XSD_FORBIDS);
    assertThat(Finding.builder().ruleId("X-Y").severity(Severity.INFO).path("").message("m").citation("c").build()
        .basis()).isEqualTo(Basis.PROMPT);
  }
}
