package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.rules.Severity;
import io.formd.json.FormDJson;
import io.formd.json.FormDXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The command line's edges: usage, nothing to read, standard input, failing levels, CI reports, bad outputs. */
class CommandLineEdgesTest {

  @TempDir
  Path dir;

  private static final String FIXTURE = "d-other-06b-x0708-0001829412-20-000002.xml";

  private static Path fixture(String name) throws Exception {
    return ValidateAndConvertTest.fixture(name);
  }

  private static CliTestSupport withStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FormdCommand.run(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), args);
    return new CliTestSupport(code, out.toString(), err.toString());
  }

  private static void noStackTrace(CliTestSupport run) {
    assertThat(run.out + run.err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void noArgumentsPrintsTheUsageOnStandardErrorAndExitsTwo() {
    CliTestSupport run = formd();
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("Usage: formd").contains("validate");
    assertThat(run.out).isEmpty();
  }

  @Test
  void anUnknownFormatNamesTheCommandAndTheFormatsItTakes() throws Exception {
    String file = fixture(FIXTURE).toString();
    CliTestSupport diff = formd("diff", "--format", "xml", file, file);
    assertThat(diff.exitCode).isEqualTo(2);
    assertThat(diff.err).contains("formd diff: --format is text or json, not 'xml'");
    CliTestSupport validate = formd("validate", "--format", "yaml", file);
    assertThat(validate.exitCode).isEqualTo(2);
    assertThat(validate.err).contains("formd validate: --format is text, json, sarif or junit, not 'yaml'");
    for (String command : new String[] {"rules", "timeline", "amendment"}) {
      CliTestSupport run = command.equals("rules") ? formd(command, "--format", "csv")
          : command.equals("timeline") ? formd(command, "--format", "csv", file) : formd(command, "--format", "csv",
              file, file);
      assertThat(run.exitCode).as(command).isEqualTo(2);
      assertThat(run.err).as(command).contains("formd " + command + ": --format is text or json, not 'csv'");
    }
  }

  @Test
  void anEmptyFolderIsNotAPassingRun() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    CliTestSupport run = formd("validate", empty.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).contains(empty + ": no filings in this directory");
    noStackTrace(run);
    CliTestSupport missing = formd("validate", dir.resolve("filings/*.xm").toString());
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.out).contains("cannot be read: no such file or directory");
  }

  @Test
  void aDashReadsStandardInputForValidateAndConvert() throws Exception {
    byte[] xml = Files.readAllBytes(fixture(FIXTURE));
    CliTestSupport run = withStdin(xml, "validate", "-");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("1 file: 0 errors");
    CliTestSupport json = withStdin(xml, "convert", "-", "--to", "json");
    assertThat(json.exitCode).isZero();
    assertThat(FormDJson.read(json.out)).isEqualTo(FormDXml.read(xml));
    CliTestSupport broken = withStdin("<edgarSubmission>".getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertThat(broken.exitCode).isEqualTo(2);
    assertThat(broken.out).startsWith("-: cannot be read: ");
  }

  /** Standard input that never ends and never speaks: a pipe whose writer is alive but silent. */
  private static final class SilentPipe extends InputStream {
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public int read() throws IOException {
      try {
        closed.await(); // blocks until the test ends: the CLI must stop waiting on its own
      } catch (InterruptedException e) {
        throw new InterruptedIOException();
      }
      return -1;
    }

    @Override
    public void close() {
      closed.countDown();
    }
  }

  @Test
  void silentStandardInputIsGivenUpAfterTheTimeoutWithExitTwo() throws Exception {
    try (SilentPipe silent = new SilentPipe()) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = FormdCommand.run(silent, new PrintWriter(out), new PrintWriter(err), "validate", "--stdin-timeout",
          "0.2", "-");
      assertThat(code).isEqualTo(2);
      assertThat(out.toString()).contains("-: cannot be read: nothing came on standard input for 200 ms (0 bytes "
          + "read); pipe a Form D into it, or give a file");
      noStackTrace(new CliTestSupport(code, out.toString(), err.toString()));
    }
    try (SilentPipe silent = new SilentPipe()) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = FormdCommand.run(silent, new PrintWriter(out), new PrintWriter(err), "--stdin-timeout", "0.2",
          "convert", "-", "--to", "json");
      assertThat(code).isEqualTo(2);
      assertThat(err.toString()).contains("nothing came on standard input for 200 ms");
    }
  }

  @Test
  void theStdinTimeoutIsAPositiveNumberOfSeconds() throws Exception {
    byte[] xml = Files.readAllBytes(fixture(FIXTURE));
    assertThat(withStdin(xml, "validate", "--stdin-timeout", "5", "-").exitCode).isZero();
    for (String bad : new String[] {"0", "-1", "soon", "86401"}) {
      CliTestSupport run = withStdin(xml, "validate", "--stdin-timeout", bad, "-");
      assertThat(run.exitCode).as(bad).isEqualTo(2);
      assertThat(run.err).as(bad).contains("--stdin-timeout takes seconds from 0.001 to 86400, not '" + bad + "'");
    }
  }

  @Test
  void standardInputLargerThanAFormDIsRefusedWithoutReadingItAll() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) ' ');
        return len;
      }
    };
    StringWriter out = new StringWriter();
    int code = FormdCommand.run(endless, new PrintWriter(out), new PrintWriter(new StringWriter()), "validate", "-");
    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).contains("standard input holds more than " + FormDXml.MAX_BYTES + " bytes");
  }

  @Test
  void failOnChoosesTheLevelThatFailsAndQuietPrintsOnlyThat() throws Exception {
    // An accepted 2009 filing whose "Other" entity type has no description: a WARNING on a published filing.
    Path warned = fixture("d-hedgefund-foreign-bermuda-rule506-x0301-0000919574-09-006093.xml");
    assertThat(formd("validate", warned.toString()).exitCode).isZero();
    CliTestSupport strict = formd("validate", "--fail-on", "warning", warned.toString());
    assertThat(strict.exitCode).isEqualTo(1);
    CliTestSupport quiet = formd("validate", "--quiet", warned.toString());
    assertThat(quiet.exitCode).isZero();
    assertThat(quiet.out).isEmpty();
    CliTestSupport quietStrict = formd("validate", "-q", "--fail-on", "warning", warned.toString());
    assertThat(quietStrict.out.lines()).isNotEmpty().allMatch(l -> l.contains(": WARNING "));
    assertThat(formd("validate", "--fail-on", "fatal", warned.toString()).exitCode).isEqualTo(2);
  }

  @Test
  void junitGivesOneTestCasePerFileFailedByAFindingAtTheLevel() throws Exception {
    Path good = fixture(FIXTURE);
    Path broken = Files.writeString(dir.resolve("broken.xml"), Files.readString(good)
        .replaceFirst("<zipCode>[^<]*</zipCode>", "<zipCode>ab_c</zipCode>"));
    Path bad = Files.writeString(dir.resolve("bad.xml"), "<edgarSubmission>");
    CliTestSupport run = formd("validate", "--format", "junit", good.toString(), broken.toString(), bad.toString());
    assertThat(run.exitCode).isEqualTo(2);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("failure").item(0).getTextContent()).contains("ERROR D-XSD-ZIP");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() {
    assertThat(ValidateCommand.colour(true, Map.of())).isTrue();
    assertThat(ValidateCommand.colour(false, Map.of())).isFalse();
    assertThat(ValidateCommand.colour(true, Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(ValidateCommand.colour(true, Map.of("NO_COLOR", ""))).isTrue();
    assertThat(ValidateCommand.colour(true, Map.of("TERM", "dumb"))).isFalse();
    String line = "f.xml:1:2: ERROR D-XSD-ZIP Item 2, Zip: bad [issuers[0].address.zipCode]";
    assertThat(ValidateCommand.coloured(line, Severity.ERROR))
        .isEqualTo("f.xml:1:2: \033[1;31mERROR\033[0m D-XSD-ZIP Item 2, Zip: bad [issuers[0].address.zipCode]");
  }

  @Test
  void aBadOutputIsOneLineAndExitTwoAndLeavesNothingHalfWritten() throws Exception {
    Path good = fixture(FIXTURE);
    CliTestSupport missingFolder = formd("convert", good.toString(), "--to", "json", "-o",
        dir.resolve("no/such/dir/x.json").toString());
    assertThat(missingFolder.exitCode).isEqualTo(2);
    assertThat(missingFolder.err.lines()).hasSize(1);
    assertThat(missingFolder.err).contains("cannot be written: no such directory");
    noStackTrace(missingFolder);
    CliTestSupport ontoFolder = formd("convert", good.toString(), "--to", "json", "-o", dir.toString());
    assertThat(ontoFolder.exitCode).isEqualTo(2);
    assertThat(ontoFolder.err).contains("cannot be written: is a directory");
    Path existing = Files.writeString(dir.resolve("old.json"), "old");
    assertThat(formd("convert", good.toString(), "--to", "json", "-o", existing.toString()).exitCode).isZero();
    assertThat(FormDJson.read(Files.readString(existing))).isEqualTo(FormDXml.read(Files.readAllBytes(good)));
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void fakeOntoAFileIsOneLineAndExitTwoAndOntoAFolderOverwritesWhole() throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    CliTestSupport run = formd("fake", "--count", "2", "-o", file.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).contains("exists and is not a directory");
    noStackTrace(run);
    Path out = dir.resolve("fakes");
    assertThat(formd("fake", "--count", "2", "-o", out.toString()).exitCode).isZero();
    assertThat(formd("fake", "--count", "2", "--seed", "5", "-o", out.toString()).exitCode).isZero();
    try (var files = Files.list(out)) {
      assertThat(files.count()).isEqualTo(2);
    }
  }

  @Test
  void fakeBrokenIsTheSameFilingFakeGivesWithTheOneChange() throws Exception {
    CliTestSupport plain = formd("fake", "--seed", "3", "--edition", "electronic");
    CliTestSupport broken = formd("fake", "--seed", "3", "--edition", "electronic", "--broken", "D-EDGAR-PO-BOX");
    assertThat(broken.exitCode).isZero();
    assertThat(broken.err).isEmpty();
    ElectronicFormD before = FormDXml.read(plain.out);
    ElectronicFormD after = FormDXml.read(broken.out);
    assertThat(after.primaryIssuer().address().street1()).isEqualTo("P.O. Box 1234");
    ElectronicFormD restored = ElectronicFormD.builder().from(after).primaryIssuer(Issuer.builder()
        .from(after.primaryIssuer()).address(before.primaryIssuer().address()).build()).build();
    assertThat(restored).isEqualTo(before);
  }

  @Test
  void aHeapTooSmallSaysSoInOneLineWithoutAStackTrace() throws Exception {
    // A file of 12 MB (under the 16 MB bound) read by a JVM whose whole heap is 8 MB: its bytes cannot be held.
    Path big = dir.resolve("big.xml");
    byte[] bytes = new byte[12 << 20];
    Arrays.fill(bytes, (byte) ' ');
    Files.write(big, bytes);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process started = new ProcessBuilder(java, "-Xmx8m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), FormdCommand.class.getName(), "validate", big.toString())
        .redirectErrorStream(true).start();
    String out = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(started.waitFor()).as(out).isEqualTo(2);
    assertThat(out).contains("formd: out of memory: the Java heap (at most ").contains("-Xmx1g")
        .doesNotContain("\tat ").doesNotContain("Exception in thread");
    assertThat(FormdCommand.outOfMemory(256L << 20)).contains("(at most 256 MB)");
  }

  @Test
  void aFifoIsRefusedAtOnceInsteadOfWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("pipe.xml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here");
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    CliTestSupport run = formd("validate", fifo.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).contains("is not a regular file");
    CliTestSupport convert = formd("convert", fifo.toString(), "--to", "json");
    assertThat(convert.exitCode).isEqualTo(2);
    assertThat(convert.err).contains("is not a regular file");
  }

  @Test
  void anUnreadableFileSaysPermissionDenied() throws Exception {
    Path locked = Files.copy(fixture(FIXTURE), dir.resolve("locked.xml"));
    try {
      Files.setPosixFilePermissions(locked, Set.of());
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions here");
    }
    Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who reads anything (root)");
    CliTestSupport run = formd("validate", locked.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).contains("cannot be read: permission denied");
  }
}
