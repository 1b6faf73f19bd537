package io.formd.json.cli;

import io.formd.core.amendments.AmendmentDraft;
import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.json.FormDJson;
import io.formd.json.FormDXml;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** {@code formd amend PREVIOUS [--accession N] [--date D] [--to xml|json] [-o OUT]}: the first draft of a Form D/A. */
final class AmendCommand implements Args.Command {

  private Args.Spec spec;

  private FormdCommand parent;

  private Path input;

  private String accession;

  private LocalDate date;

  private String to = "xml";

  private Path output;

  @Override
  public void declare(Args.Declaration d) {
    spec = d.spec();
    parent = d.parent();
    d.describe(
        "Draft an amendment (Form D/A) of a filed notice or amendment: its answers carried over, marked as an "
            + "amendment of its accession number, signed today, as the filer sends it to EDGAR (EDGAR's own values "
            + "left out).",
        "Edit the answers that changed, then run formd validate and formd amendment PREVIOUS DRAFT.",
        "What the draft still lacks (the issuers' CCCs, the contact) is listed on standard error; nothing is invented.",
        "Exit status: 0 drafted, 2 the input cannot be read or has no accession number.");
    d.parameter("PREVIOUS").help("The filing amended: EDGAR's full submission file (.txt, which gives its accession "
        + "number), or its XML or formd JSON with --accession (- for standard input).").to(v -> input = Args.path(v));
    d.option("--accession").label("NUMBER").help("The accession number of the filing amended (nnnnnnnnnn-nn-nnnnnn); "
        + "taken from a .txt file.").to(v -> accession = v);
    d.option("--date").label("DATE").help("The day the signatures carry (default: today in New "
        + "York).").to(v -> date = Args.date(v));
    d.option("--to").label("xml|json").help("The format to write: EDGAR XML as submitted (default), or formd "
        + "JSON.").to(v -> to = v);
    d.option("-o", "--output").label("OUT").help("Write here instead of standard "
        + "output.").to(v -> output = Args.path(v));
  }

  @Override
  public Integer call() {
    if (!to.equals("json") && !to.equals("xml")) {
      spec.err().println("formd amend: --to is xml or json, not '" + to + "'");
      return 2;
    }
    Cli.Input read = DiffCommand.read(spec, parent, input);
    if (read == null) {
      return 2;
    }
    String number = accession != null ? accession : read.accessionNumber().orElse(null);
    if (number == null) {
      spec.err().println(input + ": the accession number of the filing amended is not in this file: "
          + "give it with --accession (or use EDGAR's full submission file, which carries it)");
      return 2;
    }
    if (accession != null && read.accessionNumber().filter(a -> !a.equals(accession)).isPresent()) {
      spec.err().println(input + ": --accession " + accession + " differs from the file's own "
          + read.accessionNumber().get());
      return 2;
    }
    ElectronicFormD draft;
    try {
      draft = AmendmentDraft.of((ElectronicFormD) read.located().value(), number,
          date != null ? date : LocalDate.now(ZoneId.of("America/New_York")));
    } catch (IllegalArgumentException e) {
      spec.err().println("formd amend: " + e.getMessage());
      return 2;
    }
    String text = to.equals("xml") ? FormDXml.write(draft, Dialect.SUBMISSION)
        : FormDJson.write(draft) + System.lineSeparator();
    int code = Cli.printOrWrite(spec, output, text);
    if (code == 0) {
      Cli.sayWhatTheFilerMustAdd(spec, "", draft);
    }
    return code;
  }
}
