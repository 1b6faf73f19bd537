package io.formd.json.cli;

import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.json.EdgarFacts;
import io.formd.json.FormDJson;
import io.formd.json.FormDXml;
import io.formd.json.datasets.DataSetEntry;
import io.formd.json.datasets.DataSetException;
import io.formd.json.datasets.DataSetFiling;
import io.formd.json.datasets.DataSetProblem;
import io.formd.json.datasets.DataSetQuarter;
import io.formd.json.datasets.DataSetWriter;
import io.formd.json.datasets.FormDDataSets;
import io.formd.json.FormDFiles;
import io.formd.json.FormDReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code formd convert FILE --to json|xml [-o OUT]}. */
final class ConvertCommand implements Args.Command {

  private Args.Spec spec;

  private FormdCommand parent;

  private Path input;

  private String to;

  private String dialect;

  private Path output;

  @Override
  public void declare(Args.Declaration d) {
    spec = d.spec();
    parent = d.parent();
    d.describe(
        "Convert a filing between EDGAR XML and formd JSON (the input format is detected from content).",
        "A paper-edition filing has no EDGAR XML form and is refused as XML.",
        "Exit status: 0 converted, 2 the input cannot be read or converted.");
    d.parameter("FILE").help("The filing to convert (- for standard input), or a quarter of the SEC's Form D data "
        + "sets (its ZIP or folder): one document per accession number into -o DIR.").to(v -> input = Args.path(v));
    d.option("--to").label("json|xml|datasets").required().help("The format to write: formd JSON, EDGAR XML, or the "
        + "SEC's Form D data sets (the six tables as one ZIP, from a folder of filings, EDGAR's submission files or a "
        + "data set).").to(v -> to = v);
    d.option("--dialect").label("submission|disseminated").help("With --to xml: write the document a filer sends to "
        + "EDGAR (credentials and contact, no issuer names) or the one EDGAR publishes (no credentials or contact). "
        + "Default: every element the filing holds. Nothing is invented: what a submission still lacks is listed on "
        + "standard error.").to(v -> dialect = v);
    d.option("-o", "--output").label("OUT").help("Write here instead of standard "
        + "output.").to(v -> output = Args.path(v));
  }

  @Override
  public Integer call() throws IOException {
    if (!to.equals("json") && !to.equals("xml") && !to.equals("datasets")) {
      spec.err().println("formd convert: --to is json, xml or datasets, not '" + to + "'");
      return 2;
    }
    if (to.equals("datasets")) {
      return toDataSets();
    }
    Dialect form = null;
    if (dialect != null) {
      try {
        form = Dialect.fromKey(dialect);
      } catch (IllegalArgumentException e) {
        spec.err().println("formd convert: --dialect is submission or disseminated, not '" + dialect
            + "'");
        return 2;
      }
      if (!to.equals("xml")) {
        spec.err().println("formd convert: --dialect applies to EDGAR XML (--to xml); formd JSON "
            + "holds every part of either form");
        return 2;
      }
    }
    if (!input.toString().equals("-") && FormDDataSets.looksLikeOne(input)) {
      return dataSet(form);
    }
    Cli.Input read = Cli.readOrSay(spec, parent, input);
    if (read == null) {
      return 2;
    }
    FormD filing = read.located().value();
    String text;
    if (to.equals("xml")) {
      if (!(filing instanceof ElectronicFormD)) {
        spec.err().println(input + ": a paper-edition Form D cannot be written as EDGAR XML: "
            + "EDGAR's schema has only the electronic edition (use --to json)");
        return 2;
      }
      try {
        text = form == null ? FormDXml.write((ElectronicFormD) filing) : FormDXml.write((ElectronicFormD) filing, form);
      } catch (IllegalArgumentException e) {
        spec.err().println(input + ": cannot be written as EDGAR XML: " + e.getMessage());
        return 2;
      }
    } else {
      text = (read.accessionNumber().isPresent() ? FormDJson.write(filing, new EdgarFacts(read.accessionNumber().get(),
          read.filedDate(), read.fileNumber())) : FormDJson.write(filing)) + System.lineSeparator();
    }
    if (form == Dialect.SUBMISSION) {
      Cli.sayWhatTheFilerMustAdd(spec, input + ": ", (ElectronicFormD) filing);
    }
    if (read.accessionNumber().isPresent() && to.equals("xml")) {
      // The envelope's facts have no place in a Form D document: say what is not carried over, never drop it silently.
      spec.err().println(input + ": not in the EDGAR XML written, which has no place for them: "
          + "accession number " + read.accessionNumber().get()
          + read.filedDate().map(d -> ", filing date " + d).orElse("") + read.fileNumber().map(n -> ", file number "
          + n).orElse("") + " (formd JSON and the data sets keep them)");
    }
    return Cli.printOrWrite(spec, output, text);
  }

  private static final Pattern ACCESSION_NAME = Pattern.compile("(\\d{10}-\\d{2}-\\d{6})\\.(?:xml|json|txt|nc)");

  /**
   * The SEC's six tables, as one ZIP, from a data set or a folder of filings. A filing's accession number and filing
   * date come from EDGAR's submission file, or the accession number from a file named by it
   * ({@code 0001234567-25-000001.xml}); a filing with neither is refused. Nothing is written unless every filing is.
   */
  private int toDataSets() {
    PrintWriter err = spec.err();
    if (output == null) {
      err.println("formd convert: --to datasets writes a ZIP: name it (-o OUT_d.zip)");
      return 2;
    }
    DataSetWriter writer = new DataSetWriter();
    int refused = 0;
    try {
      if (FormDDataSets.looksLikeOne(input)) {
        for (DataSetEntry entry : FormDDataSets.read(input)) {
          if (entry instanceof DataSetProblem) {
            err.println(input + "!" + entry.accessionNumber() + ": cannot be converted: "
                + ((DataSetProblem) entry).describe());
            refused++;
          } else {
            writer.add((DataSetFiling) entry);
          }
        }
      } else {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(input)) {
          Cli.walk(input).stream().filter(Files::isRegularFile).filter(p -> p.getFileName().toString()
              .matches("(?i).*\\.(xml|json|txt|nc)"))
              .sorted().forEach(files::add);
        } else {
          files.add(input);
        }
        for (Path file : files) {
          Cli.Input read;
          try {
            read = Cli.readInput(file, parent);
          } catch (FormDReadException e) {
            err.println(file + ": cannot be read: " + e.getMessage());
            refused++;
            continue;
          }
          Matcher named = ACCESSION_NAME.matcher(file.getFileName().toString());
          Optional<String> accession = read.accessionNumber().or(() -> named.matches()
              ? Optional.of(named.group(1)) : Optional.empty());
          if (!(read.located().value() instanceof ElectronicFormD) || accession.isEmpty()) {
            err.println(file + ": cannot be a row of the data sets: " + (accession.isEmpty()
                ? "no accession number (give EDGAR's submission file, or name the file by it: "
                + "0001234567-25-000001.xml)" : "a paper-edition Form D"));
            refused++;
            continue;
          }
          writer.add(new DataSetFiling(accession.get(), read.fileNumber(), read.filedDate(), Optional.empty(),
              (ElectronicFormD) read.located().value(), List.of(), List.of()));
        }
      }
    } catch (DataSetException e) {
      err.println(input + ": cannot be read: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println(input + ": cannot be read: " + Cli.reason(e));
      return 2;
    }
    if (refused > 0) {
      err.println(output + ": not written: " + refused + " input" + (refused == 1 ? "" : "s") + " could not be "
          + "converted");
      return 2;
    }
    for (String lost : writer.lost()) {
      err.println(lost);
    }
    String name = output.getFileName().toString();
    String folder = name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try {
      writer.writeZip(zip, folder);
      FormDFiles.writeWhole(output, zip.toByteArray());
    } catch (IOException e) {
      err.println(output + ": cannot be written: " + Cli.reason(e));
      return 2;
    }
    err.println(output + ": the six tables of " + writer.size() + " filing" + (writer.size() == 1 ? "" : "s"));
    return 0;
  }

  /**
   * A quarter of the SEC's data sets: one document per accession number, named by it, in the folder {@code -o}
   * names; an accession whose rows are no filing is one line on standard error, and the exit status is 2.
   */
  private int dataSet(Dialect form) {
    PrintWriter err = spec.err();
    if (output == null) {
      err.println("formd convert: " + input + " is a data set of many filings: name a folder to write them to (-o "
          + "DIR)");
      return 2;
    }
    DataSetQuarter quarter;
    try {
      quarter = FormDDataSets.read(input);
      Files.createDirectories(output);
    } catch (DataSetException e) {
      err.println(input + ": cannot be read: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println(input + ": cannot be read or " + output + " made: " + Cli.reason(e));
      return 2;
    }
    int written = 0;
    int failed = 0;
    for (DataSetEntry entry : quarter) {
      if (entry instanceof DataSetProblem) {
        err.println(input + "!" + entry.accessionNumber() + ": cannot be converted: "
            + ((DataSetProblem) entry).describe());
        failed++;
        continue;
      }
      DataSetFiling row = (DataSetFiling) entry;
      ElectronicFormD filing = row.filing();
      Path file = output.resolve(entry.accessionNumber() + (to.equals("xml") ? ".xml" : ".json"));
      try {
        // formd JSON keeps the accession number, filing date and file number; EDGAR XML names the file by the first.
        String text = to.equals("json") ? FormDJson.write(filing, new EdgarFacts(row.accessionNumber(),
            row.filingDate(), row.fileNumber())) + System.lineSeparator()
            : form == null ? FormDXml.write(filing) : FormDXml.write(filing, form);
        Cli.writeWhole(file, text);
        written++;
      } catch (IllegalArgumentException e) {
        err.println(input + "!" + entry.accessionNumber() + ": cannot be written as EDGAR XML: " + e.getMessage());
        failed++;
      } catch (IOException e) {
        err.println(file + ": cannot be written: " + Cli.reason(e));
        return 2;
      }
    }
    err.println(input + ": " + written + " filing" + (written == 1 ? "" : "s") + " written to " + output
        + (failed == 0 ? "" : "; " + failed + " could not be converted"));
    return failed == 0 ? 0 : 2;
  }
}
