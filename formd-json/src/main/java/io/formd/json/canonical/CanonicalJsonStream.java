package io.formd.json.canonical;

import io.formd.core.fields.internal.Binding;
import io.formd.core.model.FormD;
import io.formd.core.model.Mark;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.Recorded;
import io.formd.core.model.SecurityType;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.YearOfIncorporation;
import io.formd.json.canonical.CanonicalJsonReader.Member;
import io.formd.json.canonical.CanonicalJsonReader.Plan;
import io.formd.json.internal.Utf8;
import io.formd.json.internal.Lexical;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fast path of {@link FormDJson#read(byte[])}: reads well-formed UTF-8 canonical JSON byte by byte straight into
 * the model's builders, with {@link CanonicalJsonReader}'s read plans. No tree, no parser: member names are compared
 * as bytes with the plan's (no string is made of them), and values become model values as they are met.
 *
 * <p>It reads only what it can read without doubt, and gives up on anything else: a document that does not open with
 * {@code formatVersion} and {@code edition} (as the writer writes them), an unknown, repeated or escaped member name,
 * a value of the wrong type, a missing required member, a number with a sign, fraction or exponent, an escaped
 * surrogate, a string over 1 MiB, anything that is not JSON, content after the object. The caller then reads the
 * document again through Jackson, {@link JsonValue} and {@link CanonicalJsonReader}, which decide what is wrong and
 * say where. So a good document is read once, and a broken one gets the very message the tree reader gives: this
 * class never decides what is an error, and what it accepts is a subset of what Jackson accepts (JsonStreamTest reads
 * every fixture, fake and broken filing both ways, and a set of malformed documents).
 *
 * <p>The input must be well-formed UTF-8 ({@link Utf8#firstMalformed} found nothing): strings are decoded without
 * checking it again. Positions for a located read are Jackson's: 1-based lines ({@code \n}, {@code \r\n} or
 * {@code \r} ends one) and columns in bytes.
 */
public final class CanonicalJsonStream {

  /** Gives up: the tree reader decides. One instance, no stack trace. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super("the tree reader decides", null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();
  /** FormDJson's parser limits: a longer document or string is the tree reader's to refuse. */
  private static final int MAX_DOCUMENT = 16 << 20;
  private static final int MAX_STRING = 1 << 20;
  private static final byte[] FORMAT_VERSION = ascii("formatVersion");
  private static final byte[] EDITION = ascii("edition");
  private static final byte[] NOT_RECORDED = ascii('"' + CanonicalJsonWriter.NOT_RECORDED + '"');
  private static final byte[][] STATED_AMOUNT = {ascii("amount"), ascii("asWritten")};
  private static final byte[][] STATED_COUNT = {ascii("count"), ascii("asWritten")};

  private final byte[] b;
  private final int end;
  private int pos;
  private int line = 1;
  private int lineStart;
  /** Where members are, for a located read; null otherwise. */
  private final JsonSourceMap map;

  private CanonicalJsonStream(byte[] bytes, JsonSourceMap map) {
    this.b = bytes;
    this.end = bytes.length;
    this.map = map;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The fast path (this class): bytes straight into the model.
   *
   * @param bytes the document in UTF-8, checked by {@code FormDJson}'s well-formedness check
   * @param map where to note positions, or null
   * @return the filing, or null when the document must be read through the tree (which says what is wrong)
   */
  public static FormD stream(byte[] bytes, JsonSourceMap map) {
    if (!Utf8.isUtf8ByItsStart(bytes)) {
      return null; // UTF-16 or UTF-32: Jackson detects and reads them
    }
    return CanonicalJsonStream.read(bytes, map);
  }

  /** As {@link #stream(byte[], JsonSourceMap)}, for a document held as a string. */
  public static FormD stream(String json, JsonSourceMap map) {
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
          i++; // a pair: UTF-8 carries it
        } else {
          return null; // a stray surrogate would not survive UTF-8; the tree reads the string as it is
        }
      }
    }
    return CanonicalJsonStream.read(json.getBytes(StandardCharsets.UTF_8), map);
  }

  /**
   * @param bytes a whole document, well-formed UTF-8
   * @param map where to note each member's position, or null
   * @return the filing, or null when the document must be read through the tree
   */
  public static FormD read(byte[] bytes, JsonSourceMap map) {
    if (bytes.length > MAX_DOCUMENT) {
      return null;
    }
    try {
      return new CanonicalJsonStream(bytes, map).document();
    } catch (RuntimeException e) {
      // GIVE_UP, input that ends early (an index past the end), or a value the model refuses: the tree decides.
      return null;
    }
  }

  private FormD document() {
    ws();
    expect('{');
    ws();
    if (!isName(FORMAT_VERSION)) {
      throw GIVE_UP;
    }
    place(-1, "formatVersion");
    if (integer() != CanonicalJsonWriter.FORMAT_VERSION) {
      throw GIVE_UP;
    }
    ws();
    expect(',');
    ws();
    if (!isName(EDITION)) {
      throw GIVE_UP;
    }
    place(-1, "edition");
    String edition = string();
    Plan plan = "ELECTRONIC".equals(edition) ? CanonicalJsonReader.ELECTRONIC
        : "PAPER".equals(edition) ? CanonicalJsonReader.paper() : null;
    if (plan == null || plan.header != 3) {
      throw GIVE_UP;
    }
    FormD filing = (FormD) object(plan, 0b11, 2, -1, true);
    ws();
    if (pos != end) {
      throw GIVE_UP;
    }
    return filing;
  }

  // ---- structure ----

  /**
   * Reads the rest of an object, its {@code '{'} read (and, if {@code started}, members before), as its plan says.
   */
  private Object object(Plan plan, long seen, int next, int entry, boolean started) {
    Object builder = plan.bind.newBuilder();
    ws();
    if (b[pos] == '}') {
      pos++;
      return plan.bind.build(builder);
    }
    if (started) {
      expect(',');
      ws();
    }
    byte[][] names = plan.nameBytes;
    while (true) {
      int known = name(names, next, seen);
      next = known + 1;
      seen |= 1L << known;
      if (known < plan.header) {
        throw GIVE_UP;
      }
      int at = place(entry, plan.names[known]);
      if (!isNull()) {
        member(plan.members[known - plan.header], builder, at);
      }
      if (closes('}')) {
        return plan.bind.build(builder);
      }
    }
  }

  /**
   * Reads what follows a member or element: the container's {@code close} (true), or a comma and the whitespace
   * before the next one (false).
   */
  private boolean closes(char close) {
    ws();
    byte c = b[pos++];
    if (c == close) {
      return true;
    }
    if (c != ',') {
      throw GIVE_UP;
    }
    ws();
    return false;
  }

  /**
   * Reads a member name and its colon.
   *
   * @return the index in {@code names} (at most 64) of the name, looked for from {@code next} on and wrapping
   *     around, as members usually come in the order of names
   */
  private int name(byte[][] names, int next, long seen) {
    if (b[pos] != '"') {
      throw GIVE_UP;
    }
    int start = pos + 1;
    int close = start;
    while (b[close] != '"') {
      if (b[close] == '\\') {
        throw GIVE_UP; // an escaped name: the tree reads it
      }
      close++;
    }
    int length = close - start;
    for (int step = 0; step < names.length; step++) {
      int k = next + step < names.length ? next + step : next + step - names.length;
      byte[] name = names[k];
      if (name.length == length && Arrays.equals(b, start, close, name, 0, length)) {
        if ((seen & (1L << k)) != 0) {
          throw GIVE_UP;
        }
        pos = close + 1;
        colon();
        return k;
      }
    }
    throw GIVE_UP;
  }

  /** Reads the member name {@code name} and its colon, if it is next. */
  private boolean isName(byte[] name) {
    int close = pos + 1 + name.length;
    if (b[pos] != '"' || close >= end || b[close] != '"' || !Arrays.equals(b, pos + 1, close, name, 0, name.length)) {
      return false;
    }
    pos = close + 1;
    colon();
    return true;
  }

  private void colon() {
    ws();
    expect(':');
    ws();
  }

  private void ws() {
    while (pos < end) {
      byte c = b[pos];
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\n') {
        pos++;
        line++;
        lineStart = pos;
      } else if (c == '\r') {
        pos++;
        if (pos < end && b[pos] == '\n') {
          pos++;
        }
        line++;
        lineStart = pos;
      } else {
        return;
      }
    }
  }

  private void expect(char c) {
    if (b[pos] != c) {
      throw GIVE_UP;
    }
    pos++;
  }

  /** Reads {@code null}, if it is next. */
  private boolean isNull() {
    if (b[pos] != 'n') {
      return false;
    }
    literal("null");
    return true;
  }

  private void literal(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (b[pos + i] != word.charAt(i)) {
        throw GIVE_UP;
      }
    }
    pos += word.length();
  }

  /** Notes where the value about to be read starts (name null: an element); returns its entry, or -1. */
  private int place(int parent, String name) {
    return map == null ? -1 : map.add(parent, name, line, pos - lineStart + 1);
  }

  // ---- members ----

  private void member(Member m, Object builder, int entry) {
    Binding field = m.bind;
    if (field.recorded() && b[pos] == '"' && startsWith(NOT_RECORDED)) {
      pos += NOT_RECORDED.length;
      field.set(builder, Recorded.notRecorded());
      return;
    }
    if (m.list) {
      list(m, builder, entry);
      return;
    }
    Object read = switch (m.kind) {
      case GROUP -> {
        expect('{');
        yield object(m.plan, 0, 0, entry, false);
      }
      case TEXT -> string();
      case CODE -> CanonicalJsonReader.code(field, string());
      case BOOLEAN -> field.recorded() ? Recorded.of(bool()) : bool();
      case FLAG, NONE, ALL_STATES -> bool();
      case AMOUNT -> usd();
      case OFFERING_AMOUNT -> b[pos] == '"' && startsWith(INDEFINITE) ? indefinite() : OfferingAmount.of(usd());
      case COUNT -> integer();
      case DATE -> {
        LocalDate date = Lexical.date(string());
        if (date == null) {
          throw GIVE_UP;
        }
        yield date;
      }
      case YEAR -> Year.of((int) Math.min(integer(), 999_999_999));
      case YEAR_MONTH -> {
        String text = string();
        YearMonth month = Lexical.yearMonth(text);
        yield month != null ? month : YearMonth.parse(text);
      }
      case YEAR_KIND -> YearOfIncorporation.Kind.valueOf(string());
      case MARK -> Mark.valueOf(string());
      case STATED_AMOUNT -> stated(true, entry);
      case STATED_COUNT -> stated(false, entry);
      // The tree reader, which this fast path gives up to, says what is wrong.
      case WRAPPER, SECURITY_TYPE -> throw GIVE_UP;
    };
    field.set(builder, read);
  }

  private static final byte[] INDEFINITE = ascii('"' + OfferingAmount.INDEFINITE_LITERAL + '"');

  private OfferingAmount indefinite() {
    pos += INDEFINITE.length;
    return OfferingAmount.INDEFINITE;
  }

  private boolean startsWith(byte[] literal) {
    return pos + literal.length <= end && Arrays.equals(b, pos, pos + literal.length, literal, 0, literal.length);
  }

  private void list(Member m, Object builder, int entry) {
    expect('[');
    Binding field = m.bind;
    List<Object> values = field.setsWholeList() ? new ArrayList<>() : null;
    ws();
    if (b[pos] == ']') {
      pos++;
    } else {
      int count = 0;
      while (true) {
        if (count == JsonValue.MAX_ELEMENTS) {
          throw GIVE_UP;
        }
        int at = place(entry, null);
        count++;
        Object one = switch (m.kind) {
          case GROUP -> {
            expect('{');
            yield object(m.plan, 0, 0, at, false);
          }
          case TEXT -> string();
          case CODE -> CanonicalJsonReader.code(field, string());
          case SECURITY_TYPE -> SecurityType.fromEdgar(string());
          // No list in the model holds any other kind; the tree reader says what is wrong.
          case WRAPPER, BOOLEAN, FLAG, AMOUNT, OFFERING_AMOUNT, COUNT, DATE, YEAR, YEAR_MONTH, MARK, STATED_AMOUNT,
              STATED_COUNT, YEAR_KIND, NONE, ALL_STATES -> throw GIVE_UP;
        };
        if (values != null) {
          values.add(one);
        } else {
          field.set(builder, one);
        }
        if (closes(']')) {
          break;
        }
      }
    }
    if (values != null) {
      field.set(builder, field.recorded() ? Recorded.of(values) : values);
    }
  }

  /** A paper cell: {@code {"amount"|"count": ..., "asWritten": "..."}}, either member optional. */
  private Object stated(boolean amount, int entry) {
    expect('{');
    byte[][] names = amount ? STATED_AMOUNT : STATED_COUNT;
    Object value = null;
    String written = null;
    long seen = 0;
    ws();
    if (b[pos] == '}') {
      pos++;
    } else {
      while (true) {
        int known = name(names, 0, seen);
        seen |= 1L << known;
        place(entry, known == 0 ? (amount ? "amount" : "count") : "asWritten");
        if (!isNull()) {
          if (known == 1) {
            written = string();
            if (written.isBlank()) {
              throw GIVE_UP;
            }
          } else {
            value = amount ? usd() : (Object) integer();
          }
        }
        if (closes('}')) {
          break;
        }
      }
    }
    if (amount) {
      UsdAmount usd = (UsdAmount) value;
      return written == null ? (usd == null ? StatedAmount.blank() : StatedAmount.of(usd))
          : usd == null ? StatedAmount.written(written) : StatedAmount.written(written, usd);
    }
    Long count = (Long) value;
    return written == null ? (count == null ? StatedCount.blank() : StatedCount.of(count))
        : count == null ? StatedCount.written(written) : StatedCount.written(written, count);
  }

  // ---- values ----

  /** A JSON string: decoded as is when it has no escape (nearly always), else escape by escape. */
  private String string() {
    if (b[pos] != '"') {
      throw GIVE_UP;
    }
    int start = pos + 1;
    int i = start;
    while (true) {
      byte c = b[i];
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        return escaped(start, i);
      }
      if (c >= 0 && c < 0x20) {
        throw GIVE_UP; // a raw control character: not JSON
      }
      i++;
    }
    if (i - start > MAX_STRING) {
      throw GIVE_UP;
    }
    pos = i + 1;
    return new String(b, start, i - start, StandardCharsets.UTF_8);
  }

  /** The rest of a string with escapes, from its first backslash at {@code i}. */
  private String escaped(int start, int i) {
    StringBuilder text = new StringBuilder(i - start + 16);
    int run = start;
    while (true) {
      byte c = b[i];
      if (c == '"') {
        break;
      }
      if (c >= 0 && c < 0x20) {
        throw GIVE_UP;
      }
      if (c != '\\') {
        i++;
        continue;
      }
      text.append(new String(b, run, i - run, StandardCharsets.UTF_8));
      byte e = b[i + 1];
      i += 2;
      switch (e) {
        case '"':
        case '\\':
        case '/':
          text.append((char) e);
          break;
        case 'b':
          text.append('\b');
          break;
        case 'f':
          text.append('\f');
          break;
        case 'n':
          text.append('\n');
          break;
        case 'r':
          text.append('\r');
          break;
        case 't':
          text.append('\t');
          break;
        case 'u': {
          int code = hex(b[i]) << 12 | hex(b[i + 1]) << 8 | hex(b[i + 2]) << 4 | hex(b[i + 3]);
          if (Character.isSurrogate((char) code)) {
            throw GIVE_UP; // pairs and strays alike: the tree reads them
          }
          text.append((char) code);
          i += 4;
          break;
        }
        default:
          throw GIVE_UP;
      }
      run = i;
    }
    text.append(new String(b, run, i - run, StandardCharsets.UTF_8));
    if (text.length() > MAX_STRING || i - start > MAX_STRING) {
      throw GIVE_UP;
    }
    pos = i + 1;
    return text.toString();
  }

  private static int hex(byte c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    throw GIVE_UP;
  }

  private boolean bool() {
    if (b[pos] == 't') {
      literal("true");
      return true;
    }
    if (b[pos] == 'f') {
      literal("false");
      return false;
    }
    throw GIVE_UP;
  }

  /** A JSON number that is a whole number of at most 18 digits, without sign, fraction or exponent. */
  private long integer() {
    int start = pos;
    if (b[pos] == '0' && isDigit(b[pos + 1])) {
      throw GIVE_UP; // a leading zero: not JSON
    }
    long value = 0;
    while (pos < end && isDigit(b[pos])) {
      if (pos - start == 18) {
        throw GIVE_UP;
      }
      value = value * 10 + (b[pos++] - '0');
    }
    if (pos == start || pos < end && (b[pos] == '.' || b[pos] == 'e' || b[pos] == 'E')) {
      throw GIVE_UP;
    }
    return value;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /** An amount: a string of digits (optionally with cents) or a whole JSON number. */
  private UsdAmount usd() {
    String text;
    if (b[pos] == '"') {
      text = string();
    } else {
      int start = pos;
      integer();
      text = new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
    }
    if (!Lexical.isAmount(text)) {
      throw GIVE_UP;
    }
    return UsdAmount.parse(text);
  }
}
