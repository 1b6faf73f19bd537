package io.formd.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

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
   * Reads a file, never more than a Form D can be, and only a regular file: a FIFO or a device is refused before it
   * is opened (opening a FIFO with no writer would wait for ever; {@code /dev/zero} never ends).
   *
   * @param path a file holding a document
   * @param pointerStyle true to report a JSON problem (JSON Pointer), false an XML one
   * @return its bytes
   * @throws FormDReadException if it is larger than {@link FormDXml#MAX_BYTES} bytes (checked before reading, and
   *     again while reading, for a file that grows)
   * @throws IOException if the file cannot be read, with the reason: no such file, permission denied, a directory,
   *     not a regular file
   */
  static byte[] readBounded(Path path, boolean pointerStyle) throws FormDReadException, IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new FileSystemException(path.toString(), null, "is a directory");
    }
    if (!attributes.isRegularFile()) {
      throw new FileSystemException(path.toString(), null, "is not a regular file (a pipe, device or socket); "
          + "formd reads regular files, or standard input given as -");
    }
    if (attributes.size() > FormDXml.MAX_BYTES) {
      throw tooLarge(path + " is " + attributes.size() + " bytes", pointerStyle);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(FormDXml.MAX_BYTES + 1);
    }
    if (bytes.length > FormDXml.MAX_BYTES) {
      throw tooLarge(path + " grew past " + FormDXml.MAX_BYTES + " bytes while it was read", pointerStyle);
    }
    return bytes;
  }

  private static FormDReadException tooLarge(String what, boolean pointerStyle) {
    String problem = what + "; a Form D is at most " + FormDXml.MAX_BYTES + " bytes";
    return pointerStyle ? FormDReadException.atJson(problem, "", null) : FormDReadException.atXml(problem, 0, 0, null);
  }
}
