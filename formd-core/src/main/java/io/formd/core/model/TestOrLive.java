package io.formd.core.model;

/**
 * Whether an electronic submission is a test or a live filing: XSD simple type {@code LIVE_OR_TEST_TYPE},
 * element {@code testOrLive}.
 */
public enum TestOrLive implements EdgarCode {
  /** {@code LIVE}: Live filing. */
  LIVE("LIVE", "Live filing"),
  /** {@code TEST}: Test filing (not disseminated). */
  TEST("TEST", "Test filing (not disseminated)");

  private static final Codes<TestOrLive> CODES = Codes.of("LIVE_OR_TEST_TYPE", values());

  private final String code;
  private final String label;

  TestOrLive(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * @param code the exact string EDGAR XML writes
   * @return the value
   * @throws UnknownCodeException if the string is not in the list
   */
  public static TestOrLive fromEdgar(String code) {
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
