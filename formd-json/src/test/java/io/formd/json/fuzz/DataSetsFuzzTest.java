package io.formd.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.formd.json.EdgarSubmissionFile;
import io.formd.json.FormDJson;
import io.formd.json.FormDReadException;
import io.formd.json.datasets.DataSetException;
import io.formd.json.datasets.DataSetQuarter;
import io.formd.json.datasets.FormDDataSets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Fuzz targets for the input paths added with the data sets and the feeds (issue 29): a whole ZIP, one table inside an
 * otherwise real quarter, EDGAR's submission file, and formd JSON's {@code edgar} member. The invariant: each fails
 * only with its reader's own exception, whose message says why; nothing else escapes. Seeds are under
 * {@code src/test/resources/io/formd/json/fuzz/DataSetsFuzzTestInputs/<target>/}; every {@code mvn verify} replays
 * them. To fuzz: {@code JAZZER_FUZZ=1 mvn -B test -Dtest=DataSetsFuzzTest#dataSetTableThrowsOnlyDataSetException
 * -Djazzer.max_duration=10m}.
 */
class DataSetsFuzzTest {

  /** The sample quarter cut to its first three filings: small enough to zip on every fuzz run. */
  private static final Map<String, byte[]> TABLES = smallQuarter();

  private static Map<String, byte[]> smallQuarter() {
    Path sample = Path.of("src/test/resources/datasets/2025q2-sample");
    try {
      List<String> submissions = Files.readAllLines(sample.resolve("FORMDSUBMISSION.tsv"), StandardCharsets.UTF_8);
      Set<String> kept = submissions.subList(1, 4).stream().map(l -> l.substring(0, l.indexOf('\t')))
          .collect(Collectors.toSet());
      Map<String, byte[]> tables = new LinkedHashMap<>();
      for (String table : List.of("FORMDSUBMISSION", "ISSUERS", "OFFERING", "RECIPIENTS", "RELATEDPERSONS",
          "SIGNATURES")) {
        List<String> lines = Files.readAllLines(sample.resolve(table + ".tsv"), StandardCharsets.UTF_8);
        String text = lines.get(0) + "\n" + lines.stream().skip(1)
            .filter(l -> kept.contains(l.substring(0, Math.max(0, l.indexOf('\t'))))).map(l -> l + "\n")
            .collect(Collectors.joining());
        tables.put(table, text.getBytes(StandardCharsets.UTF_8));
      }
      return tables;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(Map<String, byte[]> tables) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> table : tables.entrySet()) {
        out.putNextEntry(new ZipEntry("2025Q2_d/" + table.getKey() + ".tsv"));
        out.write(table.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void readWhole(byte[] zip) throws IOException {
    try {
      DataSetQuarter quarter = FormDDataSets.read("fuzz_d.zip", new ByteArrayInputStream(zip));
      assertThat(quarter.entries().count()).isEqualTo(quarter.entryCount());
    } catch (DataSetException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @FuzzTest
  void dataSetZipThrowsOnlyDataSetException(byte[] data) throws IOException {
    readWhole(data);
  }

  @FuzzTest
  void dataSetTableThrowsOnlyDataSetException(byte[] data) throws IOException {
    Map<String, byte[]> tables = new LinkedHashMap<>(TABLES);
    String[] names = tables.keySet().toArray(String[]::new);
    // The first byte picks the table the rest replaces: every table's parser and every row mapping get fuzzed.
    if (data.length == 0) {
      readWhole(zip(tables));
      return;
    }
    tables.put(names[Byte.toUnsignedInt(data[0]) % names.length], Arrays.copyOfRange(data, 1, data.length));
    readWhole(zip(tables));
  }

  @FuzzTest
  void submissionFileThrowsOnlyFormDReadException(byte[] data) {
    try {
      EdgarSubmissionFile file = EdgarSubmissionFile.read(data);
      assertThat(file.disagreements(LocalDate.of(2026, 12, 7))).isNotNull();
    } catch (FormDReadException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
    assertThat(EdgarSubmissionFile.formType(data)).isNotNull();
  }

  @FuzzTest
  void edgarFactsThrowOnlyFormDReadException(byte[] data) {
    try {
      FormDJson.readEdgarFacts(data);
    } catch (FormDReadException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
