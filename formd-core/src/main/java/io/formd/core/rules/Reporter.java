package io.formd.core.rules;

import io.formd.core.fields.Field;
import io.formd.core.fields.FormDFields;
import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a rule's check reports what it finds. The engine gives each check a reporter that already knows the
 * rule's id, severity and citation; the check adds the path, the message and the values involved.
 * A reporter belongs to one validation on one thread.
 */
public final class Reporter {

  private Rule rule;
  private final Edition edition;
  private final Dialect profile;
  private Severity severity;
  private final List<Finding> sink;

  Reporter(Rule rule, Edition edition, Dialect profile, List<Finding> sink) {
    this.edition = edition;
    this.profile = profile;
    this.sink = sink;
    reportFor(rule);
  }

  /** The engine reuses one reporter for the rules of a validation, one after the other. */
  Reporter reportFor(Rule next) {
    this.rule = next;
    this.severity = next.severity(profile);
    return this;
  }

  /** The lookup a rule uses failed: one finding naming the check, so validation goes on. */
  void lookupFailed(RuntimeException e) {
    sink.add(Finding.builder()
        .ruleId(rule.id())
        .severity(Severity.WARNING)
        .path("")
        .message("could not check that " + rule.summary() + ": EDGAR's records could not be read ("
            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")")
        .citation(rule.citation())
        .values(Map.of("lookupFailure", String.valueOf(e)))
        .build());
  }

  /**
   * Reports a finding.
   *
   * @param path the path of the part concerned (package documentation); empty for the whole filing
   * @param message what was found and what was expected
   * @param namesAndValues the values involved, as alternating names and values
   *     ({@code "offered", offered, "sold", sold}); values are turned into strings
   * @throws IllegalArgumentException if the names and values do not pair up
   */
  public void report(String path, String message, Object... namesAndValues) {
    add(severity, rule.basis(), path, message, namesAndValues);
  }

  /**
   * Reports a finding milder than the rule's severity: for a case the rule can tell is less certain (a post office
   * box in Street Address 2 rather than as the street, a count that may be cumulative). A severity more serious
   * than the rule's under the profile is lowered to it: a rule's severity is the most it reports.
   *
   * @param severity the finding's severity, at most the rule's
   * @param path the path of the part concerned; empty for the whole filing
   * @param message what was found and what was expected
   * @param namesAndValues the values involved, as alternating names and values
   * @throws IllegalArgumentException if the names and values do not pair up
   */
  public void reportAs(Severity severity, String path, String message, Object... namesAndValues) {
    Objects.requireNonNull(severity, "severity");
    Severity effective = severity.isAtLeast(this.severity) ? this.severity : severity;
    // A case the rule itself calls milder than its own (its severity as a submission) does not rest on the rule's
    // basis: a box in Street Address 2 is not what EDGAR suspends, even where the profile's severity is the same.
    add(effective, severity.isAtLeast(rule.severity()) ? rule.basis() : Basis.of(effective), path, message,
        namesAndValues);
  }

  private void add(Severity severity, Basis basis, String path, String message, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs, found " + namesAndValues.length);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
    }
    sink.add(Finding.builder()
        .ruleId(rule.id())
        .severity(severity)
        .basis(basis)
        .path(Objects.requireNonNull(path, "path"))
        .message(Objects.requireNonNull(message, "message"))
        .citation(rule.citation())
        .values(values)
        .place(FormDFields.find(edition, path).map(Field::place))
        .build());
  }
}
