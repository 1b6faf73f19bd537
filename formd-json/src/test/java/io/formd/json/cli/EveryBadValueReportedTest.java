package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.formd.json.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft's bad values all reach the filer in one run, in text, JSON and SARIF (issue 29, item 3). */
class EveryBadValueReportedTest {

  @TempDir
  Path dir;

  private Path draft() throws Exception {
    String good = new String(Fixtures.bytes("d-other-06b-x0708-0001829412-20-000002.xml"), StandardCharsets.UTF_8);
    Path file = dir.resolve("draft.xml");
    Files.writeString(file, good.replaceFirst("<value>2019</value>", "<value>20x9</value>")
        .replaceFirst("<value>2020-10-09</value>", "<value>2020-13-45</value>")
        .replaceFirst("<totalAmountSold>6400010<", "<totalAmountSold>64oo010<"));
    return file;
  }

  @Test
  void textPrintsOneLinePerBadValue() throws Exception {
    Path file = draft();
    CliTestSupport run = formd("validate", file.toString());
    assertThat(run.exitCode).isEqualTo(2);
    List<String> lines = run.out.lines().filter(l -> l.contains("cannot be read")).toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith(file + ": cannot be read: line 31, column ").endsWith("found '20x9'");
    assertThat(lines.get(1)).startsWith(file + ": cannot be read: line 124, column ").contains("'2020-13-45'");
    assertThat(lines.get(2)).startsWith(file + ": cannot be read: line 141, column ").contains("'64oo010'");
    assertThat(run.out).contains("1 unreadable");
  }

  @Test
  void jsonListsEveryProblemWithLineAndColumn() throws Exception {
    CliTestSupport run = formd("validate", "--format", "json", draft().toString());
    JsonNode file = new ObjectMapper().readTree(run.out).get("files").get(0);
    assertThat(file.get("line").asInt()).isEqualTo(31);
    List<Integer> lines = new ArrayList<>();
    for (JsonNode problem : file.get("problems")) {
      lines.add(problem.get("line").asInt());
      assertThat(problem.get("column").asInt()).isPositive();
      assertThat(problem.get("message").asText()).startsWith("line " + problem.get("line").asInt() + ", column ");
    }
    assertThat(lines).containsExactly(31, 124, 141);
    assertThat(file.get("unreadable").asText()).contains("and 2 more values a Form D cannot hold");
  }

  @Test
  void sarifHasOneNotificationPerProblemAtItsRegion() throws Exception {
    CliTestSupport run = formd("validate", "--format", "sarif", draft().toString());
    JsonNode invocation = new ObjectMapper().readTree(run.out).get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    List<Integer> lines = new ArrayList<>();
    for (JsonNode note : invocation.get("toolExecutionNotifications")) {
      assertThat(note.get("level").asText()).isEqualTo("error");
      lines.add(note.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
    }
    assertThat(lines).containsExactly(31, 124, 141);
  }

  @Test
  void aFileWithOneProblemStillGivesOneLine() throws Exception {
    Path file = dir.resolve("one.xml");
    Files.writeString(file, new String(Fixtures.bytes("d-other-06b-x0708-0001829412-20-000002.xml"),
        StandardCharsets.UTF_8).replaceFirst("<totalAmountSold>6400010<", "<totalAmountSold>lots<"));
    CliTestSupport run = formd("validate", "--format", "json", file.toString());
    JsonNode problems = new ObjectMapper().readTree(run.out).get("files").get(0).get("problems");
    assertThat(problems).hasSize(1);
    assertThat(formd("validate", file.toString()).out.lines().filter(l -> l.contains("cannot be read")))
        .hasSize(1);
  }
}
