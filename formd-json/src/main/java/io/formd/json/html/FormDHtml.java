package io.formd.json.html;

import io.formd.core.fields.Field;
import io.formd.core.fields.internal.Binding;
import io.formd.core.fields.internal.FieldWalk;
import io.formd.json.internal.Blocks;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.EdgarCode;
import io.formd.core.model.Edition;
import io.formd.core.model.FormD;
import io.formd.core.model.Mark;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.PersonName;
import io.formd.core.model.Recorded;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import io.formd.core.rules.ValidationReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A filing laid out as the printed form, with its findings where they belong: one self-contained HTML page (inline
 * CSS, no script, nothing fetched), readable on a phone and printable. The electronic edition shows Items 1-16 and the
 * signature block with the labels of the technical specification's Appendix C; the paper edition its Parts A-E and
 * the appendix, with the paper form's captions. Every value the filing holds is shown: amounts as dollars,
 * "Indefinite", "None", "All States", boxes as checked or unchecked. Each finding appears at the Item (or Part) its
 * path belongs to, with its severity, rule id, message and citation; a summary comes first. Every text is escaped.
 *
 * <pre>{@code
 * String page = FormDHtml.render(filing, RuleSets.builtIn().validate(filing));
 * }</pre>
 */
public final class FormDHtml {

  // Unrecorded answers are visited too: the page says "not recorded", as the transcription does.
  private static final FieldWalk ELECTRONIC = FieldWalk.of(FormDFields.electronic(), FormDHtml::shown, null, true);
  private static final FieldWalk PAPER = FieldWalk.of(FormDFields.paper(), FormDHtml::shown, null, true);
  /**
   * A list whose entries the page shows with some absent parts, as the printed form does: the parts in the table's
   * order, and a path's entry and part ({@code offering.salesCompensationRecipients[0].address.city}).
   */
  private record Block(Pattern path, List<Field> parts) {
    static Block of(String list) {
      return new Block(Pattern.compile("^" + Pattern.quote(list) + "\\[(\\d+)]\\.([A-Za-z]+)"),
          FormDFields.find(Edition.ELECTRONIC, list + "[0]").map(Field::children).orElse(List.of()));
    }
  }

  /** A recipient's absent CRD numbers and broker-dealer (EDGAR's "None"); an issuer's name left to EDGAR. */
  private static final List<Block> ABSENT_SHOWN = List.of(Block.of("offering.salesCompensationRecipients"),
      Block.of("issuers"));

  /** @return what the page shows for a part the filing leaves absent, or null for nothing */
  private static String absent(Field part) {
    return Binding.of(part).noneWhenAbsent() ? "None"
        : "entityName".equals(part.element().orElse("")) ? "(EDGAR fills it in from the CIK)" : null;
  }
  /** The first list entry of a path: {@code relatedPersons[2]}, {@code offering.salesCompensationRecipients[0]}. */
  private static final Pattern ENTRY = Pattern.compile("^([A-Za-z.]*?)([A-Za-z]+)\\[(\\d+)]");

  static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;"
      + "max-width:60rem;padding:1rem;color:#111;line-height:1.4}"
      + "h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;border-bottom:2px solid #333;margin-top:1.6rem;"
      + "padding-bottom:.2rem}h3{font-size:1rem;margin:1rem 0 .3rem}"
      + "table{border-collapse:collapse;width:100%;margin:.3rem 0}th,td{border:1px solid #bbb;padding:.25rem .45rem;"
      + "text-align:left;vertical-align:top}th{background:#f2f2f2;font-weight:600}article th{width:40%}"
      + ".at-row td{border:0;padding:0 0 .3rem}"
      + ".findings{list-style:none;padding:0;margin:.4rem 0}.findings li{padding:.35rem .5rem;margin:.25rem 0;"
      + "border-left:.35rem solid}.ERROR{border-color:#b00020;background:#fdecee}.WARNING{border-color:#b26a00;"
      + "background:#fff4e0}.INFO{border-color:#1565c0;background:#e8f1fb}.cite{color:#555;font-size:.85em}"
      + ".summary{display:flex;gap:1rem;flex-wrap:wrap}.summary span{padding:.2rem .6rem;border-radius:.3rem}"
      + ".box{font-size:1.1em}code{font-size:.9em}"
      + ".scroll{overflow-x:auto}.scroll .n{white-space:nowrap;width:1%;text-align:right}"
      + ".scroll td:first-child{overflow-wrap:anywhere;min-width:9rem}"
      + ".file{border-top:3px solid #333;margin-top:2.5rem}.file-name{font-weight:600}"
      + "@media (max-width:40rem){article th{width:auto}article table,article tbody,article tr,article th,"
      + "article td{display:block}article th{border-bottom:0}}"
      + "@media print{body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}tr,li{break-inside:avoid}"
      + ".findings li{background:none}nav,.file-name a{display:none}.file{break-before:page;border:0}"
      + "a{color:inherit;text-decoration:none}}";

  private FormDHtml() {}

  /** Leaf rows: a value shown in a cell. */
  private static boolean shown(Field field) {
    return field.kind() != Kind.GROUP && field.kind() != Kind.WRAPPER;
  }

  /** What the page shows of an issuer's CCC unless credentials are asked for: that one is given, not what it is. */
  static final String MASKED_CREDENTIAL = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022 (given; hidden)";

  /**
   * The page with each issuer's CCC (EDGAR's filing credential) masked: a page is mailed, published and printed.
   *
   * @param filing a filing of either edition
   * @param report its findings (from any rule set), or null for none
   * @return one HTML page
   */
  public static String render(FormD filing, ValidationReport report) {
    return render(filing, report, false);
  }

  /**
   * @param filing a filing of either edition
   * @param report its findings (from any rule set), or null for none
   * @param showCredentials true to print each issuer's CCC as it is; false to show only that one is given
   * @return one HTML page
   */
  public static String render(FormD filing, ValidationReport report, boolean showCredentials) {
    StringBuilder out = new StringBuilder(32_768);
    page(out, title(filing), () -> body(out, filing, report, showCredentials));
    return out.toString();
  }

  /**
   * Writes one filing's article (heading, summary, an Item per section with its findings) into a page of one's own.
   *
   * @param out where to write
   * @param filing the filing
   * @param report its findings, or null
   * @param showCredentials whether to print the issuers' CCCs as they are
   */
  static void article(StringBuilder out, FormD filing, ValidationReport report, boolean showCredentials) {
    body(out, filing, report, showCredentials);
  }

  /**
   * @param out where to write
   * @param text text to escape for HTML
   */
  static void escapeTo(StringBuilder out, String text) {
    escape(out, text);
  }

  /**
   * Writes a whole page: its head (inline style), the body {@code content} writes, the end.
   *
   * @param out where to write
   * @param title the page's title
   * @param content writes the body
   */
  static void page(StringBuilder out, String title, Runnable content) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape(out, title);
    out.append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    content.run();
    out.append("</body>\n</html>\n");
  }

  /** The filing's article: heading, summary, sections. */
  static void body(StringBuilder out, FormD filing, ValidationReport report, boolean showCredentials) {
    List<Finding> findings = report == null ? List.of() : report.findings();
    out.append("<article>\n<h1>");
    escape(out, title(filing));
    out.append("</h1>\n");
    summary(out, findings);
    // The values of each section, in document order; the findings of each section.
    Map<String, List<String[]>> sections = new LinkedHashMap<>();
    Map<String, List<Finding>> placed = new LinkedHashMap<>();
    Edition edition = filing.edition();
    String first = edition == Edition.ELECTRONIC ? "Submission" : "Cover";
    sections.put(first, new ArrayList<>());
    // Every Item in the form's order, so that an Item with findings but no value keeps its place.
    for (Field row : edition == Edition.ELECTRONIC ? FormDFields.electronicRows() : FormDFields.paperRows()) {
      row.section().ifPresent(section -> sections.putIfAbsent(section, new ArrayList<>()));
    }
    Map<String, Integer> partsShown = new HashMap<>();
    Map<String, String[]> stateLists = new HashMap<>();
    Map<String, String> lastState = new HashMap<>();
    (edition == Edition.ELECTRONIC ? ELECTRONIC : PAPER).walk(filing, new FieldWalk.Visitor() {
      @Override
      public void visit(Field field, Object value, FieldWalk.Cursor at) {
        if (value instanceof Recorded) {
          // An answer the source does not record (a list's too): said, not left out.
          sections.computeIfAbsent(field.section().orElse(first), k -> new ArrayList<>()).add(new String[] {
              entry(filing, at.path()), label(field), "not recorded", at.path()});
          return;
        }
        if (field.isList()) {
          return; // shown whole, in list()
        }
        absentBefore(at.path());
        String shown = text(field, value);
        if (states(field, shown, at.path())) {
          return;
        }
        if (!showCredentials && !shown.isEmpty() && "ccc".equals(field.element().orElse(""))) {
          shown = MASKED_CREDENTIAL;
        }
        if (shown.isEmpty()) {
          return; // an unset "None" or "All States": the absence of the value, not a value
        }
        String section = field.section().orElse(first);
        sections.computeIfAbsent(section, k -> new ArrayList<>()).add(new String[] {entry(filing, at.path()),
            label(field), shown, at.path()});
      }

      /**
       * A recipient's states of solicitation as one list, in the filing's order: "CALIFORNIA, WASHINGTON"; a
       * description the filer gave that is not the state's name follows it in brackets.
       *
       * @return whether the value was a state or its description (then shown in the list, not as a row)
       */
      private boolean states(Field field, String shown, String path) {
        int at = path.indexOf(".states[");
        String element = field.element().orElse("");
        if (at < 0 || !(element.equals("state") || element.equals("description"))) {
          return false;
        }
        String entry = entry(filing, path);
        String list = path.substring(0, at);
        String[] row = stateLists.get(list);
        if (row == null) {
          row = new String[] {entry, "States of solicitation", "", list + ".states"};
          stateLists.put(list, row);
          sections.computeIfAbsent(field.section().orElse(first), k -> new ArrayList<>()).add(row);
        }
        if (element.equals("state")) {
          row[2] = row[2].isEmpty() ? shown : row[2] + ", " + shown;
          lastState.put(list, shown);
        } else if (!shown.equalsIgnoreCase(lastState.getOrDefault(list, ""))) {
          row[2] = row[2] + " (" + shown + ")";
        }
        return true;
      }

      /**
       * The parts of a recipient or an issuer the filing leaves absent but the form shows (EDGAR's "None", the name
       * EDGAR fills in), each before the next part of that entry the walk reaches.
       */
      private void absentBefore(String path) {
        for (Block block : ABSENT_SHOWN) {
          Matcher m = block.path().matcher(path);
          if (!m.find()) {
            continue;
          }
          List<Field> parts = block.parts();
          int reached = -1;
          for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).property().filter(m.group(2)::equals).isPresent()) {
              reached = k;
            }
          }
          String entry = entry(filing, path);
          for (int k = partsShown.getOrDefault(entry, -1) + 1; k < reached; k++) {
            Field part = parts.get(k);
            String text = absent(part);
            if (text != null) {
              sections.computeIfAbsent(part.section().orElse(first), s -> new ArrayList<>()).add(new String[] {
                  entry, label(part), text, path.substring(0, m.end(1) + 2) + part.property().orElse("")});
            }
          }
          partsShown.merge(entry, reached, Math::max);
          return;
        }
      }

      @Override
      public void list(Field field, List<?> values, FieldWalk.Cursor at) {
        if (field.kind() == Kind.GROUP || values.isEmpty()) {
          return;
        }
        List<String> texts = new ArrayList<>();
        for (Object v : values) {
          texts.add(text(field, v));
        }
        String section = field.section().orElse(first);
        sections.computeIfAbsent(section, k -> new ArrayList<>()).add(new String[] {entry(filing, at.path()),
            field.label(), String.join(", ", texts), at.path()});
      }
    });
    List<Finding> unplaced = new ArrayList<>();
    for (Finding f : findings) {
      String section = FormDFields.find(edition, f.path()).flatMap(Field::section).orElse(null);
      if (section == null) {
        unplaced.add(f);
      } else {
        placed.computeIfAbsent(section, k -> new ArrayList<>()).add(f);
      }
    }
    if (!unplaced.isEmpty()) {
      out.append("<section>\n<h2>The filing as a whole</h2>\n");
      findingList(out, unplaced);
      out.append("</section>\n");
    }
    for (Map.Entry<String, List<String[]>> section : sections.entrySet()) {
      if (section.getValue().isEmpty() && !placed.containsKey(section.getKey())) {
        continue;
      }
      out.append("<section>\n<h2>");
      escape(out, heading(section.getKey(), edition));
      out.append("</h2>\n");
      // Each finding after the row of its value (or the last row of its block); the others above the tables.
      Map<Integer, List<Finding>> atRow = new HashMap<>();
      List<Finding> above = new ArrayList<>();
      for (Finding f : placed.getOrDefault(section.getKey(), List.of())) {
        int row = rowOf(section.getValue(), f.path());
        if (row < 0) {
          above.add(f);
        } else {
          atRow.computeIfAbsent(row, k -> new ArrayList<>()).add(f);
        }
      }
      findingList(out, above);
      table(out, section.getValue(), atRow);
      out.append("</section>\n");
    }
    out.append("</article>\n");
  }

  private static void summary(StringBuilder out, List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Finding f : findings) {
      counts.merge(f.severity(), 1, Integer::sum);
    }
    out.append("<p class=\"summary\" role=\"status\">");
    counts(out, counts);
    out.append("</p>\n");
  }

  /**
   * @param out where to write
   * @param counts findings by severity
   */
  static void counts(StringBuilder out, Map<Severity, Integer> counts) {
    for (Severity s : Severity.values()) {
      int n = counts.getOrDefault(s, 0);
      out.append("<span class=\"").append(s.name()).append("\">").append(n).append(' ')
          .append(s == Severity.ERROR ? "error" : s == Severity.WARNING ? "warning" : "remark")
          .append(n == 1 ? "" : "s").append("</span>");
    }
  }

  private static void findingList(StringBuilder out, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    out.append("<ul class=\"findings\">\n");
    for (Finding f : findings) {
      out.append("<li class=\"").append(f.severity().name()).append("\"><strong>").append(f.severity().name())
          .append("</strong> <code>");
      escape(out, f.ruleId());
      out.append("</code> ");
      escape(out, f.place().orElse(f.path()));
      out.append(": ");
      escape(out, f.message());
      out.append(" <span class=\"cite\">(");
      escape(out, f.citation());
      out.append(")</span></li>\n");
    }
    out.append("</ul>\n");
  }

  /**
   * @return the row a finding belongs after: its value's own row, else the deepest row its path lies within, else the
   *     last row of the block its path names (a person, a recipient); -1 for none
   */
  static int rowOf(List<String[]> rows, String path) {
    if (path.isEmpty()) {
      return -1;
    }
    int within = -1;
    int withinLength = -1;
    int block = -1;
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i)[3];
      if (row.equals(path)) {
        return i;
      }
      if (path.startsWith(row) && (path.charAt(row.length()) == '.' || path.charAt(row.length()) == '[')
          && row.length() > withinLength) {
        within = i;
        withinLength = row.length();
      }
      if (row.startsWith(path) && (row.charAt(path.length()) == '.' || row.charAt(path.length()) == '[')) {
        block = i;
      }
    }
    return within >= 0 ? within : block;
  }

  /** One table per list entry (a related person, a recipient), one for the section's own values. */
  private static void table(StringBuilder out, List<String[]> rows, Map<Integer, List<Finding>> findings) {
    String entry = null;
    boolean open = false;
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      if (!open || !Objects.equals(entry, row[0])) {
        if (open) {
          out.append("</tbody></table>\n");
        }
        entry = row[0];
        if (!entry.isEmpty()) {
          out.append("<h3>");
          escape(out, entry);
          out.append("</h3>\n");
        }
        out.append("<table><tbody>\n");
        open = true;
      }
      out.append("<tr><th scope=\"row\">");
      escape(out, row[1]);
      out.append("</th><td>");
      escape(out, row[2]);
      out.append("</td></tr>\n");
      List<Finding> here = findings.get(i);
      if (here != null) {
        out.append("<tr class=\"at-row\"><td colspan=\"2\">");
        findingList(out, here);
        out.append("</td></tr>\n");
      }
    }
    if (open) {
      out.append("</tbody></table>\n");
    }
  }

  /**
   * "Related person 3: Jane Doe" for {@code relatedPersons[2].address.city}, the block named as the reader knows it
   * (an issuer by its name, or its CIK in a submission; a person, recipient or signer by name); empty outside lists.
   */
  private static String entry(FormD filing, String path) {
    Matcher m = ENTRY.matcher(path);
    if (!m.find()) {
      return "";
    }
    int i = Integer.parseInt(m.group(3));
    String block = Blocks.name(m.group(2), i);
    if (block == null) {
      return m.group(2) + " " + (i + 1);
    }
    String name = switch (m.group(2)) {
      case "issuers" -> i < filing.issuers().size()
          ? filing.issuers().get(i).name().or(() -> filing.issuers().get(i).cik().map(c -> "CIK " + c)).orElse("") : "";
      case "relatedPersons" -> i < filing.relatedPersons().size()
          ? filing.relatedPersons().get(i).name().displayName() : "";
      case "salesCompensationRecipients" -> i < filing.salesCompensationRecipients().size()
          ? filing.salesCompensationRecipients().get(i).name() : "";
      case "signatures" -> i < filing.signatures().size() ? filing.signatures().get(i).signerName() : "";
      default -> "";
    };
    return name.isBlank() ? block : block + ": " + name.strip();
  }

  private static String heading(String section, Edition edition) {
    if (edition != Edition.ELECTRONIC) {
      // The paper form's own part titles (OMB 3235-0076).
      String part = section.startsWith("Part ") && section.length() >= 6 ? section.substring(0, 6) : section;
      String title;
      switch (part) {
        case "Part A": title = "Basic Identification Data"; break;
        case "Part B": title = "Information About Offering"; break;
        case "Part C": title = "Offering Price, Number of Investors, Expenses and Use of Proceeds"; break;
        case "Part D": title = "Federal Signature"; break;
        case "Part E": title = "State Signature"; break;
        default: return section;
      }
      return section + " \u2014 " + title;
    }
    switch (section) {
      case "Item 1": return "Item 1. Issuer's Identity";
      case "Item 2": return "Item 2. Principal Place of Business and Contact Information";
      case "Item 3": return "Item 3. Related Persons";
      case "Item 4": return "Item 4. Industry Group";
      case "Item 5": return "Item 5. Issuer Size";
      case "Item 6": return "Item 6. Federal Exemption(s) and Exclusion(s) Claimed";
      case "Item 7": return "Item 7. Type of Filing";
      case "Item 8": return "Item 8. Duration of Offering";
      case "Item 9": return "Item 9. Type(s) of Securities Offered";
      case "Item 10": return "Item 10. Business Combination Transaction";
      case "Item 11": return "Item 11. Minimum Investment";
      case "Item 12": return "Item 12. Sales Compensation";
      case "Item 13": return "Item 13. Offering and Sales Amounts";
      case "Item 14": return "Item 14. Investors";
      case "Item 15": return "Item 15. Sales Commissions & Finders' Fees Expenses";
      case "Item 16": return "Item 16. Use of Proceeds";
      default: return section;
    }
  }

  private static String title(FormD filing) {
    String name = filing.primaryIssuer().name().orElse("");
    return "Form D" + (filing.edition() == Edition.PAPER ? " (paper)" : "") + ": "
        + (name.isEmpty() ? "issuer named by EDGAR from CIK " + filing.primaryIssuer().cik().orElse("?") : name);
  }

  /**
   * The row's label; a "None" box is labelled by what it answers ("Previous Name(s): None"), as the printed form
   * places it beside the question.
   */
  static String label(Field field) {
    if (field.kind() == Kind.NONE) {
      return field.parent().map(Field::label).filter(l -> !l.isEmpty()).orElse(field.label());
    }
    return field.label();
  }

  /** The value as the printed form shows it. */
  static String text(Field field, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean) {
      boolean set = (Boolean) value;
      if (field.kind() == Kind.NONE) {
        return set ? "None" : "";
      }
      if (field.kind() == Kind.ALL_STATES) {
        return set ? "All States" : "";
      }
      if (field.property().filter("amendment"::equals).isPresent()) {
        // Item 7's and the paper cover's choice between a new notice and an amendment, in the form's words.
        return set ? "Amendment" : field.edition() == Edition.PAPER ? "New Filing" : "New Notice";
      }
      if (field.kind() == Kind.FLAG || field.kind() == Kind.SECURITY_TYPE || field.kind() == Kind.YEAR_KIND) {
        return set ? "\u2612 checked" : "\u2610 not checked";
      }
      return set ? "Yes" : "No";
    }
    if (value instanceof UsdAmount) {
      return ((UsdAmount) value).format();
    }
    if (value instanceof OfferingAmount) {
      return ((OfferingAmount) value).amount().map(UsdAmount::format).orElse("Indefinite");
    }
    if (value instanceof StatedAmount) {
      StatedAmount s = (StatedAmount) value;
      return s.asWritten().map(w -> w + s.amount().map(a -> " (" + a.format() + ")").orElse(""))
          .orElse(s.amount().map(UsdAmount::format).orElse(""));
    }
    if (value instanceof StatedCount) {
      StatedCount s = (StatedCount) value;
      return s.asWritten().orElse(s.count().map(String::valueOf).orElse(""));
    }
    if (value instanceof Mark) {
      Mark m = (Mark) value;
      return m == Mark.CHECKED ? "\u2612 checked" : m == Mark.UNCHECKED ? "\u2610 not checked" : "not recorded";
    }
    if (value instanceof PersonName) {
      return ((PersonName) value).displayName();
    }
    if (value instanceof EdgarCode) {
      return ((EdgarCode) value).label();
    }
    return String.valueOf(value);
  }

  /** Escapes the five markup characters; drops characters HTML cannot show (C0 controls but tab and line breaks). */
  static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          } else {
            out.append('\uFFFD');
          }
      }
    }
  }
}
