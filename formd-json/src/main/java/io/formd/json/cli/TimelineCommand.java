package io.formd.json.cli;

import io.formd.core.amendments.OfferingTimeline;
import io.formd.core.amendments.OfferingTimeline.Facts;
import io.formd.core.amendments.OfferingTimeline.Filed;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import io.formd.core.model.ElectronicFormD;
import io.formd.json.EdgarFacts;
import io.formd.json.EdgarSubmissionFile;
import io.formd.json.FormDFiles;
import io.formd.json.FormDJson;
import io.formd.json.FormDReadException;
import io.formd.json.datasets.DataSetFiling;
import io.formd.json.datasets.DataSetProblem;
import io.formd.json.datasets.DataSetQuarter;
import io.formd.json.datasets.FormDDataSets;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code formd timeline INPUT... [--as-of DATE]}: Form D filings of one issuer or of a whole feed as offerings, and
 * what they owe. Each filing is kept as the few facts a timeline needs, so a year of the whole market stays small.
 */
final class TimelineCommand implements Args.Command {

  /** What is read of a file to tell its form: EDGAR's header is a few kilobytes. */
  private static final int HEAD = 64 * 1024;

  private Args.Spec spec;

  private List<Path> inputs = new ArrayList<>();

  private FormdCommand parent;

  private LocalDate asOf;

  private String format = "text";

  private final List<Filed> filed = Collections.synchronizedList(new ArrayList<>());
  private final List<String> unreadable = Collections.synchronizedList(new ArrayList<>());
  private final List<Finding> envelope = Collections.synchronizedList(new ArrayList<>());
  private int otherForms;
  private int otherFiles;

  @Override
  public void declare(Args.Declaration d) {
    spec = d.spec();
    parent = d.parent();
    d.describe(
        "Link Form D filings into offerings as EDGAR links them (previous accession numbers, file numbers) and say "
            + "what they owe as of a date, from the filings known that day: late notices, late and overdue annual "
            + "amendments, Rule 504's 12 months and Rule 506(b)'s 90 days across one issuer's offerings.",
        "Inputs: EDGAR's full submission files (.txt, .nc), which carry each filing's accession number, filing date "
            + "and file number; directories of them (a feed: submissions of other forms are skipped and counted); and "
            + "the SEC's Form D data sets (a quarter's ZIP or folder, one or many).",
        "Exit status: 0 nothing owed or broken, 1 a WARNING, 2 an input cannot be read (the others are still "
            + "reported).");
    d.parameter("INPUT").many().help("EDGAR full submission files (.txt, .nc), directories of them, or the SEC's Form "
        + "D data sets (2025q2_d.zip or its folder).").to(v -> inputs.add(Args.path(v)));
    d.option("--as-of").label("DATE").help("The day to answer for, from the filings made by then (default: "
        + "today).").to(v -> asOf = Args.date(v));
    d.option("--format").label("text|json").help("Lines (default) or one JSON document: {\"asOf\", \"offerings\": "
        + "[{\"filings\": [...]}], \"findings\": [...]}.").to(v -> format = v);
  }

  @Override
  public Integer call() throws IOException {
    if (!Cli.formatIsOneOf(spec, format, "text", "json")) {
      return 2;
    }
    for (Path input : inputs) {
      collect(input, false);
    }
    PrintWriter err = spec.err();
    for (String problem : unreadable) {
      err.println(problem);
    }
    if (filed.isEmpty() && !unreadable.isEmpty()) {
      return 2;
    }
    OfferingTimeline all = OfferingTimeline.of(filed).withCalendar(parent.calendar);
    LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneId.of("America/New_York"));
    OfferingTimeline timeline = all.asOf(day);
    List<Finding> findings = new ArrayList<>(envelope);
    findings.addAll(timeline.obligations(day));
    int later = all.filings().size() - timeline.filings().size();
    boolean warned = findings.stream().anyMatch(f -> f.severity().isAtLeast(Severity.WARNING));
    PrintWriter out = spec.out();
    if (format.equals("json")) {
      json(out, day, timeline, findings, later);
    } else {
      text(out, day, timeline, findings, later);
    }
    out.flush();
    return !unreadable.isEmpty() ? 2 : warned ? 1 : 0;
  }

  /** Reads one input: a data set, a directory (every file in it), or one submission file. */
  private void collect(Path input, boolean inDirectory) {
    if (FormDDataSets.looksLikeOne(input)) {
      quarter(input);
    } else if (!inDirectory && Files.isDirectory(input)) {
      List<Path> found;
      try {
        found = Cli.walk(input).stream().filter(p -> Files.isRegularFile(p) || FormDDataSets.looksLikeOne(p))
            .filter(p -> !p.equals(input)).sorted().collect(Collectors.toList());
      } catch (IOException | UncheckedIOException e) {
        unreadable.add(input + ": cannot be searched: " + Cli.reason(e instanceof IOException io ? io
            : ((UncheckedIOException) e).getCause()));
        return;
      }
      // A data set's folder inside the directory is read once, as a data set, not also table by table.
      List<Path> dataSetFolders = found.stream().filter(Files::isDirectory).toList();
      found.stream().filter(p -> Files.isDirectory(p) || dataSetFolders.stream().noneMatch(p::startsWith))
          .forEach(p -> collect(p, true));
      if (found.isEmpty()) {
        unreadable.add(input + ": no files in this directory");
      }
    } else {
      submission(input, inDirectory);
    }
  }

  private void quarter(Path input) {
    DataSetQuarter quarter = Cli.readQuarter(input, why -> unreadable.add(input + ": " + why));
    if (quarter == null) {
      return;
    }
    quarter.entries().parallel().forEach(entry -> {
      if (entry instanceof DataSetFiling f) {
        if (f.filingDate().isEmpty()) {
          unreadable.add(input + "!" + f.accessionNumber() + ": no FILING_DATE: a timeline needs the day it was filed");
        } else {
          filed.add(new Filed(f.accessionNumber(), f.filingDate().get(), f.fileNumber(), Facts.of(f.filing())));
        }
      } else if (entry instanceof DataSetProblem p) {
        unreadable.add(input + "!" + p.describe());
      }
    });
  }

  private void submission(Path input, boolean inDirectory) {
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(input)) {
        head = in.readNBytes(HEAD);
      }
      if (!EdgarSubmissionFile.looksLikeOne(head) && input.getFileName().toString().endsWith(".json")) {
        // formd JSON written from a submission file or a data set keeps the accession number and filing date.
        byte[] bytes = FormDFiles.readBytes(input);
        Optional<EdgarFacts> edgar = FormDJson.readEdgarFacts(bytes);
        if (edgar.isPresent() && edgar.get().filedDate().isPresent()
            && FormDFiles.read(bytes) instanceof ElectronicFormD filing) {
          filed.add(new Filed(edgar.get().accessionNumber(), edgar.get().filedDate().get(), edgar.get().fileNumber(),
              Facts.of(filing)));
          return;
        }
      }
      if (!EdgarSubmissionFile.looksLikeOne(head)) {
        if (inDirectory) {
          otherFiles++; // a feed's index, a README, a bare primary document: counted in the summary, not read
          return;
        }
        unreadable.add(input + ": not EDGAR's full submission file: a timeline needs each filing's accession number, "
            + "filing date and file number, which that file, the SEC's data sets and formd JSON converted from either "
            + "(its \"edgar\" member) carry");
        return;
      }
      Optional<String> type = EdgarSubmissionFile.formType(head);
      if (type.isPresent() && !type.get().equals("D") && !type.get().equals("D/A")) {
        otherForms++;
        return;
      }
      byte[] bytes = FormDFiles.readBytes(input);
      EdgarSubmissionFile file = EdgarSubmissionFile.read(bytes);
      for (Finding d : file.disagreements(LocalDate.now(ZoneId.of("America/New_York")))) {
        Map<String, String> values = new LinkedHashMap<>(d.values());
        values.put("accessionNumber", file.accessionNumber());
        values.put("filedDate", file.filedDate().toString());
        envelope.add(Finding.builder().from(d).message(input.getFileName() + ": " + d.message()).values(values)
            .build());
      }
      Filed f = new Filed(file.filing(), file.accessionNumber(), file.filedDate());
      filed.add(file.fileNumber().map(f::withFileNumber).orElse(f));
    } catch (FormDReadException e) {
      if (e.otherForm().isPresent()) {
        otherForms++;
      } else {
        unreadable.add(input + ": cannot be read: " + e.getMessage());
      }
    } catch (IOException e) {
      unreadable.add(input + ": cannot be read: " + Cli.reason(e));
    }
  }

  private String summary(LocalDate day, OfferingTimeline timeline, List<Finding> findings, int later) {
    int offerings = timeline.offerings().size();
    int filings = timeline.filings().size();
    return offerings + " offering" + (offerings == 1 ? "" : "s") + ", " + filings + " filing"
        + (filings == 1 ? "" : "s")
        + ", as of " + day + ": " + findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
        + (later > 0 ? "; " + later + " filed after " + day + " not counted" : "")
        + (otherForms > 0 ? "; " + otherForms + " other form" + (otherForms == 1 ? "" : "s") + " skipped" : "")
        + (otherFiles > 0 ? "; " + otherFiles + " file" + (otherFiles == 1 ? "" : "s") + " not EDGAR submissions "
        + "skipped" : "")
        + (unreadable.isEmpty() ? "" : "; " + unreadable.size() + " unreadable");
  }

  private void text(PrintWriter out, LocalDate day, OfferingTimeline timeline, List<Finding> findings, int later) {
    int n = 0;
    for (OfferingTimeline.Offering offering : timeline.offerings()) {
      n++;
      Facts first = offering.filings().get(0).facts();
      out.println("offering " + n + ": " + first.issuerName() + offering.fileNumber().map(f -> " (" + f + ")")
          .orElse("") + ", first sale " + offering.latest().facts().dateOfFirstSale().map(LocalDate::toString)
          .orElse("yet to occur") + (offering.noticeInInput() ? "" : "; its notice" + offering.notice()
          .map(a -> " " + a).orElse("") + " is not among these filings"));
      for (Filed f : offering.filings()) {
        out.println("  " + f.filedDate() + " " + f.accessionNumber() + " " + f.facts().submissionType().edgarCode());
      }
      out.println("  next annual amendment due by " + offering.annualAmendmentDueBy() + " if the offering continues "
          + "(17 CFR 230.503(a)(3)(iii))");
    }
    for (Finding f : findings) {
      out.println(f.severity() + " " + f.ruleId() + ": " + f.message() + " (" + f.citation() + ")");
    }
    out.println(summary(day, timeline, findings, later));
  }

  private void json(PrintWriter out, LocalDate day, OfferingTimeline timeline, List<Finding> findings, int later)
      throws IOException {
    Cli.json(out, g -> {
      g.writeStartObject();
      g.writeStringField("asOf", day.toString());
      g.writeArrayFieldStart("offerings");
      for (OfferingTimeline.Offering offering : timeline.offerings()) {
        g.writeStartObject();
        g.writeStringField("annualAmendmentDueBy", offering.annualAmendmentDueBy().toString());
        g.writeStringField("issuer", offering.issuerKey());
        g.writeStringField("issuerName", offering.filings().get(0).facts().issuerName());
        if (offering.notice().isPresent()) {
          g.writeStringField("notice", offering.notice().get());
        } else {
          g.writeNullField("notice");
        }
        g.writeBooleanField("noticeInInput", offering.noticeInInput());
        if (offering.fileNumber().isPresent()) {
          g.writeStringField("fileNumber", offering.fileNumber().get());
        } else {
          g.writeNullField("fileNumber");
        }
        g.writeArrayFieldStart("filings");
        for (Filed f : offering.filings()) {
          g.writeStartObject();
          g.writeStringField("accessionNumber", f.accessionNumber());
          g.writeStringField("filedDate", f.filedDate().toString());
          g.writeStringField("submissionType", f.facts().submissionType().edgarCode());
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
      g.writeNumberField("filings", timeline.filings().size());
      g.writeNumberField("filedLater", later);
      g.writeNumberField("otherForms", otherForms);
      g.writeNumberField("otherFiles", otherFiles);
      g.writeArrayFieldStart("unreadable");
      for (String problem : unreadable) {
        g.writeString(problem);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}
