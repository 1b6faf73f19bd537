package io.formd.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code formd} launcher (src/main/sh/formd) chooses the JVM's options from the arguments: C1 alone for files and
 * for directories of at most {@code FORMD_C1_FILES} (100,000) files, both compilers beyond and for a data-set ZIP.
 * Run with a stand-in {@code java} that prints the arguments it was given.
 */
class LauncherScriptTest {

  private static final Path SCRIPT = Path.of("src", "main", "sh", "formd");

  @TempDir
  Path temp;

  private Path javaHome;

  @BeforeEach
  void standInJava() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh here");
    javaHome = temp.resolve("jdk");
    Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private List<String> launch(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
    process.environment().remove("FORMD_JAVA_OPTS");
    process.environment().remove("FORMD_C1_FILES");
    process.environment().put("JAVA_HOME", javaHome.toString());
    process.environment().putAll(environment);
    Process started = process.start();
    String out = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(started.waitFor()).as(out).isZero();
    return List.of(out.split("\n"));
  }

  private Path directoryOf(int files) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("filings-" + files));
    for (int i = 0; i < files; i++) {
      Files.writeString(dir.resolve(i + ".xml"), "<edgarSubmission/>");
    }
    return dir;
  }

  @Test
  void filesAndSmallDirectoriesGetC1AloneAndTheSerialCollector() throws Exception {
    Path file = Files.writeString(temp.resolve("one.xml"), "<edgarSubmission/>");
    List<String> args = launch(Map.of(), "validate", file.toString());
    assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");
    assertThat(args.subList(args.indexOf("-jar") + 2, args.size())).containsExactly("validate", file.toString());
    assertThat(launch(Map.of(), "validate", directoryOf(3).toString())).contains("-XX:TieredStopAtLevel=1");
  }

  @Test
  void aC1RunOnMoreThanAThousandFilesCompilesSooner() throws Exception {
    String sooner = "-XX:CompileThresholdScaling=0.3";
    Path file = Files.writeString(temp.resolve("one.xml"), "<edgarSubmission/>");
    assertThat(launch(Map.of(), "validate", file.toString())).doesNotContain(sooner);
    Path thousand = directoryOf(1000);
    assertThat(launch(Map.of(), "validate", thousand.toString())).doesNotContain(sooner)
        .contains("-XX:TieredStopAtLevel=1");
    Path more = directoryOf(1001);
    assertThat(launch(Map.of(), "validate", more.toString())).contains(sooner, "-XX:TieredStopAtLevel=1");
    // Both compilers (over the C1 bound): their thresholds as they are.
    assertThat(launch(Map.of("FORMD_C1_FILES", "500"), "validate", more.toString())).doesNotContain(sooner)
        .doesNotContain("-XX:TieredStopAtLevel=1");
  }

  @Test
  void directoriesOverTheBoundTogetherAndZipsGetBothCompilers() throws Exception {
    Path three = directoryOf(3);
    Path two = directoryOf(2);
    assertThat(launch(Map.of("FORMD_C1_FILES", "4"), "validate", three.toString(), two.toString()))
        .as("five files over a bound of four").doesNotContain("-XX:TieredStopAtLevel=1");
    assertThat(launch(Map.of("FORMD_C1_FILES", "5"), "validate", three.toString(), two.toString()))
        .contains("-XX:TieredStopAtLevel=1");
    assertThat(launch(Map.of("FORMD_C1_FILES", "0"), "validate", two.toString()))
        .doesNotContain("-XX:TieredStopAtLevel=1");
    assertThat(launch(Map.of("FORMD_C1_FILES", "not a number"), "validate", two.toString()))
        .as("an unreadable bound is the default").contains("-XX:TieredStopAtLevel=1");
    assertThat(launch(Map.of(), "validate", temp.resolve("2025q2_d.zip").toString()))
        .doesNotContain("-XX:TieredStopAtLevel=1");
  }

  @Test
  void optionsGivenComeLastAndACollectorNamedReplacesTheSerialOne() throws Exception {
    List<String> args = launch(Map.of("FORMD_JAVA_OPTS", "-XX:+UseG1GC -Xmx256m"), "validate", "x.xml");
    assertThat(args).contains("-XX:+UseG1GC", "-Xmx256m").doesNotContain("-XX:+UseSerialGC");
    assertThat(args.indexOf("-Xmx256m")).isLessThan(args.indexOf("-jar"))
        .isGreaterThan(args.indexOf("-XX:TieredStopAtLevel=1"));
  }
}
