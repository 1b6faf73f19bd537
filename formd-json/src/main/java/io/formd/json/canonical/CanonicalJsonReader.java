package io.formd.json.canonical;

import io.formd.json.EdgarFacts;
import io.formd.json.FormDReadException;
import io.formd.json.internal.Lexical;
import io.formd.json.internal.ReadFailure;
import io.formd.json.internal.ReadProblems;

import io.formd.core.fields.Field;
import io.formd.core.fields.internal.Binding;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.EdgarCode;
import io.formd.core.model.EntityType;
import io.formd.core.model.FormD;
import io.formd.core.model.Mark;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.Recorded;
import io.formd.core.model.Relationship;
import io.formd.core.model.SecurityType;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
import io.formd.core.model.UnknownCodeException;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.YearOfIncorporation;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps a canonical JSON value (see {@link CanonicalJsonWriter}, {@link JsonValue}) to a filing, as the field tables
 * of both editions describe it ({@link FormDFields}): read plans (member name to row) are built once from the rows,
 * and each member's value goes into the model through its row's setter and builder. Strict: an unknown member, a
 * member given twice, a missing required member, a value of the wrong JSON type, an unknown code or a malformed
 * amount or date is a {@link FormDReadException} with the JSON Pointer of the offending value. Small codecs remain
 * for what canonical JSON writes differently from the table's shape: {@code NOT_RECORDED}, the paper cells, Item
 * 9's set of security types, and the Java names of paper-only codes.
 */
public final class CanonicalJsonReader {


  private CanonicalJsonReader() {}

  public static FormD read(JsonValue root) throws FormDReadException {
    return read(root, ELECTRONIC, CanonicalJsonReader::paper);
  }

  /**
   * Reads with read plans built anew from the field tables, not the shared ones: for tests of the plans'
   * derivation (the shared plans are built once, when the class is loaded).
   */
  public static FormD readWithNewPlans(JsonValue root) throws FormDReadException {
    Plan paper = new Plan(FormDFields.paper(), true);
    return read(root, new Plan(FormDFields.electronic(), true), () -> paper);
  }

  /**
   * @param root a formd JSON document
   * @return its {@code edgar} member ({@link EdgarFacts}), when it has one
   * @throws FormDReadException if {@code edgar} is not an object of an {@code accessionNumber} as EDGAR writes one, an
   *     ISO {@code filedDate} and a {@code fileNumber} (both optional), and nothing else
   */
  public static Optional<EdgarFacts> edgarFacts(JsonValue root) throws FormDReadException {
    try {
      return edgarFactsOf(root);
    } catch (ReadFailure bad) {
      throw bad.error;
    }
  }

  private static Optional<EdgarFacts> edgarFactsOf(JsonValue root) {
    JsonValue edgar = root.member("edgar");
    if (edgar == null || edgar.kind == JsonValue.Kind.NULL) {
      return Optional.empty();
    }
    if (!edgar.isObject()) {
      throw bad("/edgar", "expected an object with accessionNumber, filedDate and fileNumber, found " + kind(edgar));
    }
    String accession = null;
    Optional<LocalDate> filed = Optional.empty();
    Optional<String> file = Optional.empty();
    for (int i = 0; i < edgar.size; i++) {
      String name = edgar.names[i];
      JsonValue value = edgar.values[i];
      String at = "/edgar/" + escape(name);
      if (!name.equals("accessionNumber") && !name.equals("filedDate") && !name.equals("fileNumber")) {
        throw bad(at, "unknown member \"" + name + "\"; expected accessionNumber, filedDate or fileNumber");
      }
      if (value.kind == JsonValue.Kind.NULL) {
        continue;
      }
      if (!value.isString()) {
        throw bad(at, "expected a string, found " + kind(value));
      }
      switch (name) {
        case "accessionNumber" -> accession = value.text;
        case "filedDate" -> {
          try {
            filed = Optional.of(LocalDate.parse(value.text));
          } catch (DateTimeParseException e) {
            throw bad(at, "expected a date (YYYY-MM-DD), found \"" + value.text + "\"");
          }
        }
        default -> file = Optional.of(value.text);
      }
    }
    if (accession == null) {
      throw bad("/edgar/accessionNumber", "the required member \"accessionNumber\" is missing");
    }
    try {
      return Optional.of(new EdgarFacts(accession, filed, file));
    } catch (IllegalArgumentException e) {
      throw bad("/edgar/accessionNumber", e.getMessage());
    }
  }

  private static FormD read(JsonValue root, Plan electronic, Supplier<Plan> paper) throws FormDReadException {
    J top = new J(root, "");
    try {
      if (!root.isObject()) {
        throw bad("", "expected a JSON object (a Form D), found " + kind(root));
      }
      if (root.member("edition") == null || root.member("formatVersion") == null) {
        throw bad("", "not a Form D: expected the members \"formatVersion\" and \"edition\"");
      }
      long version = top.integer("formatVersion");
      if (version != CanonicalJsonWriter.FORMAT_VERSION) {
        throw bad("/formatVersion", "format version " + version + " is not supported; this formd reads version "
            + CanonicalJsonWriter.FORMAT_VERSION);
      }
      String name = top.str("edition");
      FormD filing = switch (name) {
        case "ELECTRONIC" -> (FormD) object(top, electronic);
        case "PAPER" -> (FormD) object(top, paper.get());
        default -> throw bad("/edition", "edition '" + name + "' is neither ELECTRONIC nor PAPER");
      };
      top.problems.throwIfAny();
      return filing;
    } catch (ReadFailure bad) {
      throw top.problems.endedBy(bad.error);
    }
  }

  // ---- the members, read as the field tables describe them ----

  /** One member of an object: its row and what reading it needs, looked up once from the tables. */
  static final class Member {
    final String name;
    /** The name as a JSON Pointer step. */
    final String step;
    final Field field;
    final Binding bind;
    final Kind kind;
    final Plan plan;
    final boolean list;

    Member(String name, Field field, Plan plan) {
      this.name = name;
      this.step = escape(name);
      this.field = field;
      this.bind = Binding.of(field);
      this.kind = field.kind();
      this.plan = plan;
      this.list = field.isList() || field.kind() == Kind.SECURITY_TYPE;
    }
  }

  /** How to read one object: its members (through XML's wrappers), in the writer's order. */
  static final class Plan {
    final Field row;
    final Binding bind;
    final String[] names;
    /** {@link #names} in UTF-8, for {@link CanonicalJsonStream}, which compares bytes. */
    final byte[][] nameBytes;
    final Member[] members;
    /** How many of {@link #names} come before the members' own: formatVersion, edition and edgar at the top. */
    final int header;

    Plan(Field row, boolean top) {
      this.row = row;
      this.bind = Binding.of(row);
      List<Member> members = new ArrayList<>();
      List<Field> deferred = new ArrayList<>();
      collect(row, members, deferred, top);
      this.members = members.toArray(new Member[0]);
      List<String> names = new ArrayList<>();
      if (top) {
        names.add("formatVersion");
        names.add("edition");
        names.add("edgar"); // the filing's EDGAR facts, when written with them: not the model's, read apart
      }
      this.header = names.size();
      if (names.size() + members.size() > 64) {
        throw new IllegalStateException(row + " has more than 64 members");
      }
      members.forEach(m -> names.add(m.name));
      // The same String instances as the literals a parser interns, so that only() compares references.
      this.names = names.stream().map(String::intern).toArray(String[]::new);
      this.nameBytes = names.stream().map(n -> n.getBytes(StandardCharsets.UTF_8))
          .toArray(byte[][]::new);
    }

    private static void collect(Field row, List<Member> members, List<Field> deferred, boolean top) {
      boolean yearKind = false;
      boolean securityTypes = false;
      for (Field child : row.children()) {
        if (Binding.of(child).fromRoot() && !top) {
          continue; // read at the top level (see below)
        }
        if (child.kind() == Kind.WRAPPER) {
          collect(child, members, deferred, top);
          continue;
        }
        if (child.kind() == Kind.YEAR_KIND) {
          if (yearKind) {
            continue;
          }
          yearKind = true;
        }
        if (child.kind() == Kind.SECURITY_TYPE) {
          if (securityTypes) {
            continue;
          }
          securityTypes = true;
        }
        Plan plan = child.kind() == Kind.GROUP ? new Plan(child, false) : null;
        members.add(new Member(child.jsonMember().orElseThrow(), child, plan));
        if (top && child.kind() == Kind.GROUP) {
          fromRoot(child, members);
        }
      }
    }

    /** Rows the model keeps on the filing though XML nests them deeper: members of the top object. */
    private static void fromRoot(Field row, List<Member> members) {
      for (Field child : row.children()) {
        if (Binding.of(child).fromRoot()) {
          collect(child, members, new ArrayList<>(), true);
        } else if (child.kind().holdsFields()) {
          fromRoot(child, members);
        }
      }
    }
  }

  static final Plan ELECTRONIC = new Plan(FormDFields.electronic(), true);

  /**
   * The paper edition's plan, made when a paper filing is first read: building the paper field table takes longer
   * than reading a whole electronic filing at start-up (a one-file JSON validation 0.30 -> 0.25 s).
   */
  static Plan paper() {
    return PaperPlan.PLAN;
  }

  private static final class PaperPlan {
    static final Plan PLAN = new Plan(FormDFields.paper(), true);
  }

  /** Reads an object as its plan says: each member present, set into a new builder of the row's model value. */
  private static Object object(J j, Plan plan) {
    JsonValue node = j.node;
    if (!node.isObject()) {
      throw bad(j.pointer(), "expected an object, found " + kind(node));
    }
    Object builder = plan.bind.newBuilder();
    // One pass over the members as written: each is known (refused otherwise), once (refused twice), and read.
    String[] names = plan.names;
    long seen = 0;
    int next = 0;
    int before = j.problems.count();
    for (int i = 0; i < node.size; i++) {
      try {
        int known = j.known(i, names, next, seen);
        next = known + 1;
        seen |= 1L << known;
        JsonValue value = node.values[i];
        if (known < plan.header || value.kind == JsonValue.Kind.NULL) {
          continue;
        }
        member(j, plan.members[known - plan.header], value, builder);
      } catch (ReadFailure bad) {
        j.problems.readPast(bad.error);
      }
    }
    try {
      return plan.bind.build(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      if (j.problems.count() > before) {
        // A member read past leaves its object incomplete: what it then lacks is not a problem of its own.
        return null;
      }
      String message = e.getMessage() == null ? "" : e.getMessage();
      int open = message.indexOf('[');
      int close = message.indexOf(']', open + 1);
      if (open >= 0 && close > open) {
        String name = message.substring(open + 1, close).split(",")[0].trim();
        throw bad(j.pointer() + "/" + escape(name), "the required member \"" + name + "\" is missing");
      }
      throw bad(j.pointer(), "a Form D cannot hold this: " + message);
    }
  }

  private static void member(J j, Member m, JsonValue value, Object builder) {
    Binding field = m.bind;
    if (field.recorded() && value.isString(CanonicalJsonWriter.NOT_RECORDED)) {
      field.set(builder, Recorded.notRecorded());
      return;
    }
    if (m.list) {
      List<Object> values = field.setsWholeList() ? new ArrayList<>() : null;
      for (J element : new J(value, j, m.step, -1).elements()) {
        Object one;
        try {
          one = element(element, m);
        } catch (ReadFailure bad) {
          j.problems.readPast(bad.error);
          continue;
        }
        if (one == null) {
          continue;
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
      return;
    }
    // The value is in hand: read it as it is (one member lookup per member, no lambda per code).
    Object read = switch (m.kind) {
      case GROUP -> {
        J child = new J(value, j, m.step, -1);
        if (!value.isObject()) {
          throw bad(child.pointer(), "expected an object, found " + kind(value));
        }
        yield object(child, m.plan);
      }
      case TEXT -> j.text(value, m.name);
      case CODE -> {
        String text = j.text(value, m.name);
        try {
          yield code(field, text);
        } catch (UnknownCodeException e) {
          throw bad(j.at(m.name), "unknown code: " + e.getMessage());
        }
      }
      case BOOLEAN -> field.recorded() ? j.recordedBoolean(m.name) : j.bool(value, m.name);
      case FLAG, NONE, ALL_STATES -> j.bool(value, m.name);
      case AMOUNT -> j.usd(value, m.name);
      case OFFERING_AMOUNT -> value.isString(OfferingAmount.INDEFINITE_LITERAL) ? OfferingAmount.INDEFINITE
          : OfferingAmount.of(j.usd(value, m.name));
      case COUNT -> j.integer(value, m.name);
      case DATE -> j.date(value, m.name);
      case YEAR -> Year.of((int) Math.min(j.integer(value, m.name), 999_999_999));
      case YEAR_MONTH -> j.get(m.name).yearMonth();
      case YEAR_KIND -> j.enumValue(m.name, YearOfIncorporation.Kind.class);
      case MARK -> j.mark(m.name);
      case STATED_AMOUNT -> j.stated(m.name);
      case STATED_COUNT -> j.count(m.name);
      // A wrapper has no member of its own (its children are its parent's); Item 9's types are one list.
      case WRAPPER, SECURITY_TYPE ->
        throw new IllegalStateException("no canonical JSON reading for " + m.kind + " (" + field + ")");
    };
    if (read != null) {
      field.set(builder, read);
    }
  }

  /** One element of a list member. */
  private static Object element(J element, Member m) {
    return switch (m.kind) {
      case GROUP -> {
        if (!element.node.isObject()) {
          throw bad(element.pointer(), "expected an object, found " + kind(element.node));
        }
        yield object(element, m.plan);
      }
      case TEXT -> element.text();
      case CODE -> element.code(code -> code(m.bind, code));
      case SECURITY_TYPE -> element.code(SecurityType::fromEdgar);
      // No list in the model holds any other kind.
      case WRAPPER, BOOLEAN, FLAG, AMOUNT, OFFERING_AMOUNT, COUNT, DATE, YEAR, YEAR_MONTH, MARK, STATED_AMOUNT,
          STATED_COUNT, YEAR_KIND, NONE, ALL_STATES ->
        throw new IllegalStateException("no canonical JSON list of " + m.kind + " (" + m.field + ")");
    };
  }

  /**
   * The Java names the writer gives the paper-only values ({@code BENEFICIAL_OWNER}), which have no code, by the
   * property they are read for: looked up before the code, so that a paper filing's cell costs no exception. A
   * name that is also a code or a label of its type is left out (none is): the code wins, as it did.
   */
  private static final Map<String, Map<String, Object>> PAPER_ONLY_NAMES = Map.of(
      "entityType", paperOnlyNames(EntityType.values(), EntityType::edgarCodeIfAny),
      "relationships", paperOnlyNames(Relationship.values(), Relationship::edgarCodeIfAny));

  private static <T extends Enum<T> & EdgarCode> Map<String, Object> paperOnlyNames(T[] values,
      Function<T, Optional<String>> code) {
    Set<String> taken = new HashSet<>();
    for (T value : values) {
      code.apply(value).ifPresent(taken::add);
      taken.add(value.label());
    }
    Map<String, Object> names = new HashMap<>();
    for (T value : values) {
      if (code.apply(value).isEmpty() && !taken.contains(value.name())) {
        names.put(value.name(), value);
      }
    }
    return Map.copyOf(names);
  }

  /** A code, or the Java name the writer gives a paper-only value ({@code BENEFICIAL_OWNER}), which has none. */
  static Object code(Binding field, String code) {
    Map<String, Object> names = code == null ? null : PAPER_ONLY_NAMES.get(field.property());
    Object paperOnly = names == null ? null : names.get(code);
    return paperOnly != null ? paperOnly : field.parse(code);
  }

  private static ReadFailure bad(String pointer, String problem) {
    return new ReadFailure(FormDReadException.atJson(problem, pointer, null));
  }

  private static String kind(JsonValue node) {
    return node == null ? "nothing" : node.kind.label();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * A JSON value and where it is; the JSON Pointer is only spelled out when an error needs it. Leaf accessors
   * ({@link #str}, {@link #bool}, {@link #code(String, Function)}, …) read a member without wrapping it.
   */
  private static final class J {
    final JsonValue node;
    private final J parent;
    /** The escaped member name, or null for an array element (then {@link #index}) or the root. */
    private final String step;
    private final int index;
    private String pointer;
    /** The problems of the whole read, shared by every value of it. */
    final ReadProblems problems;

    J(JsonValue node, String pointer) {
      this.node = node;
      this.parent = null;
      this.step = null;
      this.index = -1;
      this.pointer = pointer;
      this.problems = new ReadProblems();
    }

    private J(JsonValue node, J parent, String step, int index) {
      this.node = node;
      this.parent = parent;
      this.step = step;
      this.index = index;
      this.problems = parent.problems;
    }

    String pointer() {
      if (pointer == null) {
        pointer = parent.pointer() + "/" + (step != null ? step : Integer.toString(index));
      }
      return pointer;
    }

    /** @return the pointer of the member {@code name} of this object, or of this value if name is null */
    private String at(String name) {
      return name == null ? pointer() : pointer() + "/" + escape(name);
    }

    /** Refuses members not in {@code names} (at most 64) and members given twice. */
    void only(String... names) {
      if (!node.isObject()) {
        throw bad(pointer(), "expected an object, found " + kind(node));
      }
      long seen = 0;
      int next = 0;
      for (int i = 0; i < node.size; i++) {
        int known = known(i, names, next, seen);
        next = known + 1;
        seen |= 1L << known;
      }
    }

    /**
     * @return the index in {@code names} (at most 64) of this object's member {@code i}, looked for from
     *     {@code next} on and wrapping around, as members usually come in the order of names
     * @throws ReadFailure for a member not in names, or one already {@code seen}
     */
    int known(int i, String[] names, int next, long seen) {
      String field = node.names[i];
      for (int step = 0; step < names.length; step++) {
        int k = next + step < names.length ? next + step : next + step - names.length;
        if (names[k] == field || !node.internedNames && names[k].equals(field)) {
          if ((seen & (1L << k)) != 0) {
            throw bad(pointer() + "/" + escape(field), "the member \"" + field + "\" appears twice");
          }
          return k;
        }
      }
      throw bad(pointer() + "/" + escape(field), "unknown member \"" + field + "\"; expected one of "
          + String.join(", ", names));
    }

    /** @return the member's value, or null if it is absent or JSON null */
    private JsonValue present(String name) {
      JsonValue child = node.member(name);
      return child == null || child.kind == JsonValue.Kind.NULL ? null : child;
    }

    private JsonValue required(String name) {
      JsonValue child = present(name);
      if (child == null) {
        throw bad(at(name), "the required member \"" + name + "\" is missing");
      }
      return child;
    }

    J get(String name) {
      return new J(required(name), this, escape(name), -1);
    }

    Optional<J> opt(String name) {
      JsonValue child = present(name);
      return child == null ? Optional.empty() : Optional.of(new J(child, this, escape(name), -1));
    }

    J obj(String name) {
      J child = get(name);
      if (!child.node.isObject()) {
        throw bad(child.pointer(), "expected an object, found " + kind(child.node));
      }
      return child;
    }

    List<J> elements() {
      if (!node.isArray()) {
        throw bad(pointer(), "expected an array, found " + kind(node));
      }
      List<J> list = new ArrayList<>(node.size);
      for (int i = 0; i < node.size; i++) {
        list.add(new J(node.values[i], this, null, i));
      }
      return list;
    }

    // ---- leaves: each takes the value and the member name it came from (null: this value itself) ----

    private String text(JsonValue value, String name) {
      if (!value.isString()) {
        throw bad(at(name), "expected a string, found " + kind(value));
      }
      return value.text;
    }

    private boolean bool(JsonValue value, String name) {
      if (value.kind != JsonValue.Kind.BOOLEAN) {
        throw bad(at(name), "expected true or false, found " + kind(value));
      }
      return value.bool;
    }

    private long integer(JsonValue value, String name) {
      long result = -1;
      if (value.integral) {
        try {
          result = Long.parseLong(value.text);
        } catch (NumberFormatException e) {
          // too large: reported below
        }
      }
      if (result < 0) {
        throw bad(at(name), "expected a non-negative whole number, found "
            + (value.kind == JsonValue.Kind.NUMBER ? value.text : kind(value)));
      }
      return result;
    }

    private UsdAmount usd(JsonValue value, String name) {
      String text = value.isString() || value.integral ? value.text : wholeNumber(value);
      if (text == null || !Lexical.isAmount(text)) {
        throw bad(at(name), "expected an amount of US dollars as a string of digits (optionally with cents, e.g. "
            + "\"1000.50\"), found "
            + (value.isString() ? "'" + Lexical.shorten(text) + "'" : value.kind == JsonValue.Kind.NUMBER ? value.text
                : kind(value)));
      }
      return UsdAmount.parse(text);
    }

    /**
     * A JSON number whose value is a whole number of dollars however it is spelled ({@code 9699000.0}, {@code
     * 9.699E6}), as JSON Schema counts it an integer; null for anything else (a fraction, a negative, not a number).
     */
    private static String wholeNumber(JsonValue value) {
      if (value.kind != JsonValue.Kind.NUMBER || value.text.length() > 40) {
        return null;
      }
      try {
        BigDecimal number = new BigDecimal(value.text).stripTrailingZeros();
        return number.signum() >= 0 && number.scale() <= 0 && number.precision() - number.scale() <= 30
            ? number.toPlainString() : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private LocalDate date(JsonValue value, String name) {
      String text = text(value, name);
      LocalDate date = Lexical.date(text);
      if (date == null) {
        throw bad(at(name), "expected a date YYYY-MM-DD, found '" + Lexical.shorten(text) + "'");
      }
      return date;
    }

    private <T> T code(JsonValue value, String name, Function<String, T> lookup) {
      String text = text(value, name);
      try {
        return lookup.apply(text);
      } catch (UnknownCodeException e) {
        throw bad(at(name), "unknown code: " + e.getMessage());
      }
    }

    /** Reads an optional member with one of the leaf readers below: empty when absent or null. */
    private <T> Optional<T> optional(String name, BiFunction<JsonValue, String, T> leaf) {
      JsonValue value = present(name);
      return value == null ? Optional.empty() : Optional.of(leaf.apply(value, name));
    }

    String text() {
      return text(node, null);
    }

    String str(String name) {
      return text(required(name), name);
    }

    Optional<String> optStr(String name) {
      return optional(name, this::text);
    }

    long integer(String name) {
      return integer(required(name), name);
    }

    Optional<Long> optInteger(String name) {
      return optional(name, this::integer);
    }

    UsdAmount usd() {
      return usd(node, null);
    }

    YearMonth yearMonth() {
      String text = text();
      YearMonth month = Lexical.yearMonth(text);
      if (month != null) {
        return month;
      }
      try {
        return YearMonth.parse(text);
      } catch (DateTimeParseException e) {
        throw bad(pointer(), "expected a month YYYY-MM, found '" + Lexical.shorten(text) + "'");
      }
    }

    <T> T code(Function<String, T> lookup) {
      return code(node, null, lookup);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
      String text = str(name);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      throw bad(at(name), "'" + Lexical.shorten(text) + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }

    Mark mark(String name) {
      return enumValue(name, Mark.class);
    }

    Recorded<Boolean> recordedBoolean(String name) {
      JsonValue value = required(name);
      if (value.isString(CanonicalJsonWriter.NOT_RECORDED)) {
        return Recorded.notRecorded();
      }
      if (value.kind != JsonValue.Kind.BOOLEAN) {
        throw bad(at(name), "expected true, false or \"NOT_RECORDED\", found " + kind(value));
      }
      return Recorded.of(value.bool);
    }

    StatedAmount stated(String name) {
      J value = obj(name);
      value.only("amount", "asWritten");
      Optional<UsdAmount> amount = value.opt("amount").map(J::usd);
      Optional<String> written = value.optStr("asWritten");
      if (written.isPresent() && written.get().isBlank()) {
        throw bad(value.pointer() + "/asWritten", "a written token must not be blank; leave it out instead");
      }
      if (written.isEmpty()) {
        return amount.map(StatedAmount::of).orElse(StatedAmount.blank());
      }
      return amount.map(a -> StatedAmount.written(written.get(), a))
          .orElseGet(() -> StatedAmount.written(written.get()));
    }

    StatedCount count(String name) {
      J value = obj(name);
      value.only("count", "asWritten");
      Optional<Long> count = value.optInteger("count");
      Optional<String> written = value.optStr("asWritten");
      if (written.isPresent() && written.get().isBlank()) {
        throw bad(value.pointer() + "/asWritten", "a written token must not be blank; leave it out instead");
      }
      if (written.isEmpty()) {
        return count.map(StatedCount::of).orElse(StatedCount.blank());
      }
      return count.map(c -> StatedCount.written(written.get(), c)).orElseGet(() -> StatedCount.written(written.get()));
    }
  }
}
