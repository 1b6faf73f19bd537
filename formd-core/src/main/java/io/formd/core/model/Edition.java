package io.formd.core.model;

/** The two editions of Form D. */
public enum Edition {
  /**
   * The paper form, OMB 3235-0076 ("Notice of Sale of Securities pursuant to Regulation D, Section 4(6),
   * and/or Uniform Limited Offering Exemption"): Parts A–E and the ULOE appendix. Accepted until
   * 2009-03-15 (the paper Form D, OMB 3235-0076, Regulation D, 17 CFR 230.500-230.508).
   */
  PAPER,
  /**
   * The electronic form adopted in 2008 (Items 1–16), filed on EDGAR as XML: optional from 2008-09-15,
   * mandatory from 2009-03-16 (Form D, 17 CFR 239.500).
   */
  ELECTRONIC
}
