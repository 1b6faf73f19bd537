package io.formd.core.rules;

/** How serious a finding is. */
public enum Severity {
  /** The filing is wrong: EDGAR would reject it, or it breaks a rule of law or an identity of the form. */
  ERROR,
  /** Probably wrong, or wrong only in some circumstances the filing does not show; worth a look. */
  WARNING,
  /** A remark: allowed, but unusual. */
  INFO;

  /**
   * @param minimum the least severe level wanted
   * @return true if this is at least as severe as {@code minimum}
   */
  public boolean isAtLeast(Severity minimum) {
    return ordinal() <= minimum.ordinal();
  }
}
