package io.formd.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading whole documents from callers' readers, never more than a Form D can be. */
final class Inputs {

  private Inputs() {}

  /**
   * @param reader characters of a document (read to the end, not closed)
   * @param pointerStyle true to report a JSON problem (JSON Pointer), false an XML one
   * @return the document
   * @throws FormDReadException if it is longer than {@link FormDXml#MAX_BYTES} characters
   * @throws IOException if the reader fails
   */
  static String readBounded(Reader reader, boolean pointerStyle) throws FormDReadException, IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) >= 0) {
      text.append(buffer, 0, n);
      if (text.length() > FormDXml.MAX_BYTES) {
        String problem = "the document is larger than " + FormDXml.MAX_BYTES + " characters; a Form D is not";
        throw pointerStyle ? FormDReadException.atJson(problem, "", null) : FormDReadException.atXml(problem, 0, 0, null);
      }
    }
    return text.toString();
  }

  /**
   * @param path a file holding a document
   * @param pointerStyle true to report a JSON problem (JSON Pointer), false an XML one
   * @return its bytes
   * @throws FormDReadException if it is larger than {@link FormDXml#MAX_BYTES} bytes (checked before reading)
   * @throws IOException if the file cannot be read
   */
  static byte[] readBounded(Path path, boolean pointerStyle) throws FormDReadException, IOException {
    long size = Files.size(path);
    if (size > FormDXml.MAX_BYTES) {
      String problem = path + " is " + size + " bytes; a Form D is at most " + FormDXml.MAX_BYTES + " bytes";
      throw pointerStyle ? FormDReadException.atJson(problem, "", null) : FormDReadException.atXml(problem, 0, 0, null);
    }
    return Files.readAllBytes(path);
  }
}
