package io.formd.core.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a rule may know besides the filing: the date the rule set is applied as of, and the date the filing
 * was (or will be) filed, when the caller knows it.
 */
public final class RuleContext {

  private final LocalDate asOf;
  private final LocalDate filingDate;

  RuleContext(LocalDate asOf, LocalDate filingDate) {
    this.asOf = asOf;
    this.filingDate = filingDate;
  }

  /** @return the date the rules are applied as of; empty when the filing has no date and none was fixed */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** @return the date of filing with the SEC, when the caller gave one (deadline rules need it) */
  public Optional<LocalDate> filingDate() {
    return Optional.ofNullable(filingDate);
  }
}
