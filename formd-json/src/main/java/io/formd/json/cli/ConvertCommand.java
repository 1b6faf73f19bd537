package io.formd.json.cli;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.json.FormDFiles;
import io.formd.json.FormDJson;
import io.formd.json.FormDReadException;
import io.formd.json.FormDXml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code formd convert FILE --to json|xml [-o OUT]}. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = FormdCommand.Version.class,
    description = {"Convert a filing between EDGAR XML and formd JSON (the input format is detected from content).",
        "A paper-edition filing has no EDGAR XML form and is refused as XML.",
        "Exit status: 0 converted, 2 the input cannot be read or converted."})
final class ConvertCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The filing to convert.")
  private Path input;

  @Option(names = "--to", required = true, paramLabel = "json|xml", description = "The format to write.")
  private String to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of standard output.")
  private Path output;

  @Override
  public Integer call() throws IOException {
    if (!to.equals("json") && !to.equals("xml")) {
      spec.commandLine().getErr().println("formd convert: --to is json or xml, not '" + to + "'");
      return 2;
    }
    FormD filing;
    try {
      filing = FormDFiles.read(input);
    } catch (FormDReadException e) {
      spec.commandLine().getErr().println(input + ": cannot be read: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      spec.commandLine().getErr().println(input + ": cannot be read: " + (e instanceof java.nio.file.NoSuchFileException
          ? "no such file" : e.getMessage()));
      return 2;
    }
    String text;
    if (to.equals("xml")) {
      if (!(filing instanceof ElectronicFormD)) {
        spec.commandLine().getErr().println(input + ": a paper-edition Form D cannot be written as EDGAR XML: "
            + "EDGAR's schema has only the electronic edition (use --to json)");
        return 2;
      }
      try {
        text = FormDXml.write((ElectronicFormD) filing);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println(input + ": cannot be written as EDGAR XML: " + e.getMessage());
        return 2;
      }
    } else {
      text = FormDJson.write(filing) + System.lineSeparator();
    }
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    }
    return 0;
  }
}
