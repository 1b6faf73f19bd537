package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The XML writer's layout, exactly: the declaration, one element per line, four spaces per level of nesting, every
 * element closed at its own level, whatever optional wrapper was left out before it.
 */
class XmlLayoutTest {

  private static void layoutIsExact(String xml) {
    List<String> lines = xml.lines().toList();
    assertThat(lines.get(0)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    assertThat(lines.get(1)).isEqualTo("<edgarSubmission>");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("</edgarSubmission>");
    int depth = 0;
    for (String line : lines.subList(1, lines.size())) {
      String trimmed = line.stripLeading();
      boolean closing = trimmed.startsWith("</");
      boolean leaf = !closing && trimmed.contains("</");
      int level = closing ? depth - 1 : depth;
      assertThat(line.length() - trimmed.length()).as(line).isEqualTo(4 * level);
      if (closing) {
        depth--;
      } else if (!leaf && !trimmed.endsWith("/>")) {
        depth++;
      }
    }
    assertThat(depth).isZero();
  }

  @Test
  void everyGeneratedFilingIsLaidOutFourSpacesALevelInBothDialects() {
    FakeFilings fakes = FakeFilings.seeded(29);
    for (int i = 0; i < 40; i++) {
      ElectronicFormD filing = fakes.nextElectronic();
      layoutIsExact(FormDXml.write(filing));
      layoutIsExact(FormDXml.write(filing, Dialect.SUBMISSION));
    }
  }

  @Test
  void theFirstLevelIsIndentedByFourSpaces() {
    String xml = FormDXml.write(FakeFilings.seeded(1).nextElectronic());
    assertThat(xml).contains("\n    <submissionType>D").contains("\n    <primaryIssuer>\n        <cik>");
    assertThat(xml).endsWith("\n</edgarSubmission>\n");
  }
}
