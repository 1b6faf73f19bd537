package io.formd.json.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.formd.core.amendments.AmendmentCheck;
import io.formd.core.amendments.Change;
import io.formd.core.amendments.Deadline;
import io.formd.core.amendments.FilingDiff;
import io.formd.core.amendments.Reason;
import io.formd.core.model.ElectronicFormD;
import io.formd.json.internal.Blocks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code formd diff LAST NOW} and {@code formd amendment LAST NOW}: what changed between two filings of an offering,
 * and whether Rule 503(a)(3) requires an amendment for it.
 */
final class DiffCommand {

  private DiffCommand() {}

  /** Reads one of the two filings; an EDGAR full submission file also gives its filing date. */
  static Cli.Input read(Args.Spec spec, FormdCommand parent, Path file) {
    Cli.Input input = Cli.readOrSay(spec, parent, file);
    if (input != null && !(input.located().value() instanceof ElectronicFormD)) {
      spec.err().println(file + ": a paper-edition filing: changes are compared between electronic "
          + "filings");
      return null;
    }
    return input;
  }

  /** Writes one change as a JSON object. */
  static void change(JsonGenerator g, Change c) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", c.path());
    item(g, c);
    g.writeStringField("label", c.place().replaceFirst("^Item \\d+, ", ""));
    g.writeStringField("place", c.place());
    if (c.before().isPresent()) {
      g.writeStringField("before", c.before().get());
    }
    if (c.after().isPresent()) {
      g.writeStringField("after", c.after().get());
    }
    g.writeEndObject();
  }

  /** Writes the change's Item number, when the place names one. */
  static void item(JsonGenerator g, Change c) throws IOException {
    Matcher m = Pattern.compile("^Item (\\d+)").matcher(c.place());
    if (m.find()) {
      g.writeNumberField("item", Integer.parseInt(m.group(1)));
    } else {
      g.writeNullField("item");
    }
  }

  /** The parts of a filing that make it a new notice or an amendment: one line together, not three. */
  private static final List<String> MECHANICS = List.of("submissionType", "offering.typeOfFiling.amendment",
      "offering.typeOfFiling.previousAccessionNumber");

  /** A list entry's path: the list, and the index (an entry only the earlier filing has is "[removed N]"). */
  private static final Pattern ENTRY = Pattern.compile("^(?:offering\\.)?([A-Za-z]+)\\[(?:removed )?(\\d+)\\]");

  /**
   * The changes as a reader takes them in: the amendment's mechanics (submission type, the amendment box, the
   * previous accession number) in one line; a person, issuer, recipient or signature added or removed in one line
   * with its values; every other change a line of its own: PLACE [PATH]: before -> after.
   */
  static List<String> lines(List<Change> changes) {
    List<String> lines = new ArrayList<>();
    List<Change> mechanics = new ArrayList<>();
    Map<String, List<Change>> entries = new LinkedHashMap<>();
    for (Change c : changes) {
      if (MECHANICS.contains(c.path())) {
        mechanics.add(c);
        continue;
      }
      Matcher m = ENTRY.matcher(c.path());
      if (m.find() && Blocks.name(m.group(1), 0) != null) {
        entries.computeIfAbsent(m.group(0), k -> new ArrayList<>()).add(c);
      }
    }
    if (!mechanics.isEmpty()) {
      StringBuilder line = new StringBuilder("Type of filing [");
      StringBuilder what = new StringBuilder();
      for (Change c : mechanics) {
        line.append(c == mechanics.get(0) ? "" : ", ").append(c.path());
        if (c.path().equals("offering.typeOfFiling.previousAccessionNumber")) {
          what.append(what.length() == 0 ? "" : "; ").append(c.after().map(a -> "amends " + a)
              .orElse("previous accession number " + c.before().orElse("") + " removed"));
        } else if (c.path().equals("submissionType")) {
          what.insert(0, c.before().orElse("(none)") + " -> " + c.after().orElse("(none)")
              + (what.length() == 0 ? "" : "; "));
        }
      }
      if (what.length() == 0) {
        Change c = mechanics.get(0);
        what.append(c.before().orElse("(none)")).append(" -> ").append(c.after().orElse("(none)"));
      }
      lines.add(line.append("]: ").append(what).toString());
    }
    Set<Change> grouped = new HashSet<>();
    for (Map.Entry<String, List<Change>> e : entries.entrySet()) {
      List<Change> group = e.getValue();
      boolean added = group.stream().allMatch(c -> c.before().isEmpty());
      boolean removed = group.stream().allMatch(c -> c.after().isEmpty());
      if (group.size() < 2 || !(added || removed)) {
        continue;
      }
      Matcher m = ENTRY.matcher(e.getKey());
      m.find();
      String item = group.get(0).place().replaceFirst(",.*$", "");
      List<String> values = new ArrayList<>();
      for (Change c : group) {
        String v = (added ? c.after() : c.before()).orElse("");
        if (!v.isEmpty() && !values.contains(v)) {
          values.add(v);
        }
      }
      lines.add(item + ", " + Blocks.name(m.group(1), Integer.parseInt(m.group(2))) + " "
          + (added ? "added" : "removed") + " [" + e.getKey() + "]: " + String.join(", ", values));
      grouped.addAll(group);
    }
    int at = mechanics.isEmpty() ? 0 : 1;
    for (Change c : changes) {
      if (MECHANICS.contains(c.path()) || grouped.contains(c)) {
        continue;
      }
      lines.add(at++, c.place() + " [" + c.path() + "]: " + c.before().orElse("(none)") + " -> "
          + c.after().orElse("(none)"));
    }
    return lines;
  }

  /** {@code formd diff}. */
  static final class Diff implements Args.Command {

    private Args.Spec spec;

    private FormdCommand parent;

    private Path before;

    private Path after;

    private String format = "text";

    @Override
    public void declare(Args.Declaration d) {
      spec = d.spec();
      parent = d.parent();
      d.describe(
          "What changed between two filings of an offering, one line per field: PLACE [PATH]: before -> after. People "
              + "and parties are matched by name, CIK or CRD number, not by position.",
          "Exit status: 0 no change, 1 some change, 2 an input cannot be read.");
      d.parameter("BEFORE").help("The earlier filing (EDGAR XML, JSON or EDGAR's full submission "
          + "file).").to(v -> before = Args.path(v));
      d.parameter("AFTER").help("The later filing.").to(v -> after = Args.path(v));
      d.option("--format").label("text|json").help("Lines (default) or one JSON document: {\"changes\": [{\"path\", "
          + "\"place\", \"before\", \"after\"}]}.").to(v -> format = v);
    }

    @Override
    public Integer call() throws IOException {
      if (!Cli.formatIsOneOf(spec, format, "text", "json")) {
        return 2;
      }
      Cli.Input a = read(spec, parent, before);
      Cli.Input b = read(spec, parent, after);
      if (a == null || b == null) {
        return 2;
      }
      PrintWriter out = spec.out();
      List<Change> changes = FilingDiff.between((ElectronicFormD) a.located().value(),
          (ElectronicFormD) b.located().value());
      if (format.equals("json")) {
        Cli.json(out, g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("changes");
          for (Change c : changes) {
            change(g, c);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
        return changes.isEmpty() ? 0 : 1;
      }
      for (String line : lines(changes)) {
        out.println(line);
      }
      out.println(changes.size() + " change" + (changes.size() == 1 ? "" : "s"));
      return changes.isEmpty() ? 0 : 1;
    }
  }

  /** {@code formd amendment}. */
  static final class Amendment implements Args.Command {

    private Args.Spec spec;

    private FormdCommand parent;

    private Path last;

    private Path now;

    private LocalDate lastFiled;

    private LocalDate asOf;

    private boolean terminated;

    private String format = "text";

    @Override
    public void declare(Args.Declaration d) {
      spec = d.spec();
      parent = d.parent();
      d.describe(
          "Is an amendment required (Rule 503(a)(3), 17 CFR 230.503)? LAST is the notice or amendment last filed; NOW "
              + "the offering's information now, as a filing. One line per change: REQUIRED or excepted, the "
              + "paragraph, and why; then the verdict and the deadline.",
          "Exit status: 0 no amendment required, 1 one is, 2 an input cannot be read.");
      d.parameter("LAST").help("The notice or amendment last filed.").to(v -> last = Args.path(v));
      d.parameter("NOW").help("The offering's information now.").to(v -> now = Args.path(v));
      d.option("--last-filed").label("DATE").help("The day EDGAR filed LAST (YYYY-MM-DD), for the annual amendment; "
          + "read from LAST when it is EDGAR's full submission file.").to(v -> lastFiled = Args.date(v));
      d.option("--as-of").label("DATE").help("The day to answer for (default: NOW's "
          + "signature).").to(v -> asOf = Args.date(v));
      d.option("--terminated").help("The offering terminated before the changes.").flag(() -> terminated = true);
      d.option("--format").label("text|json").help("Lines (default) or one JSON document: {\"required\", "
          + "\"deadline\", \"annualDueDate\", \"reasons\": [...]}.").to(v -> format = v);
    }

    @Override
    public Integer call() throws IOException {
      if (!Cli.formatIsOneOf(spec, format, "text", "json")) {
        return 2;
      }
      Cli.Input a = read(spec, parent, last);
      Cli.Input b = read(spec, parent, now);
      if (a == null || b == null) {
        return 2;
      }
      AmendmentCheck check = AmendmentCheck.between((ElectronicFormD) a.located().value(),
          (ElectronicFormD) b.located().value()).offeringTerminated(terminated).calendar(parent.calendar);
      Optional<LocalDate> filed = Optional.ofNullable(lastFiled).or(a::filedDate);
      if (filed.isPresent()) {
        check = check.lastFiledOn(filed.get());
      }
      if (asOf != null) {
        check = check.asOf(asOf);
      }
      AmendmentCheck.Verdict verdict = check.verdict();
      PrintWriter out = spec.out();
      if (format.equals("json")) {
        Cli.json(out, g -> {
          g.writeStartObject();
          g.writeBooleanField("required", verdict.required());
          // dueBy: a date for the annual amendment; null for "as soon as practicable" (a change) or nothing due.
          if (verdict.requiring().isEmpty() && verdict.annualDueSoon() && verdict.annualDueDate().isPresent()) {
            g.writeStringField("dueBy", verdict.annualDueDate().get().toString());
          } else {
            g.writeNullField("dueBy");
          }
          Deadline deadline = verdict.deadline();
          g.writeStringField("deadline", deadline.describe());
          g.writeStringField("deadlineKind", deadline.kind().name());
          if (deadline.fileBy().isPresent()) {
            g.writeStringField("fileBy", deadline.fileBy().get().toString());
          }
          g.writeBooleanField("annualChecked", verdict.annualChecked());
          if (verdict.annualDueDate().isPresent()) {
            g.writeStringField("annualDueDate", verdict.annualDueDate().get().toString());
            g.writeStringField("lastDayToFileAnnual", verdict.lastDayToFileAnnual().orElseThrow().toString());
          }
          g.writeArrayFieldStart("reasons");
          if (verdict.annualDueSoon() && verdict.annualDueDate().isPresent()) {
            g.writeStartObject();
            g.writeBooleanField("required", true);
            g.writeStringField("trigger", "annual amendment");
            g.writeStringField("citation", "17 CFR 230.503(a)(3)(iii)");
            g.writeStringField("detail", "due on or before " + verdict.annualDueDate()
                .get() + ", the first anniversary "
                + "of the last filing, while the offering continues");
            g.writeEndObject();
          }
          for (Reason r : verdict.reasons()) {
            g.writeStartObject();
            g.writeBooleanField("required", r.required());
            g.writeStringField("trigger", r.required() ? "change in information" : "excepted change");
            item(g, r.change());
            g.writeStringField("path", r.change().path());
            g.writeStringField("citation", r.citation());
            g.writeStringField("detail", r.detail());
            g.writeFieldName("change");
            change(g, r.change());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("changes");
          for (Reason r : verdict.reasons()) {
            change(g, r.change());
          }
          g.writeEndArray();
          g.writeEndObject();
        });
        return verdict.required() ? 1 : 0;
      }
      for (Reason r : verdict.reasons()) {
        out.println((r.required() ? "REQUIRED " : "excepted ") + r.change().place() + " [" + r.change().path() + "]: "
            + r.change().before().orElse("(none)") + " -> " + r.change().after().orElse("(none)") + ": " + r.detail()
            + " (" + r.citation() + ")");
      }
      out.println(verdict.describe());
      return verdict.required() ? 1 : 0;
    }
  }
}
