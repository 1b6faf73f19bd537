package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.fields.FormDFields;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSets;
import io.formd.json.FormDJson;
import io.formd.json.FormDXml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As a new user would try it: every built-in rule broken alone in a file (EDGAR XML for the electronic edition,
 * canonical JSON for the paper one) is reported by {@code formd validate} with that rule's id, at the line of the
 * element it concerns (or of its parent, for a missing element), with the printed form's place.
 */
class EveryRuleThroughTheCliTest {

  @TempDir
  Path dir;

  private static final Pattern LINE = Pattern.compile("^(.+?):(\\d+):(\\d+): (ERROR|WARNING|INFO) (\\S+) (.*)$");

  @Test
  void everyRuleBrokenAloneIsReportedWithItsIdAtItsElementsLine() throws Exception {
    List<String> xmlRules = new ArrayList<>();
    for (Rule rule : RuleSets.builtIn().rules()) {
      if (FakeFilings.unbreakableRules().containsKey(rule.id()) || rule.id().equals("D-XSD-XML-CHARACTERS")) {
        continue; // the one needs a filing date; the other's filing XML cannot carry (tested in FakeCommandTest)
      }
      FormD broken = FakeFilings.seeded(20261203L).brokenBy(rule.id());
      if (broken instanceof ElectronicFormD) {
        Files.writeString(dir.resolve(rule.id() + ".xml"), FormDXml.write(broken));
        xmlRules.add(rule.id());
      } else {
        Files.writeString(dir.resolve(rule.id() + ".json"), FormDJson.write(broken));
      }
    }
    CliTestSupport run = formd("validate", dir.toString());
    assertThat(run.err).doesNotContain("Exception");
    List<String> reported = new ArrayList<>();
    for (String line : run.out.lines().toList()) {
      if (line.matches("\\d+ files: .*")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      assertThat(m.matches()).as("compiler-style line: %s", line).isTrue();
      String file = Path.of(m.group(1)).getFileName().toString();
      String rule = file.substring(0, file.lastIndexOf('.'));
      if (m.group(5).equals("D-TIME-NEW-NOTICE-15D") && FormDXml.read(Files.readString(dir.resolve(file)))
          .contactData().isPresent()) {
        continue; // a generated submission of years ago, judged as filed today, is a late notice too: true
      }
      assertThat(m.group(5)).as(line).isEqualTo(rule);
      reported.add(rule);
      if (file.endsWith(".xml")) {
        String xml = Files.readString(dir.resolve(file));
        String[] lines = xml.split("\n", -1);
        int lineNumber = Integer.parseInt(m.group(2));
        String at = String.join("\n", Arrays.copyOfRange(lines, lineNumber - 1, lines.length))
            .substring(Integer.parseInt(m.group(3)) - 1);
        assertThat(at).as(line).startsWith("<");
        String path = m.group(6).endsWith("]") ? m.group(6).substring(m.group(6).lastIndexOf(" [") + 2,
            m.group(6).length() - 1) : "";
        // The element itself, or (for one the document lacks) one of its ancestors.
        List<String> chain = List.of(FormDFields.xmlPath(path).orElse("edgarSubmission").replaceAll("\\[\\d+\\]", "")
            .split("/"));
        String located = at.substring(1, at.indexOf('>')).split(" ")[0];
        assertThat(chain).as(line).contains(located);
        if (!located.equals(chain.get(chain.size() - 1))) {
          String block = at.substring(0, at.indexOf("</" + located + ">"));
          assertThat(block).as("located at an ancestor, so the element is missing from it: %s", line)
              .doesNotContain("<" + chain.get(chain.size() - 1) + ">");
        }
      }
      String rest = m.group(6);
      if (rest.endsWith("]")) {
        String path = rest.substring(rest.lastIndexOf(" [") + 2, rest.length() - 1);
        Edition edition = file.endsWith(".xml") ? Edition.ELECTRONIC
            : Edition.PAPER;
        String place = FormDFields.find(edition, path).orElseThrow().place();
        assertThat(rest).as("the printed form's place: %s", line).startsWith(place + ": ");
      } else {
        assertThat(rest).as(line).startsWith("(filing): ");
      }
    }
    List<String> expected = new ArrayList<>(xmlRules);
    assertThat(reported).containsAll(expected);
    assertThat(run.out).contains("0 unreadable");
  }
}
