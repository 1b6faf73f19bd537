package io.formd.core.rules;

import java.util.Map;
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

  /** @return the path of the part of the filing concerned; empty for the whole filing */
  String path();

  /** @return what was found and what was expected */
  String message();

  /** @return the source of the rule: a paragraph of the reference documents or an XSD type */
  String citation();

  /** @return the values involved, by name, in the order the rule gave them */
  Map<String, String> values();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding} values. */
  final class Builder extends ImmutableFinding.Builder {}
}
