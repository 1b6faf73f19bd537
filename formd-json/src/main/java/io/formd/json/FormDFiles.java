package io.formd.json;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.json.internal.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;

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
    if (EdgarSubmissionFile.looksLikeOne(bytes)) {
      return EdgarSubmissionFile.read(bytes).filing();
    }
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
    if (EdgarSubmissionFile.looksLikeOne(bytes)) {
      // EDGAR's full submission file: its Form D primary document, located in the whole file.
      EdgarSubmissionFile file = EdgarSubmissionFile.read(bytes);
      return new Located<>(file.filing(), file.sourceMap(), Format.XML);
    }
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

  /**
   * @param path a file
   * @return its bytes, read as every reader here reads a file: only a regular file, never more than a Form D can be
   * @throws FormDReadException if it is larger than {@link FormDXml#MAX_BYTES} bytes
   * @throws IOException if it cannot be read, with the reason
   */
  public static byte[] readBytes(Path path) throws FormDReadException, IOException {
    return Inputs.readBounded(path, false);
  }

  /**
   * Reads a document from a stream that may never end or never speak (standard input, a pipe, a socket): never more
   * than a Form D can be, and giving up when nothing has come for {@code idleLimit}. The command line reads
   * {@code -} this way ({@code --stdin-timeout}, 60 s by default).
   *
   * @param in the stream (read to its end, not closed)
   * @param what what it is, for messages ("standard input")
   * @param idleLimit the longest wait for the next bytes
   * @return its bytes
   * @throws FormDReadException if it holds more than {@link FormDXml#MAX_BYTES} bytes
   * @throws IOException if it fails, or nothing comes for {@code idleLimit}: the message says which
   */
  public static byte[] readBytes(InputStream in, String what, Duration idleLimit)
      throws FormDReadException, IOException {
    if (idleLimit.isNegative() || idleLimit.isZero()) {
      throw new IllegalArgumentException("the idle limit must be positive: " + idleLimit);
    }
    return Inputs.readBounded(in, what, idleLimit);
  }

  /**
   * Writes a file whole or not at all: into a temporary file beside it, then renamed over it (atomically where the
   * file system can), so a failure half-way (a full disk, a killed process) leaves what was there and no partial
   * file. {@code FormDXml.write(filing, path)}, {@code FormDJson.write(filing, path)} and the command line write this
   * way. A new file gets the mode the umask gives (0644 under 022), a replaced one keeps its mode; a target that is a
   * device or a pipe ({@code /dev/null}, a FIFO) is written into, never replaced.
   *
   * @param target the file to write
   * @param bytes its content
   * @throws IOException if it cannot be written (the target is then unchanged), with the reason: no such directory,
   *     a directory in the way, permission denied
   */
  public static void writeWhole(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written into, as cp or tee would, never replaced by a
      // file; a write it refuses (/dev/full: no space left on device) is an IOException like any other.
      try (OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
        out.write(bytes);
      }
      return;
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new NoSuchFileException(target.toString(), null, "no such directory: " + folder);
    }
    Path temporary = temporaryBeside(folder, absolute.getFileName().toString());
    try {
      Files.write(temporary, bytes);
      keepMode(absolute, temporary);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * A new empty file beside the target, created as any file is (so with the mode the umask gives, 0644 under 022,
   * not the 0600 of {@link Files#createTempFile}).
   */
  private static Path temporaryBeside(Path folder, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate = folder.resolve("." + name + "." + Long.toUnsignedString(Names.RANDOM.nextLong(), 36) + ".part");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /** Replacing a file keeps the mode it had: a report a web server serves stays readable to it. */
  private static void keepMode(Path target, Path replacement) throws IOException {
    if (!Files.isRegularFile(target)) {
      return;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
    if (view != null && to != null) {
      to.setPermissions(view.readAttributes().permissions());
    }
  }

  /** Made on the first write: seeding a SecureRandom costs a reading run a twentieth of its start-up. */
  private static final class Names {
    static final SecureRandom RANDOM = new SecureRandom();
  }
}
