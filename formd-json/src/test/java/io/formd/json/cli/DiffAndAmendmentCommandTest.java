package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.PersonName;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.SubmissionType;
import io.formd.json.FormDXml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  void aDaWithAnAddedDirectorIsTwoLinesTheAmendmentAndThePerson() throws Exception {
    Path last = ValidateAndConvertTest.fixture(FIXTURE);
    ElectronicFormD notice = FormDXml.read(last);
    RelatedPerson director = notice.relatedPersons().get(0).withName(PersonName.of("Grace", "Hopper"));
    ElectronicFormD amendment = notice.toBuilder().submissionType(SubmissionType.D_A).addRelatedPersons(director)
        .offering(notice.offering().withTypeOfFiling(notice.offering().typeOfFiling().withAmendment(true)
            .withPreviousAccessionNumber("0001829412-20-000002")))
        .build();
    Path now = Files.writeString(dir.resolve("da.xml"), FormDXml.write(amendment));
    CliTestSupport run = formd("diff", last.toString(), now.toString());
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("Type of filing [submissionType, offering.typeOfFiling.amendment, "
        + "offering.typeOfFiling.previousAccessionNumber]: ").endsWith("; amends 0001829412-20-000002");
    int n = notice.relatedPersons().size() + 1;
    assertThat(lines.get(1)).startsWith("Item 3, Related person " + n + " added [relatedPersons[" + (n - 1) + "]]: "
        + "Grace, Hopper, ");
    // The count is still of fields: the JSON lists each, as before.
    assertThat(lines.get(2)).matches("\\d+ changes");
    JsonNode json = new ObjectMapper().readTree(formd("diff", "--format", "json", last.toString(),
        now.toString()).out);
    assertThat(json.get("changes").size()).isEqualTo(Integer.parseInt(lines.get(2).split(" ")[0]));
  }

  @Test
  void aRemovedPersonIsOneLineAndAnEditedOneStaysFieldByField() throws Exception {
    Path last = ValidateAndConvertTest.fixture(FIXTURE);
    ElectronicFormD notice = FormDXml.read(last);
    assertThat(notice.relatedPersons().size()).isGreaterThan(1);
    List<RelatedPerson> persons = new ArrayList<>(notice.relatedPersons());
    RelatedPerson gone = persons.remove(persons.size() - 1);
    persons.set(0, persons.get(0).withAddress(persons.get(0).address().withCity("Boise")));
    Path now = Files.writeString(dir.resolve("fewer.xml"), FormDXml.write(notice.withRelatedPersons(persons)));
    List<String> lines = formd("diff", last.toString(), now.toString()).out.lines().toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("Related person " + (persons.size() + 1)
        + " removed").contains(gone.address().street1()));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("[relatedPersons[0].address.city]: ")
        .endsWith(" -> Boise"));
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
