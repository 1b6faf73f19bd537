package io.formd.json.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.FormD;
import io.formd.core.rules.RuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as headless Chromium reads and prints them (the browser profile only: {@code -Pbrowser}): the DOM it
 * builds is the one jsoup reads, every link's target exists, and printing puts each laid-out file on its own page.
 */
@Tag("browser")
class BrowserCheckTest {

  @TempDir
  Path dir;

  private static String chromium() {
    for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
      for (String path : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (Files.isExecutable(Path.of(path, name))) {
          return Path.of(path, name).toString();
        }
      }
    }
    return null;
  }

  private static byte[] run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return out;
  }

  @Test
  void chromiumBuildsTheDomJsoupReadsAndEveryLinkReachesItsTarget() throws Exception {
    String browser = chromium();
    assumeTrue(browser != null, "no chromium on the PATH: the browser check did not run");
    BatchReport batch = new BatchReport("browser check", 3);
    FakeFilings fakes = FakeFilings.seeded(5);
    for (String rule : new String[] {"D-XSD-ZIP", "D-XREF-3C-UMBRELLA", "D-ARITH-REMAINING"}) {
      FormD broken = fakes.brokenBy(rule);
      batch.add(rule + ".xml", broken, RuleSets.builtIn().validate(broken));
    }
    batch.add("seed.json", Altiris2003.filing(), RuleSets.builtIn().validate(Altiris2003.filing()));
    Path page = dir.resolve("batch.html");
    Files.writeString(page, batch.render());
    Document ours = Jsoup.parse(page.toFile(), "UTF-8");
    Document theirs = Jsoup.parse(new String(run(browser, "--headless", "--no-sandbox", "--disable-gpu",
        "--dump-dom", page.toUri().toString()), StandardCharsets.UTF_8));
    assertThat(theirs.select("h2").eachText()).isEqualTo(ours.select("h2").eachText()).isNotEmpty();
    assertThat(theirs.select("section.file")).hasSize(3);
    for (Element link : theirs.select("a[href^=#]")) {
      assertThat(theirs.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
    }
    Path pdf = dir.resolve("batch.pdf");
    run(browser, "--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf=" + pdf, page.toUri().toString());
    String printed = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher pageObject = Pattern.compile("/Type\\s*/Page[^s]").matcher(printed);
    int pages = 0;
    while (pageObject.find()) {
      pages++;
    }
    // The summary and tables, then each of the three files laid out from a new page.
    assertThat(pages).isGreaterThanOrEqualTo(4);
  }
}
