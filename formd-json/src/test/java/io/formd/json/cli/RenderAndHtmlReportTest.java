package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.rules.RuleSets;
import io.formd.json.FormDXml;
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
    assertThat(doc.select("#files + div table tbody tr")).hasSize(19);
    assertThat(doc.select("section.file")).isNotEmpty();
    assertThat(doc.select("section.file").first().select("article h2")).isNotEmpty();
    assertThat(doc.select("#rules ~ div table").first().text()).contains("D-XREF-3C-UMBRELLA");
    assertThat(doc.select("script, link, img")).isEmpty();
  }

  @Test
  void beyondTheLayoutLimitTheWorstFilesAreKeptAndThePageSaysHowManyAreOnlyListed() throws Exception {
    FormD warned = FakeFilings.seeded(9).brokenBy("D-XREF-3C-UMBRELLA");
    FormD broken = FakeFilings.seeded(9).brokenBy("D-XSD-ZIP");
    FormD clean = FakeFilings.seeded(9).next();
    Document doc = Jsoup.parse(new BatchReport("three", 1)
        .add("warned.xml", warned, RuleSets.builtIn().validate(warned))
        .add("clean.xml", clean, RuleSets.builtIn().validate(clean))
        .add("broken.xml", broken, RuleSets.builtIn().validate(broken))
        .addUnreadable("bad.xml", "line 1: malformed XML").render());
    // The ERROR file came last but is the one laid out; the warned one, laid out first, was given up for it.
    assertThat(doc.select("section.file")).hasSize(1);
    assertThat(doc.select("section.file .file-name").text()).startsWith("broken.xml");
    assertThat(doc.select("td:contains(warned.xml) a")).isEmpty();
    assertThat(doc.select("p[role=note]").text()).isEqualTo("1 file with findings is listed below but not laid out: "
        + "the page lays out the 1 worst (most errors, then warnings, then remarks).");
    // Worst first: unreadable and ERROR files, then WARNING, then the rest; each link reaches its section.
    assertThat(doc.select("#files + div table tbody tr td:first-child").eachText())
        .containsExactly("bad.xml", "broken.xml", "warned.xml", "clean.xml");
    for (var link : doc.select("a[href^=#f]")) {
      assertThat(doc.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
    }
    assertThat(doc.select("a[href=#files]")).isNotEmpty();
  }

  @Test
  void rulesAreListedBySeverityThenCount() throws Exception {
    BatchReport batch = new BatchReport("rules", 0);
    for (int i = 0; i < 3; i++) {
      FormD warned = FakeFilings.seeded(20 + i).brokenBy("D-XREF-3C-UMBRELLA");
      batch.add("w" + i, warned, RuleSets.builtIn().validate(warned));
    }
    FormD broken = FakeFilings.seeded(9).brokenBy("D-XSD-ZIP");
    batch.add("e", broken, RuleSets.builtIn().validate(broken));
    Document doc = Jsoup.parse(batch.render());
    assertThat(doc.select("#rules ~ div table tbody tr td:first-child").eachText())
        .containsExactly("D-XSD-ZIP", "D-XREF-3C-UMBRELLA");
    assertThat(doc.select("svg text").first().text()).isEqualTo("D-XSD-ZIP");
  }

  @Test
  void anIssuersCccIsMaskedInPagesAndReportsUnlessAskedFor() throws Exception {
    FormD submission = FakeFilings.seeded(4, FakeConfig.builder().dialect(Dialect.SUBMISSION).build()).next();
    String ccc = ((ElectronicFormD) submission).primaryIssuer().ccc().orElseThrow();
    Path file = dir.resolve("draft.xml");
    Files.writeString(file, FormDXml.write((ElectronicFormD) submission));
    String page = formd("render", file.toString()).out;
    assertThat(page).doesNotContain(ccc).contains("(given; hidden)");
    assertThat(formd("render", "--show-credentials", file.toString()).out).contains(ccc);
    Path report = dir.resolve("batch.html");
    formd("validate", "--html", report.toString(), file.toString());
    String batch = Files.readString(report);
    assertThat(batch).doesNotContain(ccc);
    formd("validate", "--show-credentials", "--html", report.toString(), file.toString());
    assertThat(Files.readString(report)).contains("section class=\"file\"").contains(ccc);
  }
}
