package io.formd.json.canonical;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.formd.core.fields.Field;
import io.formd.core.fields.internal.Binding;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.EdgarCode;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.FormD;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.Recorded;
import io.formd.core.model.Relationship;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
import io.formd.core.model.UsdAmount;
import io.formd.json.EdgarFacts;
import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the canonical JSON form of a filing (format version {@value #FORMAT_VERSION}), documented in the
 * README and described by the JSON Schema {@code io/formd/json/formd.schema.json}.
 *
 * <p>Conventions: member names are the model's accessor names; an absent optional part is left out; a list is
 * always written; amounts of money are JSON strings of plain digits ({@code "9699000"}, {@code "0.5"}), never
 * numbers, so no reader turns them into doubles; counts are integers; dates are {@code YYYY-MM-DD}; a code is
 * its EDGAR string, or the Java constant name for the paper-only values that have none; a box or answer the
 * source does not record is {@code "NOT_RECORDED"}.
 */
public final class CanonicalJsonWriter {

  static final int FORMAT_VERSION = 1;
  static final String NOT_RECORDED = "NOT_RECORDED";

  private final JsonGenerator g;

  public CanonicalJsonWriter(JsonGenerator g) {
    this.g = g;
  }

  public void write(FormD filing) throws IOException {
    write(filing, null);
  }

  /** Writes the filing with its EDGAR facts (null: none) as the member {@code edgar} after the edition. */
  public void write(FormD filing, EdgarFacts edgar) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    g.writeStringField("edition", filing.edition().name());
    if (edgar != null) {
      g.writeObjectFieldStart("edgar");
      g.writeStringField("accessionNumber", edgar.accessionNumber());
      if (edgar.filedDate().isPresent()) {
        g.writeStringField("filedDate", edgar.filedDate().get().toString());
      }
      if (edgar.fileNumber().isPresent()) {
        g.writeStringField("fileNumber", edgar.fileNumber().get());
      }
      g.writeEndObject();
    }
    Plan root = filing instanceof ElectronicFormD ? ELECTRONIC : PaperPlan.PLAN;
    List<Plan> deferred = new ArrayList<>(1);
    members(root, filing, filing, deferred, true);
    g.writeEndObject();
  }

  /** A row and what writing it needs, looked up once from the field table. */
  private static final class Plan {
    final Field field;
    final Binding bind;
    final Kind kind;
    final String name;
    /** The name, quoted and encoded once: Jackson copies its bytes. */
    final SerializedString serialized;
    final boolean list;
    final boolean fromRoot;
    final Plan[] children;

    Plan(Field field) {
      this.field = field;
      this.bind = Binding.of(field);
      this.kind = field.kind();
      this.name = field.jsonMember().orElse("");
      this.serialized = new SerializedString(name);
      this.list = field.isList();
      this.fromRoot = Binding.of(field).fromRoot();
      this.children = field.children().stream().map(Plan::new).toArray(Plan[]::new);
    }
  }

  private static final Plan ELECTRONIC = new Plan(FormDFields.electronic());
  /** Made when a paper filing is first written (the paper field table is built only for paper filings). */
  private static final class PaperPlan {
    static final Plan PLAN = new Plan(FormDFields.paper());
  }

  /**
   * Writes the members for the rows below {@code row} (whose model value is {@code value}) into the object being
   * written. A row the model keeps on the filing though XML nests it deeper ({@code signatureBlock}) is written at
   * the top level, after the member that holds it.
   */
  private void members(Plan row, Object value, Object filing, List<Plan> deferred, boolean top) throws IOException {
    boolean yearKindWritten = false;
    boolean securityTypesWritten = false;
    Plan[] children = row.children;
    for (int i = 0; i < children.length; i++) {
      Plan child = children[i];
      if (child.fromRoot && !top) {
        deferred.add(child);
        continue;
      }
      Object base = child.fromRoot ? filing : value;
      if (child.kind == Kind.WRAPPER) {
        members(child, base, filing, deferred, top);
      } else if (child.kind == Kind.YEAR_KIND) {
        if (!yearKindWritten) {
          g.writeFieldName(child.serialized);
          g.writeString(((Enum<?>) child.bind.get(base)).name());
          yearKindWritten = true;
        }
      } else if (child.kind == Kind.SECURITY_TYPE) {
        if (!securityTypesWritten) {
          g.writeFieldName(child.serialized);
          g.writeStartArray();
          for (Object type : (Collection<?>) child.bind.get(base)) {
            g.writeString(((EdgarCode) type).edgarCode());
          }
          g.writeEndArray();
          securityTypesWritten = true;
        }
      } else {
        member(child, child.bind.get(base), filing, deferred);
      }
      if (top && !deferred.isEmpty()) {
        for (Plan later : deferred) {
          members(later, filing, filing, new ArrayList<>(0), true);
        }
        deferred.clear();
      }
    }
  }

  /** One member: its value as the model holds it (a value, an Optional, a List or a Recorded). */
  private void member(Plan row, Object raw, Object filing, List<Plan> deferred) throws IOException {
    if (raw instanceof Optional) {
      if (((Optional<?>) raw).isEmpty()) {
        return;
      }
      raw = ((Optional<?>) raw).get();
    } else if (raw instanceof Recorded) {
      if (!((Recorded<?>) raw).isRecorded()) {
        g.writeFieldName(row.serialized);
        g.writeString(NOT_RECORDED);
        return;
      }
      raw = ((Recorded<?>) raw).value();
    }
    g.writeFieldName(row.serialized);
    if (row.list) {
      Collection<?> values = (Collection<?>) raw;
      if (values instanceof Set) {
        values = new TreeSet<>(values);
      }
      g.writeStartArray();
      for (Object element : values) {
        value(row, element, filing, deferred);
      }
      g.writeEndArray();
    } else {
      value(row, raw, filing, deferred);
    }
  }

  /** One value of a row, by the row's kind. */
  private void value(Plan row, Object value, Object filing, List<Plan> deferred) throws IOException {
    switch (row.kind) {
      case GROUP -> {
        g.writeStartObject();
        members(row, value, filing, deferred, false);
        g.writeEndObject();
      }
      case TEXT, DATE, YEAR_MONTH -> g.writeString(value.toString());
      case CODE -> g.writeString(code((EdgarCode) value));
      case BOOLEAN, FLAG, NONE, ALL_STATES -> g.writeBoolean((Boolean) value);
      case AMOUNT -> g.writeString(((UsdAmount) value).toPlainString());
      case OFFERING_AMOUNT -> g.writeString(((OfferingAmount) value).toEdgarString());
      case COUNT -> g.writeNumber((Long) value);
      case YEAR -> g.writeNumber(((Year) value).getValue());
      case MARK -> g.writeString(((Enum<?>) value).name());
      case STATED_AMOUNT -> {
        StatedAmount amount = (StatedAmount) value;
        g.writeStartObject();
        if (amount.amount().isPresent()) {
          g.writeStringField("amount", amount.amount().get().toPlainString());
        }
        opt("asWritten", amount.asWritten());
        g.writeEndObject();
      }
      case STATED_COUNT -> {
        StatedCount count = (StatedCount) value;
        g.writeStartObject();
        if (count.count().isPresent()) {
          g.writeNumberField("count", count.count().get());
        }
        opt("asWritten", count.asWritten());
        g.writeEndObject();
      }
      // A wrapper has no value of its own; the year-of-incorporation and Item 9 flags are written by their groups.
      case WRAPPER, YEAR_KIND, SECURITY_TYPE ->
        throw new IllegalStateException("no canonical JSON for " + row.kind + " (" + row.field + ")");
    }
  }

  /** A code's EDGAR string, or the Java constant name of a paper-only value, which has none. */
  static String code(EdgarCode code) {
    if (code instanceof EntityType) {
      return entityType((EntityType) code);
    }
    if (code instanceof Relationship) {
      return ((Relationship) code).edgarCodeIfAny().orElse(((Relationship) code).name());
    }
    return code.edgarCode();
  }

  static String entityType(EntityType type) {
    return type.edgarCodeIfAny().orElse(type.name());
  }

  private void opt(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}
