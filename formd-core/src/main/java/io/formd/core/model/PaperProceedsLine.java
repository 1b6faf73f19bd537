package io.formd.core.model;

import org.immutables.value.Value;

/**
 * One row of paper Part C question 5 (use of proceeds): the two columns "Payments to Officers, Directors &amp;
 * Affiliates" and "Payments to Others", each with its estimate box.
 */
@Value.Immutable
public interface PaperProceedsLine extends WithPaperProceedsLine {

  /** @return column 1: payments to officers, directors and affiliates */
  @Value.Parameter
  MarkedAmount toOfficersDirectorsAffiliates();

  /** @return column 2: payments to others */
  @Value.Parameter
  MarkedAmount toOthers();

  /**
   * @param toOfficersDirectorsAffiliates column 1
   * @param toOthers column 2
   * @return the row
   */
  static PaperProceedsLine of(MarkedAmount toOfficersDirectorsAffiliates, MarkedAmount toOthers) {
    return ImmutablePaperProceedsLine.of(toOfficersDirectorsAffiliates, toOthers);
  }
}
