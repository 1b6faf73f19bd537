package io.formd.json.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.fields.Field;
import io.formd.core.fields.internal.FieldWalk;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.Issuer;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.ValidationReport;
import io.formd.json.Fixtures;
import io.formd.json.FormDJson;
import io.formd.json.FormDXml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The rendering read back with an HTML parser: every value of the filing is on the page, each finding sits in the
 * section of its Item, nothing in it is markup or script, and it is one self-contained page.
 */
class FormDHtmlTest {

  /** Every value the filing holds, as the page shows it. */
  private static List<String> values(FormD filing) {
    List<String> values = new ArrayList<>();
    FieldWalk walk = FieldWalk.of(filing.edition() == Edition.ELECTRONIC ? FormDFields.electronic()
        : FormDFields.paper(), f -> f.kind() != Kind.GROUP && f.kind() != Kind.WRAPPER);
    walk.walk(filing, new FieldWalk.Visitor() {
      @Override
      public void visit(Field field, Object value, FieldWalk.Cursor at) {
        String text = FormDHtml.text(field, value);
        if (!text.isBlank()) {
          values.add(text.strip());
        }
      }
    });
    return values;
  }

  private static void everyValueIsOnThePage(FormD filing) {
    Document page = Jsoup.parse(FormDHtml.render(filing, RuleSets.builtIn().validate(filing), true));
    String text = page.body().text();
    for (String value : values(filing)) {
      assertThat(text).as("value '%s'", value).contains(value.replaceAll("\\s+", " "));
    }
    // By default, each issuer's CCC is on the page only as "given; hidden", never as it is.
    String masked = Jsoup.parse(FormDHtml.render(filing, RuleSets.builtIn().validate(filing))).body().text();
    if (filing instanceof ElectronicFormD) {
      for (Issuer issuer : ((ElectronicFormD) filing).issuers()) {
        issuer.ccc().ifPresent(ccc -> assertThat(masked).doesNotContain(ccc).contains("(given; hidden)"));
      }
    }
  }

  @Test
  void everyValueOfEveryFixtureTheSamplesTheSeedAndGeneratedFilingsIsOnThePage() throws Exception {
    for (String name : Fixtures.names()) {
      everyValueIsOnThePage(FormDXml.read(Fixtures.bytes(name)));
    }
    try (var in = getClass().getResourceAsStream("/sec-samples/SampleFormD.xml")) {
      everyValueIsOnThePage(FormDXml.read(in));
    }
    everyValueIsOnThePage(Altiris2003.filing());
    FakeFilings fakes = FakeFilings.seeded(77);
    for (int i = 0; i < 60; i++) {
      everyValueIsOnThePage(fakes.next());
    }
  }

  @Test
  void everyAnswerTheTranscriptionDoesNotRecordIsSaidSo() throws Exception {
    String json = FormDJson.write(Altiris2003.filing());
    int unrecorded = json.split("\"NOT_RECORDED\"", -1).length - 1;
    Document page = Jsoup.parse(FormDHtml.render(Altiris2003.filing(), null));
    assertThat(page.select("td:matchesOwn(^not recorded$)")).hasSize(unrecorded).hasSize(22);
    assertThat(page.select("tr:has(th:contains(Filing Under)) td").eachText()).contains("not recorded");
    assertThat(page.select("tr:has(th:matchesOwn(^Check Box\\(es\\) that Apply$)) td").eachText()).hasSize(13)
        .containsOnly("not recorded");
  }

  @Test
  void eachFindingIsShownRightAfterTheRowOfItsValue() {
    FormD broken = FakeFilings.seeded(9).brokenBy("D-XSD-ZIP");
    ValidationReport report = RuleSets.builtIn().validate(broken);
    Finding zip = report.findings().get(0);
    Document page = Jsoup.parse(FormDHtml.render(broken, report));
    Element at = page.select("tr.at-row li.ERROR:contains(D-XSD-ZIP)").first();
    assertThat(at).as("the finding is in a row of its table").isNotNull();
    Element row = at.closest("tr").previousElementSibling();
    assertThat(row.select("th").text()).isEqualTo("Zip/Postal Code");
    assertThat(zip.path()).endsWith("zipCode");
    // Not also above the tables.
    assertThat(page.select("section > ul.findings li:contains(D-XSD-ZIP)")).isEmpty();
  }

  @Test
  void aFindingOnAWholeBlockFollowsItsLastRowAndOneWithoutAPlaceStaysAbove() {
    List<String[]> rows = List.of(new String[] {"Related person 1", "First Name", "Ada", "relatedPersons[0].name"
        + ".firstName"}, new String[] {"Related person 1", "City", "London", "relatedPersons[0].address.city"},
        new String[] {"", "Over 100", "no", "moreThan100RelatedPersons"});
    assertThat(FormDHtml.rowOf(rows, "relatedPersons[0].address.city")).isEqualTo(1);
    assertThat(FormDHtml.rowOf(rows, "relatedPersons[0]")).isEqualTo(1);
    assertThat(FormDHtml.rowOf(rows, "relatedPersons[0].name.firstName.x")).isZero();
    assertThat(FormDHtml.rowOf(rows, "relatedPersons[1]")).isEqualTo(-1);
    assertThat(FormDHtml.rowOf(rows, "")).isEqualTo(-1);
    assertThat(FormDHtml.rowOf(rows, "moreThan100")).isEqualTo(-1);
  }

  @Test
  void anItemWithFindingsButNoValueKeepsItsPlaceWithItsFindings() {
    ElectronicFormD base = FakeFilings.seeded(8).nextElectronic();
    ElectronicFormD nobody = base.withRelatedPersons(List.of());
    ValidationReport report = RuleSets.builtIn().validate(nobody);
    assertThat(report.findings()).anySatisfy(f -> assertThat(f.path()).startsWith("relatedPersons"));
    Document page = Jsoup.parse(FormDHtml.render(nobody, report));
    List<String> headings = page.select("h2").eachText();
    int item3 = headings.indexOf("Item 3. Related Persons");
    assertThat(item3).isPositive();
    assertThat(headings.get(item3 - 1)).startsWith("Item 2.");
    assertThat(headings.get(item3 + 1)).startsWith("Item 4.");
    assertThat(page.select("section:has(h2:contains(Item 3)) li")).isNotEmpty();
    assertThat(headings).doesNotContain("The filing as a whole");
  }

  @Test
  void eachBlockIsNamedAsTheReaderKnowsIt() throws Exception {
    ElectronicFormD sample;
    try (var in = getClass().getResourceAsStream("/sec-samples/SampleFormD.xml")) {
      sample = FormDXml.read(in);
    }
    Document page = Jsoup.parse(FormDHtml.render(sample, null));
    String text = page.body().text();
    assertThat(text).contains("Issuer 2: CIK 2323232323")
        .contains("Related person 1: " + sample.relatedPersons().get(0).name().displayName())
        .contains("Recipient 2: Second Recipient Name").contains("Signature 2: Name 2");
    // A submission's issuers have no name: the form's row says EDGAR fills it in, for each of the four.
    assertThat(page.select("tr:has(th:matchesOwn(^Name of Issuer$)) td").eachText()).hasSize(4)
        .containsOnly("(EDGAR fills it in from the CIK)");
    ElectronicFormD named = sample.withAdditionalIssuers(sample.additionalIssuers().get(0).withName("ACME LP"));
    Document namedPage = Jsoup.parse(FormDHtml.render(named, null));
    assertThat(namedPage.body().text()).contains("Issuer 2: ACME LP");
    assertThat(namedPage.select("tr:has(th:matchesOwn(^Name of Issuer$)) td").eachText())
        .containsExactly("(EDGAR fills it in from the CIK)", "ACME LP");
  }

  @Test
  void aRecipientsAbsentCrdNumberAndBrokerDealerAreNoneAsEdgarShowsThem() throws Exception {
    ElectronicFormD sample;
    try (var in = getClass().getResourceAsStream("/sec-samples/SampleFormD.xml")) {
      sample = FormDXml.read(in);
    }
    assertThat(sample.offering().salesCompensationRecipients().get(0).crdNumber()).isEmpty();
    Document page = Jsoup.parse(FormDHtml.render(sample, null));
    Element item12 = page.select("section:has(h2:contains(Item 12))").first();
    List<String> rows = item12.select("tr").eachText();
    int first = rows.indexOf("Recipient First Recipient Name");
    assertThat(rows.subList(first, first + 4)).containsExactly("Recipient First Recipient Name",
        "Recipient CRD Number None", "(Associated) Broker or Dealer First Associated Name",
        "(Associated) Broker or Dealer CRD Number None");
    // A recipient that gives them shows its numbers, and no "None".
    int second = rows.indexOf("Recipient Second Recipient Name");
    assertThat(rows.get(second + 1)).isEqualTo("Recipient CRD Number 123456789");
    // A recipient's states are one list, in the filing's order, each description the state's own name.
    assertThat(rows).contains("States of solicitation CALIFORNIA, WASHINGTON, GEORGIA")
        .noneMatch(r -> r.startsWith("State description"));
  }

  @Test
  void eachFindingSitsInTheSectionOfItsItem() {
    FakeFilings fakes = FakeFilings.seeded(78);
    for (String rule : List.of("D-ARITH-REMAINING", "D-XSD-ZIP", "D-XREF-506B-506C-BOTH", "D-EDGAR-PO-BOX",
        "D-ARITH-PROCEEDS-TOTAL")) {
      FormD broken = fakes.brokenBy(rule);
      ValidationReport report = RuleSets.builtIn().validate(broken);
      Document page = Jsoup.parse(FormDHtml.render(broken, report));
      Finding finding = report.findingsOf(rule).get(0);
      String section = FormDFields.find(broken.edition(), finding.path()).flatMap(Field::section).orElseThrow();
      Element item = page.select("section").stream()
          .filter(s -> s.selectFirst("h2").text().startsWith(section)).findFirst().orElseThrow();
      assertThat(item.select("ul.findings li").text()).as(rule).contains(rule).contains(finding.message());
      assertThat(page.select(".summary").text()).contains("1 " + finding.severity().name().toLowerCase()
          .replace("info", "remark"));
    }
  }

  @Test
  void anIssuerNamedLikeAScriptIsShownAsTextAndNothingRuns() {
    ElectronicFormD filing = FakeFilings.seeded(79).nextElectronic();
    ElectronicFormD hostile = ElectronicFormD.builder().from(filing).primaryIssuer(Issuer.builder()
        .from(filing.primaryIssuer()).name("<script>alert(1)</script> & \"Co\" 'Ltd'").build()).build();
    String html = FormDHtml.render(hostile, RuleSets.builtIn().validate(hostile));
    Document page = Jsoup.parse(html);
    assertThat(page.select("script")).isEmpty();
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page.body().text()).contains("<script>alert(1)</script> & \"Co\" 'Ltd'");
    assertThat(page.title()).contains("<script>alert(1)</script>");
  }

  @Test
  void thePageIsSelfContainedSemanticAndPrintable() {
    FormD filing = FakeFilings.seeded(80).nextElectronic();
    String html = FormDHtml.render(filing, null);
    Document page = Jsoup.parse(html);
    assertThat(page.select("script, link, img, iframe, [src], [href]")).isEmpty();
    assertThat(page.select("style").html()).contains("@media print").contains("@media (max-width");
    assertThat(page.select("meta[name=viewport]")).hasSize(1);
    assertThat(page.select("h2").eachText()).contains("Item 1. Issuer's Identity",
        "Item 13. Offering and Sales Amounts",
        "Item 16. Use of Proceeds", "Signature and Submission");
    assertThat(page.select("th[scope=row]")).isNotEmpty();
    assertThat(page.select(".summary").text()).contains("0 errors");
  }

  @Test
  void aNoneBoxIsLabelledByTheQuestionItAnswers() throws Exception {
    ElectronicFormD reit = FormDXml.read(new String(Fixtures.bytes(
        "d-reit-llc-506b-3c7-recipients-state-lists-cik0001961089.xml"), StandardCharsets.UTF_8));
    Document page = Jsoup.parse(FormDHtml.render(reit, null));
    List<String> rows = new ArrayList<>();
    for (Element row : page.select("tr")) {
      rows.add(row.select("th").text() + " = " + row.select("td").text());
    }
    assertThat(rows).contains("Previous Name(s) = None", "New Notice/Amendment = New Notice")
        .noneMatch(r -> r.startsWith("None ="));
  }
}
