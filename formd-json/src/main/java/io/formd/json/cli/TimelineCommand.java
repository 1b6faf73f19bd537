package io.formd.json.cli;

import io.formd.core.amendments.OfferingTimeline;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import io.formd.json.EdgarSubmissionFile;
import io.formd.json.FormDFiles;
import io.formd.json.FormDReadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code formd timeline FILES... [--as-of DATE]}: an issuer's EDGAR filings as offerings, and what they owe. */
@Command(name = "timeline", mixinStandardHelpOptions = true, versionProvider = FormdCommand.Version.class,
    description = {"Link an issuer's Form D filings (EDGAR's full submission files, which carry the accession number "
        + "and filing date) into offerings, and say what they owe as of a date: late notices, annual amendments, "
        + "Rule 504's 12 months and Rule 506(b)'s 90 days across offerings.",
        "Exit status: 0 nothing owed or broken, 1 a WARNING, 2 an input cannot be read."})
final class TimelineCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "EDGAR full submission files (.txt, .nc).")
  private List<Path> inputs;

  @picocli.CommandLine.ParentCommand
  private FormdCommand parent;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day to answer for (default: today).")
  private LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Lines (default) or one "
      + "JSON document: {\"asOf\", \"offerings\": [{\"filings\": [...]}], \"findings\": [...]}.")
  private String format;

  @Override
  public Integer call() throws IOException {
    if (!Cli.formatIsOneOf(spec, format, "text", "json")) {
      return 2;
    }
    List<OfferingTimeline.Filed> filed = new ArrayList<>();
    for (Path input : inputs) {
      try {
        byte[] bytes = FormDFiles.readBytes(input);
        if (!EdgarSubmissionFile.looksLikeOne(bytes)) {
          spec.commandLine().getErr().println(input + ": not EDGAR's full submission file: a timeline needs each "
              + "filing's accession number and filing date, which only that file carries");
          return 2;
        }
        EdgarSubmissionFile file = EdgarSubmissionFile.read(bytes);
        filed.add(new OfferingTimeline.Filed(file.filing(), file.accessionNumber(), file.filedDate()));
      } catch (FormDReadException e) {
        spec.commandLine().getErr().println(input + ": cannot be read: " + e.getMessage());
        return 2;
      } catch (IOException e) {
        spec.commandLine().getErr().println(input + ": cannot be read: " + Cli.reason(e));
        return 2;
      }
    }
    OfferingTimeline timeline = OfferingTimeline.of(filed).withCalendar(parent.calendar);
    LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneId.of("America/New_York"));
    PrintWriter out = spec.commandLine().getOut();
    List<Finding> findings = timeline.obligations(day);
    boolean warned = findings.stream().anyMatch(f -> f.severity().isAtLeast(Severity.WARNING));
    if (format.equals("json")) {
      Cli.json(out, g -> {
        g.writeStartObject();
        g.writeStringField("asOf", day.toString());
        g.writeArrayFieldStart("offerings");
        for (OfferingTimeline.Offering offering : timeline.offerings()) {
          g.writeStartObject();
          g.writeStringField("annualAmendmentDueBy", offering.annualAmendmentDueBy().toString());
          g.writeArrayFieldStart("filings");
          for (OfferingTimeline.Filed f : offering.filings()) {
            g.writeStartObject();
            g.writeStringField("accessionNumber", f.accessionNumber());
            g.writeStringField("filedDate", f.filedDate().toString());
            g.writeStringField("submissionType", f.filing().submissionType().edgarCode());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : findings) {
          g.writeStartObject();
          g.writeStringField("ruleId", f.ruleId());
          g.writeStringField("severity", f.severity().name());
          g.writeStringField("message", f.message());
          g.writeStringField("citation", f.citation());
          g.writeStringField("accessionNumber", f.values().getOrDefault("accessionNumber", ""));
          String due = f.values().get("dueDate");
          if (due == null) {
            g.writeNullField("dueDate");
          } else {
            g.writeStringField("dueDate", due);
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      });
      return warned ? 1 : 0;
    }
    int n = 0;
    for (OfferingTimeline.Offering offering : timeline.offerings()) {
      n++;
      ElectronicFormD first = offering.filings().get(0).filing();
      out.println("offering " + n + ": " + first.primaryIssuer().name() + ", first sale "
          + first.offering().typeOfFiling().dateOfFirstSale().map(LocalDate::toString).orElse("yet to occur"));
      for (OfferingTimeline.Filed f : offering.filings()) {
        out.println("  " + f.filedDate() + " " + f.accessionNumber() + " " + f.filing().submissionType().edgarCode());
      }
      out.println("  next annual amendment due by " + offering.annualAmendmentDueBy() + " if the offering continues "
          + "(17 CFR 230.503(a)(3)(iii))");
    }
    for (Finding f : findings) {
      out.println(f.severity() + " " + f.ruleId() + ": " + f.message() + " (" + f.citation() + ")");
    }
    out.println(timeline.offerings().size() + " offering" + (timeline.offerings().size() == 1 ? "" : "s") + ", "
        + filed.size() + " filing" + (filed.size() == 1 ? "" : "s") + ", as of " + day + ": " + findings.size()
        + " finding" + (findings.size() == 1 ? "" : "s"));
    return warned ? 1 : 0;
  }
}
