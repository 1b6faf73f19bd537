package io.formd.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.formd.core.model.FormD;
import io.formd.json.canonical.CanonicalJsonReader;
import io.formd.json.canonical.CanonicalJsonStream;
import io.formd.json.canonical.CanonicalJsonWriter;
import io.formd.json.canonical.JsonSourceMap;
import io.formd.json.canonical.JsonValue;
import io.formd.json.internal.Inputs;
import io.formd.json.internal.Utf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes the canonical JSON form of a filing, either edition (format version 1, JSON Schema
 * {@code io/formd/json/formd.schema.json} on the class path; the README describes it).
 *
 * <pre>{@code
 * String json = FormDJson.write(filing);
 * FormD back = FormDJson.read(json);          // equals filing
 * }</pre>
 *
 * <p>Reading is strict and bounded: unknown members, duplicate members, wrong JSON types, unknown codes,
 * amounts that are JSON numbers with a fraction, nesting deeper than 32, numbers longer than 40 digits and
 * strings longer than 1 MB are each a {@link FormDReadException} with the JSON Pointer of the value.
 */
public final class FormDJson {

  // No STRICT_DUPLICATE_DETECTION: the mapping refuses duplicate members itself (with their JSON Pointer),
  // and Jackson's check costs a HashSet per object, about a tenth of reading time.
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(40)
          .maxStringLength(1 << 20).maxDocumentLength(16L << 20).build())
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();
  /** Jackson interns member names only when it canonicalizes them too (both are on by default). */
  private static final boolean INTERNED_NAMES = FACTORY.isEnabled(JsonFactory.Feature.INTERN_FIELD_NAMES)
      && FACTORY.isEnabled(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES);

  private FormDJson() {}

  /**
   * @param json canonical JSON of a filing
   * @return the filing
   * @throws FormDReadException if it is not a Form D formd can read; the message gives the JSON Pointer
   */
  public static FormD read(String json) throws FormDReadException {
    Objects.requireNonNull(json, "json");
    FormD fast = CanonicalJsonStream.stream(json, null);
    if (fast != null) {
      return fast;
    }
    try (JsonParser parser = FACTORY.createParser(json)) {
      return read(parser);
    } catch (IOException e) {
      throw FormDReadException.atJson("unreadable JSON: " + e.getMessage(), "", e);
    }
  }

  /**
   * @param bytes canonical JSON of a filing, UTF-8
   * @return the filing
   * @throws FormDReadException if it is not a Form D formd can read
   */
  public static FormD read(byte[] bytes) throws FormDReadException {
    wellFormed(bytes);
    FormD fast = CanonicalJsonStream.stream(bytes, null);
    if (fast != null) {
      return fast;
    }
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      return read(parser);
    } catch (IOException e) {
      throw FormDReadException.atJson("unreadable JSON: " + e.getMessage(), "", e);
    }
  }

  /**
   * @param in canonical JSON (UTF-8; read to the end, not closed)
   *     never more than {@link FormDXml#MAX_BYTES} bytes of it. It waits as long as the stream does: for a pipe,
   *     a socket or standard input, read through {@link FormDFiles#readBytes(InputStream, String, java.time.Duration)}
   *     first, which gives up when nothing comes.
   * @return the filing
   * @throws FormDReadException if it is not a Form D formd can read
   * @throws IOException if the stream fails
   */
  public static FormD read(InputStream in) throws FormDReadException, IOException {
    return read(in.readNBytes(FormDXml.MAX_BYTES + 1));
  }

  /**
   * @param reader canonical JSON (read to the end, not closed)
   * @return the filing
   * @throws FormDReadException if it is not a Form D formd can read
   * @throws IOException if the reader fails
   */
  public static FormD read(Reader reader) throws FormDReadException, IOException {
    return read(Inputs.readBounded(reader, true));
  }

  /**
   * @param path a file of canonical JSON
   * @return the filing
   * @throws FormDReadException if it is not a Form D formd can read
   * @throws IOException if the file cannot be read
   */
  public static FormD read(Path path) throws FormDReadException, IOException {
    return read(Inputs.readBounded(path, true));
  }

  /**
   * Reads a filing and where each of its members is, so that findings can point into the document
   * ({@link SourceMap#locate(String)} with a finding's path gives the line and column where its member's value
   * starts, or the nearest enclosing member's, for a member the document lacks). The filing is the same as {@link
   * #read(byte[])} gives.
   *
   * @param bytes canonical JSON of a filing, UTF-8
   * @return the filing and its source map
   * @throws FormDReadException if it is not a Form D formd can read
   */
  public static Located<FormD> readLocated(byte[] bytes) throws FormDReadException {
    wellFormed(bytes);
    // Indented canonical JSON has about one member or element per 20 bytes (the densest real filing, 18).
    JsonSourceMap map = new JsonSourceMap(DOCUMENT_START, bytes.length / 20);
    FormD fast = CanonicalJsonStream.stream(bytes, map);
    if (fast != null) {
      return new Located<>(fast, map.edition(fast.edition()), FormDFiles.Format.JSON);
    }
    try {
      return readLocatedThroughTree(bytes);
    } catch (IOException e) {
      throw FormDReadException.atJson("unreadable JSON: " + e.getMessage(), "", e);
    }
  }

  /** Reads with read plans built anew from the field tables (see {@link CanonicalJsonReader#readWithNewPlans}). */
  static FormD readWithNewPlans(byte[] bytes) throws FormDReadException, IOException {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      return CanonicalJsonReader.readWithNewPlans(tree(parser, false));
    }
  }

  /** Where a JSON document starts: what a source map gives for a path the document has no member for. */
  private static final SourcePosition DOCUMENT_START = new SourcePosition(1, 1);


  /** Reads through the tree, with positions: what {@link #readLocated} does when the fast path gives up. */
  static Located<FormD> readLocatedThroughTree(byte[] bytes) throws FormDReadException, IOException {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonValue tree = tree(parser, true);
      FormD filing = CanonicalJsonReader.read(tree);
      return new Located<>(filing, JsonSourceMap.of(tree, DOCUMENT_START).edition(filing.edition()),
          FormDFiles.Format.JSON);
    }
  }

  static FormD read(JsonParser parser) throws FormDReadException, IOException {
    return CanonicalJsonReader.read(tree(parser, false));
  }

  private static JsonValue tree(JsonParser parser, boolean located) throws FormDReadException, IOException {
    JsonValue tree;
    try {
      tree = located ? JsonValue.readLocated(parser, INTERNED_NAMES) : JsonValue.read(parser, INTERNED_NAMES);
      if (parser.nextToken() != null) {
        throw FormDReadException.atJson("unexpected content after the Form D object", "", null);
      }
    } catch (StreamConstraintsException e) {
      throw FormDReadException.atJson("the JSON exceeds formd's limits: " + e.getOriginalMessage(), "", e);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")";
      throw FormDReadException.atJson("malformed JSON" + where + ": " + e.getOriginalMessage(), "", e);
    }
    if (tree == null) {
      throw FormDReadException.atJson("the document is empty; expected a Form D object", "", null);
    }
    return tree;
  }

  /**
   * @param filing a filing of either edition
   * @return its canonical JSON, indented
   */
  public static String write(FormD filing) {
    // UTF-8 bytes decoded once beat a StringWriter (a synchronized StringBuffer) by about a fifth.
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      write(filing, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * @param filing a filing of either edition
   * @param writer where to write its canonical JSON (not closed)
   * @throws IOException if the writer fails
   */
  public static void write(FormD filing, Writer writer) throws IOException {
    try (JsonGenerator generator = FACTORY.createGenerator(writer)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.useDefaultPrettyPrinter();
      write(filing, generator);
    }
  }

  /**
   * @param filing a filing of either edition
   * @param out where to write its canonical JSON as UTF-8 (not closed)
   * @throws IOException if the stream fails
   */
  public static void write(FormD filing, OutputStream out) throws IOException {
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.useDefaultPrettyPrinter();
      write(filing, generator);
    }
  }

  /**
   * @param filing a filing of either edition
   * @param path the file to write
   * @throws IOException if the file cannot be written
   */
  public static void write(FormD filing, Path path) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    write(filing, out);
    FormDFiles.writeWhole(path, out.toByteArray());
  }

  /**
   * @param filing a filing of either edition
   * @param edgar what EDGAR says of it beside the document (its accession number, filing date and file number)
   * @return its canonical JSON, indented, with {@code edgar} after the edition
   */
  public static String write(FormD filing, EdgarFacts edgar) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.useDefaultPrettyPrinter();
      new CanonicalJsonWriter(generator).write(Objects.requireNonNull(filing, "filing"),
          Objects.requireNonNull(edgar, "edgar"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * @param bytes formd JSON of a filing
   * @return its {@code edgar} member, when it has one (see {@link EdgarFacts})
   * @throws FormDReadException if the document is not JSON, or {@code edgar} is not an object with an
   *     {@code accessionNumber} as EDGAR writes one, an ISO {@code filedDate} and a {@code fileNumber} (both optional)
   */
  public static Optional<EdgarFacts> readEdgarFacts(byte[] bytes) throws FormDReadException {
    // Most documents have no "edgar": a byte search spares them a second parse (validate reads every JSON input so).
    if (indexOfEdgar(bytes) < 0) {
      return Optional.empty();
    }
    wellFormed(bytes);
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      return CanonicalJsonReader.edgarFacts(tree(parser, false));
    } catch (IOException e) {
      throw FormDReadException.atJson("unreadable JSON: " + e.getMessage(), "", e);
    }
  }

  private static final byte[] EDGAR_MEMBER = "\"edgar\"".getBytes(StandardCharsets.US_ASCII);

  /** How far the search may move on when a byte ends the window (Boyer-Moore-Horspool's table for EDGAR_MEMBER). */
  private static final int[] EDGAR_SKIP = skipTable(EDGAR_MEMBER);

  private static int[] skipTable(byte[] part) {
    int[] skip = new int[256];
    Arrays.fill(skip, part.length);
    for (int i = 0; i < part.length - 1; i++) {
      skip[part[i] & 0xff] = part.length - 1 - i;
    }
    return skip;
  }

  /**
   * @return where {@code "edgar"} first occurs in the bytes, or -1 (Boyer-Moore-Horspool: a document's bytes are
   *     mostly passed over several at a time; byte by byte, the search took a fifth of a JSON file's check)
   */
  static int indexOfEdgar(byte[] bytes) {
    byte[] part = EDGAR_MEMBER;
    int last = part.length - 1;
    for (int i = 0; i <= bytes.length - part.length; i += EDGAR_SKIP[bytes[i + last] & 0xff]) {
      int j = last;
      while (j >= 0 && bytes[i + j] == part[j]) {
        j--;
      }
      if (j < 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Writes a filing on a Jackson generator (what {@link FormDModule}'s serializer does).
   *
   * @param filing a filing of either edition
   * @param generator the generator
   * @throws IOException if the generator fails
   */
  public static void write(FormD filing, JsonGenerator generator) throws IOException {
    new CanonicalJsonWriter(generator).write(Objects.requireNonNull(filing, "filing"));
  }


  /** JSON is UTF-8 (RFC 8259 §8.1): malformed UTF-8 is refused before Jackson's lenient decoder sees it. */
  private static void wellFormed(byte[] bytes) throws FormDReadException {
    if (Utf8.isUtf8ByItsStart(bytes)) {
      int bad = Utf8.firstMalformed(bytes);
      if (bad >= 0) {
        int[] at = Utf8.lineAndColumn(bytes, bad);
        throw FormDReadException.atJson(Utf8.describe(bytes, bad) + " (line " + at[0] + ", column " + at[1] + ")",
            "", null);
      }
    }
  }
}
