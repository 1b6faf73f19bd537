package io.formd.core.rules;

import io.formd.core.fields.Field;
import io.formd.core.fields.FieldWalk;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.UsdAmount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The schema's limits, read from the field table ({@link FormDFields}) rather than written out per rule: for each
 * rule id, the rows whose {@link Field#limitRule()} names it are checked for text length (the schema's
 * {@code minLength}/{@code maxLength}), list size ({@code maxOccurs}) and, for amounts and counts, whole dollars of
 * at most 12 digits ({@code POSITIVE_INTEGER_TYPE}, {@code AMOUNT_OR_INDEFINITE}). A rule that checks more (a
 * pattern, a missing part) adds its own check beside this one.
 */
final class FieldLimits {

  private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");
  private static final long MAX_COUNT = 999_999_999_999L;
  private static final Map<String, FieldWalk> WALKS = new ConcurrentHashMap<>();

  private FieldLimits() {}

  /** @return the rows of the electronic table whose limits rule {@code ruleId} checks, as a walk */
  static FieldWalk rows(String ruleId) {
    return WALKS.computeIfAbsent(ruleId, id -> FieldWalk.of(FormDFields.electronic(),
        field -> field.limitRule().filter(id::equals).isPresent()));
  }

  /** Visits the texts of the rows rule {@code ruleId} checks, with their paths. */
  static void texts(String ruleId, ElectronicFormD filing, BiConsumer<String, String> visitor) {
    rows(ruleId).walk(filing, (field, value, at) -> {
      if (field.kind() == Kind.TEXT) {
        visitor.accept(at.path(), (String) value);
      }
    });
  }

  /**
   * @param ruleId a rule id
   * @return a check of the lengths, list sizes and amounts of the rows rule {@code ruleId} checks
   */
  static Rule.ElectronicCheck check(String ruleId) {
    FieldWalk walk = rows(ruleId);
    return (filing, context, r) -> walk.walk(filing, new FieldWalk.Visitor() {
      @Override
      public void visit(Field field, Object value, FieldWalk.Cursor at) {
        switch (field.kind()) {
          case TEXT:
            length(field, (String) value, at, r);
            break;
          case AMOUNT:
            amount((UsdAmount) value, at, r);
            break;
          case OFFERING_AMOUNT:
            ((OfferingAmount) value).amount().ifPresent(a -> amount(a, at, r));
            break;
          case COUNT:
            long count = (Long) value;
            if (count > MAX_COUNT) {
              r.report(at.path(), field.label() + " " + count + " has more than 12 digits", "count", count);
            }
            break;
          default:
            break;
        }
      }

      @Override
      public void list(Field field, List<?> values, FieldWalk.Cursor at) {
        if (values.size() > field.maxOccurs()) {
          r.report(at.path(), "lists " + values.size() + " of " + field.label() + "; the schema allows at most "
              + field.maxOccurs(), "count", values.size(), "maximum", field.maxOccurs());
        }
      }
    });
  }

  private static void length(Field field, String value, FieldWalk.Cursor at, Reporter r) {
    int min = field.minLength();
    int max = field.xsdMaxLength().orElse(Integer.MAX_VALUE);
    int length = value.length();
    if (length < min || length > max) {
      r.report(at.path(), (length < min ? "is empty" : "is " + length + " characters long") + "; the schema allows "
          + (min == 0 ? "at most " + max : max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max)
          + " characters", "length", length, "maximum", max == Integer.MAX_VALUE ? "none" : max);
    }
  }

  private static void amount(UsdAmount amount, FieldWalk.Cursor at, Reporter r) {
    if (!amount.isWholeDollars()) {
      r.report(at.path(), "amount " + amount.toPlainString() + " has cents; the electronic form takes whole dollars",
          "amount", amount.toPlainString());
    } else if (amount.value().compareTo(MAX_AMOUNT) > 0) {
      r.report(at.path(), "amount " + amount.toPlainString() + " has more than 12 digits", "amount",
          amount.toPlainString());
    }
  }
}
