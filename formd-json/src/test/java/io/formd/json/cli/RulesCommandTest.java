package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Dialect;
import io.formd.core.rules.RuleSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

  @Test
  void listsEveryBuiltInRuleOnePerLineUnderAHeaderWithItsCitation() {
    CliTestSupport run = formd("rules");
    assertThat(run.exitCode).isZero();
    int rules = RuleSets.builtIn().rules().size();
    assertThat(run.out.lines()).hasSize(rules + 2);
    assertThat(run.out.lines().findFirst().orElseThrow()).startsWith("RULE-ID").contains("SEVERITY", "CITATION");
    assertThat(run.out).endsWith(rules + " rules" + System.lineSeparator());
    assertThat(run.out).containsPattern("(?m)^D-ARITH-PROCEEDS-TOTAL +ERROR +paper +submission,disseminated +always +"
        + "question 5");
    assertThat(run.out).containsPattern("(?m)^D-CODE-505-REPEALED +ERROR/WARNING +paper,electronic +\\S+ "
        + "+2017-05-22\\.\\. ");
    assertThat(run.out).containsPattern("(?m)^D-EDGAR-PO-BOX +ERROR/WARNING .* \\| EDGAR Form D XML Technical "
        + "Specification v13 §6");
    assertThat(run.out).containsPattern("(?m)^D-SUB-CCC +ERROR +electronic +submission +always");
  }

  @Test
  void jsonGivesEveryRuleWithItsSeverityPerProfileAndCitation() throws Exception {
    CliTestSupport run = formd("rules", "--format", "json");
    assertThat(run.exitCode).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out);
    assertThat(root.get("count").asInt()).isEqualTo(RuleSets.builtIn().rules().size());
    assertThat(root.get("rules")).hasSize(RuleSets.builtIn().rules().size());
    JsonNode poBox = null;
    for (JsonNode rule : root.get("rules")) {
      assertThat(rule.get("citation").asText()).as(rule.get("id").asText()).isNotBlank().doesNotContain(".md");
      if (rule.get("id").asText().equals("D-EDGAR-PO-BOX")) {
        poBox = rule;
      }
    }
    assertThat(poBox).isNotNull();
    assertThat(poBox.get("severity").get("submission").asText()).isEqualTo("ERROR");
    assertThat(poBox.get("severity").get("disseminated").asText()).isEqualTo("WARNING");
    assertThat(poBox.get("profiles")).hasSize(2);
    assertThat(poBox.get("fix").asText()).contains("street address");
  }

  @Test
  void jsonSaysWhichRulesTheGeneratorCanBreakAsPublishedAndInASubmission() throws Exception {
    JsonNode root = new ObjectMapper().readTree(formd("rules", "--format", "json").out);
    List<String> breakable = new ArrayList<>();
    List<String> inSubmission = new ArrayList<>();
    for (JsonNode rule : root.get("rules")) {
      if (rule.get("breakable").asBoolean()) {
        breakable.add(rule.get("id").asText());
      }
      if (rule.get("breakableInSubmission").asBoolean()) {
        inSubmission.add(rule.get("id").asText());
      }
    }
    assertThat(breakable).isEqualTo(FakeFilings.breakableRules(FakeConfig.defaults()));
    assertThat(inSubmission).isEqualTo(FakeFilings.breakableRules(FakeConfig.builder().dialect(Dialect.SUBMISSION)
        .build()));
    assertThat(breakable).doesNotContainAnyElementsOf(FakeFilings.unbreakableRules().keySet());
    // And the generator takes the id in any case, as explain does.
    CliTestSupport fake = formd("fake", "--broken", "d-xsd-zip");
    assertThat(fake.exitCode).as(fake.err).isZero();
    assertThat(formd("explain", "d-xsd-zip").out).contains("D-XSD-ZIP");
  }

  @Test
  void asOfKeepsTheRulesInForceThatDay() {
    CliTestSupport run = formd("rules", "--as-of", "2010-06-01");
    assertThat(run.exitCode).isZero();
    assertThat(run.out.lines()).hasSize(RuleSets.builtIn().asOf(LocalDate.of(2010, 6, 1)).rules().size() + 2);
    assertThat(run.out).contains("D-CODE-506C-DATE").doesNotContain("D-CODE-505-REPEALED");
  }

  @Test
  void aBadDateOrFormatIsAUsageError() {
    CliTestSupport run = formd("rules", "--as-of", "June 2010");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("June 2010");
    assertThat(formd("rules", "--format", "yaml").exitCode).isEqualTo(2);
  }

  @Test
  void explainTellsEverythingAboutOneRuleWithAnExample() {
    CliTestSupport run = formd("explain", "d-edgar-po-box");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("D-EDGAR-PO-BOX" + System.lineSeparator())
        .contains("Severity:   ERROR for a submission, WARNING on a published filing")
        .contains("Editions:   electronic").contains("Profiles:   submission,disseminated")
        .contains("In force:   at every date").contains("How to fix: Give the street address")
        .contains("Citation:   EDGAR Form D XML Technical Specification v13 §6")
        .containsPattern("Example: +WARNING D-EDGAR-PO-BOX Item 2, Street Address 1: .*P\\.O\\. Box");
    CliTestSupport dated = formd("explain", "D-CODE-505-REPEALED");
    assertThat(dated.out).contains("In force:   from 2017-05-22").contains("the document's date");
    CliTestSupport lookup = formd("explain", "D-EDGAR-CIK");
    assertThat(lookup.out).contains("Needs:      EDGAR's records").contains("Example:    none generated");
  }

  @Test
  void explainingAnUnknownRuleSuggestsNearIdsAndExitsTwo() {
    CliTestSupport run = formd("explain", "po-box");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("no rule po-box").contains("D-EDGAR-PO-BOX");
  }
}
