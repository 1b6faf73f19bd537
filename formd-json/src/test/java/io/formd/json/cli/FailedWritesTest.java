package io.formd.json.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.formd.json.FormDFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails is never a silent exit 0; files get the modes Unix tools give them. */
class FailedWritesTest {

  @TempDir
  Path dir;

  /** A standard output that fails as a full disk or a closed pipe does. */
  private static OutputStream failing(String reason) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(reason);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException(reason);
      }
    };
  }

  @Test
  void aFullStandardOutputIsOneLineAndExit2() {
    StringWriter err = new StringWriter();
    int code = FormdCommand.runChecked(failing("No space left on device"), new PrintWriter(err, true), "rules");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("formd: standard output cannot be written: No space left on device"
        + System.lineSeparator());
  }

  @Test
  void aClosedPipeEndsQuietlyAsUnixToolsDo() {
    StringWriter err = new StringWriter();
    assertThat(FormdCommand.runChecked(failing("Broken pipe"), new PrintWriter(err, true), "rules")).isEqualTo(141);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aStandardOutputThatTakesEverythingKeepsTheCommandsExitCode() {
    StringWriter err = new StringWriter();
    assertThat(FormdCommand.runChecked(OutputStream.nullOutputStream(), new PrintWriter(err, true), "rules"))
        .isZero();
    assertThat(FormdCommand.runChecked(OutputStream.nullOutputStream(), new PrintWriter(err, true), "nosuch"))
        .isEqualTo(2);
  }

  @Test
  void aDeviceIsWrittenIntoNeverReplacedAndAFullOneFails() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "a Linux /dev/full");
    assertThatThrownBy(() -> FormDFiles.writeWhole(full, "{}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class).hasMessageContaining("No space left");
    assertThat(Files.isRegularFile(full)).as("the device is still a device").isFalse();
    FormDFiles.writeWhole(Path.of("/dev/null"), "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
  }

  @Test
  void aNewFileGetsTheUmasksModeAndAReplacedOneKeepsItsOwn() throws Exception {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "a POSIX file system");
    Path plain = Files.createFile(dir.resolve("plain")); // what any tool creating a file gets under this umask
    Path written = dir.resolve("out.json");
    FormDFiles.writeWhole(written, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
    Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(written, own);
    FormDFiles.writeWhole(written, "{ }".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(own);
    assertThat(Files.readString(written)).isEqualTo("{ }");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain", "out.json");
    }
  }
}
