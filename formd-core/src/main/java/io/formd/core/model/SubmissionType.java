package io.formd.core.model;

/**
 * The kind of electronic submission: XSD simple type {@code SUBMISSION_TYPE}, element {@code submissionType}:
 * {@code D} (a new notice) or {@code D/A} (an amendment).
 */
public enum SubmissionType implements EdgarCode {
  /** {@code D}: New notice. */
  D("D", "New notice"),
  /** {@code D/A}: Amendment. */
  D_A("D/A", "Amendment");

  private static final Codes<SubmissionType> CODES = Codes.of("SUBMISSION_TYPE", values());

  private final String code;
  private final String label;

  SubmissionType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * @param code the exact string EDGAR XML writes
   * @return the value
   * @throws UnknownCodeException if the string is not in the list
   */
  public static SubmissionType fromEdgar(String code) {
    return CODES.lookup(code);
  }

  @Override
  public String edgarCode() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }
}
