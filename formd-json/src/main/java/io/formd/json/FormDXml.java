package io.formd.json;

import io.formd.json.internal.Inputs;
import io.formd.json.internal.Utf8;
import io.formd.json.xml.EdgarXmlReader;
import io.formd.json.xml.EdgarXmlWriter;
import io.formd.json.xml.XmlSourceMap;

import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.PaperFormD;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes SEC EDGAR Form D XML: the primary document {@code edgarSubmission} of schema
 * {@code Form_D.definition.xsd} (versions X0301 to X0808).
 *
 * <pre>{@code
 * ElectronicFormD filing = FormDXml.read(Path.of("primary_doc.xml"));
 * String xml = FormDXml.write(filing);
 * }</pre>
 *
 * <p>Reading is safe by default: no DTD, no external entity (nothing is read from the file system or the
 * network), no entity expansion, nesting, text and document size bounded. It reads whatever the model can
 * hold, so that the rules, not the reader, report a draft's mistakes (all of them, in one run): a missing
 * required element the model holds as optional or as text, an over-long text, cents where whole dollars go, a
 * year such as {@code 799}, more names or persons than the schema allows, a paper-only code. What the model
 * cannot hold is a {@link FormDReadException} with the line and column: an unknown element, code or value,
 * letters where a number goes, a repeated single element, a missing part the model requires. It is lenient also
 * where EDGAR's own documents need it, each documented in the project README: whitespace (such as a blank line)
 * before the XML declaration, sibling elements in another order (X0301), and empty elements {@code <x></x>},
 * which say nothing. Free texts keep their outer whitespace (the schema's string types preserve it).
 *
 * <p>Writing follows the schema's element order and EDGAR's layout (four-space indent), leaving out absent
 * optional parts. Only the electronic edition has an XML form.
 */
public final class FormDXml {

  /** The largest document read: Form D primary documents are tens of kilobytes. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private FormDXml() {}

  /**
   * @param bytes an EDGAR Form D primary document
   * @return the filing
   * @throws FormDReadException if it is not a Form D formd can read; the message says where and why
   */
  public static ElectronicFormD read(byte[] bytes) throws FormDReadException {
    return read(bytes, null);
  }

  /**
   * Reads a filing and where each of its elements is, so that findings can point into the document
   * ({@link SourceMap#locate(String)} with a finding's path gives the line and column of its element, or of the
   * parent of a missing one). The filing is the same as {@link #read(byte[])} gives.
   *
   * @param bytes an EDGAR Form D primary document
   * @return the filing and its source map
   * @throws FormDReadException if it is not a Form D formd can read
   */
  public static Located<ElectronicFormD> readLocated(byte[] bytes) throws FormDReadException {
    XmlSourceMap positions = new XmlSourceMap();
    return new Located<>(read(bytes, positions), positions, FormDFiles.Format.XML);
  }

  /**
   * @param path a file holding an EDGAR Form D primary document
   * @return the filing and its source map
   * @throws FormDReadException if it is not a Form D formd can read
   * @throws IOException if the file cannot be read
   */
  public static Located<ElectronicFormD> readLocated(Path path) throws FormDReadException, IOException {
    return readLocated(Inputs.readBounded(path, false));
  }

  private static ElectronicFormD read(byte[] bytes, XmlSourceMap positions) throws FormDReadException {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > MAX_BYTES) {
      throw FormDReadException.atXml("the document is " + bytes.length + " bytes; a Form D is at most "
          + MAX_BYTES + " bytes", 0, 0, null);
    }
    boolean utf8 = Utf8.isUtf8Xml(bytes);
    if (utf8) {
      int bad = Utf8.firstMalformed(bytes);
      if (bad >= 0) {
        int[] at = Utf8.lineAndColumn(bytes, bad);
        throw FormDReadException.atXml(Utf8.describe(bytes, bad), at[0], at[1], null);
      }
    }
    int start = 0;
    int lines = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
    }
    while (start < bytes.length && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\r'
        || bytes[start] == '\n')) {
      if (bytes[start] == '\n') {
        lines++;
      }
      start++;
    }
    if (start == bytes.length) {
      throw FormDReadException.atXml("the document is empty; expected an <edgarSubmission> Form D", 0, 0, null);
    }
    int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef ? 3 : 0;
    byte[] body = start == 0 ? bytes : Arrays.copyOfRange(bytes, start, bytes.length);
    ElectronicFormD filing = utf8 ? EdgarXmlReader.readUtf8(body, lines, positions)
        : EdgarXmlReader.read(body, lines, positions);
    return withDeclaration(filing, body, start > bom ? new String(bytes, bom, start - bom,
        StandardCharsets.ISO_8859_1) : "");
  }

  /**
   * Keeps what §5.1 rule 4 judges: the text before an XML declaration and the version it declares (a document
   * without a declaration may begin with whitespace).
   */
  private static ElectronicFormD withDeclaration(ElectronicFormD filing, byte[] body, String skipped) {
    boolean declared = body.length > 6 && body[0] == '<' && body[1] == '?' && body[2] == 'x' && body[3] == 'm'
        && body[4] == 'l' && (body[5] == ' ' || body[5] == '\t' || body[5] == '\r' || body[5] == '\n');
    if (!declared) {
      return filing;
    }
    int end = 6;
    while (end + 1 < body.length && end < 512 && !(body[end] == '?' && body[end + 1] == '>')) {
      end++;
    }
    Optional<String> declaredVersion = declaredVersion(body, end);
    if (skipped.isEmpty() && (declaredVersion.isEmpty() || declaredVersion.get().equals("1.0"))) {
      return filing; // the common case: nothing to keep, no copy
    }
    return ElectronicFormD.builder().from(filing).documentFacts(filing.documentFacts()
        .withDeclaration(skipped, declaredVersion)).build();
  }

  private static final byte[] VERSION = {'v', 'e', 'r', 's', 'i', 'o', 'n'};

  /**
   * The declaration's version: what the regular expression {@code version\s*=\s*["']([^"']*)["']} finds first in
   * its bytes up to {@code end} (read as ISO-8859-1), matched by hand: compiling the expression was 3 ms of a one-file
   * run, and matching it was compiled again for every directory run.
   */
  static Optional<String> declaredVersion(byte[] body, int end) {
    int last = Math.min(end, body.length);
    next:
    for (int at = 0; at + VERSION.length <= last; at++) {
      for (int k = 0; k < VERSION.length; k++) {
        if (body[at + k] != VERSION[k]) {
          continue next;
        }
      }
      int i = space(body, at + VERSION.length, last);
      if (i >= last || body[i] != '=') {
        continue;
      }
      i = space(body, i + 1, last);
      if (i >= last || body[i] != '"' && body[i] != '\'') {
        continue;
      }
      int from = ++i;
      while (i < last && body[i] != '"' && body[i] != '\'') {
        i++;
      }
      if (i < last) {
        return Optional.of(new String(body, from, i - from, StandardCharsets.ISO_8859_1));
      }
    }
    return Optional.empty();
  }

  /** @return the first index from {@code i} that is not {@code \s} (space, tab, line feed, VT, form feed, CR) */
  private static int space(byte[] body, int i, int last) {
    while (i < last && (body[i] == ' ' || body[i] >= '\t' && body[i] <= '\r')) {
      i++;
    }
    return i;
  }

  /**
   * @param xml an EDGAR Form D primary document
   * @return the filing
   * @throws FormDReadException if it is not a Form D formd can read
   */
  public static ElectronicFormD read(String xml) throws FormDReadException {
    return read(xml.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param in a stream of an EDGAR Form D primary document (read to the end, not closed)
   *     never more than {@link FormDXml#MAX_BYTES} bytes of it. It waits as long as the stream does: for a pipe,
   *     a socket or standard input, read through {@link FormDFiles#readBytes(InputStream, String, java.time.Duration)}
   *     first, which gives up when nothing comes.
   * @return the filing
   * @throws FormDReadException if it is not a Form D formd can read
   * @throws IOException if the stream fails
   */
  public static ElectronicFormD read(InputStream in) throws FormDReadException, IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    return read(bytes);
  }

  /**
   * @param reader characters of an EDGAR Form D primary document (read to the end, not closed)
   * @return the filing
   * @throws FormDReadException if it is not a Form D formd can read
   * @throws IOException if the reader fails
   */
  public static ElectronicFormD read(Reader reader) throws FormDReadException, IOException {
    // The characters are already decoded: drop a declared encoding so the bytes below are read as UTF-8.
    String xml = Inputs.readBounded(reader, false)
        .replaceFirst("^\\s*<\\?xml[^>]*encoding=[\"'][^\"']*[\"']", "<?xml version=\"1.0\"");
    return read(xml);
  }

  /**
   * @param path a file holding an EDGAR Form D primary document
   * @return the filing
   * @throws FormDReadException if it is not a Form D formd can read
   * @throws IOException if the file cannot be read
   */
  public static ElectronicFormD read(Path path) throws FormDReadException, IOException {
    return read(Inputs.readBounded(path, false));
  }

  /**
   * @param filing an electronic filing
   * @return it as an EDGAR Form D primary document
   */
  public static String write(ElectronicFormD filing) {
    return EdgarXmlWriter.write(Objects.requireNonNull(filing, "filing"));
  }

  /**
   * Writes the filing in one of the two forms of the document: {@link Dialect#SUBMISSION} leaves out what EDGAR fills
   * from its records ({@code schemaVersion}, {@code entityName}, {@code jurisdictionOfInc},
   * {@code edgarPreviousNameList}); {@link Dialect#DISSEMINATED} leaves out what EDGAR strips before publishing
   * ({@code ccc}, {@code contactData}, {@code returnCopy}, {@code notificationAddressList}). Nothing is invented: a
   * filing converted from EDGAR's published copy has no credentials or contact to write, which the rules of the
   * submission profile report ({@code D-SUB-CCC}, {@code D-SUB-CONTACT}).
   *
   * @param filing an electronic filing
   * @param dialect the form to write
   * @return it as an EDGAR Form D document in that form
   */
  public static String write(ElectronicFormD filing, Dialect dialect) {
    return EdgarXmlWriter.write(Objects.requireNonNull(filing, "filing"), Objects.requireNonNull(dialect, "dialect"));
  }

  /**
   * @param filing an electronic filing
   * @return which form the document is in ({@link Dialect#of})
   */
  public static Dialect dialect(ElectronicFormD filing) {
    return Dialect.of(filing);
  }

  /**
   * @param filing a filing
   * @return it as an EDGAR Form D primary document
   * @throws IllegalArgumentException for a paper filing: EDGAR XML has no paper edition
   */
  public static String write(FormD filing) {
    if (filing instanceof PaperFormD) {
      throw new IllegalArgumentException("a paper Form D has no EDGAR XML form: EDGAR's schema describes only the "
          + "electronic edition (convert it to JSON instead)");
    }
    return write((ElectronicFormD) filing);
  }

  /**
   * @param filing an electronic filing
   * @param out where to write it, as UTF-8 (not closed)
   * @throws IOException if the stream fails
   */
  public static void write(ElectronicFormD filing, OutputStream out) throws IOException {
    out.write(write(filing).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param filing an electronic filing
   * @param writer where to write it (not closed)
   * @throws IOException if the writer fails
   */
  public static void write(ElectronicFormD filing, Writer writer) throws IOException {
    writer.write(write(filing));
  }

  /**
   * @param filing an electronic filing
   * @param path the file to write, as UTF-8
   * @throws IOException if the file cannot be written
   */
  public static void write(ElectronicFormD filing, Path path) throws IOException {
    FormDFiles.writeWhole(path, write(filing).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param filing an electronic filing
   * @param dialect the form to write it in ({@link #write(ElectronicFormD, Dialect)})
   * @param out where to write it, as UTF-8 (not closed)
   * @throws IOException if the stream fails
   */
  public static void write(ElectronicFormD filing, Dialect dialect, OutputStream out) throws IOException {
    out.write(write(filing, dialect).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param filing an electronic filing
   * @param dialect the form to write it in ({@link #write(ElectronicFormD, Dialect)})
   * @param writer where to write it (not closed)
   * @throws IOException if the writer fails
   */
  public static void write(ElectronicFormD filing, Dialect dialect, Writer writer) throws IOException {
    writer.write(write(filing, dialect));
  }

  /**
   * @param filing an electronic filing
   * @param dialect the form to write it in ({@link #write(ElectronicFormD, Dialect)}): {@code SUBMISSION} for the
   *     file a filer uploads to EDGAR
   * @param path the file to write, as UTF-8, whole or not at all (an existing file is replaced only once the new one
   *     is written)
   * @throws IOException if the file cannot be written
   */
  public static void write(ElectronicFormD filing, Dialect dialect, Path path) throws IOException {
    FormDFiles.writeWhole(path, write(filing, dialect).getBytes(StandardCharsets.UTF_8));
  }
}
