package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffAndAmendmentCommandTest {

  @TempDir
  Path dir;

  private static final String FIXTURE = "d-other-06b-x0708-0001829412-20-000002.xml";

  private Path changed(String regex, String replacement) throws Exception {
    String xml = Files.readString(ValidateAndConvertTest.fixture(FIXTURE)).replaceFirst(regex, replacement);
    return Files.writeString(dir.resolve("now.xml"), xml);
  }

  @Test
  void diffPrintsEachChangeWithItsPlaceAndExitsOneWhenThereIsAny() throws Exception {
    Path last = ValidateAndConvertTest.fixture(FIXTURE);
    assertThat(formd("diff", last.toString(), last.toString()).out).isEqualTo("0 changes" + System.lineSeparator());
    Path now = changed("<city>[^<]*</city>", "<city>Boise</city>");
    CliTestSupport run = formd("diff", last.toString(), now.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).contains("[issuers[0].address.city]: ").contains(" -> Boise").contains("1 change");
    assertThat(formd("diff", last.toString(), dir.resolve("missing.xml").toString()).exitCode).isEqualTo(2);
  }

  @Test
  void amendmentGivesTheVerdictTheParagraphAndTheDeadline() throws Exception {
    Path last = ValidateAndConvertTest.fixture(FIXTURE);
    Path now = changed("<totalOfferingAmount>[0-9]*</totalOfferingAmount>",
        "<totalOfferingAmount>99999999</totalOfferingAmount>");
    CliTestSupport run = formd("amendment", last.toString(), now.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).contains("REQUIRED Item 13, Total Offering Amount").contains("(17 CFR 230.503(a)(3)(ii)(E))")
        .contains("An amendment is required: as soon as practicable after the change (known on 2020-10-22)")
        .contains("the annual amendment was not checked: the day the last notice was filed is not known");
    CliTestSupport ended = formd("amendment", "--terminated", last.toString(), now.toString());
    assertThat(ended.exitCode).isZero();
    assertThat(ended.out).contains("No change requires an amendment, and no annual amendment is due");
    CliTestSupport annual = formd("amendment", "--last-filed", "2020-03-05", "--as-of", "2021-02-25",
        last.toString(), last.toString());
    assertThat(annual.exitCode).isEqualTo(1);
    assertThat(annual.out).contains("An amendment is required: the annual amendment, on or before 2021-03-05");
    CliTestSupport unknown = formd("amendment", last.toString(), last.toString());
    assertThat(unknown.exitCode).isZero();
    assertThat(unknown.out).contains("No change requires an amendment; the annual amendment was not checked");
  }

  @Test
  void theAnnualDayOnASaturdayNamesEdgarsLastOpenDayInTheTextToo() throws Exception {
    Path last = ValidateAndConvertTest.fixture(FIXTURE);
    // The anniversary of a filing of 2020-03-07 is Sunday 2021-03-07: EDGAR's last open day by then is Friday.
    CliTestSupport run = formd("amendment", "--last-filed", "2020-03-07", "--as-of", "2021-02-25", last.toString(),
        last.toString());
    assertThat(run.out).contains("on or before 2021-03-07").contains("is a Sunday or a day EDGAR is closed: its last "
        + "open day by then is 2021-03-05");
    JsonNode json = new ObjectMapper().readTree(formd(
        "amendment", "--format", "json", "--last-filed", "2020-03-07", "--as-of", "2021-02-25", last.toString(),
        last.toString()).out);
    assertThat(json.get("deadlineKind").asText()).isEqualTo("ON_OR_BEFORE");
    assertThat(json.get("fileBy").asText()).isEqualTo("2021-03-05");
    assertThat(json.get("annualChecked").asBoolean()).isTrue();
  }

  @Test
  void aCorrectedDateOfFirstSaleIsRequiredEvenAfterTermination() throws Exception {
    Path last = ValidateAndConvertTest.fixture(FIXTURE);
    Path now = changed("<value>2020-10-09</value>", "<value>2020-10-02</value>");
    CliTestSupport run = formd("amendment", "--terminated", last.toString(), now.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).contains("REQUIRED Item 7, Date of First Sale").contains("(17 CFR 230.503(a)(3)(i))")
        .contains("a correction of a mistake of fact");
  }

  @Test
  void bothSpeakJsonToo() throws Exception {
    Path last = ValidateAndConvertTest.fixture(FIXTURE);
    Path now = changed("<totalOfferingAmount>[0-9]*</totalOfferingAmount>",
        "<totalOfferingAmount>99999999</totalOfferingAmount>");
    ObjectMapper mapper = new ObjectMapper();
    JsonNode diff = mapper.readTree(formd("diff", "--format", "json", last.toString(),
        now.toString()).out);
    assertThat(diff.at("/changes/0/path").asText()).isEqualTo("offering.amounts.totalOfferingAmount");
    assertThat(diff.at("/changes/0/after").asText()).isEqualTo("99999999");
    JsonNode verdict = mapper.readTree(formd("amendment", "--format", "json",
        "--last-filed", "2020-03-05", last.toString(), now.toString()).out);
    assertThat(verdict.get("required").asBoolean()).isTrue();
    assertThat(verdict.get("annualDueDate").asText()).isEqualTo("2021-03-05");
    assertThat(verdict.get("dueBy").isNull()).as("a change: as soon as practicable").isTrue();
    assertThat(verdict.at("/reasons/0/citation").asText()).isEqualTo("17 CFR 230.503(a)(3)(ii)(E)");
    assertThat(verdict.at("/reasons/0/trigger").asText()).isEqualTo("change in information");
    assertThat(verdict.at("/reasons/0/item").asInt()).isEqualTo(13);
    assertThat(verdict.at("/reasons/0/path").asText()).isEqualTo("offering.amounts.totalOfferingAmount");
    assertThat(verdict.at("/reasons/0/change/before").asText()).isNotBlank();
    assertThat(verdict.at("/changes/0/label").asText()).isEqualTo("Total Offering Amount");
    assertThat(verdict.at("/changes/0/item").asInt()).isEqualTo(13);
    JsonNode annual = mapper.readTree(formd("amendment", "--format", "json",
        "--last-filed", "2020-03-05", "--as-of", "2021-02-25", last.toString(), last.toString()).out);
    assertThat(annual.get("dueBy").asText()).isEqualTo("2021-03-05");
    assertThat(annual.at("/reasons/0/trigger").asText()).isEqualTo("annual amendment");
  }
}
