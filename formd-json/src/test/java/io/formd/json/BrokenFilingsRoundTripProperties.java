package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The readers take whatever the model can hold: every built-in rule broken alone survives canonical JSON and (in
 * an electronic filing) EDGAR XML, so {@code formd validate} on the file reports that rule, not "cannot be read".
 */
class BrokenFilingsRoundTripProperties {

  /** Rules whose broken filing XML cannot carry at all: the writer refuses it by name (tested elsewhere). */
  private static final List<String> NOT_WRITABLE = List.of("D-XSD-XML-CHARACTERS");
  /** Rules of the XML document read (elements a submission gives that EDGAR discards): canonical JSON has none. */
  private static final List<String> XML_DOCUMENT_ONLY = List.of("D-SUB-ENTITY-NAME", "D-SUB-SCHEMA-VERSION",
      "D-SUB-JURISDICTION", "D-SUB-EDGAR-PREVIOUS-NAMES");

  @Provide
  Arbitrary<String> breakableRules() {
    return Arbitraries.of(RuleSets.builtIn().rules().stream().map(Rule::id)
        .filter(id -> !FakeFilings.unbreakableRules().containsKey(id)).filter(id -> !NOT_WRITABLE.contains(id))
        .collect(Collectors.toList()));
  }

  @Property(tries = 400)
  void brokenFilingReadBackFromJsonAndXmlIsEqualAndStillReportsItsRule(@ForAll("breakableRules") String rule,
      @ForAll long seed) throws Exception {
    FormD broken = FakeFilings.seeded(seed).brokenBy(rule);
    FormD fromJson = FormDJson.read(FormDJson.write(broken));
    assertThat(fromJson).isEqualTo(broken);
    if (!XML_DOCUMENT_ONLY.contains(rule)) {
      assertThat(FakeFilings.validateAsSigned(fromJson).findings()).extracting(f -> f.ruleId()).containsOnly(rule);
    } else {
      assertThat(FakeFilings.validateAsSigned(fromJson).findings()).as("built in memory: not sent").isEmpty();
    }
    if (!(broken instanceof ElectronicFormD)) {
      return;
    }
    ElectronicFormD back = FormDXml.read(FormDXml.write(broken));
    assertThat(back).isEqualTo(broken);
    assertThat(FakeFilings.validateAsSigned(back).findings()).extracting(f -> f.ruleId()).containsOnly(rule);
  }
}
