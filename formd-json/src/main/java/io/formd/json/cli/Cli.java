package io.formd.json.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.ValidationReport;
import io.formd.json.EdgarFacts;
import io.formd.json.EdgarSubmissionFile;
import io.formd.json.FormDFiles;
import io.formd.json.FormDJson;
import io.formd.json.FormDReadException;
import io.formd.json.Located;
import io.formd.json.datasets.DataSetException;
import io.formd.json.datasets.DataSetQuarter;
import io.formd.json.datasets.FormDDataSets;
import io.formd.json.internal.Inputs;
import io.formd.core.model.FormD;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the commands share: reading an input (a file, or standard input as {@code -}), writing an output safely. */
final class Cli {

  /** The name of standard input on the command line. */
  static final String STDIN = "-";

  private Cli() {}

  /**
   * @param e a failure to read or write
   * @return the reason in a few words, as the operating system gives it ("no such file or directory", "permission
   *     denied"), without a stack trace or the exception's class unless nothing else says anything
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return ((NoSuchFileException) e).getReason() != null ? ((NoSuchFileException) e).getReason()
          : "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a directory that is not empty";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason().toLowerCase(Locale.ROOT).equals("is a directory")
          ? "is a directory" : ((FileSystemException) e).getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** How long standard input may stay silent when no {@code --stdin-timeout} is given. */
  static final Duration DEFAULT_STDIN_TIMEOUT = Duration.ofSeconds(60);

  /**
   * An input read: the filing with where its parts are, and, for EDGAR's full submission file, the date EDGAR filed
   * it ({@code FILED AS OF DATE}) and its accession number.
   */
  record Input(Located<FormD> located, Optional<LocalDate> filedDate,
      Optional<String> accessionNumber, List<Finding> envelope, Optional<String> fileNumber) {

    Input(Located<FormD> located, Optional<LocalDate> filedDate, Optional<String> accessionNumber) {
      this(located, filedDate, accessionNumber, List.of(), Optional.empty());
    }
  }

  /**
   * Reads an input for a command, or says on standard error why it cannot (one line) and returns null.
   *
   * @param spec the command
   * @param parent the {@code formd} command, for standard input (null: the process's)
   * @param input the path given on the command line
   * @return the input read, or null
   */
  static Input readOrSay(Args.Spec spec, FormdCommand parent, Path input) {
    try {
      return readInput(input, parent);
    } catch (FormDReadException e) {
      spec.err().println(input + ": cannot be read: " + e.getMessage());
    } catch (IOException e) {
      spec.err().println(input + ": cannot be read: " + reason(e));
    }
    return null;
  }

  /**
   * Every path under a directory, the directory first, as {@link Files#walk} gives them, but for a directory given as
   * a link to one: that is searched ({@code Files.walk} takes such a link for its only entry, so a "latest" link to
   * a folder of filings was "no files in this directory"). Links inside are not followed, as before.
   *
   * @param directory a directory, or a link to one
   * @return its paths
   * @throws IOException if a directory cannot be listed
   */
  static List<Path> walk(Path directory) throws IOException {
    List<Path> all = new ArrayList<>();
    try {
      if (Files.isSymbolicLink(directory)) {
        all.add(directory);
        List<Path> children;
        try (Stream<Path> list = Files.list(directory)) {
          children = list.collect(Collectors.toList());
        }
        for (Path child : children) {
          try (Stream<Path> walk = Files.walk(child)) {
            walk.forEach(all::add);
          }
        }
      } else {
        try (Stream<Path> walk = Files.walk(directory)) {
          walk.forEach(all::add);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return all;
  }

  /**
   * @param input the path given on the command line ({@code -} for standard input)
   * @param parent the {@code formd} command, for standard input and its time limit (null: the process's, 60 s)
   * @return the filing read, with its filing date when the input is EDGAR's full submission file
   * @throws FormDReadException if it is not a Form D formd can read
   * @throws IOException if it cannot be read, or standard input is a terminal or stays silent too long
   */
  static Input readInput(Path input, FormdCommand parent) throws FormDReadException, IOException {
    return readInput(input, -1, parent);
  }

  /**
   * @param input the path given on the command line, or found in a directory
   * @param listedSize the size a directory walk found it a regular file of, or -1 (then it is looked at first)
   * @param parent the top-level command (standard input and its timeout), or null
   */
  static Input readInput(Path input, long listedSize, FormdCommand parent) throws FormDReadException, IOException {
    if (listedSize >= 0) {
      return read(Inputs.readRegular(input, listedSize, false));
    }
    return parent == null ? readInput(input, System.in, DEFAULT_STDIN_TIMEOUT)
        : readInput(input, parent.in, parent.stdinTimeout);
  }

  /**
   * @param input the path given on the command line ({@code -} for standard input)
   * @param stdin standard input
   * @param stdinTimeout the longest wait for the next bytes of standard input
   * @return the filing read, with its filing date when the input is EDGAR's full submission file
   * @throws FormDReadException if it is not a Form D formd can read
   * @throws IOException if it cannot be read, or standard input is a terminal or stays silent too long
   */
  private static Input readInput(Path input, InputStream stdin, Duration stdinTimeout)
      throws FormDReadException, IOException {
    byte[] bytes;
    if (input.toString().equals(STDIN)) {
      if (stdin == System.in && System.console() != null) {
        throw new IOException("standard input is a terminal; pipe a Form D into formd (formd validate - < filing.xml)"
            + " or give a file");
      }
      bytes = FormDFiles.readBytes(stdin, "standard input", stdinTimeout);
    } else {
      bytes = FormDFiles.readBytes(input);
    }
    return read(bytes);
  }

  private static Input read(byte[] bytes) throws FormDReadException, IOException {
    if (EdgarSubmissionFile.looksLikeOne(bytes)) {
      EdgarSubmissionFile file = EdgarSubmissionFile.read(bytes);
      return new Input(new Located<>(file.filing(), file.sourceMap(), FormDFiles.Format.XML),
          Optional.of(file.filedDate()), Optional.of(file.accessionNumber()),
          file.disagreements(LocalDate.now(ZoneId.of("America/New_York"))), file.fileNumber());
    }
    Located<FormD> located = FormDFiles.readLocated(bytes);
    if (located.format() == FormDFiles.Format.JSON) {
      // formd JSON written from a submission file or a data set keeps EDGAR's facts as "edgar".
      Optional<EdgarFacts> edgar = FormDJson.readEdgarFacts(bytes);
      if (edgar.isPresent()) {
        return new Input(located, edgar.get().filedDate(), Optional.of(edgar.get().accessionNumber()), List.of(),
            edgar.get().fileNumber());
      }
    }
    return new Input(located, Optional.empty(), Optional.empty());
  }

  /**
   * Reads a quarter of the SEC's data sets, or says why it cannot.
   *
   * @param input the quarter's ZIP or folder
   * @param whyNot given "cannot be read: REASON" when it cannot be read
   * @return the quarter, or null when it cannot be read
   */
  static DataSetQuarter readQuarter(Path input, Consumer<String> whyNot) {
    try {
      return FormDDataSets.read(input);
    } catch (DataSetException e) {
      whyNot.accept("cannot be read: " + e.getMessage());
    } catch (IOException e) {
      whyNot.accept("cannot be read: " + reason(e));
    }
    return null;
  }

  /**
   * Writes a file whole or not at all ({@link io.formd.json.FormDFiles#writeWhole}).
   *
   * @param target the file to write
   * @param text its content, as UTF-8
   * @throws IOException if it cannot be written (the target is then unchanged)
   */
  static void writeWhole(Path target, String text) throws IOException {
    FormDFiles.writeWhole(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Prints a command's result on standard output, or writes it whole to {@code output} ({@link #writeWhole}).
   *
   * @param spec the command
   * @param output the file of {@code -o}, or null for standard output
   * @param text the result
   * @return the exit code: 0, or 2 when the file cannot be written (said in one line on standard error)
   */
  static int printOrWrite(Args.Spec spec, Path output, String text) {
    if (output == null) {
      spec.out().print(text);
      spec.out().flush();
      return 0;
    }
    try {
      writeWhole(output, text);
      return 0;
    } catch (IOException e) {
      spec.err().println(output + ": cannot be written: " + reason(e));
      return 2;
    }
  }

  /**
   * Says on standard error what EDGAR's copy lacks and a filer must add before sending a submission: the CIK
   * confirmation codes and the contact (formd never invents credentials).
   *
   * @param spec the command
   * @param prefix what starts each line (the input's name and ": ", or nothing)
   * @param submission the filing as it will be sent
   */
  static void sayWhatTheFilerMustAdd(Args.Spec spec, String prefix,
      ElectronicFormD submission) {
    ValidationReport report = RuleSets.builtIn()
        .withProfile(Dialect.SUBMISSION).validate(submission);
    for (String id : new String[] {"D-SUB-CCC", "D-SUB-CONTACT"}) {
      for (Finding f : report.findingsOf(id)) {
        spec.err().println(prefix + "the filer must add " + f.path() + " before submitting: "
            + f.message() + " (" + id + ")");
      }
    }
  }

  /**
   * Checks a {@code --format} value, or says on standard error which ones the command takes
   * ("formd diff: --format is text or json, not 'xml'").
   *
   * @param spec the command
   * @param format the value given
   * @param allowed the values the command takes
   * @return true if {@code format} is one of them
   */
  static boolean formatIsOneOf(Args.Spec spec, String format, String... allowed) {
    if (Arrays.asList(allowed).contains(format)) {
      return true;
    }
    int last = allowed.length - 1;
    String choices = last == 0 ? allowed[0]
        : String.join(", ", Arrays.copyOf(allowed, last)) + " or " + allowed[last];
    spec.err().println(spec.name() + ": --format is " + choices + ", not '" + format + "'");
    return false;
  }

  /** Writes one JSON document with {@code body}, indented, and a line end. */
  static void json(PrintWriter out, JsonBody body) throws IOException {
    try (JsonGenerator g = new JsonFactory()
        .createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      body.write(g);
    }
    out.println();
    out.flush();
  }

  /** What a JSON document holds. */
  @FunctionalInterface
  interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }
}
