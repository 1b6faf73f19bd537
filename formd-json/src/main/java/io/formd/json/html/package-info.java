/**
 * Form D as people read it: {@link io.formd.json.html.FormDHtml} lays one filing out as the printed form with its
 * findings where they belong, {@link io.formd.json.html.BatchReport} makes one page of a batch (counts, the most
 * frequent rules, one row per file, the filings with findings laid out). Both write self-contained HTML: inline CSS,
 * no script, nothing fetched, every text escaped.
 */
package io.formd.json.html;
