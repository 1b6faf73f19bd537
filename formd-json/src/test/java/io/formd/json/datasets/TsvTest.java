package io.formd.json.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One table as the SEC writes it: RFC 4180 with tabs, every edge of a line and a field, each refusal's place. */
class TsvTest {

  private static final DataSetTable TABLE = DataSetTable.SIGNATURES;
  private static final List<String> COLUMNS = TABLE.columns();
  private static final String HEADER = String.join("\t", COLUMNS);

  /** A row whose first field is {@code first}, the others {@code c1}, {@code c2}, ... */
  private static String row(String first) {
    StringBuilder row = new StringBuilder(first);
    for (int i = 1; i < COLUMNS.size(); i++) {
      row.append('\t').append('c').append(i);
    }
    return row.toString();
  }

  private static Tsv parse(String text) throws DataSetException {
    return Tsv.parse(TABLE, text.getBytes(StandardCharsets.UTF_8));
  }

  private static DataSetException refusal(String text) {
    try {
      parse(text);
    } catch (DataSetException e) {
      return e;
    }
    throw new AssertionError("expected a refusal of:\n" + text);
  }

  @Test
  void rowsKeepTheirLineNumbersAndFieldsWithOrWithoutAFinalLineBreak() throws Exception {
    Tsv withBreak = parse(HEADER + "\n" + row("a") + "\n" + row("b") + "\n");
    Tsv without = parse(HEADER + "\n" + row("a") + "\n" + row("b"));
    for (Tsv t : List.of(withBreak, without)) {
      assertThat(t.rows).extracting(Tsv.Row::line).containsExactly(2, 3);
      assertThat(t.rows.get(1).get(0)).isEqualTo("b");
      assertThat(t.rows.get(1).get(COLUMNS.size() - 1)).isEqualTo("c" + (COLUMNS.size() - 1));
      assertThat(t.unknownColumns).isEmpty();
    }
  }

  @Test
  void crLfLineBreaksAreLineBreaks() throws Exception {
    Tsv t = parse(HEADER + "\r\n" + row("a") + "\r\n");
    assertThat(t.rows).hasSize(1);
    assertThat(t.rows.get(0).get(COLUMNS.size() - 1)).isEqualTo("c" + (COLUMNS.size() - 1));
  }

  @Test
  void aByteOrderMarkAndTheHeadersCaseAndOrderDoNotMatter() throws Exception {
    String[] reversed = COLUMNS.toArray(new String[0]);
    Collections.reverse(Arrays.asList(reversed));
    String header = String.join("\t", reversed).toLowerCase(Locale.ROOT);
    String[] cells = new String[COLUMNS.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = "v" + (cells.length - 1 - i);
    }
    Tsv t = parse("\uFEFF" + header + " \t X_LATER\n" + String.join("\t", cells) + "\tlater\n");
    assertThat(t.rows.get(0).get(0)).isEqualTo("v0");
    assertThat(t.rows.get(0).get(COLUMNS.size() - 1)).isEqualTo("v" + (COLUMNS.size() - 1));
    assertThat(t.unknownColumns).containsExactly("X_LATER");
  }

  @Test
  void quotedFieldsAreUnquotedWithTheirDoubledQuotesSingle() throws Exception {
    Tsv t = parse(HEADER + "\n\"say \"\"hi\"\"\"" + row("") + "\n" + row("x").replaceFirst(
        "c" + (COLUMNS.size() - 1) + "$", "\"last \"\"one\"\"\""));
    assertThat(t.rows.get(0).get(0)).isEqualTo("say \"hi\"");
    assertThat(t.rows.get(1).get(COLUMNS.size() - 1)).isEqualTo("last \"one\"");
    Tsv empty = parse(HEADER + "\n\"\"" + row(""));
    assertThat(empty.rows.get(0).get(0)).isEmpty();
  }

  @Test
  void anEmptyLastFieldOnTheLastLineIsAField() throws Exception {
    String line = row("a").replaceFirst("c" + (COLUMNS.size() - 1) + "$", "");
    Tsv t = parse(HEADER + "\n" + line);
    assertThat(t.rows.get(0).get(COLUMNS.size() - 1)).isEmpty();
  }

  @Test
  void aQuotedFieldThatDoesNotEndOnItsLineIsRefusedNamingItsColumn() {
    DataSetException e = refusal(HEADER + "\n" + "a\t\"open" + "\n" + row("b") + "\n");
    assertThat(e.line()).hasValue(2);
    assertThat(e.column()).contains(COLUMNS.get(1));
    assertThat(e.getMessage()).contains("does not end on its line");
    DataSetException atEnd = refusal(HEADER + "\n" + "a\t\"open");
    assertThat(atEnd.column()).contains(COLUMNS.get(1));
  }

  @Test
  void textAfterAClosingQuoteIsRefusedAtItsCharacter() {
    DataSetException e = refusal(HEADER + "\n\"ab\"c" + row(""));
    assertThat(e.getMessage()).contains("at character 5");
    assertThat(e.line()).hasValue(2);
  }

  @Test
  void aRowWithTooFewOrTooManyFieldsIsRefused() {
    DataSetException few = refusal(HEADER + "\na\tb\n");
    assertThat(few.getMessage()).endsWith("2 fields where the header has " + COLUMNS.size());
    DataSetException many = refusal(HEADER + "\n" + row("a") + "\textra\n");
    assertThat(many.getMessage()).endsWith((COLUMNS.size() + 1) + " fields where the header has " + COLUMNS.size()
        + " (a tab inside a field?)");
    assertThat(many.line()).hasValue(2);
  }

  @Test
  void aBlankLineInsideATableIsRefusedButNotTheFinalLineBreak() throws Exception {
    DataSetException e = refusal(HEADER + "\n" + row("a") + "\n\n" + row("b") + "\n");
    assertThat(e.line()).hasValue(3);
    assertThat(e.getMessage()).contains("1 fields where the header has");
    // One blank line at the very end (an editor's extra line break) ends the table.
    assertThat(parse(HEADER + "\n" + row("a") + "\n\n").rows).hasSize(1);
  }

  @Test
  void anEmptyFirstLineIsAHeaderWithoutTheColumns() {
    DataSetException e = refusal("\n" + HEADER + "\n" + row("a") + "\n");
    assertThat(e.line()).hasValue(1);
    assertThat(e.getMessage()).contains("no column " + COLUMNS.get(0));
    DataSetException crlf = refusal("\r\n" + HEADER + "\n");
    assertThat(crlf.getMessage()).contains("no column " + COLUMNS.get(0));
  }

  @Test
  void aMissingColumnIsNamedWithWhatTheHeaderHasInstead() {
    String header = HEADER.replace(COLUMNS.get(2), "RENAMED");
    DataSetException e = refusal(header + "\n");
    assertThat(e.getMessage()).contains("no column " + COLUMNS.get(2) + " in the header (it has RENAMED, which this "
        + "table does not have)");
    assertThat(e.table()).contains(TABLE);
    assertThat(refusal(HEADER.replace("\t" + COLUMNS.get(2), "") + "\n").getMessage())
        .contains("no column " + COLUMNS.get(2) + " in the header; the SEC's");
  }

  @Test
  void anEmptyTableHasNoHeader() {
    DataSetException e = refusal("");
    assertThat(e.getMessage()).isEqualTo(TABLE.fileName() + ": empty: no header line");
    assertThat(e.line()).isEmpty();
    assertThat(e.column()).isEmpty();
  }

  @Test
  void aLineOfTheLongestLengthIsReadAndOneCharacterMoreIsRefused() throws Exception {
    String longest = row("a") + "x".repeat(Tsv.MAX_LINE - row("a").length());
    assertThat(longest).hasSize(Tsv.MAX_LINE);
    assertThat(parse(HEADER + "\n" + longest + "\n").rows).hasSize(1);
    DataSetException e = refusal(HEADER + "\n" + longest + "x\n");
    assertThat(e.getMessage()).contains("a line of " + (Tsv.MAX_LINE + 1) + " characters");
    assertThat(e.line()).hasValue(2);
  }

  @Test
  void shortLinesFarIntoALargeTableAreRead() throws Exception {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    int rows = 0;
    while (text.length() < Tsv.MAX_LINE * 2) {
      text.append(row("r" + rows++)).append('\n');
    }
    Tsv t = parse(text.toString());
    assertThat(t.rows).hasSize(rows);
    assertThat(t.rows.get(rows - 1).line()).isEqualTo(rows + 1);
  }

  @Test
  void aByteThatIsNotUtf8IsNamedByLineAndCharacter() {
    byte[] text = (HEADER + "\n" + row("a") + "\nab\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    DataSetException e = assertThrowsDataSet(text);
    assertThat(e.getMessage()).contains("byte 0xe9 at character 3 is not UTF-8");
    assertThat(e.line()).hasValue(3);
  }

  private static DataSetException assertThrowsDataSet(byte[] bytes) {
    try {
      Tsv.parse(TABLE, bytes);
    } catch (DataSetException e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void whereNamesTableLineAndColumnOnlyWhenKnown() {
    assertThat(DataSetException.where(null, 3, "X")).isEmpty();
    assertThat(DataSetException.where(TABLE, 0, null)).isEqualTo(TABLE.fileName() + ": ");
    assertThat(DataSetException.where(TABLE, 1, null)).isEqualTo(TABLE.fileName() + " line 1: ");
    assertThat(DataSetException.where(TABLE, 2, "C")).isEqualTo(TABLE.fileName() + " line 2, column C: ");
    assertThatThrownBy(() -> {
      throw new DataSetException(TABLE, 4, "C", "p");
    }).isInstanceOfSatisfying(DataSetException.class, e -> {
      assertThat(e.table()).contains(TABLE);
      assertThat(e.line()).hasValue(4);
      assertThat(e.column()).contains("C");
    });
  }
}
