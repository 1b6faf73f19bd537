package io.formd.json.internal;

import io.formd.json.FormDReadException;
import io.formd.json.FormDXml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reading whole documents from callers' readers, never more than a Form D can be. */
public final class Inputs {

  private Inputs() {}

  /**
   * @param reader characters of a document (read to the end, not closed)
   * @param pointerStyle true to report a JSON problem (JSON Pointer), false an XML one
   * @return the document
   * @throws FormDReadException if it is longer than {@link FormDXml#MAX_BYTES} characters
   * @throws IOException if the reader fails
   */
  public static String readBounded(Reader reader, boolean pointerStyle) throws FormDReadException, IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) >= 0) {
      text.append(buffer, 0, n);
      if (text.length() > FormDXml.MAX_BYTES) {
        String problem = "the document is larger than " + FormDXml.MAX_BYTES + " characters; a Form D is not";
        throw pointerStyle ? FormDReadException.atJson(problem, "", null) : FormDReadException.atXml(problem, 0, 0,
            null);
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
  public static byte[] readBounded(Path path, boolean pointerStyle) throws FormDReadException, IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new FileSystemException(path.toString(), null, "is a directory");
    }
    if (!attributes.isRegularFile()) {
      throw new FileSystemException(path.toString(), null, "is not a regular file (a pipe, device or socket); "
          + "formd reads regular files, or standard input given as -");
    }
    return readRegular(path, attributes.size(), pointerStyle);
  }

  /**
   * Reads a file a directory walk has just found to be a regular file of {@code size} bytes, without asking the file
   * system again: into an array of that size, and on to the end, never past a Form D's bound, if it grew since.
   *
   * @param path a regular file
   * @param size its size when it was listed
   * @param pointerStyle true to report a JSON problem (JSON Pointer), false an XML one
   * @return its bytes
   * @throws FormDReadException if it is larger than {@link FormDXml#MAX_BYTES} bytes
   * @throws IOException if it cannot be read
   */
  public static byte[] readRegular(Path path, long size, boolean pointerStyle) throws FormDReadException,
      IOException {
    if (size > FormDXml.MAX_BYTES) {
      throw tooLarge(path + " is " + size + " bytes", pointerStyle);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      byte[] listed = new byte[(int) size];
      int read = in.readNBytes(listed, 0, listed.length);
      int next = read < listed.length ? -1 : in.read();
      if (next < 0) {
        bytes = read == listed.length ? listed : Arrays.copyOf(listed, read);
      } else {
        // It grew since it was listed: the rest, up to one byte past the bound.
        byte[] rest = in.readNBytes(FormDXml.MAX_BYTES - listed.length);
        bytes = Arrays.copyOf(listed, listed.length + 1 + rest.length);
        bytes[listed.length] = (byte) next;
        System.arraycopy(rest, 0, bytes, listed.length + 1, rest.length);
      }
    }
    if (bytes.length > FormDXml.MAX_BYTES) {
      throw tooLarge(path + " grew past " + FormDXml.MAX_BYTES + " bytes while it was read", pointerStyle);
    }
    return bytes;
  }

  /**
   * Reads a stream to its end on a daemon thread, never more than a Form D can be, giving up when no byte has come
   * for {@code idleLimit}: a pipe whose writer never writes or never closes, a terminal nobody types into. The
   * thread left blocked on such a stream is a daemon: it does not keep the JVM alive.
   *
   * @param in a stream (read to the end, not closed)
   * @param what what the stream is, for messages ("standard input")
   * @param idleLimit the longest wait for the next bytes
   * @return its bytes
   * @throws FormDReadException if it holds more than {@link FormDXml#MAX_BYTES} bytes
   * @throws IOException if the stream fails, or nothing arrives for {@code idleLimit} (the message says so)
   */
  public static byte[] readBounded(InputStream in, String what, Duration idleLimit)
      throws FormDReadException, IOException {
    BlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
    Object end = new Object();
    Thread reader = new Thread(() -> {
      byte[] buffer = new byte[65536];
      long total = 0;
      try {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          chunks.add(Arrays.copyOf(buffer, n));
          total += n;
          if (total > FormDXml.MAX_BYTES) {
            break; // enough to say it is too large; the rest is not read
          }
        }
        chunks.add(end);
      } catch (IOException | RuntimeException e) {
        chunks.add(e);
      }
    }, "formd-read-" + what);
    reader.setDaemon(true);
    reader.start();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    while (true) {
      Object chunk;
      try {
        chunk = chunks.poll(idleLimit.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException(what + ": interrupted while waiting for input");
      }
      if (chunk == null) {
        reader.interrupt();
        throw new IOException("nothing came on " + what + " for " + describe(idleLimit) + " (" + bytes.size()
            + " bytes read); pipe a Form D into it, or give a file");
      }
      if (chunk == end) {
        return bytes.toByteArray();
      }
      if (chunk instanceof IOException) {
        throw (IOException) chunk;
      }
      if (chunk instanceof RuntimeException) {
        throw new IOException(what + " failed: " + chunk, (RuntimeException) chunk);
      }
      byte[] part = (byte[]) chunk;
      if (bytes.size() + part.length > FormDXml.MAX_BYTES) {
        throw FormDReadException.atXml(what + " holds more than " + FormDXml.MAX_BYTES
            + " bytes; a Form D is not that large", 0, 0, null);
      }
      bytes.write(part, 0, part.length);
    }
  }

  private static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static FormDReadException tooLarge(String what, boolean pointerStyle) {
    String problem = what + "; a Form D is at most " + FormDXml.MAX_BYTES + " bytes";
    return pointerStyle ? FormDReadException.atJson(problem, "", null) : FormDReadException.atXml(problem, 0, 0, null);
  }
}
