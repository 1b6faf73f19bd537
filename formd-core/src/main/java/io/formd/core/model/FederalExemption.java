package io.formd.core.model;

/**
 * A federal exemption or exclusion claimed: electronic Item 6 (XSD simple type {@code FEDERAL_EXEMPTION_LIST},
 * the union of {@code STANDARD_LIST} and {@code SECTION_3C_LIST}; element
 * {@code federalExemptionsExclusions/item}), and the paper form's "Filing Under" boxes (Rule 504 =
 * {@link #RULE_504}, Rule 505 = {@link #RULE_505}, Rule 506 = {@link #RULE_506}, Section 4(6) =
 * {@link #SECTION_4_6}).
 *
 * <p>Every code of the schema is here, including the historical {@code 05}, {@code 06} and {@code 46}: when
 * each may be claimed is a dated rule (Regulation D, 17 CFR 230.500-230.508), not a property of the code.
 * There is no {@code 3C.8} in the schema.
 */
public enum FederalExemption implements EdgarCode {
  /** Rule 504(b)(1) (not (i), (ii) or (iii)). */
  RULE_504("04", "Rule 504(b)(1) (not (i), (ii) or (iii))", Family.RULE_504),
  /** Rule 504(b)(1)(i). */
  RULE_504_B1_I("04.1", "Rule 504(b)(1)(i)", Family.RULE_504),
  /** Rule 504(b)(1)(ii). */
  RULE_504_B1_II("04.2", "Rule 504(b)(1)(ii)", Family.RULE_504),
  /** Rule 504(b)(1)(iii). */
  RULE_504_B1_III("04.3", "Rule 504(b)(1)(iii)", Family.RULE_504),
  /** Rule 505 (repealed effective 2017-05-22). */
  RULE_505("05", "Rule 505", Family.RULE_505),
  /** Rule 506, before the 2013-09-23 split into 506(b) and 506(c). */
  RULE_506("06", "Rule 506", Family.RULE_506),
  /** Rule 506(b) (from 2013-09-23). */
  RULE_506_B("06b", "Rule 506(b)", Family.RULE_506),
  /** Rule 506(c) (from 2013-09-23). */
  RULE_506_C("06c", "Rule 506(c)", Family.RULE_506),
  /** Securities Act Section 4(6), the name before 2010 (later 4(5), now 4(a)(5)). */
  SECTION_4_6("46", "Securities Act Section 4(6)", Family.SECTION_4A5),
  /** Securities Act Section 4(a)(5). */
  SECTION_4A5("4a5", "Securities Act Section 4(a)(5)", Family.SECTION_4A5),
  /** Investment Company Act Section 3(c), the umbrella box. */
  SECTION_3C("3C", "Investment Company Act Section 3(c)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(1). */
  SECTION_3C_1("3C.1", "Section 3(c)(1)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(2). */
  SECTION_3C_2("3C.2", "Section 3(c)(2)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(3). */
  SECTION_3C_3("3C.3", "Section 3(c)(3)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(4). */
  SECTION_3C_4("3C.4", "Section 3(c)(4)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(5). */
  SECTION_3C_5("3C.5", "Section 3(c)(5)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(6). */
  SECTION_3C_6("3C.6", "Section 3(c)(6)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(7). */
  SECTION_3C_7("3C.7", "Section 3(c)(7)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(9). */
  SECTION_3C_9("3C.9", "Section 3(c)(9)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(10). */
  SECTION_3C_10("3C.10", "Section 3(c)(10)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(11). */
  SECTION_3C_11("3C.11", "Section 3(c)(11)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(12). */
  SECTION_3C_12("3C.12", "Section 3(c)(12)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(13). */
  SECTION_3C_13("3C.13", "Section 3(c)(13)", Family.SECTION_3C),
  /** Investment Company Act Section 3(c)(14). */
  SECTION_3C_14("3C.14", "Section 3(c)(14)", Family.SECTION_3C);

  /** The exemption or exclusion an item belongs to. */
  public enum Family {
    /** Rule 504 and its sub-items. */
    RULE_504,
    /** Rule 505. */
    RULE_505,
    /** Rule 506, 506(b) and 506(c). */
    RULE_506,
    /** Securities Act Section 4(6) / 4(a)(5). */
    SECTION_4A5,
    /** Investment Company Act Section 3(c) and its paragraphs (an exclusion, not a Securities Act exemption). */
    SECTION_3C
  }

  private static final Codes<FederalExemption> CODES = Codes.of("FEDERAL_EXEMPTION_LIST", values());

  private final String code;
  private final String label;
  private final Family family;

  FederalExemption(String code, String label, Family family) {
    this.code = code;
    this.label = label;
    this.family = family;
  }

  /**
   * @param code an {@code item} string such as {@code 06b} or {@code 3C.7}
   * @return the value
   * @throws UnknownCodeException if the string is not in the list
   */
  public static FederalExemption fromEdgar(String code) {
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

  /** @return the exemption or exclusion this item belongs to */
  public Family family() {
    return family;
  }

  /** @return true for a Securities Act exemption (Rules 504–506, Section 4(a)(5)), false for Section 3(c) */
  public boolean isSecuritiesActExemption() {
    return family != Family.SECTION_3C;
  }

  /** @return true for a paragraph {@code 3C.n} (not the umbrella {@code 3C}) */
  public boolean isSection3cParagraph() {
    return family == Family.SECTION_3C && this != SECTION_3C;
  }
}
