package io.formd.json;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Input that is not a Form D formd can read: malformed or hostile XML or JSON, an unknown code, a value of the
 * wrong type, a missing required part, a truncated document, or a document that is not a Form D at all.
 *
 * <p>The message says what was found and what was expected. For XML the exception carries the line and column,
 * for JSON the JSON Pointer of the offending value. It is the only exception the readers throw for bad input.
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

  private FormDReadException(String problem, int line, int column, String jsonPointer, Throwable cause,
      String otherForm) {
    super(location(line, column, jsonPointer) + problem, cause);
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.jsonPointer = jsonPointer;
    this.otherForm = otherForm;
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
