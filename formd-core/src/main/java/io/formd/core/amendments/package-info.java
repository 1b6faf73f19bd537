/**
 * Amendments: what changed between two filings of an offering ({@link io.formd.core.amendments.FilingDiff}), field by
 * field with each field's place on the printed form.
 */
@FormDStyle
package io.formd.core.amendments;

import io.formd.core.model.FormDStyle;
