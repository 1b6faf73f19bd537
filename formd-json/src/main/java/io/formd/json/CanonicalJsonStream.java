package io.formd.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.formd.core.fields.Field;
import io.formd.core.model.FormD;
import io.formd.core.model.Mark;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.Recorded;
import io.formd.core.model.SecurityType;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.YearOfIncorporation;
import io.formd.json.CanonicalJsonReader.Member;
import io.formd.json.CanonicalJsonReader.Plan;
import io.formd.json.internal.Lexical;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of {@link FormDJson#read(byte[])}: maps the parser's tokens straight into the model's builders
 * with {@link CanonicalJsonReader}'s read plans, building no tree.
 *
 * <p>It reads only what it can read without doubt, and gives up on anything else: a document that does not open
 * with {@code formatVersion} and {@code edition} (as the writer writes them), an unknown or repeated member, a
 * value of the wrong type, a missing required member, malformed JSON, content after the object. The caller then
 * reads the document again through {@link JsonValue} and {@link CanonicalJsonReader}, which say exactly what is
 * wrong and where. So a good document is parsed once, and a broken one gets the very message the tree reader
 * gives; this class never decides what is an error. Both paths share the plans, so they cannot drift apart on
 * what a member means (JsonStreamTest reads every fixture, fake and broken filing both ways).
 */
final class CanonicalJsonStream {

  /** Gives up: the tree reader decides. One instance, no stack trace. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super("the tree reader decides", null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  private final JsonParser parser;
  private final boolean internedNames;
  /** Where members are, for a located read; null otherwise. */
  private final JsonSourceMap map;

  private CanonicalJsonStream(JsonParser parser, boolean internedNames, JsonSourceMap map) {
    this.parser = parser;
    this.internedNames = internedNames;
    this.map = map;
  }

  /**
   * @param parser a parser on a whole document, before its first token
   * @param internedNames whether the parser interns member names (see {@link JsonValue#read(JsonParser, boolean)})
   * @param map where to note each member's position, or null
   * @return the filing, or null when the document must be read through the tree
   */
  static FormD read(JsonParser parser, boolean internedNames, JsonSourceMap map) {
    try {
      FormD filing = new CanonicalJsonStream(parser, internedNames, map).document();
      return parser.nextToken() == null ? filing : null;
    } catch (IOException | RuntimeException e) {
      // Malformed JSON, a limit, a value the model refuses, or GIVE_UP: the tree reader says which.
      return null;
    }
  }

  private FormD document() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT
        || !is(parser.nextFieldName(), "formatVersion")
        || parser.nextToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() != JsonParser.NumberType.INT
        || parser.getIntValue() != CanonicalJsonWriter.FORMAT_VERSION) {
      throw GIVE_UP;
    }
    place(-1, "formatVersion", 0);
    if (!is(parser.nextFieldName(), "edition") || parser.nextToken() != JsonToken.VALUE_STRING) {
      throw GIVE_UP;
    }
    String edition = parser.getText();
    Plan plan = "ELECTRONIC".equals(edition) ? CanonicalJsonReader.ELECTRONIC
        : "PAPER".equals(edition) ? CanonicalJsonReader.PAPER : null;
    if (plan == null || plan.header != 2) {
      throw GIVE_UP;
    }
    place(-1, "edition", 0);
    return (FormD) object(plan, 0b11, 2, -1);
  }

  /** Whether a member name read is {@code literal} (by reference when the parser interns names). */
  private boolean is(String name, String literal) {
    return name == literal || !internedNames && literal.equals(name);
  }

  /** Notes where the current token (a member's value, an element) starts; returns its entry, or -1. */
  private int place(int parent, String name, int index) {
    if (map == null) {
      return -1;
    }
    long at = JsonValue.position(parser);
    return map.add(parent, name, index, (int) (at >>> 32), (int) at);
  }

  /** Reads the rest of an object (its START_OBJECT read) as its plan says. */
  private Object object(Plan plan, long seen, int next, int entry) throws IOException {
    Object builder = plan.row.newBuilder();
    String[] names = plan.names;
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      int known = known(names, name, next, seen);
      next = known + 1;
      seen |= 1L << known;
      JsonToken token = parser.nextToken();
      if (known < plan.header) {
        throw GIVE_UP;
      }
      int at = place(entry, name, 0);
      if (token != JsonToken.VALUE_NULL) {
        member(plan.members[known - plan.header], token, builder, at);
      }
    }
    return plan.row.build(builder);
  }

  private int known(String[] names, String name, int next, long seen) {
    for (int step = 0; step < names.length; step++) {
      int k = next + step < names.length ? next + step : next + step - names.length;
      if (names[k] == name || !internedNames && names[k].equals(name)) {
        if ((seen & (1L << k)) != 0) {
          throw GIVE_UP;
        }
        return k;
      }
    }
    throw GIVE_UP;
  }

  private void member(Member m, JsonToken token, Object builder, int entry) throws IOException {
    Field field = m.field;
    if (field.recorded() && token == JsonToken.VALUE_STRING
        && CanonicalJsonWriter.NOT_RECORDED.equals(parser.getText())) {
      field.set(builder, Recorded.notRecorded());
      return;
    }
    if (m.list) {
      list(m, token, builder, entry);
      return;
    }
    Object read;
    switch (m.kind) {
      case GROUP:
        read = object(m.plan, token, entry);
        break;
      case TEXT:
        read = text(token);
        break;
      case CODE:
        read = CanonicalJsonReader.code(field, text(token));
        break;
      case BOOLEAN:
        read = field.recorded() ? Recorded.of(bool(token)) : bool(token);
        break;
      case FLAG:
      case NONE:
      case ALL_STATES:
        read = bool(token);
        break;
      case AMOUNT:
        read = usd(token);
        break;
      case OFFERING_AMOUNT:
        read = token == JsonToken.VALUE_STRING && OfferingAmount.INDEFINITE_LITERAL.equals(parser.getText())
            ? OfferingAmount.INDEFINITE : OfferingAmount.of(usd(token));
        break;
      case COUNT:
        read = integer(token);
        break;
      case DATE: {
        LocalDate date = Lexical.date(text(token));
        if (date == null) {
          throw GIVE_UP;
        }
        read = date;
        break;
      }
      case YEAR:
        read = Year.of((int) Math.min(integer(token), 999_999_999));
        break;
      case YEAR_MONTH:
        read = YearMonth.parse(text(token));
        break;
      case YEAR_KIND:
        read = YearOfIncorporation.Kind.valueOf(text(token));
        break;
      case MARK:
        read = Mark.valueOf(text(token));
        break;
      case STATED_AMOUNT:
        read = stated(token, true, entry);
        break;
      case STATED_COUNT:
        read = stated(token, false, entry);
        break;
      default:
        throw GIVE_UP;
    }
    field.set(builder, read);
  }

  private Object object(Plan plan, JsonToken token, int entry) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw GIVE_UP;
    }
    return object(plan, 0, 0, entry);
  }

  private void list(Member m, JsonToken token, Object builder, int entry) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      throw GIVE_UP;
    }
    Field field = m.field;
    List<Object> values = field.setsWholeList() ? new ArrayList<>() : null;
    int count = 0;
    for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
      if (count == JsonValue.MAX_ELEMENTS) {
        throw GIVE_UP;
      }
      int at = place(entry, null, count++);
      Object one;
      switch (m.kind) {
        case GROUP:
          one = object(m.plan, next, at);
          break;
        case TEXT:
          one = text(next);
          break;
        case CODE:
          one = CanonicalJsonReader.code(field, text(next));
          break;
        case SECURITY_TYPE:
          one = SecurityType.fromEdgar(text(next));
          break;
        default:
          throw GIVE_UP;
      }
      if (values != null) {
        values.add(one);
      } else {
        field.set(builder, one);
      }
    }
    if (values != null) {
      field.set(builder, field.recorded() ? Recorded.of(values) : values);
    }
  }

  /** A paper cell: {@code {"amount"|"count": ..., "asWritten": "..."}}, either member optional. */
  private Object stated(JsonToken token, boolean amount, int entry) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw GIVE_UP;
    }
    String valueName = amount ? "amount" : "count";
    Object value = null;
    String written = null;
    boolean seenValue = false;
    boolean seenWritten = false;
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      JsonToken next = parser.nextToken();
      boolean isWritten = is(name, "asWritten");
      if (isWritten ? seenWritten : !is(name, valueName) || seenValue) {
        throw GIVE_UP;
      }
      place(entry, name, 0);
      if (isWritten) {
        seenWritten = true;
        if (next != JsonToken.VALUE_NULL) {
          written = text(next);
          if (written.isBlank()) {
            throw GIVE_UP;
          }
        }
      } else {
        seenValue = true;
        if (next != JsonToken.VALUE_NULL) {
          value = amount ? usd(next) : (Object) integer(next);
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

  // ---- leaves: the token must be of the type the member takes ----

  private String text(JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw GIVE_UP;
    }
    return parser.getText();
  }

  private boolean bool(JsonToken token) {
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw GIVE_UP;
  }

  private long integer(JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw GIVE_UP;
    }
    JsonParser.NumberType type = parser.getNumberType();
    long value = type == JsonParser.NumberType.INT ? parser.getIntValue()
        : type == JsonParser.NumberType.LONG ? parser.getLongValue() : -1;
    if (value < 0) {
      throw GIVE_UP;
    }
    return value;
  }

  private UsdAmount usd(JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT) {
      throw GIVE_UP;
    }
    String text = parser.getText();
    if (!Lexical.isAmount(text)) {
      throw GIVE_UP;
    }
    return UsdAmount.parse(text);
  }
}
