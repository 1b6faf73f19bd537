package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.FormD;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.ValidationReport;
import io.formd.json.html.BatchReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderAndHtmlReportTest {

  @TempDir
  Path dir;

  @Test
  void renderWritesOnePageForAFilingWithItsFindings() throws Exception {
    String xml = Files.readString(ValidateAndConvertTest.fixture("d-other-06b-x0708-0001829412-20-000002.xml"))
        .replaceFirst("<zipCode>[^<]*</zipCode>", "<zipCode>ab_c</zipCode>");
    Path broken = Files.writeString(dir.resolve("broken.xml"), xml);
    Path page = dir.resolve("broken.html");
    assertThat(formd("render", broken.toString(), "-o", page.toString()).exitCode).isZero();
    Document doc = Jsoup.parse(Files.readString(page));
    assertThat(doc.select("h2").eachText()).contains("Item 2. Principal Place of Business and Contact Information");
    assertThat(doc.select("section:has(h2:contains(Item 2)) li.ERROR").text()).contains("D-XSD-ZIP");
    CliTestSupport out = formd("render", broken.toString());
    assertThat(out.out).startsWith("<!DOCTYPE html>");
    assertThat(formd("render", dir.resolve("missing.xml").toString()).exitCode).isEqualTo(2);
  }

  @Test
  void aBatchReportCountsByRuleChartsThemAndEmbedsEachFileWithFindings() throws Exception {
    Path fixtures = ValidateAndConvertTest.fixtures();
    Path report = dir.resolve("report.html");
    CliTestSupport run = formd("validate", "--html", report.toString(), fixtures.toString());
    assertThat(run.exitCode).isZero();
    Document doc = Jsoup.parse(Files.readString(report));
    assertThat(doc.select("h1").first().text()).isEqualTo("formd validate: 19 files");
    assertThat(doc.select("svg rect")).isNotEmpty();
    assertThat(doc.select("h2:contains(Files) + table tbody tr")).hasSize(19);
    assertThat(doc.select("details")).isNotEmpty();
    assertThat(doc.select("details").first().select("article h2")).isNotEmpty();
    assertThat(doc.select("table").first().text()).contains("D-XREF-3C-UMBRELLA");
    assertThat(doc.select("script, link, img")).isEmpty();
  }

  @Test
  void aFileBeyondTheLayoutLimitIsARowWithoutARenderingAndThePageSaysSo() throws Exception {
    FormD broken = FakeFilings.seeded(9).brokenBy("D-XSD-ZIP");
    ValidationReport report = RuleSets.builtIn().validate(broken);
    Document doc = Jsoup.parse(new BatchReport("two", 1).add("kept.xml", broken, report)
        .add("dropped.xml", broken, report).render());
    assertThat(doc.select("details")).hasSize(1);
    assertThat(doc.select("details summary").text()).isEqualTo("kept.xml");
    assertThat(doc.select("a[href=#f1]")).hasSize(1);
    assertThat(doc.select("td:contains(dropped.xml) a")).isEmpty();
    assertThat(doc.select("td:contains(dropped.xml)")).hasSize(1);
    assertThat(doc.select("p[role=note]").text())
        .isEqualTo("1 file with findings is listed below but not laid out: the page lays out the first 1 with "
            + "findings.");
  }
}
