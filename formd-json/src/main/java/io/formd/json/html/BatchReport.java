package io.formd.json.html;

import io.formd.core.model.FormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import io.formd.core.rules.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * One self-contained HTML page for a batch of filings: counts by severity and by rule, an inline SVG bar chart of
 * the most frequent rules, one row per file (worst first), and the worst files with findings (up to {@link
 * #embedded()} of them) laid out as the printed form with their findings in place. What the page leaves out it says.
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
 * <p>The worst file is one click from the top: the unreadable files are listed first, then the others worst first
 * (most errors, then warnings, then remarks; in the order added on a tie), the measure that also chooses which files
 * are laid out; rules are listed ERROR rules first, then by count. A batch keeps every file's name and counts but only
 * the filings it will lay out, so a batch of 100,000 files holds at most {@link #embedded()} filings: when more have
 * findings, it keeps the worst and says how many it only lists. Each issuer's CCC is masked unless {@link
 * #showCredentials(boolean)} asks for it. Not thread-safe: add from one thread (or synchronise).
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
  /** The rows laid out, the least bad at the head: the one given up when a worse one comes. */
  private final PriorityQueue<Row> laidOut = new PriorityQueue<>(BatchReport::compareBadness);
  private int withFindings;
  private int unreadable;
  private boolean showCredentials;

  /** A file: its counts, and its filing and report while it is among the laid out. */
  private static final class Row {
    final int order;
    final String name;
    final int errors;
    final int warnings;
    final int infos;
    final String unreadable;
    FormD filing;
    ValidationReport report;

    Row(int order, String name, int errors, int warnings, int infos, String unreadable) {
      this.order = order;
      this.name = name;
      this.errors = errors;
      this.warnings = warnings;
      this.infos = infos;
      this.unreadable = unreadable;
    }
  }

  /** Less bad first: fewer errors, then warnings, then remarks; on a tie the later added. */
  private static int compareBadness(Row a, Row b) {
    int c = Integer.compare(a.errors, b.errors);
    c = c != 0 ? c : Integer.compare(a.warnings, b.warnings);
    c = c != 0 ? c : Integer.compare(a.infos, b.infos);
    return c != 0 ? c : Integer.compare(b.order, a.order);
  }

  /** @param title the page's title and heading */
  public BatchReport(String title) {
    this(title, DEFAULT_EMBEDDED);
  }

  /**
   * @param title the page's title and heading
   * @param embedded how many files with findings to lay out in full (0 for none): the worst of them
   */
  public BatchReport(String title, int embedded) {
    this.title = Objects.requireNonNull(title, "title");
    if (embedded < 0) {
      throw new IllegalArgumentException("embedded must be 0 or more, not " + embedded);
    }
    this.embedded = embedded;
  }

  /** @return how many files with findings the page lays out in full; the others are only listed */
  public int embedded() {
    return embedded;
  }

  /**
   * @param show true to print each issuer's CCC (EDGAR's filing credential) as it is; false, the default, to show
   *     only that one is given
   * @return this batch
   */
  public BatchReport showCredentials(boolean show) {
    this.showCredentials = show;
    return this;
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
      ruleSeverity.merge(f.ruleId(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    Row row = new Row(rows.size(), name, report.count(Severity.ERROR), report.count(Severity.WARNING),
        report.count(Severity.INFO), null);
    rows.add(row);
    if (report.findings().isEmpty()) {
      return this;
    }
    withFindings++;
    if (filing == null || embedded == 0) {
      return this;
    }
    if (laidOut.size() < embedded) {
      row.filing = filing;
      row.report = report;
      laidOut.add(row);
    } else if (compareBadness(row, laidOut.peek()) > 0) {
      Row given = laidOut.poll();
      given.filing = null;
      given.report = null;
      row.filing = filing;
      row.report = report;
      laidOut.add(row);
    }
    return this;
  }

  /**
   * @param name how the page names the file
   * @param reason why it cannot be read (a {@code FormDReadException}'s message)
   * @return this batch
   */
  public BatchReport addUnreadable(String name, String reason) {
    rows.add(new Row(rows.size(), Objects.requireNonNull(name, "name"), 0, 0, 0,
        Objects.requireNonNull(reason, "reason")));
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
    rules.sort(Comparator.comparing((Map.Entry<String, int[]> r) -> ruleSeverity.get(r.getKey()))
        .thenComparing(r -> -r.getValue()[0]).thenComparing(Map.Entry::getKey));
    List<Row> ordered = new ArrayList<>(rows);
    // Worst first, by the measure that chose the files laid out; the unreadable above them all.
    ordered.sort(Comparator.comparing((Row r) -> r.unreadable != null).reversed()
        .thenComparing((a, b) -> compareBadness(b, a)));
    StringBuilder body = new StringBuilder(64 * 1024);
    body.append("<h1>");
    FormDHtml.escapeTo(body, title);
    body.append("</h1>\n<p class=\"summary\" role=\"status\">");
    FormDHtml.counts(body, bySeverity);
    body.append("<span>").append(unreadable).append(" unreadable</span></p>\n");
    int notLaidOut = withFindings - laidOut.size();
    if (notLaidOut > 0) {
      body.append("<p role=\"note\">").append(notLaidOut).append(" file").append(notLaidOut == 1 ? "" : "s")
          .append(" with findings ").append(notLaidOut == 1 ? "is" : "are")
          .append(" listed below but not laid out: the page lays out the ").append(laidOut.size())
          .append(" worst (most errors, then warnings, then remarks)").append(laidOut.size() < embedded
              ? "; the others were added without their filing" : "").append(".</p>\n");
    }
    body.append("<nav><a href=\"#files\">Files</a>").append(rules.isEmpty() ? "" : " \u00b7 <a href=\"#rules\">"
        + "Rules</a>").append("</nav>\n");
    body.append("<h2 id=\"files\">Files</h2>\n<div class=\"scroll\"><table><thead><tr><th scope=\"col\">file</th>"
        + "<th scope=\"col\" class=\"n\">errors</th><th scope=\"col\" class=\"n\">warnings</th>"
        + "<th scope=\"col\" class=\"n\">remarks</th></tr></thead>"
        + "<tbody>\n");
    for (Row row : ordered) {
      if (row.unreadable != null) {
        body.append("<tr class=\"ERROR\"><td>");
        FormDHtml.escapeTo(body, row.name);
        body.append("</td><td colspan=\"3\">cannot be read: ");
        FormDHtml.escapeTo(body, row.unreadable);
        body.append("</td></tr>\n");
        continue;
      }
      body.append(row.errors > 0 ? "<tr class=\"ERROR\"><td>" : row.warnings > 0 ? "<tr class=\"WARNING\"><td>"
          : "<tr><td>");
      if (row.filing != null) {
        body.append("<a href=\"#f").append(row.order + 1).append("\">");
      }
      FormDHtml.escapeTo(body, row.name);
      body.append(row.filing != null ? "</a>" : "").append("</td><td class=\"n\">").append(row.errors)
          .append("</td><td class=\"n\">").append(row.warnings).append("</td><td class=\"n\">").append(row.infos)
          .append("</td></tr>\n");
    }
    body.append("</tbody></table></div>\n");
    if (!rules.isEmpty()) {
      body.append("<h2 id=\"rules\">Rules</h2>\n");
      chart(body, rules.subList(0, Math.min(10, rules.size())));
      body.append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">rule</th><th scope=\"col\" "
          + "class=\"n\">severity</th><th scope=\"col\" class=\"n\">findings</th></tr></thead><tbody>\n");
      for (Map.Entry<String, int[]> r : rules) {
        body.append("<tr class=\"").append(ruleSeverity.get(r.getKey())).append("\"><td><code>");
        FormDHtml.escapeTo(body, r.getKey());
        body.append("</code></td><td class=\"n\">").append(ruleSeverity.get(r.getKey()))
            .append("</td><td class=\"n\">").append(r.getValue()[0]).append("</td></tr>\n");
      }
      body.append("</tbody></table></div>\n");
    }
    // Each file laid out is a section a link reaches (a folded <details> would not open without a script).
    for (Row row : ordered) {
      if (row.filing == null) {
        continue;
      }
      body.append("<section class=\"file\" id=\"f").append(row.order + 1).append("\"><p class=\"file-name\">");
      FormDHtml.escapeTo(body, row.name);
      body.append(" <a href=\"#files\">\u2191 files</a></p>\n");
      FormDHtml.article(body, row.filing, row.report, showCredentials);
      body.append("</section>\n");
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
