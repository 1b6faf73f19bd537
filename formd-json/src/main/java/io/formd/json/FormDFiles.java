package io.formd.json;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a filing in either format, telling EDGAR XML from canonical JSON by content: the first character
 * that is not whitespace (or a byte-order mark) is {@code <} for XML and <code>{</code> for JSON.
 */
public final class FormDFiles {

  private FormDFiles() {}

  /** The two formats formd reads and writes. */
  public enum Format {
    /** EDGAR Form D XML (electronic edition only). */
    XML,
    /** formd's canonical JSON (both editions). */
    JSON
  }

  /**
   * @param bytes a document
   * @return its format
   * @throws FormDReadException if it is neither XML nor JSON
   */
  public static Format detect(byte[] bytes) throws FormDReadException {
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      // Whitespace, a byte-order mark (UTF-8, UTF-16) and the NULs of UTF-16 or UTF-32 text come before the first sign.
      if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0 || (i < 3 && (b == 0xef || b == 0xbb || b == 0xbf))
          || (i < 2 && (b == 0xfe || b == 0xff))) {
        continue;
      }
      if (b == '<') {
        return Format.XML;
      }
      if (b == '{') {
        return Format.JSON;
      }
      throw FormDReadException.atXml("neither EDGAR XML nor formd JSON: the document starts with '"
          + (char) (b < 0x80 && b >= 0x20 ? b : '?') + "', expected '<' or '{'", 0, 0, null);
    }
    throw FormDReadException.atXml("the document is empty", 0, 0, null);
  }

  /**
   * @param bytes an EDGAR XML or canonical JSON document
   * @return the filing
   * @throws FormDReadException if it cannot be read
   */
  public static FormD read(byte[] bytes) throws FormDReadException {
    return detect(bytes) == Format.XML ? FormDXml.read(bytes) : FormDJson.read(bytes);
  }

  /**
   * Reads a filing in either format with where each of its parts is ({@link FormDXml#readLocated(byte[])},
   * {@link FormDJson#readLocated(byte[])}).
   *
   * @param bytes an EDGAR XML or canonical JSON document
   * @return the filing, its source map and its format
   * @throws FormDReadException if it cannot be read
   */
  public static Located<FormD> readLocated(byte[] bytes) throws FormDReadException {
    if (detect(bytes) == Format.XML) {
      Located<ElectronicFormD> xml = FormDXml.readLocated(bytes);
      return new Located<>(xml.value(), xml.sourceMap(), Format.XML);
    }
    return FormDJson.readLocated(bytes);
  }

  /**
   * @param path a file of EDGAR XML or canonical JSON
   * @return the filing, its source map and its format
   * @throws FormDReadException if it cannot be read as a Form D
   * @throws IOException if the file cannot be read
   */
  public static Located<FormD> readLocated(Path path) throws FormDReadException, IOException {
    return readLocated(Inputs.readBounded(path, false));
  }

  /**
   * @param path a file of EDGAR XML or canonical JSON
   * @return the filing
   * @throws FormDReadException if it cannot be read as a Form D
   * @throws IOException if the file cannot be read
   */
  public static FormD read(Path path) throws FormDReadException, IOException {
    return read(Inputs.readBounded(path, false));
  }
}
