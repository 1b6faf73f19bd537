package io.formd.json.cli;

import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code formd validate --format junit}: the JUnit XML that CI servers (Jenkins, GitLab, GitHub actions' test
 * reporters) read. One test suite, one test case per file named after it; a file with findings at the
 * {@code --fail-on} level fails with one line per finding, a file that cannot be read is an error. Findings below
 * the level go to the test case's {@code system-out}.
 */
final class JUnitReport {

  private JUnitReport() {}

  static void write(PrintWriter out, List<ValidateCommand.Outcome> reports, List<ValidateCommand.Outcome> unreadable,
      Severity threshold) {
    int failures = 0;
    for (ValidateCommand.Outcome o : reports) {
      failures += o.report().atLeast(threshold).isEmpty() ? 0 : 1;
    }
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<testsuites name=\"formd validate\" tests=\"" + (reports.size() + unreadable.size()) + "\" failures=\""
        + failures + "\" errors=\"" + unreadable.size() + "\">");
    out.println("  <testsuite name=\"formd\" tests=\"" + (reports.size() + unreadable.size()) + "\" failures=\""
        + failures + "\" errors=\"" + unreadable.size() + "\" skipped=\"0\">");
    for (ValidateCommand.Outcome o : reports) {
      out.print("    <testcase classname=\"formd.validate\" name=\"" + escape(o.file().toString()) + "\"");
      List<Finding> failing = o.report().atLeast(threshold);
      List<Finding> all = o.report().findings();
      if (all.isEmpty()) {
        out.println("/>");
        continue;
      }
      out.println(">");
      if (!failing.isEmpty()) {
        Finding first = failing.get(0);
        out.print("      <failure type=\"" + first.severity() + "\" message=\"" + escape(failing.size() + " finding"
            + (failing.size() == 1 ? "" : "s") + " at " + threshold + " or above; first: " + first.ruleId() + " "
            + first.message()) + "\">");
        for (Finding f : failing) {
          out.print(escape(ValidateCommand.textLine(o.file(), o.sourceMap(), f)) + "\n");
        }
        out.println("</failure>");
      }
      if (all.size() > failing.size()) {
        out.print("      <system-out>");
        for (Finding f : all) {
          if (!f.severity().isAtLeast(threshold)) {
            out.print(escape(ValidateCommand.textLine(o.file(), o.sourceMap(), f)) + "\n");
          }
        }
        out.println("</system-out>");
      }
      out.println("    </testcase>");
    }
    for (ValidateCommand.Outcome o : unreadable) {
      out.println("    <testcase classname=\"formd.validate\" name=\"" + escape(o.file().toString()) + "\">");
      out.println("      <error type=\"unreadable\" message=\"" + escape(o.unreadable()) + "\"/>");
      out.println("    </testcase>");
    }
    out.println("  </testsuite>");
    out.println("</testsuites>");
  }

  /** Escapes markup and drops the characters XML 1.0 cannot carry (a finding quotes what the filer wrote). */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&': s.append("&amp;"); break;
        case '<': s.append("&lt;"); break;
        case '>': s.append("&gt;"); break;
        case '"': s.append("&quot;"); break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
              || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                  && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                  && Character.isHighSurrogate(text.charAt(i - 1)))) {
            s.append('?');
          } else {
            s.append(c);
          }
      }
    }
    return s.toString();
  }
}
