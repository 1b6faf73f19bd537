package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.fields.FormDFields;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A located read gives the same filing as a plain one, and a source map that points findings at their elements. */
class LocatedReadTest {

  private static final String GOOD = new String(Fixtures.bytes(
      "d-vcfund-coissuer-506b-3c1-leading-blank-line-cik0001958740.xml"),
      StandardCharsets.UTF_8);

  /** @return line and column (from 1) of the n-th occurrence (from 0) of a text */
  private static SourcePosition positionOf(String xml, String text, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = xml.indexOf(text, at + 1);
    }
    assertThat(at).as(text).isNotNegative();
    String before = xml.substring(0, at);
    int line = before.split("\n", -1).length;
    int column = at - before.lastIndexOf('\n');
    return new SourcePosition(line, column);
  }

  /** @return where the value of the n-th member so named starts (after {@code "name" : }) */
  private static SourcePosition valueOf(String json, String member, int occurrence) {
    SourcePosition name = positionOf(json, member, occurrence);
    String line = json.split("\n", -1)[name.line() - 1];
    int value = line.indexOf(':', name.column() - 1 + member.length()) + 1;
    while (line.charAt(value) == ' ') {
      value++;
    }
    return new SourcePosition(name.line(), value + 1);
  }

  @Test
  void aLocatedReadIsThePlainReadWithPositions() throws Exception {
    Located<ElectronicFormD> located = FormDXml.readLocated(GOOD.getBytes(StandardCharsets.UTF_8));
    assertThat(located.value()).isEqualTo(FormDXml.read(GOOD));
    assertThat(located.format()).isEqualTo(FormDFiles.Format.XML);
  }

  @Test
  void pathsLocateTheirElementsStartTags() throws Exception {
    SourceMap map = FormDXml.readLocated(GOOD.getBytes(StandardCharsets.UTF_8)).sourceMap();
    assertThat(map.locate("issuers[0].address.city")).hasValue(positionOf(GOOD, "<city>", 0));
    assertThat(map.locate("issuers[1].address.city")).hasValue(positionOf(GOOD, "<city>", 1));
    assertThat(map.locate("relatedPersons[1].name.lastName")).hasValue(positionOf(GOOD, "<lastName>", 1));
    assertThat(map.locate("offering.amounts.totalRemaining")).hasValue(positionOf(GOOD, "<totalRemaining>", 0));
    assertThat(map.locate("")).hasValue(positionOf(GOOD, "<edgarSubmission", 0));
  }

  @Test
  void aMissingElementIsLocatedAtItsParent() throws Exception {
    String draft = GOOD.replaceFirst("<entityType>[^<]*</entityType>", "");
    Located<ElectronicFormD> located = FormDXml.readLocated(draft.getBytes(StandardCharsets.UTF_8));
    List<Finding> findings = RuleSets.builtIn().validate(located.value()).findingsOf("D-XSD-ENTITY-TYPE");
    assertThat(findings).hasSize(1);
    assertThat(located.sourceMap().locate(findings.get(0).path())).hasValue(positionOf(draft, "<primaryIssuer>", 0));
  }

  @Test
  void everyFindingOnEveryRuleBrokenAloneIsLocatedAtOrInsideItsElement() throws Exception {
    for (Rule rule : RuleSets.builtIn().rules()) {
      if (FakeFilings.unbreakableRules().containsKey(rule.id()) || rule.id().equals("D-XSD-XML-CHARACTERS")) {
        continue;
      }
      FormD broken = FakeFilings.seeded(11).brokenBy(rule.id());
      if (!(broken instanceof ElectronicFormD)) {
        continue;
      }
      String xml = FormDXml.write(broken);
      Located<ElectronicFormD> located = FormDXml.readLocated(xml.getBytes(StandardCharsets.UTF_8));
      for (Finding f : RuleSets.builtIn().validate(located.value()).findings()) {
        SourcePosition at = located.sourceMap().locate(f.path()).orElseThrow();
        String line = xml.split("\n", -1)[at.line() - 1];
        assertThat(line.substring(at.column() - 1)).as(rule.id() + " " + f.path()).startsWith("<");
        String element = FormDFields.xmlPath(f.path()).map(p -> p.replaceAll("\\[\\d+\\]", ""))
            .map(p -> p.substring(p.lastIndexOf('/') + 1)).orElse("edgarSubmission");
        if (line.substring(at.column()).startsWith(element + ">")) {
          continue; // the element itself
        }
        // A missing element: located at an enclosing one.
        assertThat(f.path()).as(rule.id()).isNotEmpty();
      }
    }
  }

  @Test
  void jsonLocatedReadsPointAtMembers() throws Exception {
    ElectronicFormD filing = FormDXml.read(GOOD);
    String json = FormDJson.write(filing);
    Located<FormD> located = FormDFiles.readLocated(json.getBytes(StandardCharsets.UTF_8));
    assertThat(located.value()).isEqualTo(filing);
    assertThat(located.format()).isEqualTo(FormDFiles.Format.JSON);
    SourceMap map = located.sourceMap();
    // A member is located where its value starts: a string's quote, an object's brace, a number's first digit.
    assertThat(map.locate("issuers[0].address.city")).hasValue(valueOf(json, "\"city\"", 0));
    assertThat(map.locate("issuers[1].address.city")).hasValue(valueOf(json, "\"city\"", 1));
    assertThat(map.locate("offering.amounts.totalRemaining")).hasValue(valueOf(json, "\"totalRemaining\"", 0));
    assertThat(map.locate("offering.investors.totalNumberAlreadyInvested"))
        .hasValue(valueOf(json, "\"totalNumberAlreadyInvested\"", 0));
    assertThat(map.locate("offering.amounts")).hasValue(valueOf(json, "\"amounts\"", 0));
    assertThat(map.locate("offering.investors.hasNonAccreditedInvestors"))
        .hasValue(valueOf(json, "\"hasNonAccreditedInvestors\"", 0));
    // An array element: its own token (the writer puts short arrays on the member's line).
    SourcePosition role = map.locate("relatedPersons[1].relationships[0]").orElseThrow();
    SourcePosition member = positionOf(json, "\"relationships\"", 1);
    assertThat(role.line()).isEqualTo(member.line());
    assertThat(role.column()).isGreaterThan(member.column());
    // A member the document lacks: its enclosing object.
    assertThat(map.locate("issuers[0].entityTypeOtherDescription")).hasValue(valueOf(json, "\"primaryIssuer\"", 0));
  }

  @Test
  void badJsonIsStillAReadExceptionWhenLocated() {
    Assertions.assertThatThrownBy(() -> FormDFiles.readLocated("{\"formatVersion\": 1, \"edition\": \"X\"}"
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(FormDReadException.class).hasMessageContaining("edition 'X'");
  }
}
