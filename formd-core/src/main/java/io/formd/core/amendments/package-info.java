/**
 * Amendments and the offering's timeline under Rule 503 (17 CFR 230.503).
 *
 * <ul>
 *   <li>{@link io.formd.core.amendments.FilingDiff}: what changed between two filings of an offering, field by field
 *       with each field's place on the printed form; persons matched by name, issuers by CIK, recipients by name and
 *       CRD number, plain lists and states of solicitation as sets.</li>
 *   <li>{@link io.formd.core.amendments.AmendmentCheck}: whether the changes require an amendment (503(a)(3)(ii) and
 *       its exceptions (A)-(I)), and when the annual one is due (503(a)(3)(iii)).</li>
 *   <li>{@link io.formd.core.amendments.AmendmentDraft}: the first draft of the amendment, from the filing
 * amended.</li>
 *   <li>{@link io.formd.core.amendments.OfferingTimeline}: a set of filed notices linked into offerings, and what they
 *       owe as of a day: late notices, annual amendments, Rule 504's and Rule 506(b)'s limits across offerings.</li>
 * </ul>
 */
@FormDStyle
package io.formd.core.amendments;

import io.formd.core.model.FormDStyle;
