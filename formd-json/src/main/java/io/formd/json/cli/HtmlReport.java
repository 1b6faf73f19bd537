package io.formd.json.cli;

import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import io.formd.json.FormDHtml;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code formd validate --html REPORT.html}: one self-contained page for a batch: counts by severity and by rule, an
 * inline SVG bar chart of the most frequent rules, one row per file, and each file with findings (the first
 * {@value #EMBEDDED}; the command keeps no other filing in memory) laid out as the printed form with its findings in place, folded in a {@code <details>}.
 */
final class HtmlReport {

  /** Files rendered in full; a batch of 100,000 lists the rest, so the page stays a page. */
  static final int EMBEDDED = 500;

  private HtmlReport() {}

  static String render(List<ValidateCommand.Outcome> outcomes, List<ValidateCommand.Outcome> unreadable) {
    StringBuilder out = new StringBuilder(64 * 1024);
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    Map<String, int[]> byRule = new LinkedHashMap<>();
    Map<String, Severity> ruleSeverity = new LinkedHashMap<>();
    for (ValidateCommand.Outcome o : outcomes) {
      for (Finding f : o.report().findings()) {
        bySeverity.merge(f.severity(), 1, Integer::sum);
        byRule.computeIfAbsent(f.ruleId(), k -> new int[1])[0]++;
        ruleSeverity.putIfAbsent(f.ruleId(), f.severity());
      }
    }
    List<Map.Entry<String, int[]>> rules = new ArrayList<>(byRule.entrySet());
    rules.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? b.getValue()[0] - a.getValue()[0]
        : a.getKey().compareTo(b.getKey()));
    StringBuilder body = new StringBuilder();
    body.append("<h1>formd validate: ").append(outcomes.size() + unreadable.size()).append(" files</h1>\n");
    body.append("<p class=\"summary\" role=\"status\">");
    FormDHtml.counts(body, bySeverity);
    body.append("<span>").append(unreadable.size()).append(" unreadable</span></p>\n");
    if (!rules.isEmpty()) {
      body.append("<h2>Most frequent rules</h2>\n");
      chart(body, rules.subList(0, Math.min(10, rules.size())), ruleSeverity);
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
    for (ValidateCommand.Outcome o : outcomes) {
      id++;
      boolean shown = !o.report().findings().isEmpty() && o.filing() != null;
      body.append("<tr><td>");
      if (shown) {
        body.append("<a href=\"#f").append(id).append("\">");
      }
      FormDHtml.escapeTo(body, o.file().toString());
      body.append(shown ? "</a>" : "").append("</td><td>").append(o.report().count(Severity.ERROR)).append("</td><td>")
          .append(o.report().count(Severity.WARNING)).append("</td><td>").append(o.report().count(Severity.INFO))
          .append("</td></tr>\n");
    }
    for (ValidateCommand.Outcome o : unreadable) {
      body.append("<tr class=\"ERROR\"><td>");
      FormDHtml.escapeTo(body, o.file().toString());
      body.append("</td><td colspan=\"3\">cannot be read: ");
      FormDHtml.escapeTo(body, o.unreadable());
      body.append("</td></tr>\n");
    }
    body.append("</tbody></table>\n");
    id = 0;
    for (ValidateCommand.Outcome o : outcomes) {
      id++;
      if (o.report().findings().isEmpty() || o.filing() == null) {
        continue;
      }
      body.append("<details id=\"f").append(id).append("\"><summary>");
      FormDHtml.escapeTo(body, o.file().toString());
      body.append("</summary>\n");
      FormDHtml.article(body, o.filing(), o.report());
      body.append("</details>\n");
    }
    FormDHtml.page(out, "formd validate: " + (outcomes.size() + unreadable.size()) + " files", () -> out.append(body));
    return out.toString();
  }

  /** A horizontal bar chart in SVG, one bar per rule, coloured by severity; text, so it reads without a browser. */
  private static void chart(StringBuilder out, List<Map.Entry<String, int[]>> rules, Map<String, Severity> severity) {
    int max = rules.get(0).getValue()[0];
    int height = rules.size() * 24 + 8;
    out.append("<svg role=\"img\" aria-label=\"findings per rule\" viewBox=\"0 0 640 ").append(height)
        .append("\" width=\"100%\" style=\"max-width:40rem\">\n");
    int y = 4;
    for (Map.Entry<String, int[]> r : rules) {
      int width = Math.max(2, 300 * r.getValue()[0] / Math.max(1, max));
      Severity s = severity.get(r.getKey());
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
