package io.formd.validation.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application on the module path with only {@code requires io.formd.json;} (and {@code io.formd.validation} for
 * the second) compiles against formd's module descriptors, runs, finds formd's Jackson module as a service, and is
 * linked into a run-time image by {@code jlink}. The modules come from the test class path (formd's jars or class
 * folders, Jackson's and Woodstox's jars), which is where Maven put them.
 */
class ModulePathTest {

  private static final List<String> MODULES = List.of("formd-core", "formd-json", "formd-validation",
      "jackson-databind", "jackson-core", "jackson-annotations", "woodstox-core", "stax2-api",
      "jakarta.validation-api");

  @TempDir
  static Path dir;

  private static String modulePath;
  private static Path classes;

  /**
   * The class path's entries of the modules above: formd's (a jar, or target/classes in a reactor run) and its
   * dependencies.
   */
  private static String modulePath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      String name = p.getFileName().toString().equals("classes") && p.getParent() != null
          && p.getParent().getParent() != null ? p.getParent().getParent().getFileName().toString() : p.getFileName()
              .toString();
      if (entry.endsWith("-tests.jar") || entry.endsWith("test-classes")) {
        continue;
      }
      for (String module : MODULES) {
        if (name.equals(module) || name.startsWith(module + "-") && name.endsWith(".jar")
            && Character.isDigit(name.charAt(module.length() + 1))) {
          entries.add(entry);
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  @BeforeAll
  static void compileTheApplication() throws IOException {
    modulePath = modulePath();
    Path src = dir.resolve("src/app");
    Files.createDirectories(src.resolve("app"));
    Files.writeString(src.resolve("module-info.java"),
        "module app { requires io.formd.json; requires io.formd.validation; uses "
            + "com.fasterxml.jackson.databind.Module; "
            + "}\n");
    Files.writeString(src.resolve("app/Main.java"), String.join("\n",
        "package app;",
        "import io.formd.core.examples.Altiris2003;",
        "import io.formd.core.fake.FakeFilings;",
        "import io.formd.core.model.ElectronicFormD;",
        "import io.formd.core.rules.RuleSets;",
        "import io.formd.json.FormDJson;",
        "import io.formd.json.FormDXml;",
        "public final class Main {",
        "  public static void main(String[] args) throws Exception {",
        "    ElectronicFormD filing = FakeFilings.seeded(7).nextElectronic();",
        "    ElectronicFormD back = FormDXml.read(FormDXml.write(filing));",
        "    System.out.println(\"round trip \" + back.equals(filing));",
        "    System.out.println(\"json \" + FormDJson.read(FormDJson.write(filing)).equals(filing));",
        "    System.out.println(\"rules \" + RuleSets.builtIn().rules().size() + \" errors \"",
        "        + RuleSets.builtIn().validate(Altiris2003.filing()).errors().size());",
        "    for (com.fasterxml.jackson.databind.Module m",
        "        : java.util.ServiceLoader.load(com.fasterxml.jackson.databind.Module.class)) {",
        "      System.out.println(\"service \" + m.getClass().getName());",
        "    }",
        "    System.out.println(\"validation \" + io.formd.validation.ValidFormD.class.getModule().getName());",
        // The API's Jackson types (JsonGenerator) are readable through io.formd.json alone.
        "    java.io.StringWriter text = new java.io.StringWriter();",
        "    try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory()",
        "        .createGenerator(text)) {",
        "      FormDJson.write(filing, g);",
        "    }",
        "    System.out.println(\"generator \" + FormDJson.read(text.toString()).equals(filing));",
        "  }",
        "}", ""));
    classes = dir.resolve("classes");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(System.out, true),
        new PrintWriter(err, true), "--module-path", modulePath, "-d", classes.toString(),
        src.resolve("module-info.java").toString(), src.resolve("app/Main.java").toString());
    assertThat(rc).as("javac: %s (module path %s)", err.toString(StandardCharsets.UTF_8), modulePath).isZero();
  }

  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void anApplicationRequiringTheModulesCompilesRunsAndFindsTheJacksonModuleAsAService() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String out = run(List.of(java, "--module-path", classes + File.pathSeparator + modulePath, "-m", "app/app.Main"));
    assertThat(out).contains("round trip true", "json true", "errors 0", "service io.formd.json.FormDModule",
        "validation io.formd.validation", "generator true");
    assertThat(out).containsPattern("rules \\d{3}");
  }

  @Test
  void jlinkLinksItIntoARuntimeImageThatRunsIt() throws Exception {
    Path image = dir.resolve("image");
    String jmods = Path.of(System.getProperty("java.home"), "jmods").toString();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = ToolProvider.findFirst("jlink").orElseThrow().run(new PrintWriter(System.out, true),
        new PrintWriter(err, true), "--module-path", jmods + File.pathSeparator + classes + File.pathSeparator
            + modulePath, "--add-modules", "app", "--output", image.toString(), "--no-header-files",
        "--no-man-pages", "--strip-debug");
    assertThat(rc).as("jlink: %s", err.toString(StandardCharsets.UTF_8)).isZero();
    String modules = Files.readAllLines(image.resolve("release")).stream().filter(l -> l.startsWith("MODULES="))
        .collect(Collectors.joining());
    assertThat(modules).contains("io.formd.core", "io.formd.json", "io.formd.validation")
        .doesNotContain("info.picocli", "spring", "tools.jackson");
    String out = run(List.of(image.resolve("bin").resolve("java").toString(), "-m", "app/app.Main"));
    assertThat(out).contains("round trip true", "service io.formd.json.FormDModule");
  }
}
