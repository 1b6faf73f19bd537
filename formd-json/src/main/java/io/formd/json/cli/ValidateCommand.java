package io.formd.json.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.formd.core.model.Dialect;
import io.formd.core.model.FormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.Severity;
import io.formd.core.rules.SkippedCheck;
import io.formd.core.rules.ValidationReport;
import io.formd.json.FormDReadException;
import io.formd.json.Located;
import io.formd.json.SourceMap;
import io.formd.json.SourcePosition;
import io.formd.json.datasets.DataSetEntry;
import io.formd.json.datasets.DataSetFiling;
import io.formd.json.datasets.DataSetLookup;
import io.formd.json.datasets.DataSetProblem;
import io.formd.json.datasets.DataSetQuarter;
import io.formd.json.datasets.DataSetTable;
import io.formd.json.datasets.FormDDataSets;
import io.formd.json.html.BatchReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;



/**
 * {@code formd validate FILE...}: checks filings (EDGAR XML or canonical JSON, or directories of them) against
 * the built-in rules. Exit 0 when no ERROR, 1 when any ERROR, 2 when any input cannot be read.
 */
final class ValidateCommand implements Args.Command {

  private Args.Spec spec;

  private FormdCommand parent;

  private String failOn = "error";

  private boolean quiet;

  private List<Path> inputs = new ArrayList<>();

  private LocalDate asOf;

  private LocalDate filingDate;

  private String format = "text";

  private String profile;

  private Path html;

  private boolean showCredentials;

  private Integer threads;

  private List<Path> records = new ArrayList<>();

  /** The most files read and checked ahead of the one reported next: memory stays bounded. */
  private static final int WINDOW = 512;

  /**
   * One file's outcome: a report and where its parts are, or why it could not be read (and where), or the form type
   * of an EDGAR submission of another form (a feed's 10-K or Form 4: skipped and counted, not an error).
   */
  record Outcome(Path file, ValidationReport report, SourceMap sourceMap, String unreadable,
      SourcePosition unreadableAt, FormD filing, String otherForm, FormDReadException readError) {

    Outcome(Path file, ValidationReport report, SourceMap sourceMap, String unreadable, SourcePosition unreadableAt) {
      this(file, report, sourceMap, unreadable, unreadableAt, null, null, null);
    }

    Outcome(Path file, ValidationReport report, SourceMap sourceMap, String unreadable, SourcePosition unreadableAt,
        FormD filing) {
      this(file, report, sourceMap, unreadable, unreadableAt, filing, null, null);
    }

    /** A file the reader refused, with every problem it named. */
    static Outcome unreadable(Path file, FormDReadException e) {
      return new Outcome(file, null, null, e.getMessage(), position(e), null, null, e);
    }

    /**
     * @return why the file cannot be read, one problem each with its place: every value the reader could not take
     *     (and a last line when it stopped at its bound), or the one reason; empty for a file that was read
     */
    List<Problem> problems() {
      if (readError == null) {
        return unreadable == null ? List.of() : List.of(new Problem(unreadable, unreadableAt));
      }
      List<Problem> all = new ArrayList<>();
      for (FormDReadException p : readError.problems()) {
        all.add(new Problem(p.getMessage(), position(p)));
      }
      if (readError.moreNotRead()) {
        all.add(new Problem("reading stopped after the first " + FormDReadException.MAX_PROBLEMS
            + " problems; fix these and read it again", null));
      }
      return all;
    }

    /**
     * @param cleanReports the reports of clean files kept so far, by what a report written of them says (the date,
     *     the profile, the checks not run): a clean file shares an equal one's
     * @return what a report written at the end (JSON, SARIF, JUnit) needs of this outcome: the places of its
     *     findings instead of the source map (which holds the file's bytes until it is asked), and no filing; a clean
     *     file keeps its name and a shared report. 60,000 files kept whole filled a 256 MB heap.
     */
    Outcome kept(Map<String, ValidationReport> cleanReports) {
      if (report == null) {
        return this; // unreadable, or another form: no filing, no source map
      }
      ValidationReport keep = report;
      if (report.findings().isEmpty()) {
        StringBuilder key = new StringBuilder().append(report.asOf().orElse(null)).append(' ')
            .append(report.profile().key());
        for (SkippedCheck check : report.skippedChecks()) {
          key.append(' ').append(check.ruleId()).append(':').append(check.reason().name());
        }
        ValidationReport equal = cleanReports.putIfAbsent(key.toString(), report);
        keep = equal == null ? report : equal;
      }
      return new Outcome(file, keep, Places.of(sourceMap, report.findings()), unreadable, unreadableAt, null,
          otherForm, readError);
    }

    private static SourcePosition position(FormDReadException e) {
      return e.line().isPresent() ? new SourcePosition(e.line().getAsInt(), Math.max(1, e.column().orElse(1)))
          : null;
    }
  }

  /** The places of some findings, found once: all a kept outcome's writer asks its source map. */
  private static final class Places implements SourceMap {
    private static final SourceMap NONE = SourceMap.none();
    private final Map<String, Optional<SourcePosition>> at;

    private Places(Map<String, Optional<SourcePosition>> at) {
      this.at = at;
    }

    static SourceMap of(SourceMap map, List<Finding> findings) {
      if (findings.isEmpty() || map == null) {
        return NONE;
      }
      if (map instanceof Places) {
        return map; // found already, when the file was checked
      }
      Map<String, Optional<SourcePosition>> at = new HashMap<>();
      for (Finding f : findings) {
        if (!at.containsKey(f.path())) {
          at.put(f.path(), map.locate(f.path()));
        }
      }
      return new Places(at);
    }

    @Override
    public Optional<SourcePosition> locate(String path) {
      Optional<SourcePosition> found = at.get(path);
      return found == null ? Optional.empty() : found;
    }
  }

  /**
   * The run's tasks: a check of each file listed, made when it is taken (each once, by {@link InOrder}), which lets
   * go of the file's entry; then any tasks added (a data set's filings). A task a file held 24 bytes, and its entry
   * 100 more for the whole run: 1.5 million files held 200 MB before one was checked.
   */
  final class Tasks extends AbstractList<Callable<Outcome>> {
    private final Listed[] files;
    private final Prepared<RuleSet> checking;
    private final List<Callable<Outcome>> added = new ArrayList<>();

    Tasks(Listed[] files, Prepared<RuleSet> checking) {
      this.files = files;
      this.checking = checking;
    }

    @Override
    public Callable<Outcome> get(int index) {
      if (index >= files.length) {
        return added.get(index - files.length);
      }
      Listed file = files[index];
      if (file == null) {
        throw new IllegalStateException("task " + index + " was taken already");
      }
      files[index] = null;
      return new Check(file, checking);
    }

    @Override
    public boolean add(Callable<Outcome> task) {
      return added.add(task);
    }

    @Override
    public int size() {
      return files.length + added.size();
    }
  }

  /** The check of one file listed. */
  private final class Check implements Callable<Outcome> {
    private final Listed file;
    private final Prepared<RuleSet> checking;

    Check(Listed file, Prepared<RuleSet> checking) {
      this.file = file;
      this.checking = checking;
    }

    @Override
    public Outcome call() {
      return check(file.path(), file.size(), checking);
    }
  }

  /** An input: a file given, or found in a directory with the size the walk saw (-1: not known, look again). */
  record Listed(Path path, long size) implements Comparable<Listed> {
    @Override
    public int compareTo(Listed other) {
      return path.compareTo(other.path);
    }
  }

  private static final Pattern ACCESSION_TXT = Pattern.compile("\\d{10}-\\d{2}-\\d{6}\\.txt");

  /**
   * EDGAR XML, formd JSON, and EDGAR's full submission files (0001234567-25-000001.txt, .nc), any case: asked of every
   * entry of a directory, so without a copy of the name or a pattern compiled for it.
   */
  private static boolean isFilingName(String name) {
    return endsWith(name, ".xml") || endsWith(name, ".json") || endsWith(name, ".nc")
        || endsWith(name, ".txt") && ACCESSION_TXT.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  private static boolean endsWith(String name, String suffix) {
    return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
  }

  /** One reason a file cannot be read: the message (with its place) and the position, if the reader gave one. */
  record Problem(String message, SourcePosition at) {}

  @Override
  public void declare(Args.Declaration d) {
    spec = d.spec();
    parent = d.parent();
    d.describe(
        "Check Form D filings (EDGAR XML, formd JSON, or EDGAR's full submission file, detected from content; a "
            + "directory means every *.xml, *.json, *.nc and ACCESSION-NUMBER.txt file under it, in the order of their "
            + "paths; an entry so named that is not a file, such as a link to nothing, is reported, not skipped) "
            + "against the built-in rules. A full submission file's FILED AS OF DATE is the filing date of the 15-day "
            + "rule.",
        "One line per finding, FILE:LINE:COLUMN: SEVERITY RULE-ID PLACE: message [PATH], where PLACE is the printed "
            + "form's Item and label; then a summary.",
        "FILE - reads standard input. Colour on a terminal, unless NO_COLOR is set.",
        "Exit status: 0 no finding at the --fail-on level, 1 some (by default: an ERROR), 2 some input could not be "
            + "read or none was found.");
    d.option("--fail-on").label("error|warning|info").help("The least severe finding that makes the exit status 1 "
        + "(default error).").to(v -> failOn = v);
    d.option("-q", "--quiet").help("Print only the findings at the --fail-on level and the inputs that cannot be "
        + "read; no summary.").flag(() -> quiet = true);
    d.parameter("FILE").many().help("Filings, or directories of filings.").to(v -> inputs.add(Args.path(v)));
    d.option("--as-of").label("DATE").help("Apply the rules in force on this date (YYYY-MM-DD) instead of each "
        + "filing's signature date.").to(v -> asOf = Args.date(v));
    d.option("--filing-date").label("DATE").help("The date the filings were (or will be) filed, for the 15-day "
        + "deadline rule.").to(v -> filingDate = Args.date(v));
    d.option("--format").label("text|json|sarif|junit").help("Report as text lines (default), as one JSON document, "
        + "as SARIF 2.1.0 for code-scanning dashboards, or as JUnit XML for CI (one test case per file, failed by a "
        + "finding at the --fail-on level).").to(v -> format = v);
    d.option("--profile").label("submission|disseminated").help("Check as a submission about to be sent to EDGAR (an "
        + "ERROR is what EDGAR suspends, the XSD forbids or the regulation requires: each finding's basis says which) "
        + "or as a filing EDGAR published (no accepted filing gets an ERROR). Default: each document's own form (a "
        + "document with a CCC or contact data, or without the issuer's name, is a submission).").to(v -> profile = v);
    d.option("--html").label("REPORT.html").help("Also write a report to read in a browser: counts by severity and by "
        + "rule, a chart of the most frequent rules, and each file with findings laid out as the printed form with "
        + "its findings in place.").to(v -> html = Args.path(v));
    d.option("--show-credentials").help("In the --html report, print each issuer's CCC (EDGAR's filing credential) as "
        + "it is; by default it shows only that one is given.").flag(() -> showCredentials = true);
    d.option("--threads").label("N").help("Read and check this many files at once (default: one per processor). The "
        + "report is the same for any N: files are reported in order.").to(v -> threads = Args.integer(v));
    d.option("--records").label("QUARTER").repeatable().help("EDGAR's records from quarters of the SEC's Form D data "
        + "sets (ZIP or folder; repeat for more), for the checks of CIKs, names and previous accession numbers; what "
        + "they do not cover is listed as not checked, never reported as not on "
        + "file.").to(v -> records.add(Args.path(v)));
  }

  @Override
  public Integer call() throws IOException {
    if (!Cli.formatIsOneOf(spec, format, "text", "json", "sarif", "junit")) {
      return 2;
    }
    Severity threshold;
    try {
      threshold = Severity.valueOf(failOn.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      spec.err().println("formd validate: --fail-on is error, warning or info, not '" + failOn + "'");
      return 2;
    }
    boolean colour = colour(System.console() != null, System.getenv());
    PrintWriter out = spec.out();
    PrintWriter err = spec.err();
    Dialect dialect = null;
    if (profile != null) {
      try {
        dialect = Dialect.fromKey(profile);
      } catch (IllegalArgumentException e) {
        spec.err().println("formd validate: --profile is submission or disseminated, not '" + profile
            + "'");
        return 2;
      }
    }
    // The rule set (a third of a one-file run) is built on a thread of its own while the inputs are listed and the
    // first file is read; a check waits for it only once its filing is in memory.
    Dialect chosen = dialect;
    Prepared<RuleSet> rules = Prepared.start("formd rules", () -> {
      RuleSet built = (asOf == null ? RuleSets.discovered() : RuleSets.discovered().asOf(asOf))
          .withCalendar(parent.calendar);
      return chosen == null ? built : built.withProfile(chosen);
    });
    if (records != null && !records.isEmpty()) {
      List<DataSetQuarter> loaded = new ArrayList<>();
      for (Path quarter : records) {
        DataSetQuarter read = Cli.readQuarter(quarter, why -> err.println(quarter + ": " + why));
        if (read == null) {
          return 2;
        }
        loaded.add(read);
      }
      rules = Prepared.of(rules.get().withLookup(DataSetLookup.of(loaded.toArray(DataSetQuarter[]::new))));
    }
    Map<SkippedCheck.Reason, Set<String>> skipped =
        new EnumMap<>(SkippedCheck.Reason.class);
    List<Listed> files = new ArrayList<>();
    List<Outcome> unreadable = new ArrayList<>();
    // The SEC's data sets (a quarter's ZIP, or the folder of its six tables): the first read now, each other one when
    // its turn comes, and let go once its filings are checked, so that 60 quarters need no more memory than two.
    List<Path> quarterPaths = new ArrayList<>();
    for (Path input : inputs) {
      boolean directory = Files.isDirectory(input);
      if (!directory && FormDDataSets.looksLikeOne(input)) {
        quarterPaths.add(input);
        continue;
      }
      if (directory) {
        List<Listed> found = new ArrayList<>();
        // A folder holding FORMDSUBMISSION.tsv (any case) is a data set: told by the walk, which lists it anyway
        // (asking FormDDataSets.looksLikeOne first listed a folder of 60,000 filings twice).
        boolean dataSet;
        try {
          dataSet = DirectoryFilings.list(input, ValidateCommand::isFilingName,
              DataSetTable.FORMDSUBMISSION.fileName(), found);
        } catch (IOException | UncheckedIOException e) {
          unreadable.add(new Outcome(input, null, null, "cannot be searched: " + (e instanceof IOException
              ? Cli.reason((IOException) e) : Cli.reason(((UncheckedIOException) e).getCause())), null));
          continue;
        }
        if (dataSet) {
          quarterPaths.add(input);
          continue;
        }
        // Sorted on every core: a sort of 60,000 paths was 2 % of a run, before any file was checked.
        Listed[] sorted = found.toArray(new Listed[0]);
        Arrays.parallelSort(sorted);
        if (sorted.length == 0) {
          // A CI job must not pass on nothing: an empty folder is as wrong as a missing file.
          unreadable.add(new Outcome(input, null, null, "no filings in this directory (*.xml, *.json)", null));
        }
        files.addAll(Arrays.asList(sorted));
      } else {
        files.add(new Listed(input, -1));
      }
    }
    int parallelism = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (parallelism < 1) {
      err.println("formd validate: --threads is at least 1, not " + parallelism);
      return 2;
    }
    Prepared<RuleSet> checking = rules;
    List<Callable<Outcome>> work = new Tasks(files.toArray(new Listed[0]), checking);
    files = null; // the tasks hold the only list of the files now, and let each go when it is taken
    int nextQuarter = 0;
    Tally tally = new Tally(out, threshold, colour, unreadable, skipped);
    if (!quarterPaths.isEmpty()) {
      tally.addQuarter(addQuarter(quarterPaths.get(nextQuarter++), work, unreadable, checking, err));
    }
    if (work.isEmpty() && unreadable.isEmpty() && nextQuarter == quarterPaths.size()) {
      err.println("formd validate: no filings found");
      return 2;
    }
    for (Outcome nothing : unreadable) {
      if (format.equals("text")) {
        out.println(nothing.file() + ": " + nothing.unreadable());
      }
    }
    tally.batch = html == null ? null
        : new BatchReport("formd validate: " + (work.size() + unreadable.size()) + " files"
            + (nextQuarter < quarterPaths.size() ? " and " + (quarterPaths.size() - nextQuarter) + " more data sets"
            : ""))
            .showCredentials(showCredentials);
    for (Outcome nothing : tally.batch == null ? List.<Outcome>of() : unreadable) {
      tally.batch.addUnreadable(nothing.file().toString(), nothing.unreadable());
    }
    tally.progress = new Progress(err, work.size());
    // The files, then each data set in its turn: a quarter read is let go once its filings are checked, so that 60
    // quarters need no more memory than two.
    while (true) {
      InOrder.run(work, parallelism, WINDOW, tally);
      if (nextQuarter == quarterPaths.size()) {
        break;
      }
      work = new ArrayList<>();
      int unread = unreadable.size();
      tally.addQuarter(addQuarter(quarterPaths.get(nextQuarter++), work, unreadable, checking, err));
      tally.progress.grow(work.size());
      for (Outcome nothing : List.copyOf(unreadable.subList(unread, unreadable.size()))) {
        if (format.equals("text")) {
          tally.progress.clear();
          out.println(nothing.file() + ": " + nothing.unreadable());
        }
        if (tally.batch != null) {
          tally.batch.addUnreadable(nothing.file().toString(), nothing.unreadable());
        }
      }
    }
    tally.progress.clear();
    // What was checked is counted from the outcomes, never from the tasks made: a task not run is not "checked".
    int checked = tally.outcomesSeen - tally.otherForms;
    int otherForms = tally.otherForms;
    if (checked == 0 && unreadable.isEmpty()) {
      err.println("formd validate: no Form D among the inputs (" + otherForms + " submission" + (otherForms == 1 ? ""
          : "s") + " of other forms skipped)");
      return 2;
    }
    int errors = tally.errors;
    int warnings = tally.warnings;
    int infos = tally.infos;
    int fromDataSets = tally.fromDataSets;
    int quartersRead = tally.quartersRead;
    if (format.equals("text") && !quiet) {
      out.println((fromDataSets == 0 ? checked + " file" + (checked == 1 ? "" : "s")
          : checked + " filing" + (checked == 1 ? "" : "s") + " (" + fromDataSets + " from "
          + (quartersRead == 1 ? "a data set" : quartersRead + " data sets") + ")") + ": " + errors + " error"
          + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", " + infos
          + " remark" + (infos == 1 ? "" : "s") + "; " + tally.filesWithErrors + " with errors, " + unreadable.size()
          + " unreadable" + (otherForms == 0 ? "" : ", " + otherForms + " other form" + (otherForms == 1 ? "" : "s")
          + " skipped") + notRun(skipped));
    } else if (format.equals("json")) {
      json(out, tally.reports, unreadable, errors, warnings, infos, otherForms);
    } else if (format.equals("junit")) {
      JUnitReport.write(out, tally.reports, unreadable, threshold);
    } else if (format.equals("sarif")) {
      Sarif.write(out, rules.get(), tally.reports, unreadable);
    }
    out.flush();
    if (html != null) {
      try {
        Cli.writeWhole(html, tally.batch.render());
      } catch (IOException e) {
        err.println(html + ": cannot be written: " + Cli.reason(e));
        return 2;
      }
    }
    return !unreadable.isEmpty() ? 2 : tally.failing > 0 ? 1 : 0;
  }

  /** Colour when standard output is a terminal and the user has not asked for none (https://no-color.org). */
  static boolean colour(boolean terminal, Map<String, String> environment) {
    String noColour = environment.get("NO_COLOR");
    return terminal && (noColour == null || noColour.isEmpty()) && !"dumb".equals(environment.get("TERM"));
  }

  /** The line with its severity in red (ERROR), yellow (WARNING) or cyan (INFO). */
  static String coloured(String line, Severity severity) {
    String word = severity.name();
    int at = line.indexOf(": " + word + " ");
    if (at < 0) {
      return line;
    }
    String code = severity == Severity.ERROR ? "\033[1;31m" : severity == Severity.WARNING ? "\033[33m" : "\033[36m";
    return line.substring(0, at + 2) + code + word + "\033[0m" + line.substring(at + 2 + word.length());
  }

  /**
   * One entry of a data set: its filing checked as of its filing date (the rules that would judge what the data set
   * lost listed as not checked), or the problem that kept its rows from being a filing. Named {@code ZIP!ACCESSION}.
   */
  private Outcome check(Path quarter, DataSetEntry entry, RuleSet rules) {
    Path name = Path.of(quarter + "!" + entry.accessionNumber());
    if (entry instanceof DataSetProblem) {
      DataSetProblem problem = (DataSetProblem) entry;
      return new Outcome(name, null, null, problem.describe(), null);
    }
    DataSetFiling f = (DataSetFiling) entry;
    LocalDate when = filingDate != null ? filingDate : f.filingDate().orElse(null);
    return new Outcome(name, f.validate(rules, when), SourceMap.none(), null, null,
        html == null ? null : f.filing());
  }

  /** Reads the file, then checks it with the rules (waiting for them only now, when there is a filing). */
  private Outcome check(Path file, long listedSize, Supplier<RuleSet> rules) {
    Located<FormD> read;
    Optional<LocalDate> filed;
    List<Finding> envelope;
    try {
      Cli.Input input = Cli.readInput(file, listedSize, parent);
      read = input.located();
      filed = input.filedDate();
      envelope = input.envelope();
    } catch (FormDReadException e) {
      if (e.otherForm().isPresent()) {
        return new Outcome(file, null, null, null, null, null, e.otherForm().get(), null);
      }
      return Outcome.unreadable(file, e);
    } catch (IOException e) {
      return new Outcome(file, null, null, Cli.reason(e), null);
    }
    // EDGAR's full submission file says when it was filed: the 15-day deadline is checked against that date.
    LocalDate when = filingDate != null ? filingDate : filed.orElse(null);
    ValidationReport report = rules.get().validate(read.value(), when).with(envelope);
    // The findings' places found here, on the checking thread: the source map (and the file's bytes it holds) is let
    // go at once, not held in the window of outcomes waiting for their turn.
    return new Outcome(file, report, Places.of(read.sourceMap(), report.findings()), null, null,
        html == null ? null : read.value());
  }

  /**
   * {@code FILE:LINE:COLUMN: SEVERITY RULE-ID PLACE: message [PATH]}, the compiler convention terminals and
   * editors link from.
   */
  static String textLine(Path file, SourceMap map, Finding f) {
    StringBuilder line = new StringBuilder(160).append(file);
    map.locate(f.path()).ifPresent(at -> line.append(':').append(at.line()).append(':').append(at.column()));
    line.append(": ").append(f.severity()).append(' ').append(f.ruleId()).append(' ')
        .append(f.place().orElse(f.path().isEmpty() ? "(filing)" : f.path())).append(": ").append(f.message());
    if (!f.path().isEmpty()) {
      line.append(" [").append(f.path()).append(']');
    }
    return line.toString();
  }

  /**
   * The checks that did not run, by reason: "; not run: D-EDGAR-CIK, ... (needs EDGAR's records: ...); ...". A
   * summary that says "0 errors" must say when that is not the whole answer.
   */
  static String notRun(Map<SkippedCheck.Reason, Set<String>> skipped) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<SkippedCheck.Reason, Set<String>> e : skipped.entrySet()) {
      text.append(text.length() == 0 ? "; not checked: " : "; ").append(String.join(", ", e.getValue()))
          .append(" (").append(e.getKey().description().replace("validate(filing, date), ", "")
              .replace("RuleSet.withLookup", "the library's RuleSet.withLookup")).append(")");
    }
    return text.toString();
  }

  private static void json(PrintWriter out, List<Outcome> reports, List<Outcome> unreadable,
      int errors, int warnings, int infos, int otherForms) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (Outcome entry : reports) {
        g.writeStartObject();
        g.writeStringField("file", entry.file().toString());
        if (entry.report().asOf().isPresent()) {
          g.writeStringField("asOf", entry.report().asOf().get().toString());
        }
        g.writeStringField("profile", entry.report().profile().key());
        g.writeArrayFieldStart("skipped");
        for (String id : entry.report().skipped()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("skippedChecks");
        for (SkippedCheck check : entry.report().skippedChecks()) {
          g.writeStartObject();
          g.writeStringField("ruleId", check.ruleId());
          g.writeStringField("reason", check.reason().name());
          g.writeStringField("description", check.reason().description());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : entry.report().findings()) {
          g.writeStartObject();
          g.writeStringField("ruleId", f.ruleId());
          g.writeStringField("severity", f.severity().name());
          g.writeStringField("basis", f.basis().name());
          g.writeStringField("path", f.path());
          if (f.place().isPresent()) {
            g.writeStringField("place", f.place().get());
          }
          Optional<SourcePosition> at = entry.sourceMap().locate(f.path());
          if (at.isPresent()) {
            g.writeNumberField("line", at.get().line());
            g.writeNumberField("column", at.get().column());
          }
          g.writeStringField("message", f.message());
          g.writeStringField("citation", f.citation());
          g.writeObjectFieldStart("values");
          for (Map.Entry<String, String> value : f.values().entrySet()) {
            g.writeStringField(value.getKey(), value.getValue());
          }
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      for (Outcome bad : unreadable) {
        g.writeStartObject();
        g.writeStringField("file", bad.file().toString());
        g.writeStringField("unreadable", bad.unreadable());
        if (bad.unreadableAt() != null) {
          g.writeNumberField("line", bad.unreadableAt().line());
          g.writeNumberField("column", bad.unreadableAt().column());
        }
        g.writeArrayFieldStart("problems");
        for (Problem problem : bad.problems()) {
          g.writeStartObject();
          g.writeStringField("message", problem.message());
          if (problem.at() != null) {
            g.writeNumberField("line", problem.at().line());
            g.writeNumberField("column", problem.at().column());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("files", reports.size() + unreadable.size());
      g.writeNumberField("errors", errors);
      g.writeNumberField("warnings", warnings);
      g.writeNumberField("remarks", infos);
      g.writeNumberField("unreadable", unreadable.size());
      g.writeNumberField("otherForms", otherForms);
      g.writeEndObject();
      g.writeEndObject();
    }
    out.println();
  }

  /** A one-line counter on standard error, only when it is a terminal and the work is long. */
  /**
   * Reads a quarter and adds a task for each of its entries (or its problem to the unreadable).
   *
   * @return the number of entries added, or -1 when the quarter could not be read
   */
  private int addQuarter(Path path, List<Callable<Outcome>> work, List<Outcome> unreadable,
      Supplier<RuleSet> checking, PrintWriter err) {
    DataSetQuarter quarter = Cli.readQuarter(path, why -> unreadable.add(new Outcome(path, null, null, why, null)));
    if (quarter == null) {
      return -1;
    }
    for (String note : quarter.notes()) {
      err.println(path + ": " + note);
    }
    for (int i = 0; i < quarter.entryCount(); i++) {
      int index = i;
      work.add(() -> check(path, quarter.entry(index), checking.get()));
    }
    return quarter.entryCount();
  }

  /**
   * What the outcomes add up to, taken one at a time in the files' order (on whichever thread hands them over, one at a
   * time): the text lines printed as they come, the reports kept for the other formats, the counts for the summary.
   */
  private final class Tally implements Consumer<Outcome> {
    private final PrintWriter out;
    private final Severity threshold;
    private final boolean colour;
    private final List<Outcome> unreadable;
    private final Map<SkippedCheck.Reason, Set<String>> skipped;
    private final List<Outcome> reports = new ArrayList<>();
    private final Map<String, ValidationReport> cleanReports = new HashMap<>();
    private BatchReport batch;
    /** Set once the files are listed and the first data set read, before any outcome. */
    private Progress progress;
    private int errors;
    private int warnings;
    private int infos;
    private int filesWithErrors;
    private int otherForms;
    private int outcomesSeen;
    private int failing;
    private int fromDataSets;
    private int quartersRead;

    Tally(PrintWriter out, Severity threshold, boolean colour, List<Outcome> unreadable,
        Map<SkippedCheck.Reason, Set<String>> skipped) {
      this.out = out;
      this.threshold = threshold;
      this.colour = colour;
      this.unreadable = unreadable;
      this.skipped = skipped;
    }

    /** @param added the entries a data set added, or -1 when it could not be read */
    void addQuarter(int added) {
      fromDataSets += Math.max(0, added);
      quartersRead += added < 0 ? 0 : 1;
    }

    @Override
    public void accept(Outcome outcome) {
      progress.step();
      outcomesSeen++;
      Path file = outcome.file();
      if (outcome.otherForm() != null) {
        otherForms++;
        return;
      }
      if (outcome.unreadable() != null) {
        unreadable.add(outcome);
        if (batch != null) {
          batch.addUnreadable(file.toString(), outcome.unreadable());
        }
        if (format.equals("text")) {
          progress.clear();
          for (Problem problem : outcome.problems()) {
            out.println(file + ": cannot be read: " + problem.message());
          }
        }
        failing++;
        return;
      }
      ValidationReport report = outcome.report();
      if (batch != null) {
        // The batch keeps only the filings it lays out: a batch of 100,000 must not hold them all.
        batch.add(file.toString(), outcome.filing(), report);
      }
      for (SkippedCheck check : report.skippedChecks()) {
        skipped.computeIfAbsent(check.reason(), k -> new TreeSet<>()).add(check.ruleId());
      }
      errors += report.count(Severity.ERROR);
      warnings += report.count(Severity.WARNING);
      infos += report.count(Severity.INFO);
      filesWithErrors += report.hasErrors() ? 1 : 0;
      failing += report.atLeast(threshold).isEmpty() ? 0 : 1;
      if (format.equals("text")) {
        if (!report.findings().isEmpty()) {
          progress.clear();
        }
        for (Finding f : report.findings()) {
          if (!quiet || f.severity().isAtLeast(threshold)) {
            out.println(colour ? coloured(textLine(file, outcome.sourceMap(), f), f.severity())
                : textLine(file, outcome.sourceMap(), f));
          }
        }
      } else {
        reports.add(outcome.kept(cleanReports));
      }
    }
  }

  private static final class Progress {
    private final PrintWriter err;
    private int total;
    private final boolean shown;
    private int done;
    private boolean dirty;

    Progress(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
      this.shown = System.console() != null;
    }

    /** @param more entries of a data set read after the run began */
    void grow(int more) {
      total += more;
    }

    void step() {
      done++;
      if (shown && total >= 100 && (done % 50 == 0 || done == total)) {
        err.print("\r" + done + "/" + total + " files");
        err.flush();
        dirty = true;
      }
    }

    void clear() {
      if (dirty) {
        err.print("\r\033[K");
        err.flush();
        dirty = false;
      }
    }
  }
}
