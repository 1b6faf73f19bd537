package io.formd.core.rules;

/**
 * On what a rule's severity rests: what a filer can count on when formd says ERROR, and what a WARNING or INFO is.
 * "0 errors" as a submission means none of the first four was found.
 */
public enum Basis {
  /** EDGAR suspends a submission with it: technical specification v13 §6 or §5 says so. */
  EDGAR_SUSPENDS("EDGAR suspends"),
  /** The schema, Form_D.definition.xsd, forbids it; EDGAR suspends a schema-invalid submission (§5.1 rule 8). */
  XSD_FORBIDS("the XSD forbids"),
  /**
   * A conditional code of the technical specification (§3.3, §5.4) requires it, and no accepted filing breaks it;
   * EDGAR's message for it is not published.
   */
  SPECIFICATION_REQUIRES("EDGAR's specification requires"),
  /** The regulation or the form is certain (17 CFR 230.50x, 15 U.S.C. 77d, the form's own Items and arithmetic). */
  REGULATION_REQUIRES("the regulation requires"),
  /** EDGAR accepts it with a warning (§6). */
  EDGAR_WARNS("EDGAR warns"),
  /** Probably wrong, or wrong in circumstances the filing does not show; accepted filings have it. */
  LIKELY("likely a mistake"),
  /** Allowed: a reminder or a question worth asking. */
  PROMPT("a prompt");

  private final String label;

  Basis(String label) {
    this.label = label;
  }

  /** @return the basis in words, for reports: "EDGAR suspends", "the XSD forbids", ... */
  public String label() {
    return label;
  }

  /** @return the basis of a finding of that severity whose rule did not say (custom rules, milder findings) */
  static Basis of(Severity severity) {
    switch (severity) {
      case ERROR:
        return REGULATION_REQUIRES;
      case WARNING:
        return LIKELY;
      default:
        return PROMPT;
    }
  }

  /**
   * The basis a built-in rule's citation shows: what §6 says EDGAR suspends or warns on, the §3.3 codes, the XSD, else
   * the regulation; a rule says it when its citation cannot ({@link Rule.Builder#basis}).
   */
  static Basis inferred(Severity severity, String citation) {
    if (severity == Severity.ERROR) {
      if (citation.contains("EDGAR suspends")) {
        return EDGAR_SUSPENDS;
      }
      if (citation.contains("§3.3 m#") || citation.contains("§3.3 o#") || citation.contains("§5.4")) {
        return SPECIFICATION_REQUIRES;
      }
      return citation.contains("Form_D.definition.xsd") ? XSD_FORBIDS : REGULATION_REQUIRES;
    }
    if (severity == Severity.WARNING) {
      return citation.contains("EDGAR warns") ? EDGAR_WARNS : LIKELY;
    }
    return PROMPT;
  }
}
