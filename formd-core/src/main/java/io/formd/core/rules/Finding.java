package io.formd.core.rules;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a rule found wrong with a filing: which rule, how serious, where (a path into the filing, see the
 * package documentation), what (a message a filer understands, saying what was found and what was expected),
 * the values involved, and where the rule comes from.
 */
@Value.Immutable
public interface Finding {

  /** @return the stable id of the rule, e.g. {@code D-ARITH-REMAINING} */
  String ruleId();

  /** @return the rule's severity */
  Severity severity();

  /**
   * @return on what the severity rests: "EDGAR suspends", "the XSD forbids", "the regulation requires", "likely a
   *     mistake", "a prompt" ({@link Basis}); by default the usual one of the severity
   */
  @Value.Default
  default Basis basis() {
    return Basis.of(severity());
  }

  /** @return the path of the part of the filing concerned; empty for the whole filing */
  String path();

  /** @return what was found and what was expected */
  String message();

  /** @return the source of the rule: a paragraph of the reference documents or an XSD type */
  String citation();

  /** @return the values involved, by name, in the order the rule gave them */
  Map<String, String> values();

  /**
   * @return where the path is on the printed form, from the field table ({@code io.formd.core.fields}):
   *     {@code "Item 13, Total Remaining to be Sold"}, {@code "Part C, Question 4.a, Total"}; empty for the whole
   *     filing
   */
  Optional<String> place();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding} values. */
  final class Builder extends ImmutableFinding.Builder {}
}
