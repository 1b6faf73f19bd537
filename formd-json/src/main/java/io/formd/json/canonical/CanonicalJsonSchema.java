package io.formd.json.canonical;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.formd.core.fields.Field;
import io.formd.core.fields.internal.Binding;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.EdgarCode;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.Recorded;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Generates the JSON Schema (2020-12) of canonical JSON, format version 1, from the field tables of both editions
 * ({@link FormDFields}): one object per group row, one member per row, in the rows' order, with the types their
 * kinds give. The shipped {@code io/formd/json/formd.schema.json} is this generator's output (a test proves it);
 * after changing the table, write it anew:
 *
 * <pre>
 * java -cp formd-json/target/classes:formd-core/target/classes:$(jackson-core jar) io.formd.json.CanonicalJsonSchema \
 *     &gt; formd-json/src/main/resources/io/formd/json/formd.schema.json
 * </pre>
 *
 * <p>A build tool, not used when reading or writing: it reads the model's declared return types (whether a member
 * is optional, a list or a recorded answer, and the constants of a code list) by reflection, which formd never does
 * at run time.
 */
public final class CanonicalJsonSchema {

  /** The code lists met, written once each under {@code $defs} and referred to. */
  private final Set<Class<?>> codeLists = new LinkedHashSet<>();
  /** Rows met below the top that the model keeps on the filing: written at the top, after their holder. */
  private final List<Field> deferred = new ArrayList<>();

  private CanonicalJsonSchema() {}

  /** How the model holds a row's value. */
  private enum Holder { VALUE, OPTIONAL, LIST, RECORDED, RECORDED_LIST }

  /** What a row's accessor returns, read from the model's declared types. */
  private static final class Declared {
    Holder holder = Holder.VALUE;
    Class<?> type;
  }

  public static void main(String[] args) {
    System.out.print(generate());
  }

  /** @return the schema, as the shipped file holds it */
  public static String generate() {
    return new CanonicalJsonSchema().write();
  }

  private String write() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
      g.writeStringField("$id", "https://formd.io/schema/formd-1.schema.json");
      g.writeStringField("title", "formd canonical JSON, format version 1");
      g.writeStringField("description", "A SEC Form D filing of either edition, as io.formd.json.FormDJson writes "
          + "it. Member names are the accessor names of io.formd.core.model; amounts are strings of digits "
          + "(whole-dollar integers are read too); codes are EDGAR strings (or Java constant names for paper-only "
          + "values); NOT_RECORDED marks what a paper transcription lost. Generated from the field table "
          + "(io.formd.core.fields) by io.formd.json.CanonicalJsonSchema.");
      g.writeArrayFieldStart("oneOf");
      ref(g, "electronicFormD");
      ref(g, "paperFormD");
      g.writeEndArray();
      g.writeObjectFieldStart("$defs");
      common(g);
      g.writeFieldName("electronicFormD");
      root(g, FormDFields.electronic(), ElectronicFormD.class, "ELECTRONIC");
      g.writeFieldName("paperFormD");
      root(g, FormDFields.paper(), PaperFormD.class, "PAPER");
      for (Class<?> list : codeLists) {
        g.writeObjectFieldStart(list.getSimpleName());
        g.writeArrayFieldStart("enum");
        for (Object constant : list.getEnumConstants()) {
          g.writeString(CanonicalJsonWriter.code((EdgarCode) constant));
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + "\n";
  }

  private void ref(JsonGenerator g, String def) throws IOException {
    g.writeStartObject();
    g.writeStringField("$ref", "#/$defs/" + def);
    g.writeEndObject();
  }

  /** A string of the pattern, or a non-negative JSON integer of at most 30 digits. */
  private static void money(JsonGenerator g, String pattern) throws IOException {
    g.writeArrayFieldStart("oneOf");
    g.writeStartObject();
    g.writeStringField("type", "string");
    g.writeStringField("pattern", pattern);
    g.writeEndObject();
    g.writeStartObject();
    g.writeStringField("type", "integer");
    g.writeNumberField("minimum", 0);
    g.writeEndObject();
    g.writeEndArray();
  }

  private void common(JsonGenerator g) throws IOException {
    // formd writes money as a string of digits; it reads a whole-dollar JSON integer too (a fraction as a JSON
    // number is refused: binary floating point cannot hold cents exactly).
    g.writeObjectFieldStart("usd");
    g.writeStringField("description", "US dollars: written as plain digits with at most two decimals (\"9699000\", "
        + "\"0.5\"); a whole number of dollars as a JSON integer is read too, never a fractional JSON number");
    money(g, "^[0-9]{1,30}(\\.[0-9]{1,2})?$");
    g.writeEndObject();
    g.writeObjectFieldStart("offeringAmount");
    g.writeStringField("description", "an amount as usd, or \"Indefinite\"");
    money(g, "^(Indefinite|[0-9]{1,30}(\\.[0-9]{1,2})?)$");
    g.writeEndObject();
    g.writeObjectFieldStart("date");
    g.writeStringField("type", "string");
    g.writeStringField("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    g.writeEndObject();
    g.writeObjectFieldStart("count");
    g.writeStringField("type", "integer");
    g.writeNumberField("minimum", 0);
    g.writeEndObject();
    g.writeObjectFieldStart("recordedBoolean");
    g.writeArrayFieldStart("oneOf");
    g.writeStartObject();
    g.writeStringField("type", "boolean");
    g.writeEndObject();
    g.writeStartObject();
    g.writeStringField("const", CanonicalJsonWriter.NOT_RECORDED);
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("statedAmount");
    statedCell(g, "amount", "usd");
    g.writeObjectFieldStart("statedCount");
    statedCell(g, "count", "count");
  }

  private void statedCell(JsonGenerator g, String value, String def) throws IOException {
    g.writeStringField("type", "object");
    g.writeBooleanField("additionalProperties", false);
    g.writeStringField("description", "a paper cell: its value, and the text as written where it is not a plain "
        + "number ('-0-', 'n/a')");
    g.writeObjectFieldStart("properties");
    g.writeFieldName(value);
    ref(g, def);
    g.writeObjectFieldStart("asWritten");
    g.writeStringField("type", "string");
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void root(JsonGenerator g, Field root, Class<?> type, String edition) throws IOException {
    List<Member> members = new ArrayList<>();
    members.add(new Member("formatVersion", w -> {
      w.writeNumberField("const", CanonicalJsonWriter.FORMAT_VERSION);
    }, true));
    members.add(new Member("edition", w -> w.writeStringField("const", edition), true));
    members.add(new Member("edgar", w -> {
      w.writeStringField("type", "object");
      w.writeStringField("description", "What EDGAR says of the filing beside its document (its full submission "
          + "file's header, or the SEC's data sets): not part of the Form D");
      w.writeBooleanField("additionalProperties", false);
      w.writeArrayFieldStart("required");
      w.writeString("accessionNumber");
      w.writeEndArray();
      w.writeObjectFieldStart("properties");
      w.writeObjectFieldStart("accessionNumber");
      w.writeStringField("type", "string");
      w.writeStringField("pattern", "^[0-9]{10}-[0-9]{2}-[0-9]{6}$");
      w.writeEndObject();
      w.writeObjectFieldStart("filedDate");
      w.writeStringField("$ref", "#/$defs/date");
      w.writeEndObject();
      w.writeObjectFieldStart("fileNumber");
      w.writeStringField("type", "string");
      w.writeEndObject();
      w.writeEndObject();
    }, false));
    collect(root, type, members, true);
    object(g, members, root.label());
  }

  /** One member of an object: its name, its schema, whether the writer always writes it. */
  private static final class Member {
    final String name;
    final Body body;
    final boolean required;

    Member(String name, Body body, boolean required) {
      this.name = name;
      this.body = body;
      this.required = required;
    }
  }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private void object(JsonGenerator g, List<Member> members, String description) throws IOException {
    g.writeStartObject();
    objectFields(g, members, description);
    g.writeEndObject();
  }

  /** The fields of an object's schema, into the object already open. */
  private void objectFields(JsonGenerator g, List<Member> members, String description) throws IOException {
    g.writeStringField("type", "object");
    g.writeStringField("description", description);
    g.writeBooleanField("additionalProperties", false);
    g.writeObjectFieldStart("properties");
    for (Member m : members) {
      g.writeObjectFieldStart(m.name);
      m.body.write(g);
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("required");
    for (Member m : members) {
      if (m.required) {
        g.writeString(m.name);
      }
    }
    g.writeEndArray();
  }

  /**
   * The members for the rows below {@code row}, whose model type is {@code type}; rows the model keeps on the
   * filing ({@code signatureBlock}) go to the top level, after the member that holds them.
   */
  private void collect(Field row, Class<?> type, List<Member> members, boolean top) {
    boolean yearKind = false;
    boolean securityTypes = false;
    for (Field child : row.children()) {
      if (Binding.of(child).fromRoot() && !top) {
        deferred.add(child);
        continue;
      }
      Class<?> base = Binding.of(child).fromRoot() ? topType(row) : type;
      if (child.kind() == Kind.WRAPPER) {
        collect(child, base, members, top);
      } else if (child.kind() == Kind.YEAR_KIND) {
        if (!yearKind) {
          Declared d = declared(base, child);
          members.add(new Member(child.jsonMember().orElseThrow(), g -> enumNames(g, d.type), true));
          yearKind = true;
        }
      } else if (child.kind() == Kind.SECURITY_TYPE) {
        if (!securityTypes) {
          Declared d = declared(base, child);
          members.add(new Member(child.jsonMember().orElseThrow(), g -> {
            g.writeStringField("type", "array");
            g.writeObjectFieldStart("items");
            codes(g, d.type);
            g.writeEndObject();
          }, true));
          securityTypes = true;
        }
      } else {
        Declared d = declared(base, child);
        // A group's members are collected now, so that rows it holds for the top level are met in order.
        List<Member> nested = null;
        if (child.kind() == Kind.GROUP) {
          nested = new ArrayList<>();
          collect(child, d.type, nested, false);
        }
        List<Member> groupMembers = nested;
        members.add(new Member(child.jsonMember().orElseThrow(), g -> member(g, child, d, groupMembers),
            d.holder != Holder.OPTIONAL));
      }
      if (top && !deferred.isEmpty()) {
        List<Field> later = new ArrayList<>(deferred);
        deferred.clear();
        for (Field field : later) {
          collect(field, topType(row), members, true);
        }
      }
    }
  }

  private Class<?> topType(Field row) {
    return row.edition() == Edition.PAPER ? PaperFormD.class : ElectronicFormD.class;
  }

  private void member(JsonGenerator g, Field row, Declared d, List<Member> group) throws IOException {
    switch (d.holder) {
      case LIST:
        g.writeStringField("type", "array");
        g.writeObjectFieldStart("items");
        value(g, row, d.type, group);
        g.writeEndObject();
        break;
      case RECORDED_LIST:
        g.writeArrayFieldStart("oneOf");
        g.writeStartObject();
        g.writeStringField("type", "array");
        g.writeObjectFieldStart("items");
        value(g, row, d.type, group);
        g.writeEndObject();
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("const", CanonicalJsonWriter.NOT_RECORDED);
        g.writeEndObject();
        g.writeEndArray();
        break;
      case RECORDED:
        g.writeStringField("$ref", "#/$defs/recordedBoolean");
        break;
      default:
        value(g, row, d.type, group);
        break;
    }
  }

  private void value(JsonGenerator g, Field row, Class<?> type, List<Member> members) throws IOException {
    switch (row.kind()) {
      case GROUP -> objectFields(g, members, row.place());
      case TEXT -> g.writeStringField("type", "string");
      case CODE -> codes(g, type);
      case BOOLEAN, FLAG, NONE, ALL_STATES -> g.writeStringField("type", "boolean");
      case AMOUNT -> g.writeStringField("$ref", "#/$defs/usd");
      case OFFERING_AMOUNT -> g.writeStringField("$ref", "#/$defs/offeringAmount");
      case COUNT -> g.writeStringField("$ref", "#/$defs/count");
      case DATE -> g.writeStringField("$ref", "#/$defs/date");
      case YEAR -> g.writeStringField("type", "integer");
      case YEAR_MONTH -> {
        g.writeStringField("type", "string");
        g.writeStringField("pattern", "^[0-9]{4}-[0-9]{2}$");
      }
      case MARK -> enumNames(g, type);
      case STATED_AMOUNT -> g.writeStringField("$ref", "#/$defs/statedAmount");
      case STATED_COUNT -> g.writeStringField("$ref", "#/$defs/statedCount");
      case WRAPPER, YEAR_KIND, SECURITY_TYPE ->
        throw new IllegalStateException("no JSON schema for " + row.kind() + " (" + row + ")");
    }
    if (row.kind() != Kind.GROUP && row.printedLabel().isPresent()) {
      g.writeStringField("description", row.place());
    }
  }

  /**
   * A code list, by reference: its EDGAR strings (and the Java names of paper-only values, which have none) are
   * written once under {@code $defs}, named by the model's enum.
   */
  private void codes(JsonGenerator g, Class<?> type) throws IOException {
    codeLists.add(type);
    g.writeStringField("$ref", "#/$defs/" + type.getSimpleName());
  }

  private void enumNames(JsonGenerator g, Class<?> type) throws IOException {
    g.writeArrayFieldStart("enum");
    for (Object constant : type.getEnumConstants()) {
      g.writeString(((Enum<?>) constant).name());
    }
    g.writeEndArray();
  }

  /** What the accessor of {@code row} on {@code type} returns, by the model's declared return type. */
  private Declared declared(Class<?> type, Field row) {
    // Canonical JSON's member names are the model's accessor names (primaryIssuer, additionalIssuers).
    String name = row.jsonMember().orElseThrow();
    Method accessor;
    try {
      accessor = type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no accessor " + name + " (" + row + ")", e);
    }
    Declared d = new Declared();
    Type t = accessor.getGenericReturnType();
    boolean recorded = false;
    boolean list = false;
    boolean optional = false;
    while (t instanceof ParameterizedType) {
      Class<?> raw = (Class<?>) ((ParameterizedType) t).getRawType();
      if (raw == Optional.class) {
        optional = true;
      } else if (raw == Recorded.class) {
        recorded = true;
      } else if (Collection.class.isAssignableFrom(raw)) {
        list = true;
      } else {
        break;
      }
      t = ((ParameterizedType) t).getActualTypeArguments()[0];
    }
    d.type = t instanceof Class ? (Class<?>) t : (Class<?>) ((ParameterizedType) t).getRawType();
    d.holder = recorded && list ? Holder.RECORDED_LIST : recorded ? Holder.RECORDED : list ? Holder.LIST
        : optional ? Holder.OPTIONAL : Holder.VALUE;
    return d;
  }
}
