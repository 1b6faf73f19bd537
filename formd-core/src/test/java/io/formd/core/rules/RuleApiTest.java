package io.formd.core.rules;

import static io.formd.core.rules.TestChanges.E;
import static io.formd.core.rules.TestChanges.P;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Signature;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine's public API used as a plug-in author uses it, and the rule families as the built-in set takes them. */
class RuleApiTest {

  private static List<String> ids(List<Rule> rules) {
    return rules.stream().map(Rule::id).collect(Collectors.toList());
  }

  @Test
  void theSevenFamiliesMakeExactlyTheBuiltInRules() {
    List<String> families = new ArrayList<>();
    for (List<Rule> family : List.of(SharedRules.rules(), SchemaRules.rules(), ElectronicRules.rules(),
        EdgarRules.rules(), OfferingRules.rules(), RegulationDRules.rules(), PaperRules.rules())) {
      assertThat(family).as("a family with no rule").isNotEmpty();
      families.addAll(ids(family));
    }
    assertThat(families).hasSize(RuleCatalogueTest.BUILT_IN_RULES)
        .containsExactlyInAnyOrderElementsOf(ids(RuleSets.builtIn().rules()));
  }

  @Test
  void aRuleKeepsEveryOptionItWasBuiltWith() {
    LocalDate from = LocalDate.of(2010, 1, 1);
    LocalDate until = LocalDate.of(2030, 1, 1);
    Rule rule = Rule.builder("X-PAPER-1").severity(Severity.WARNING).whenDisseminated(Severity.INFO)
        .profiles(Dialect.SUBMISSION).datedByDocument().usesLookup().why("it matters").fix("do this")
        .from(from).until(until).citation("17 CFR 239.500").summary("a plug-in rule")
        .checkPaper((filing, context, r) -> r.report("issuers[0].name", "paper " + filing.issuers().size()))
        .build();
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(rule.severity(Dialect.SUBMISSION)).isEqualTo(Severity.WARNING);
    assertThat(rule.severity(Dialect.DISSEMINATED)).isEqualTo(Severity.INFO);
    assertThat(rule.profiles()).containsExactly(Dialect.SUBMISSION);
    assertThat(rule.dating()).isEqualTo(Rule.Dating.DOCUMENT);
    assertThat(rule.usesLookup()).isTrue();
    assertThat(rule.why()).contains("it matters");
    assertThat(rule.fix()).contains("do this");
    assertThat(rule.from()).contains(from);
    assertThat(rule.until()).contains(until);
    assertThat(rule.editions()).containsExactly(Edition.PAPER);
    assertThat(rule.toString()).isEqualTo("X-PAPER-1 WARNING [PAPER] [2010-01-01..2030-01-01) a plug-in rule");

    Rule plain = Rule.builder("X-2").severity(Severity.ERROR).citation("c").summary("s")
        .check((filing, context, r) -> { }).build();
    assertThat(plain.toString()).isEqualTo("X-2 ERROR [PAPER, ELECTRONIC] [..) s");
    assertThat(plain.severity(Dialect.DISSEMINATED)).isEqualTo(Severity.ERROR);
    assertThat(plain.profiles()).containsExactlyInAnyOrder(Dialect.values());
    assertThat(plain.why()).isEmpty();
    assertThat(plain.fix()).isEmpty();
    assertThat(plain.usesLookup()).isFalse();
  }

  @Test
  void aPaperCheckRunsOnPaperFilingsOnly() {
    Rule rule = Rule.builder("X-PAPER").severity(Severity.INFO).citation("c").summary("s")
        .checkPaper((filing, context, r) -> r.report("issuers[0].name", "issuers: " + filing.issuers().size()))
        .build();
    RuleSet set = RuleSet.of(rule);
    assertThat(set.validate(P).findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("issuers: " + P.issuers().size()));
    assertThat(set.validate(E).findings()).isEmpty();
  }

  @Test
  void theLastCheckGivenIsTheOneThatRunsAndARuleWithoutOneIsRefused() {
    Rule rule = Rule.builder("X-LAST").severity(Severity.INFO).citation("c").summary("s")
        .checkPaper((filing, context, r) -> r.report("", "paper"))
        .checkElectronic((filing, context, r) -> r.report("", "electronic " + filing.relatedPersons().size()))
        .build();
    RuleSet set = RuleSet.of(rule);
    assertThat(set.validate(E).findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("electronic " + E.relatedPersons().size()));
    assertThat(set.validate(P).findings()).isEmpty();
    Rule both = Rule.builder("X-BOTH").severity(Severity.INFO).citation("c").summary("s")
        .checkElectronic((filing, context, r) -> r.report("", "electronic"))
        .check((filing, context, r) -> r.report("", "either")).build();
    assertThat(RuleSet.of(both).validate(P).findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("either"));
    assertThat(RuleSet.of(both).validate(E).findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("either"));
    assertThatThrownBy(() -> Rule.builder("X-NONE").severity(Severity.INFO)
        .citation("c").summary("s").build()).isInstanceOf(NullPointerException.class)
        .hasMessage("rule X-NONE needs a check");
  }

  @Test
  void aRuleSeesTodayByTheClockAndTheProfile() {
    Rule rule = Rule.builder("X-TODAY").severity(Severity.INFO).citation("c").summary("s")
        .check((filing, context, r) -> r.report("", context.today() + " " + context.profile())).build();
    Clock clock = Clock.fixed(LocalDate.of(2026, 7, 4).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    RuleSet set = RuleSet.of(List.of(rule)).withClock(clock).withProfile(Dialect.SUBMISSION);
    assertThat(set.profile()).contains(Dialect.SUBMISSION);
    assertThat(RuleSet.of(rule).profile()).isEmpty();
    assertThat(set.validate(E).findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("2026-07-04 SUBMISSION"));
  }

  @Test
  void ruleSetsCombineAndDescribeThemselves() {
    Rule a = Rule.builder("X-A").severity(Severity.INFO).citation("c").summary("s").check((f, c, r) -> { }).build();
    Rule b = Rule.builder("X-B").severity(Severity.INFO).citation("c").summary("s").check((f, c, r) -> { }).build();
    RuleSet both = RuleSet.of(a).with(RuleSet.of(b));
    assertThat(ids(both.rules())).containsExactly("X-A", "X-B");
    assertThat(both.toString()).isEqualTo("RuleSet[2 rules]");
    assertThat(both.asOf(LocalDate.of(2020, 2, 3)).toString()).isEqualTo("RuleSet[2 rules, as of 2020-02-03]");
    ValidationReport report = RuleSets.builtIn().validate(E);
    assertThat(report.toString()).startsWith("ValidationReport[asOf=")
        .contains("errors=0, warnings=0, infos=0, skipped=[D-TIME-NEW-NOTICE-15D, D-EDGAR-SIGNATURE-FUTURE, "
        + "D-EDGAR-CIK");
    assertThat(EdgarCalendar.standard().withClosure(LocalDate.of(2026, 3, 2), "storm").toString())
        .contains("2026-03-02");
  }

  @Test
  void theLatestSignatureDatesTheFilingWhateverTheOrder() {
    Signature s = E.signatures().get(0);
    ElectronicFormD signed = ElectronicFormD.builder().from(E).signatures(Stream.of(5, 30, 12)
        .map(d -> Signature.builder().from(s).date(LocalDate.of(2021, 3, d)).build()).collect(Collectors.toList()))
        .build();
    assertThat(DatePolicy.SIGNATURE_DATE.dateOf(signed)).contains(LocalDate.of(2021, 3, 30));
    ElectronicFormD unsigned = ElectronicFormD.builder().from(E).signatures(List.of()).build();
    assertThat(DatePolicy.SIGNATURE_DATE.dateOf(unsigned)).isEqualTo(E.offering().typeOfFiling().dateOfFirstSale());
    assertThat(DatePolicy.FIRST_SALE_DATE.dateOf(P)).isEqualTo(P.latestSignatureDate());
    assertThat(P.latestSignatureDate()).isPresent();
  }
}
