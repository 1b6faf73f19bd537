package io.formd.json.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
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

  /** The sample quarter's six tables, then {@code extra} entries of something else (a readme, say). */
  private static byte[] quarter(int extra, String duplicate, byte[] bigPersons) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (DataSetTable table : DataSetTable.values()) {
        out.putNextEntry(new ZipEntry("2025Q2_d/" + table.fileName()));
        out.write(table == DataSetTable.RELATEDPERSONS && bigPersons != null ? bigPersons
            : DataSetsTest.table(table).getBytes(StandardCharsets.US_ASCII));
        out.closeEntry();
      }
      for (int i = 0; i < extra; i++) {
        out.putNextEntry(new ZipEntry("2025Q2_d/note" + i + ".txt"));
        out.closeEntry();
      }
      if (duplicate != null) {
        out.putNextEntry(new ZipEntry("other/" + duplicate));
        out.write(DataSetsTest.table(DataSetTable.SIGNATURES).getBytes(StandardCharsets.US_ASCII));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void aQuarterOfAtMostSixtyFourEntriesIsReadAndOneMoreIsRefused() throws Exception {
    int extra = FormDDataSets.MAX_ENTRIES - DataSetTable.values().length;
    assertThat(FormDDataSets.read("q_d.zip", new ByteArrayInputStream(quarter(extra, null, null))).size())
        .isEqualTo(158);
    refused(quarter(extra + 1, null, null), "has more than " + FormDDataSets.MAX_ENTRIES + " entries");
  }

  @Test
  void aTableGivenTwiceIsRefused() {
    assertThatThrownBy(() -> FormDDataSets.read("q_d.zip", new ByteArrayInputStream(quarter(0,
        DataSetTable.SIGNATURES.fileName(), null)))).isInstanceOf(DataSetException.class)
        .hasMessageContaining("holds two SIGNATURES.tsv (the second is other/SIGNATURES.tsv)");
  }

  @Test
  void aLargeTableThatDeflatesAsTextDoesIsRead() throws Exception {
    // Several megabytes of varied rows deflate a few times over, as the SEC's do: far from a bomb's ratio.
    StringBuilder persons = new StringBuilder(DataSetsTest.table(DataSetTable.RELATEDPERSONS));
    Random random = new Random(7);
    int width = DataSetTable.RELATEDPERSONS.columns().size();
    while (persons.length() < 3 << 20) {
      persons.append("0009999999-25-000001");
      for (int c = 1; c < width; c++) {
        persons.append('\t').append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
      }
      persons.append('\n');
    }
    DataSetQuarter quarter = FormDDataSets.read("q_d.zip", new ByteArrayInputStream(quarter(0, null,
        persons.toString().getBytes(StandardCharsets.US_ASCII))));
    assertThat(quarter.orphans()).hasSize(1);
  }
}
