package io.formd.json.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The command line's own parser: each command declares its options and parameters in code ({@link Command#declare}),
 * bound to its fields by setters, and {@link #parse} fills them from the arguments, or says in one line what is wrong.
 *
 * <p>formd used picocli until its start-up was measured: picocli's classes are Java 5 class files, which the
 * class-data archive cannot hold, and it reads every command's annotations through reflection and proxies, so it
 * took more than a third of a one-file run (120-180 ms of 0.33 s). This parser reads no annotation, loads a handful
 * of classes, and declares only the command that runs (and, for a help page, the others).
 *
 * <p>The grammar is the usual one: {@code --name value}, {@code --name=value}, {@code -o value}, {@code -ovalue},
 * flags clustered ({@code -qV}), {@code --} before parameters that begin with a dash, and {@code -} as a parameter
 * (standard input). An option may be given once unless it is repeatable; a value that cannot be taken is a usage
 * error naming the option and the value. {@code -h}/{@code --help} and {@code -V}/{@code --version} on every
 * command.
 */
final class Args {

  /** The width help pages are wrapped to. */
  static final int WIDTH = 80;

  private static final int LEFT = 30;

  private Args() {}

  /** A command line that cannot be run: the message says which argument and why; exit status 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  /** A command: it declares what it takes, then runs. */
  interface Command extends Callable<Integer> {

    /**
     * Declares the command's name, description, options and parameters, each bound to this instance.
     *
     * @param d the declaration to fill
     */
    void declare(Declaration d);
  }

  /** What a command is given when it runs: its streams and its name. */
  static final class Spec {
    private final PrintWriter out;
    private final PrintWriter err;
    private final String name;

    Spec(PrintWriter out, PrintWriter err, String name) {
      this.out = out;
      this.err = err;
      this.name = name;
    }

    /** @return standard output */
    PrintWriter out() {
      return out;
    }

    /** @return standard error */
    PrintWriter err() {
      return err;
    }

    /** @return the command's full name, e.g. {@code formd validate} */
    String name() {
      return name;
    }
  }

  /** One command's declaration: filled by {@link Command#declare}, read by the parser and the help page. */
  static final class Declaration {
    private final String qualifiedName;
    private final Spec spec;
    private final FormdCommand parent;
    private String[] description = {};
    private final List<Option> options = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private boolean help;
    private boolean version;

    Declaration(String qualifiedName, Spec spec, FormdCommand parent) {
      this.qualifiedName = qualifiedName;
      this.spec = spec;
      this.parent = parent;
    }

    /** @return the streams and name the command runs with */
    Spec spec() {
      return spec;
    }

    /** @return the top-level command, which holds the options every command inherits */
    FormdCommand parent() {
      return parent;
    }

    /**
     * @param lines the description's paragraphs, the first one the summary a command list shows
     * @return this
     */
    Declaration describe(String... lines) {
      this.description = lines.clone();
      return this;
    }

    /**
     * @param names the option's names, each beginning with {@code -} (one letter) or {@code --}
     * @return the option, to be given its label, text and setter
     */
    Option option(String... names) {
      Option option = new Option(names);
      options.add(option);
      return option;
    }

    /**
     * @param label the parameter's name in the help page, e.g. {@code FILE}
     * @return the parameter, to be given its text and setter; parameters are taken in the order declared
     */
    Parameter parameter(String label) {
      Parameter parameter = new Parameter(label);
      parameters.add(parameter);
      return parameter;
    }

    /** @return what the parsed command line asked for */
    Request request() {
      return help ? Request.HELP : version ? Request.VERSION : Request.RUN;
    }

    private void standardOptions() {
      option("-h", "--help").help("Show this help message and exit.").flag(() -> help = true);
      option("-V", "--version").help("Print version information and exit.").flag(() -> version = true);
    }
  }

  /** An option: a flag, or one that takes a value. */
  static final class Option {
    private final String[] names;
    private String label = "VALUE";
    private String help = "";
    private Consumer<String> set;
    private Runnable on;
    private boolean repeatable;
    private boolean required;
    private int seen;

    private Option(String[] names) {
      this.names = names.clone();
    }

    /** @return this option with the value's name shown in the help page and in messages */
    Option label(String label) {
      this.label = label;
      return this;
    }

    /** @return this option with its help text */
    Option help(String help) {
      this.help = help;
      return this;
    }

    /** @return this option, which may be given more than once (its setter sees each value) */
    Option repeatable() {
      this.repeatable = true;
      return this;
    }

    /** @return this option, which must be given */
    Option required() {
      this.required = true;
      return this;
    }

    /** @param set takes the option's value; an {@link IllegalArgumentException} is a usage error naming it */
    void to(Consumer<String> set) {
      this.set = set;
    }

    /** @param on runs when the flag is given */
    void flag(Runnable on) {
      this.on = on;
    }

    private boolean isFlag() {
      return on != null;
    }

    private String longest() {
      return names[names.length - 1];
    }
  }

  /** A parameter: one value, or (with {@link #many()}) all the remaining ones. */
  static final class Parameter {
    private final String label;
    private String help = "";
    private Consumer<String> set;
    private boolean many;
    private boolean optional;
    private int seen;

    private Parameter(String label) {
      this.label = label;
    }

    /** @return this parameter with its help text */
    Parameter help(String help) {
      this.help = help;
      return this;
    }

    /** @return this parameter, which takes every remaining value (at least one, unless it is also optional) */
    Parameter many() {
      this.many = true;
      return this;
    }

    /** @return this parameter, which may be left out */
    Parameter optional() {
      this.optional = true;
      return this;
    }

    /** @param set takes the parameter's value; an {@link IllegalArgumentException} is a usage error naming it */
    void to(Consumer<String> set) {
      this.set = set;
    }

    private String synopsis() {
      String shown = label + (many ? "..." : "");
      return optional ? "[" + shown + "]" : shown;
    }
  }

  /** What the command line asked for: to run the command, or its help page, or the version. */
  enum Request {
    RUN, HELP, VERSION
  }

  /**
   * @param command the command
   * @param name its full name, e.g. {@code formd validate}
   * @param spec its streams
   * @param parent the top-level command, whose inherited options every command takes; null for the top level itself
   * @return the command's declaration, with the inherited and the standard options
   */
  static Declaration declaration(Command command, String name, Spec spec, FormdCommand parent) {
    Declaration d = new Declaration(name, spec, parent);
    command.declare(d);
    if (parent != null) {
      parent.inherited(d);
    }
    d.standardOptions();
    return d;
  }

  /**
   * Parses arguments into a declaration's setters; {@link Declaration#request()} then says whether help or the
   * version was asked for.
   *
   * @param d the declaration
   * @param args the arguments
   * @param from the index of the first of them in the whole command line, for messages
   * @param stopAtParameter whether the first parameter ends the parse (the top level: it names the command)
   * @return the index of the parameter the parse stopped at, or the number of arguments
   * @throws UsageException if the arguments do not fit the declaration
   */
  static int parse(Declaration d, List<String> args, int from, boolean stopAtParameter) {
    boolean endOfOptions = false;
    int parameter = 0;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!endOfOptions && arg.equals("--")) {
        endOfOptions = true;
      } else if (!endOfOptions && arg.startsWith("--")) {
        int equals = arg.indexOf('=');
        String optionName = equals < 0 ? arg : arg.substring(0, equals);
        Option option = find(d, optionName, arg);
        if (option.isFlag()) {
          if (equals >= 0) {
            throw new UsageException("option '" + optionName + "' takes no value, not '" + arg.substring(equals + 1)
                + "'");
          }
          fire(option);
        } else if (equals >= 0) {
          take(option, optionName, arg.substring(equals + 1));
        } else {
          take(option, optionName, valueAfter(args, i++, optionName, option));
        }
      } else if (!endOfOptions && arg.length() > 1 && arg.charAt(0) == '-') {
        for (int j = 1; j < arg.length(); j++) {
          String optionName = "-" + arg.charAt(j);
          Option option = find(d, optionName, arg);
          if (option.isFlag()) {
            fire(option);
            continue;
          }
          String rest = arg.substring(j + 1);
          if (rest.startsWith("=")) {
            rest = rest.substring(1);
          }
          take(option, optionName, !rest.isEmpty() ? rest : valueAfter(args, i++, optionName, option));
          break;
        }
      } else if (stopAtParameter) {
        return i;
      } else {
        while (parameter < d.parameters.size() && d.parameters.get(parameter).seen > 0
            && !d.parameters.get(parameter).many) {
          parameter++;
        }
        if (parameter >= d.parameters.size()) {
          throw new UsageException("unexpected argument at index " + (from + i) + ": '" + arg + "'");
        }
        Parameter p = d.parameters.get(parameter);
        p.seen++;
        try {
          p.set.accept(arg);
        } catch (IllegalArgumentException e) {
          throw new UsageException(p.label + ": " + e.getMessage());
        }
      }
    }
    if (d.help || d.version || stopAtParameter) {
      return args.size();
    }
    for (Option option : d.options) {
      if (option.required && option.seen == 0) {
        throw new UsageException("missing required option: " + option.longest() + "=" + option.label);
      }
    }
    for (Parameter p : d.parameters) {
      if (!p.optional && p.seen == 0) {
        throw new UsageException("missing required parameter: " + p.label);
      }
    }
    return args.size();
  }

  private static Option find(Declaration d, String optionName, String arg) {
    for (Option option : d.options) {
      for (String n : option.names) {
        if (n.equals(optionName)) {
          return option;
        }
      }
    }
    throw new UsageException("unknown option: '" + (optionName.startsWith("--") ? optionName : arg) + "'");
  }

  private static String valueAfter(List<String> args, int i, String optionName, Option option) {
    if (i + 1 >= args.size()) {
      throw new UsageException("option '" + optionName + "' needs a value (" + option.label + ")");
    }
    return args.get(i + 1);
  }

  private static void fire(Option option) {
    option.seen++;
    option.on.run();
  }

  private static void take(Option option, String optionName, String value) {
    if (option.seen > 0 && !option.repeatable) {
      throw new UsageException("option '" + optionName + "' is given more than once");
    }
    option.seen++;
    try {
      option.set.accept(value);
    } catch (UsageException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new UsageException("option '" + optionName + "': " + e.getMessage());
    }
  }

  // ---- converters: each says what it wanted, and the parser says where ----

  /**
   * @param value a path as given
   * @return it as a path
   * @throws IllegalArgumentException if it cannot name a file here
   */
  static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("'" + value + "' is not a path: " + e.getReason(), e);
    }
  }

  /**
   * @param value a date as given
   * @return it as a date
   * @throws IllegalArgumentException if it is not a date {@code YYYY-MM-DD}
   */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + value + "' is not a date YYYY-MM-DD", e);
    }
  }

  /**
   * @param value a whole number as given
   * @return it as a long
   * @throws IllegalArgumentException if it is not one
   */
  static long whole(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a whole number", e);
    }
  }

  /**
   * @param value a whole number as given
   * @return it as an int
   * @throws IllegalArgumentException if it is not one an int holds
   */
  static int integer(String value) {
    long whole = whole(value);
    if (whole != (int) whole) {
      throw new IllegalArgumentException("'" + value + "' is too large");
    }
    return (int) whole;
  }

  // ---- help pages ----

  /**
   * Writes a command's help page.
   *
   * @param d the command's declaration
   * @param commands the commands a top-level page lists (name and summary), empty for a command's own page
   * @param out where to write it
   */
  static void usage(Declaration d, List<String[]> commands, PrintWriter out) {
    StringBuilder synopsis = new StringBuilder("Usage: ").append(d.qualifiedName).append(" [OPTIONS]");
    for (Parameter p : d.parameters) {
      synopsis.append(' ').append(p.synopsis());
    }
    if (!commands.isEmpty()) {
      synopsis.append(" COMMAND");
    }
    out.println(synopsis);
    for (String paragraph : d.description) {
      wrap(out, "", paragraph, 0);
    }
    if (!d.parameters.isEmpty()) {
      out.println();
      out.println("Parameters:");
      for (Parameter p : d.parameters) {
        row(out, "  " + p.label + (p.many ? "..." : ""), p.help);
      }
    }
    out.println();
    out.println("Options:");
    for (Option option : d.options) {
      StringBuilder left = new StringBuilder("  ");
      if (option.names.length == 1 && option.names[0].startsWith("--")) {
        left.append("    ");
      }
      left.append(String.join(", ", option.names));
      if (!option.isFlag()) {
        left.append('=').append(option.label);
      }
      row(out, left.toString(), option.help);
    }
    if (!commands.isEmpty()) {
      out.println();
      out.println("Commands:");
      for (String[] command : commands) {
        row(out, "  " + command[0], command[1]);
      }
    }
    out.flush();
  }

  private static void row(PrintWriter out, String left, String text) {
    if (left.length() + 2 > LEFT) {
      out.println(left);
      wrap(out, " ".repeat(LEFT), text, LEFT);
    } else {
      wrap(out, left + " ".repeat(LEFT - left.length()), text, LEFT);
    }
  }

  /** Writes text from a first-line prefix, wrapped at {@link #WIDTH} with following lines indented by indent. */
  private static void wrap(PrintWriter out, String prefix, String text, int indent) {
    StringBuilder line = new StringBuilder(prefix);
    int start = line.length();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line.setLength(0);
        line.append(" ".repeat(indent));
        start = indent;
      }
      if (line.length() > start) {
        line.append(' ');
      }
      line.append(word);
    }
    out.println(line);
  }
}
