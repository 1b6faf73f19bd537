package io.formd.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Input that is not a Form D formd can read: malformed or hostile XML or JSON, an unknown code, a value of the
 * wrong type, a missing required part, a truncated document, or a document that is not a Form D at all.
 *
 * <p>The message says what was found and what was expected. For XML the exception carries the line and column,
 * for JSON the JSON Pointer of the offending value. It is the only exception the readers throw for bad input.
 *
 * <p>A well-formed document with several values the model cannot hold (a year {@code 20x9}, a date {@code
 * 2020-13-45}, an amount {@code 64oo010}) is one exception naming them all, as a compiler names every error in one
 * run: {@link #problems()} lists each with its place (at most {@link #MAX_PROBLEMS}; {@link #moreNotRead()} says
 * when reading stopped there), and the message names them all on one line. {@link #line()}, {@link #column()},
 * {@link #jsonPointer()} and {@link #problem()} are the first one's. A document that is not well-formed stays one
 * problem: nothing after the break can be trusted.
 */
public final class FormDReadException extends Exception {

  private static final long serialVersionUID = 1L;

  /** @serial the 1-based line of an XML problem, or 0 */
  private final int line;
  /** @serial the 1-based column of an XML problem, or 0 */
  private final int column;
  /** @serial the JSON Pointer of a JSON problem, or null */
  private final String jsonPointer;
  /** @serial the problem without its location */
  private final String problem;
  /** @serial the form type of an EDGAR submission that is not a Form D, or null */
  private final String otherForm;
  /** @serial every problem found, in document order, when there are several; null for one */
  private final List<FormDReadException> all;
  /** @serial whether reading stopped at {@link #MAX_PROBLEMS} */
  private final boolean more;

  /** The most problems one read reports: past them the reader stops, and {@link #moreNotRead()} says so. */
  public static final int MAX_PROBLEMS = 100;

  private FormDReadException(String problem, int line, int column, String jsonPointer, Throwable cause,
      String otherForm) {
    super(location(line, column, jsonPointer) + problem, cause);
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.jsonPointer = jsonPointer;
    this.otherForm = otherForm;
    this.all = null;
    this.more = false;
  }

  private FormDReadException(List<FormDReadException> all, boolean more) {
    super(summary(all, more), all.get(0).getCause());
    FormDReadException first = all.get(0);
    this.problem = first.problem;
    this.line = first.line;
    this.column = first.column;
    this.jsonPointer = first.jsonPointer;
    this.otherForm = null;
    this.all = List.copyOf(all);
    this.more = more;
  }

  private static String summary(List<FormDReadException> all, boolean more) {
    StringBuilder text = new StringBuilder(all.get(0).getMessage());
    if (all.size() > 1) {
      text.append("; and ").append(all.size() - 1).append(" more value").append(all.size() == 2 ? "" : "s")
          .append(" a Form D cannot hold: ");
      for (int i = 1; i < all.size(); i++) {
        text.append(i == 1 ? "" : "; ").append(all.get(i).getMessage());
      }
    }
    if (more) {
      text.append(" (reading stopped after the first ").append(MAX_PROBLEMS).append(" problems)");
    }
    return text.toString();
  }

  /**
   * @param problems the problems one read found, in document order (at least one; each a single problem)
   * @param moreNotRead whether the reader stopped at {@link #MAX_PROBLEMS} with more of the document unread
   * @return the one problem itself, if it is alone and reading went to the end; else one exception for them all
   */
  public static FormDReadException of(List<FormDReadException> problems, boolean moreNotRead) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    List<FormDReadException> flat = new ArrayList<>(problems.size());
    for (FormDReadException p : problems) {
      flat.addAll(p.problems());
    }
    return flat.size() == 1 && !moreNotRead ? flat.get(0) : new FormDReadException(flat, moreNotRead);
  }

  /**
   * The same problems, their lines moved down by {@code lines}, and the columns of those on the first line by
   * {@code firstLineColumns}: for a document read out of a larger file (an EDGAR submission's XML part).
   */
  FormDReadException movedBy(int lines, int firstLineColumns) {
    if (all != null) {
      List<FormDReadException> moved = new ArrayList<>(all.size());
      for (FormDReadException p : all) {
        moved.add(p.movedBy(lines, firstLineColumns));
      }
      return new FormDReadException(moved, more);
    }
    if (line <= 0) {
      return this;
    }
    return new FormDReadException(problem, line + lines, line == 1 ? Math.max(1, column) + firstLineColumns
        : Math.max(1, column), jsonPointer, this, otherForm);
  }

  /** @return every problem found, in document order: this one alone, or each of several with its place */
  public List<FormDReadException> problems() {
    return all != null ? all : List.of(this);
  }

  /** @return whether reading stopped at {@link #MAX_PROBLEMS} problems, with more of the document not read */
  public boolean moreNotRead() {
    return more;
  }

  private static String location(int line, int column, String pointer) {
    if (line > 0) {
      return "line " + line + (column > 0 ? ", column " + column : "") + ": ";
    }
    return pointer != null ? "at " + (pointer.isEmpty() ? "/" : pointer) + ": " : "";
  }

  /**
   * @param problem what was found and what was expected
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param cause the underlying error, or null
   * @return an exception about an XML document
   */
  public static FormDReadException atXml(String problem, int line, int column, Throwable cause) {
    return new FormDReadException(problem, line, column, null, cause, null);
  }

  /**
   * @param problem what was found and what was expected
   * @param pointer the JSON Pointer of the offending value ({@code ""} for the whole document)
   * @param cause the underlying error, or null
   * @return an exception about a JSON document
   */
  public static FormDReadException atJson(String problem, String pointer, Throwable cause) {
    return new FormDReadException(problem, 0, 0, pointer, cause, null);
  }

  /**
   * @param formType the form type the submission's header gives ({@code 10-K}, {@code 4}, ...)
   * @param line the 1-based line where the header gives it
   * @return an exception about an EDGAR submission of another form than D or D/A: in a feed of every form, something
   *     to skip and count, not an error
   */
  public static FormDReadException otherForm(String formType, int line) {
    return new FormDReadException("the submission is a " + formType + ", not a Form D (D or D/A)", line, 1, null, null,
        formType);
  }

  /** @return the form type of an EDGAR submission that is not a Form D, when that is the problem */
  public Optional<String> otherForm() {
    return Optional.ofNullable(otherForm);
  }

  /** @return the 1-based line of an XML problem */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** @return the 1-based column of an XML problem */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** @return the JSON Pointer of a JSON problem */
  public Optional<String> jsonPointer() {
    return Optional.ofNullable(jsonPointer);
  }

  /** @return the problem without its location */
  public String problem() {
    return problem;
  }
}
