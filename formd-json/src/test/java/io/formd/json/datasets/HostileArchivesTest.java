package io.formd.json.datasets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Archives that would climb out of their folder, nest, or unpack far beyond their size are refused, in one line. */
class HostileArchivesTest {

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry(name));
      out.write(content);
      out.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static void refused(byte[] zip, String why) {
    assertThatThrownBy(() -> FormDDataSets.read("hostile_d.zip", new ByteArrayInputStream(zip)))
        .isInstanceOf(DataSetException.class).hasMessageContaining(why);
  }

  @Test
  void entryNamesThatLeaveTheFolderAreRefused() throws IOException {
    byte[] table = "ACCESSIONNUMBER\n".getBytes(StandardCharsets.US_ASCII);
    refused(zip("../../FORMDSUBMISSION.tsv", table), "leaves the archive's folder");
    refused(zip("2025Q2_d/../../ISSUERS.tsv", table), "leaves the archive's folder");
    refused(zip("/etc/OFFERING.tsv", table), "leaves the archive's folder");
    refused(zip("C:/SIGNATURES.tsv", table), "leaves the archive's folder");
  }

  @Test
  void anArchiveInsideTheArchiveIsRefused() throws IOException {
    refused(zip("2025Q2_d/inner.zip", zip("FORMDSUBMISSION.tsv", new byte[10])), "holds an archive");
  }

  @Test
  void aTableThatUnpacksFarBeyondItsSizeIsRefusedBeforeItFillsTheHeap() throws IOException {
    // 64 MiB of zeros deflate about a thousand to one: a bomb, refused after a few megabytes.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry("2025Q2_d/RELATEDPERSONS.tsv"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    }
    refused(bytes.toByteArray(), "times its compressed size");
  }
}
