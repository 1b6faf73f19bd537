package io.formd.json.html;

import io.formd.core.model.FormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import io.formd.core.rules.ValidationReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One self-contained HTML page for a batch of filings: counts by severity and by rule, an inline SVG bar chart of
 * the most frequent rules, one row per file, and each file with findings (up to {@link #embedded()} of them) laid out
 * as the printed form with its findings in place, folded in a {@code <details>}. What the page leaves out it says.
 *
 * <pre>{@code
 * BatchReport batch = new BatchReport("nightly check");
 * for (Path file : files) {
 *   FormD filing = FormDFiles.read(file);
 *   batch.add(file.toString(), filing, rules.validate(filing));
 * }
 * Files.writeString(out, batch.render());
 * }</pre>
 *
 * <p>A batch keeps every file's name and counts but only the filings it will lay out, so a batch of 100,000 files
 * holds at most {@link #embedded()} filings. Not thread-safe: add from one thread (or synchronise).
 */
public final class BatchReport {

  /**
   * Files laid out in full unless another limit is given: a batch of 100,000 lists the rest, so the page stays a page.
   */
  public static final int DEFAULT_EMBEDDED = 500;

  private final String title;
  private final int embedded;
  private final List<Row> rows = new ArrayList<>();
  private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
  private final Map<String, int[]> byRule = new LinkedHashMap<>();
  private final Map<String, Severity> ruleSeverity = new LinkedHashMap<>();
  private int laidOut;
  private int notLaidOut;
  private int unreadable;

  private record Row(String name, int errors, int warnings, int infos, String unreadable, FormD filing,
      ValidationReport report) {}

  /** @param title the page's title and heading */
  public BatchReport(String title) {
    this(title, DEFAULT_EMBEDDED);
  }

  /**
   * @param title the page's title and heading
   * @param embedded how many files with findings to lay out in full (0 for none)
   */
  public BatchReport(String title, int embedded) {
    this.title = Objects.requireNonNull(title, "title");
    if (embedded < 0) {
      throw new IllegalArgumentException("embedded must be 0 or more, not " + embedded);
    }
    this.embedded = embedded;
  }

  /** @return how many files with findings the page lays out in full; later ones are only listed */
  public int embedded() {
    return embedded;
  }

  /**
   * @param name how the page names the file (a path, an accession number)
   * @param filing the filing, or null when only its report is at hand (the file is then listed, not laid out)
   * @param report its validation report
   * @return this batch
   */
  public BatchReport add(String name, FormD filing, ValidationReport report) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(report, "report");
    for (Finding f : report.findings()) {
      bySeverity.merge(f.severity(), 1, Integer::sum);
      byRule.computeIfAbsent(f.ruleId(), k -> new int[1])[0]++;
      ruleSeverity.putIfAbsent(f.ruleId(), f.severity());
    }
    boolean withFindings = !report.findings().isEmpty();
    boolean layOut = withFindings && filing != null && laidOut < embedded;
    laidOut += layOut ? 1 : 0;
    notLaidOut += withFindings && !layOut ? 1 : 0;
    rows.add(new Row(name, report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO),
        null, layOut ? filing : null, layOut ? report : null));
    return this;
  }

  /**
   * @param name how the page names the file
   * @param reason why it cannot be read (a {@code FormDReadException}'s message)
   * @return this batch
   */
  public BatchReport addUnreadable(String name, String reason) {
    rows.add(new Row(Objects.requireNonNull(name, "name"), 0, 0, 0, Objects.requireNonNull(reason, "reason"), null,
        null));
    unreadable++;
    return this;
  }

  /** @return how many files were added, readable or not */
  public int files() {
    return rows.size();
  }

  /** @return the page: one HTML document, inline CSS, no script, nothing fetched */
  public String render() {
    List<Map.Entry<String, int[]>> rules = new ArrayList<>(byRule.entrySet());
    rules.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? b.getValue()[0] - a.getValue()[0]
        : a.getKey().compareTo(b.getKey()));
    StringBuilder body = new StringBuilder(64 * 1024);
    body.append("<h1>");
    FormDHtml.escapeTo(body, title);
    body.append("</h1>\n<p class=\"summary\" role=\"status\">");
    FormDHtml.counts(body, bySeverity);
    body.append("<span>").append(unreadable).append(" unreadable</span></p>\n");
    if (notLaidOut > 0) {
      body.append("<p role=\"note\">").append(notLaidOut).append(" file").append(notLaidOut == 1 ? "" : "s")
          .append(" with findings ").append(notLaidOut == 1 ? "is" : "are")
          .append(" listed below but not laid out: the page lays out the first ").append(embedded)
          .append(" with findings.</p>\n");
    }
    if (!rules.isEmpty()) {
      body.append("<h2>Most frequent rules</h2>\n");
      chart(body, rules.subList(0, Math.min(10, rules.size())));
      body.append("<table><thead><tr><th scope=\"col\">rule</th><th scope=\"col\">severity</th>"
          + "<th scope=\"col\">findings</th></tr></thead><tbody>\n");
      for (Map.Entry<String, int[]> r : rules) {
        body.append("<tr><td><code>");
        FormDHtml.escapeTo(body, r.getKey());
        body.append("</code></td><td>").append(ruleSeverity.get(r.getKey())).append("</td><td>")
            .append(r.getValue()[0]).append("</td></tr>\n");
      }
      body.append("</tbody></table>\n");
    }
    body.append("<h2>Files</h2>\n<table><thead><tr><th scope=\"col\">file</th><th scope=\"col\">errors</th>"
        + "<th scope=\"col\">warnings</th><th scope=\"col\">remarks</th></tr></thead><tbody>\n");
    int id = 0;
    for (Row row : rows) {
      id++;
      if (row.unreadable() != null) {
        body.append("<tr class=\"ERROR\"><td>");
        FormDHtml.escapeTo(body, row.name());
        body.append("</td><td colspan=\"3\">cannot be read: ");
        FormDHtml.escapeTo(body, row.unreadable());
        body.append("</td></tr>\n");
        continue;
      }
      body.append("<tr><td>");
      if (row.filing() != null) {
        body.append("<a href=\"#f").append(id).append("\">");
      }
      FormDHtml.escapeTo(body, row.name());
      body.append(row.filing() != null ? "</a>" : "").append("</td><td>").append(row.errors()).append("</td><td>")
          .append(row.warnings()).append("</td><td>").append(row.infos()).append("</td></tr>\n");
    }
    body.append("</tbody></table>\n");
    id = 0;
    for (Row row : rows) {
      id++;
      if (row.filing() == null) {
        continue;
      }
      body.append("<details id=\"f").append(id).append("\"><summary>");
      FormDHtml.escapeTo(body, row.name());
      body.append("</summary>\n");
      FormDHtml.article(body, row.filing(), row.report());
      body.append("</details>\n");
    }
    StringBuilder out = new StringBuilder(body.length() + 4096);
    FormDHtml.page(out, title, () -> out.append(body));
    return out.toString();
  }

  /** A horizontal bar chart in SVG, one bar per rule, coloured by severity; text, so it reads without a browser. */
  private void chart(StringBuilder out, List<Map.Entry<String, int[]>> shown) {
    int max = shown.get(0).getValue()[0];
    int height = shown.size() * 24 + 8;
    out.append("<svg role=\"img\" aria-label=\"findings per rule\" viewBox=\"0 0 640 ").append(height)
        .append("\" width=\"100%\" style=\"max-width:40rem\">\n");
    int y = 4;
    for (Map.Entry<String, int[]> r : shown) {
      int width = Math.max(2, 300 * r.getValue()[0] / Math.max(1, max));
      Severity s = ruleSeverity.get(r.getKey());
      String colour = s == Severity.ERROR ? "#b00020" : s == Severity.WARNING ? "#b26a00" : "#1565c0";
      out.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">");
      FormDHtml.escapeTo(out, r.getKey());
      out.append("</text><rect x=\"300\" y=\"").append(y + 3).append("\" width=\"").append(width)
          .append("\" height=\"16\" fill=\"").append(colour).append("\"/><text x=\"").append(306 + width)
          .append("\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(r.getValue()[0]).append("</text>\n");
      y += 24;
    }
    out.append("</svg>\n");
  }
}
