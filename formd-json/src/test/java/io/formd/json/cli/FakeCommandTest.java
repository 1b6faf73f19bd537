package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import io.formd.json.FormDJson;
import io.formd.json.FormDXml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeCommandTest {

  @TempDir
  Path dir;

  @Test
  void oneFakeFilingGoesToStandardOutputAndIsTheSameForTheSameSeed() throws Exception {
    CliTestSupport first = formd("fake", "--seed", "5", "--edition", "electronic");
    CliTestSupport again = formd("fake", "--seed", "5", "--edition", "electronic");
    assertThat(first.exitCode).isZero();
    assertThat(first.out).isEqualTo(again.out);
    assertThat(FormDXml.read(first.out)).isNotNull();
  }

  @Test
  void anOutputEndingInXmlOrJsonIsOneFileNotADirectory() throws Exception {
    Path xml = dir.resolve("broken.xml");
    CliTestSupport run = formd("fake", "--seed", "5", "--edition", "electronic", "--broken", "D-EDGAR-PO-BOX",
        "-o", xml.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(Files.isRegularFile(xml)).isTrue();
    assertThat(Files.readString(xml)).isEqualTo(formd("fake", "--seed", "5", "--edition", "electronic", "--broken",
        "D-EDGAR-PO-BOX").out);
    CliTestSupport paperRule = formd("fake", "--edition", "electronic", "--broken", "D-ARITH-PAPER-C5-GRAND-TOTAL");
    assertThat(paperRule.exitCode).isEqualTo(2);
    assertThat(paperRule.err).contains("checks the paper edition only");
    Path json = dir.resolve("paper.JSON");
    assertThat(formd("fake", "--edition", "paper", "-o", json.toString()).exitCode).isZero();
    assertThat(FormDJson.read(Files.readString(json))).isNotNull();
    CliTestSupport many = formd("fake", "--count", "3", "-o", dir.resolve("three.xml").toString());
    assertThat(many.exitCode).isEqualTo(2);
    assertThat(many.err).contains("names one file; 3 filings need -o DIR");
    CliTestSupport clash = formd("fake", "--format", "json", "-o", dir.resolve("x.xml").toString());
    assertThat(clash.exitCode).isEqualTo(2);
    assertThat(clash.err).contains("is a .xml file but --format is json");
    assertThat(dir.resolve("three.xml")).doesNotExist();
  }

  @Test
  void manyFakeFilingsGoIntoADirectoryAndValidateClean() throws Exception {
    assertThat(formd("fake", "--seed", "9", "--count", "25", "-o", dir.toString()).exitCode).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(25);
    }
    CliTestSupport validate = formd("validate", dir.toString());
    assertThat(validate.exitCode).isZero();
    assertThat(validate.out).contains("25 files: 0 errors, 0 warnings, 0 remarks");
  }

  @Test
  void aLongValidationStaysQuietOnStandardErrorWhenNotOnATerminal() throws Exception {
    assertThat(formd("fake", "--seed", "4", "--count", "150", "-o", dir.toString()).exitCode).isZero();
    CliTestSupport validate = formd("validate", dir.toString());
    assertThat(validate.exitCode).isZero();
    assertThat(validate.err).isEmpty();
    assertThat(validate.out.lines()).hasSize(1);
    assertThat(validate.out).startsWith("150 files: 0 errors, 0 warnings, 0 remarks; 0 with errors, 0 unreadable; "
        + "not checked: D-EDGAR-ACCESSION, ");
  }

  @Test
  void aBrokenFilingBreaksTheChosenRuleAndPicksItsEdition() throws Exception {
    CliTestSupport run = formd("fake", "--broken", "D-ARITH-PROCEEDS-TOTAL");
    assertThat(run.exitCode).isZero();
    Path file = Files.writeString(dir.resolve("broken.json"), run.out);
    assertThat(FormDJson.read(run.out).edition().name()).isEqualTo("PAPER");
    CliTestSupport validate = formd("validate", file.toString());
    assertThat(validate.exitCode).isEqualTo(1);
    assertThat(validate.out).contains("ERROR D-ARITH-PROCEEDS-TOTAL")
        .contains("1 file: 1 error, 0 warnings, 0 remarks");
  }

  @Test
  void aFilingXmlCannotCarryIsRefusedAsXmlAndWrittenAsJson() throws Exception {
    CliTestSupport xml = formd("fake", "--broken", "D-XSD-XML-CHARACTERS");
    assertThat(xml.exitCode).isEqualTo(2);
    assertThat(xml.err).contains("U+0007").contains("--format json").doesNotContain("\tat ");
    CliTestSupport json = formd("fake", "--broken", "D-XSD-XML-CHARACTERS", "--format", "json");
    assertThat(json.exitCode).isZero();
    Path file = Files.writeString(dir.resolve("bell.json"), json.out);
    assertThat(formd("validate", file.toString()).out).contains("ERROR D-XSD-XML-CHARACTERS").contains("U+0007");
    CliTestSupport convert = formd("convert", file.toString(), "--to", "xml");
    assertThat(convert.exitCode).isEqualTo(2);
    assertThat(convert.err).contains("cannot be written as EDGAR XML").contains("U+0007").doesNotContain("\tat ");
  }

  @Test
  void anUnbreakableOrUnknownRuleIsRefusedSayingWhy() {
    CliTestSupport unbreakable = formd("fake", "--broken", "D-TIME-NEW-NOTICE-15D");
    assertThat(unbreakable.exitCode).isEqualTo(2);
    assertThat(unbreakable.err).contains("cannot be broken").contains("filing date");
    assertThat(formd("fake", "--broken", "D-NOPE").err).contains("no built-in rule D-NOPE");
    assertThat(formd("fake", "--edition", "paper", "--format", "xml").err).contains("no EDGAR XML form");
  }
}
