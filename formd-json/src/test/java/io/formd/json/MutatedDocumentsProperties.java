package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.FormD;
import io.formd.core.rules.RuleSets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The table-driven readers never let anything but a {@link FormDReadException} out, whatever one element or member
 * of a real document is turned into: removed, emptied, repeated, given text of the wrong kind or an object or array
 * where a value was; and whatever they do read, the rules can check.
 */
class MutatedDocumentsProperties {

  private static final Pattern XML_LEAF = Pattern.compile("<([A-Za-z0-9]+)>([^<]*)</\\1>");
  private static final Pattern JSON_MEMBER = Pattern.compile("\"([A-Za-z0-9]+)\" : (\"[^\"]*\"|[0-9.]+|true|false|\\[ "
      + "\\]|\\{)");
  private static final String[] XML_TEXTS = {"", " ", "x", "-1", "1.005", "99999999999999999999", "true", "None",
      "All States", "2020-02-30", "<a>1</a>", "&amp;", "\u00e9"};
  private static final String[] JSON_VALUES = {"\"\"", "\"x\"", "-1", "1.5", "true", "null", "[ ]", "[ 1 ]", "{ }",
      "\"NOT_RECORDED\"", "99999999999999999999999"};

  private static void readAndCheck(Reader reader) {
    FormD filing;
    try {
      filing = reader.read();
    } catch (FormDReadException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    RuleSets.builtIn().validate(filing);
  }

  @FunctionalInterface
  private interface Reader {
    FormD read() throws FormDReadException;
  }

  private static List<int[]> matches(Pattern pattern, String text) {
    List<int[]> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end(), m.start(2), m.end(2)});
    }
    return found;
  }

  @Property(tries = 300)
  void aMutatedXmlElementIsReadOrRefusedButNeverThrowsAnythingElse(@ForAll long seed) {
    Random random = new Random(seed);
    List<String> names = Fixtures.names();
    String xml = new String(Fixtures.bytes(names.get(random.nextInt(names.size()))), StandardCharsets.UTF_8);
    List<int[]> leaves = matches(XML_LEAF, xml);
    int[] leaf = leaves.get(random.nextInt(leaves.size()));
    String mutated;
    switch (random.nextInt(3)) {
      case 0:
        mutated = xml.substring(0, leaf[0]) + xml.substring(leaf[1]);
        break;
      case 1:
        mutated = xml.substring(0, leaf[1]) + xml.substring(leaf[0], leaf[1]) + xml.substring(leaf[1]);
        break;
      default:
        mutated = xml.substring(0, leaf[2]) + XML_TEXTS[random.nextInt(XML_TEXTS.length)] + xml.substring(leaf[3]);
        break;
    }
    readAndCheck(() -> FormDXml.read(mutated));
  }

  @Property(tries = 300)
  void aMutatedJsonMemberIsReadOrRefusedButNeverThrowsAnythingElse(@ForAll long seed) {
    Random random = new Random(seed);
    FormD filing = random.nextBoolean() ? FakeFilings.seeded(seed).next() : Altiris2003.filing();
    String json = FormDJson.write(filing);
    List<int[]> members = matches(JSON_MEMBER, json);
    int[] member = members.get(random.nextInt(members.size()));
    String value = json.substring(member[2], member[3]);
    String mutated;
    if (value.equals("{") || random.nextInt(3) == 0) {
      // Rename the member: unknown, so refused by name.
      mutated = json.substring(0, member[0] + 1) + "x" + json.substring(member[0] + 1);
    } else {
      mutated = json.substring(0, member[2]) + JSON_VALUES[random.nextInt(JSON_VALUES.length)]
          + json.substring(member[3]);
    }
    readAndCheck(() -> FormDJson.read(mutated));
  }
}
