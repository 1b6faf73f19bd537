package io.formd.core.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Edition;
import io.formd.core.model.FormD;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.PaperFormD;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FakeFilingsTest {

  static Stream<String> breakableRules() {
    return RuleSets.builtIn().rules().stream().map(Rule::id)
        .filter(id -> !FakeFilings.unbreakableRules().containsKey(id));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakableRules")
  void brokenByAFilingBreaksExactlyThatRule(String ruleId) {
    FormD broken = FakeFilings.seeded(7).brokenBy(ruleId);
    Set<String> fired = new TreeSet<>();
    FakeFilings.validateAsSigned(broken).findings().forEach(f -> fired.add(f.ruleId()));
    assertThat(fired).containsExactly(ruleId);
    Rule rule = RuleSets.builtIn().rule(ruleId).orElseThrow();
    assertThat(rule.editions()).contains(broken.edition());
  }

  @Test
  void theUnbreakableListIsShortAndEachEntrySaysWhy() {
    // The deadline rule (needs a filing date), the six checks against EDGAR's records (need an EdgarLookup) and the
    // two of the XML document as read (need a document).
    assertThat(FakeFilings.unbreakableRules()).hasSizeLessThanOrEqualTo(9);
    FakeFilings.unbreakableRules().forEach((id, why) -> {
      assertThat(RuleSets.builtIn().rule(id)).as(id).isPresent();
      assertThatThrownBy(() -> FakeFilings.seeded(1).brokenBy(id)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(id).hasMessageContaining(why);
    });
    assertThatThrownBy(() -> FakeFilings.seeded(1).brokenBy("D-NO-SUCH-RULE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("D-NO-SUCH-RULE");
  }

  @Test
  void outputIsPinnedForSeed42SoAChangeIsNoticed() {
    // Stability promise: if this changes, raise FakeFilings.OUTPUT_VERSION and note it in the release notes.
    List<String> summary = FakeFilings.seeded(42).stream().limit(5)
        .map(f -> f.edition() + " " + f.primaryIssuer().name().orElse("") + " " + f.signatures().get(0).date())
        .collect(Collectors.toList());
    assertThat(FakeFilings.OUTPUT_VERSION).isEqualTo(2);
    assertThat(summary).isEqualTo(GOLDEN_42);
    // Every value of the first twenty filings, not only their names: the model's toString is complete and ordered.
    assertThat(sha256(FakeFilings.seeded(42).stream().limit(20).map(Object::toString)
        .collect(Collectors.joining("\n")))).isEqualTo(GOLDEN_42_DIGEST);
    assertThat(sha256(FakeFilings.seeded(42, FakeConfig.builder().edition(Edition.ELECTRONIC).build()).stream()
        .limit(20).map(Object::toString).collect(Collectors.joining("\n")))).isEqualTo(GOLDEN_42_ELECTRONIC_DIGEST);
    assertThat(sha256(FakeFilings.seeded(42, FakeConfig.builder().edition(Edition.PAPER).build()).stream()
        .limit(20).map(Object::toString).collect(Collectors.joining("\n")))).isEqualTo(GOLDEN_42_PAPER_DIGEST);
  }

  static final String GOLDEN_42_ELECTRONIC_DIGEST = "7378fc10619b24c19f2dc877f7be8f9a1e6a1ce0309b898225c50f7eca9e5919";
  static final String GOLDEN_42_PAPER_DIGEST = "97be93bf20fed40fb2e3a6327d55d9d3e63e51ff34fe8573a70574fb1c5ed173";

  /**
   * Version 2: finders' fees only where Item 12 lists a recipient; 3(c)(1) funds at most 100 owners, 3(c)(7) funds no
   * non-accredited investor; incorporated no later than the first sale; no 506(c) sale before 2013-09-23.
   */
  static final String GOLDEN_42_DIGEST = "2ccfeb53924b8953631bc5a32b12fcb429833d23ca15b0d79cb436c49cd3688a";

  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static final List<String> GOLDEN_42 = List.of(
      "ELECTRONIC Nimbus Analytics, LLC 2023-05-03",
      "ELECTRONIC Highland Growth Fund III, Ltd. 2025-06-03",
      "ELECTRONIC Ironwood Health, Inc. 2024-07-05",
      "ELECTRONIC Silverleaf Bio, Inc. 2016-07-22",
      "ELECTRONIC Aurora Robotics, Inc. 2025-09-24");

  @Test
  void configurationChoosesEditionDatesIssuerKindAndAmendments() {
    FakeConfig funds = FakeConfig.builder().edition(Edition.ELECTRONIC).issuerKind(FakeConfig.IssuerKind.POOLED_FUND)
        .amendments(FakeConfig.Amendments.ALWAYS).signedFrom(LocalDate.of(2020, 1, 1))
        .signedUntil(LocalDate.of(2020, 12, 31)).build();
    FakeFilings fakes = FakeFilings.seeded(3, funds);
    for (int i = 0; i < 50; i++) {
      ElectronicFormD f = (ElectronicFormD) fakes.next();
      assertThat(f.offering().industryGroup()).isEqualTo(IndustryGroup.POOLED_INVESTMENT_FUND);
      assertThat(f.isAmendment()).isTrue();
      assertThat(f.signatures().get(0).date()).isBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
    }
    FakeFilings paper = FakeFilings.seeded(3, FakeConfig.builder().edition(Edition.PAPER).build());
    for (int i = 0; i < 50; i++) {
      PaperFormD p = (PaperFormD) paper.next();
      assertThat(p.federalSignature().orElseThrow().date()).isBefore(LocalDate.of(2008, 9, 15));
    }
    assertThatThrownBy(() -> FakeConfig.builder().signedFrom(LocalDate.of(2020, 1, 1))
        .signedUntil(LocalDate.of(2019, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
  }

  @Test
  void generatedFilingsCoverEveryShapeTheFormAllows() {
    Set<String> shapes = new TreeSet<>();
    FakeFilings fakes = FakeFilings.seeded(11);
    for (int i = 0; i < 3000; i++) {
      FormD f = fakes.next();
      shapes.add(f.edition().name());
      f.federalExemptions().forEach(e -> shapes.add(e.edgarCode()));
      if (f instanceof ElectronicFormD) {
        ElectronicFormD e = (ElectronicFormD) f;
        if (e.isAmendment()) shapes.add("amendment");
        if (!e.additionalIssuers().isEmpty()) shapes.add("co-issuer");
        if (e.offering().amounts().totalOfferingAmount().isIndefinite()) shapes.add("indefinite");
        if (e.offering().typeOfFiling().firstSaleYetToOccur()) shapes.add("yet-to-occur");
        e.offering().salesCompensationRecipients().forEach(r -> shapes.add(r.statesOfSolicitation()
            .allStates() ? "all-states" : "states"));
        if (e.offering().investmentFundInfo().isPresent()) shapes.add("fund");
        if (!e.primaryIssuer().address().stateOrCountry().isSolicitationState()) shapes.add("foreign");
      }
    }
    assertThat(shapes).contains("ELECTRONIC", "PAPER", "amendment", "co-issuer", "indefinite", "yet-to-occur",
        "all-states",
        "states", "fund", "foreign", "06", "06b", "06c", "04", "46", "4a5", "05", "3C", "3C.1", "3C.7");
  }

}
