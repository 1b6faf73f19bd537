package io.formd.core.fake;

import io.formd.core.model.FormD;
import io.formd.core.rules.RuleIds;
import java.util.Objects;

/**
 * A generated filing and the one built-in rule it breaks: what a property over broken filings needs to know which
 * finding to expect.
 *
 * @param ruleId the rule the filing breaks, as the catalogue spells it ({@link RuleIds})
 * @param filing the filing: its findings under {@code RuleSets.builtIn()} are that rule's alone (a submission judged
 *     as filed on the day it was signed)
 */
public record BrokenFiling(String ruleId, FormD filing) {

  /** Checks that both parts are given. */
  public BrokenFiling {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(filing, "filing");
  }
}
