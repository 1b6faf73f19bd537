package io.formd.core.rules;

import io.formd.core.model.FormD;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An immutable, ordered collection of rules with unique ids, and the engine that runs them.
 *
 * <pre>{@code
 * RuleSet rules = RuleSets.builtIn().without("D-XREF-POOLED-SECURITY").with(myRule);
 * ValidationReport report = rules.validate(filing);                       // as of the filing's signature date
 * ValidationReport then = rules.asOf(LocalDate.of(2016, 6, 1)).validate(filing);
 * }</pre>
 *
 * <p>A rule set is stateless and thread-safe: one instance can validate any number of filings concurrently.
 */
public final class RuleSet {

  private final List<Rule> rules;
  private final Map<String, Rule> byId;
  private final LocalDate fixedDate;
  private final DatePolicy policy;

  private RuleSet(List<Rule> rules, LocalDate fixedDate, DatePolicy policy) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (byId.put(rule.id(), rule) != null) {
        throw new IllegalArgumentException("two rules have the id " + rule.id());
      }
    }
    this.rules = List.copyOf(rules);
    this.byId = Collections.unmodifiableMap(byId);
    this.fixedDate = fixedDate;
    this.policy = policy;
  }

  /**
   * @param rules the rules, in order
   * @return a rule set of them, applied as of each filing's signature date
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleSet of(List<Rule> rules) {
    return new RuleSet(rules, null, DatePolicy.SIGNATURE_DATE);
  }

  /**
   * @param rules the rules, in order
   * @return a rule set of them
   */
  public static RuleSet of(Rule... rules) {
    return of(Arrays.asList(rules));
  }

  /** @return the rules, in order */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * @param id a rule id
   * @return the rule with that id
   */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** @return the date fixed by {@link #asOf}, if any */
  public Optional<LocalDate> fixedDate() {
    return Optional.ofNullable(fixedDate);
  }

  /**
   * The rules in force on a date, applied as of that date whatever the filing's own dates.
   *
   * @param date the date
   * @return a rule set of the rules in force that day
   */
  public RuleSet asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new RuleSet(
        rules.stream().filter(r -> r.isInForceOn(date)).collect(Collectors.toList()), date, policy);
  }

  /**
   * @param policy which of a filing's dates to apply the rules as of (when no date is fixed)
   * @return a rule set with that policy
   */
  public RuleSet withDatePolicy(DatePolicy policy) {
    return new RuleSet(rules, fixedDate, Objects.requireNonNull(policy, "policy"));
  }

  /**
   * @param more rules to add at the end
   * @return a rule set with them
   * @throws IllegalArgumentException if an id is already taken
   */
  public RuleSet with(Rule... more) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(Arrays.asList(more));
    return new RuleSet(all, fixedDate, policy);
  }

  /**
   * @param other a rule set whose rules to add at the end
   * @return a rule set with them
   * @throws IllegalArgumentException if an id is already taken
   */
  public RuleSet with(RuleSet other) {
    return with(other.rules.toArray(new Rule[0]));
  }

  /**
   * @param ids ids of rules to leave out
   * @return a rule set without them
   * @throws IllegalArgumentException if an id names no rule of this set (a typo would otherwise go unnoticed)
   */
  public RuleSet without(String... ids) {
    for (String id : ids) {
      if (!byId.containsKey(id)) {
        throw new IllegalArgumentException("no rule " + id + " in this rule set");
      }
    }
    List<String> left = Arrays.asList(ids);
    return new RuleSet(
        rules.stream().filter(r -> !left.contains(r.id())).collect(Collectors.toList()), fixedDate, policy);
  }

  /**
   * Checks a filing against every rule that applies to its edition and is in force on its date. A filing with
   * no date (unsigned, and no date fixed by {@link #asOf}) is checked against the rules that hold at every
   * date; {@code D-REQ-SIGNATURE} reports the missing signature.
   *
   * @param filing the filing
   * @return every finding
   */
  public ValidationReport validate(FormD filing) {
    return validate(filing, null);
  }

  /**
   * Checks a filing, knowing when it was (or will be) filed, which deadline rules need.
   *
   * @param filing the filing
   * @param filingDate the date of filing with the SEC, or null if unknown
   * @return every finding
   */
  public ValidationReport validate(FormD filing, LocalDate filingDate) {
    Objects.requireNonNull(filing, "filing");
    LocalDate date = fixedDate != null ? fixedDate : policy.dateOf(filing).orElse(null);
    RuleContext context = new RuleContext(date, filingDate);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      // An undated filing (no signature, no fixed date) gets only the rules that hold at every date.
      if (date == null ? rule.from().isEmpty() && rule.until().isEmpty() : rule.isInForceOn(date)) {
        rule.run(filing, context, new Reporter(rule, filing.edition(), findings));
      }
    }
    return new ValidationReport(findings, date);
  }

  @Override
  public String toString() {
    return "RuleSet[" + rules.size() + " rules" + (fixedDate == null ? "" : ", as of " + fixedDate) + "]";
  }
}
