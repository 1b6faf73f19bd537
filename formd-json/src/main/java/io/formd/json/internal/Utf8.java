package io.formd.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Well-formed UTF-8 (RFC 3629), checked before a parser sees the bytes: Java's and the parsers' decoders are
 * lenient with some malformed forms (an overlong {@code C0 AF} decodes as {@code /}, {@code C0 BC} as {@code <}),
 * which would let one text read as another. Plain ASCII, nearly every filing, is passed at one comparison a byte.
 */
public final class Utf8 {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(
      long[].class, ByteOrder.LITTLE_ENDIAN);

  private Utf8() {}

  /**
   * @param bytes a document
   * @return the index of the first byte that does not begin or continue a well-formed UTF-8 sequence (an overlong
   *     form, a surrogate, a code point past U+10FFFF, a stray or missing continuation byte), or -1 if there is none
   */
  public static int firstMalformed(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      // Thirty-two ASCII bytes at a time, then eight: most filings are ASCII throughout.
      while (i + 32 <= n && (((long) LONGS.get(bytes, i) | (long) LONGS.get(bytes, i + 8)
          | (long) LONGS.get(bytes, i + 16) | (long) LONGS.get(bytes, i + 24)) & 0x8080808080808080L) == 0) {
        i += 32;
      }
      while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xff;
      int length;
      int min2 = 0x80;
      int max2 = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) {
        length = 2;
      } else if (b >= 0xe0 && b <= 0xef) {
        length = 3;
        if (b == 0xe0) {
          min2 = 0xa0; // overlong below U+0800
        } else if (b == 0xed) {
          max2 = 0x9f; // surrogates U+D800..U+DFFF
        }
      } else if (b >= 0xf0 && b <= 0xf4) {
        length = 4;
        if (b == 0xf0) {
          min2 = 0x90; // overlong below U+10000
        } else if (b == 0xf4) {
          max2 = 0x8f; // past U+10FFFF
        }
      } else {
        return i; // C0, C1 (overlong two-byte forms), F5..FF, or a continuation byte with no lead
      }
      if (i + length > n) {
        return i;
      }
      int second = bytes[i + 1] & 0xff;
      if (second < min2 || second > max2) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        int next = bytes[i + k] & 0xff;
        if (next < 0x80 || next > 0xbf) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /**
   * @param bytes an XML document
   * @return true if it is in UTF-8: no byte-order mark of UTF-16 or UTF-32, no NUL among its first bytes, and no XML
   *     declaration naming another encoding
   */
  public static boolean isUtf8Xml(byte[] bytes) {
    if (!isUtf8ByItsStart(bytes)) {
      return false;
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef ? 3 : 0;
    while (start < bytes.length && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\r'
        || bytes[start] == '\n')) {
      start++;
    }
    if (start + 5 > bytes.length || bytes[start] != '<' || bytes[start + 1] != '?' || bytes[start + 2] != 'x') {
      return true; // no XML declaration: UTF-8 by default
    }
    int end = Math.min(bytes.length, start + 200);
    String head = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    int close = head.indexOf("?>");
    String declaration = (close < 0 ? head : head.substring(0, close)).toLowerCase(Locale.ROOT);
    int at = declaration.indexOf("encoding");
    if (at < 0) {
      return true;
    }
    // What follows "encoding", after spaces, '=', spaces and a quote when all are there (no regex: this runs for
    // every document).
    int rest = at + "encoding".length();
    int i = skipSpaces(declaration, rest);
    if (i < declaration.length() && declaration.charAt(i) == '=') {
      i = skipSpaces(declaration, i + 1);
      if (i < declaration.length() && (declaration.charAt(i) == '"' || declaration.charAt(i) == '\'')) {
        rest = i + 1;
      }
    }
    return declaration.startsWith("utf-8", rest) || declaration.startsWith("utf8", rest);
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** @return true without a UTF-16/32 byte-order mark and without a NUL among the first four bytes */
  public static boolean isUtf8ByItsStart(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
        || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
      return false;
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /** @return the 1-based line and column (in bytes) of a byte index */
  public static int[] lineAndColumn(byte[] bytes, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  /** @return the problem, for a message: the bytes at {@code index} in hex */
  public static String describe(byte[] bytes, int index) {
    StringBuilder hex = new StringBuilder();
    for (int i = index; i < Math.min(bytes.length, index + 4); i++) {
      hex.append(i == index ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xff));
    }
    return "the bytes " + hex + " are not well-formed UTF-8 (an overlong form, a surrogate, or a broken sequence); "
        + "a Form D in UTF-8 must be well-formed";
  }
}
