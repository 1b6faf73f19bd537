package io.formd.json.datasets;

import io.formd.json.internal.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One table of a data set: RFC 4180 with a tab for the comma, as the SEC writes them (a field holding {@code "} is
 * quoted and its quotes doubled; no field holds a tab or a line break). Rows keep the table's line numbers (the
 * header is line 1) and are indexed by the table's columns in the SEC's order, whatever order the header gives.
 */
final class Tsv {

  /** No field of the SEC's tables is near this long; a longer line is not a table's. */
  static final int MAX_LINE = 1 << 20;

  /** A row: its line in the table and its fields, by {@link DataSetTable#columns()}. */
  record Row(int line, String[] fields) {
    String get(int column) {
      return fields[column];
    }
  }

  final DataSetTable table;
  final List<Row> rows;
  /** Header columns this formd does not know (a later SEC layout), kept so a report can say they were not read. */
  final List<String> unknownColumns;
  /** Columns the readme does not list that this table lacks (an earlier layout): read as empty, and said. */
  final List<String> absentColumns;

  private Tsv(DataSetTable table, List<Row> rows, List<String> unknownColumns, List<String> absentColumns) {
    this.table = table;
    this.rows = rows;
    this.unknownColumns = unknownColumns;
    this.absentColumns = absentColumns;
  }

  static Tsv parse(DataSetTable table, byte[] bytes) throws DataSetException {
    String text = decode(table, bytes);
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    List<String> columns = table.columns();
    int[] toColumn = null;
    int width = 0;
    List<String> unknown = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    int line = 0;
    int at = start;
    while (at < text.length()) {
      line++;
      int end = text.indexOf('\n', at);
      int next = end < 0 ? text.length() : end + 1;
      if (end < 0) {
        end = text.length();
      }
      if (end > at && text.charAt(end - 1) == '\r') {
        end--;
      }
      if (end - at > MAX_LINE) {
        throw new DataSetException(table, line, null, "a line of " + (end - at) + " characters: no table of the "
            + "SEC's data sets has lines over " + MAX_LINE);
      }
      fields.clear();
      split(table, text, at, end, line, fields, toColumn == null ? null : columns);
      at = next;
      if (toColumn == null) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
          index.put(fields.get(i).trim().toUpperCase(Locale.ROOT), i);
        }
        toColumn = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
          Integer i = index.remove(columns.get(c));
          if (i == null) {
            missing.add(columns.get(c));
          } else {
            toColumn[c] = i;
          }
        }
        // Columns the SEC's readme does not list (SCHEMAVERSION, TESTORLIVE) may be absent from a quarter of an
        // earlier layout: read as empty cells, and said. Any other column missing refuses the table.
        for (String column : List.copyOf(missing)) {
          if (table.undocumented().contains(column)) {
            missing.remove(column);
            absent.add(column);
            toColumn[columns.indexOf(column)] = -1;
          }
        }
        if (!missing.isEmpty()) {
          throw new DataSetException(table, 1, null, "no column " + String.join(", ", missing) + " in the header"
              + (index.isEmpty() ? "" : " (it has " + String.join(", ", index.keySet()) + ", which this table "
              + "does not have)") + "; the SEC's " + table.fileName() + " has " + String.join(", ", columns));
        }
        unknown.addAll(index.keySet());
        width = fields.size();
        continue;
      }
      if (fields.size() == 1 && fields.get(0).isEmpty() && next >= text.length()) {
        break; // the last line's break
      }
      if (fields.size() != width) {
        throw new DataSetException(table, line, null, fields.size() + " fields where the header has " + width
            + (fields.size() > width ? " (a tab inside a field?)" : ""));
      }
      String[] row = new String[columns.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = toColumn[c] < 0 ? "" : fields.get(toColumn[c]);
      }
      rows.add(new Row(line, row));
    }
    if (toColumn == null) {
      throw new DataSetException(table, 0, null, "empty: no header line");
    }
    return new Tsv(table, rows, List.copyOf(unknown), List.copyOf(absent));
  }

  /** The line's fields; quoted ones unquoted, their doubled quotes single. */
  private static void split(DataSetTable table, String text, int from, int end, int line, List<String> out,
      List<String> columns) throws DataSetException {
    int i = from;
    while (true) {
      if (i < end && text.charAt(i) == '"') {
        StringBuilder field = new StringBuilder();
        int j = i + 1;
        while (true) {
          if (j >= end) {
            String column = columns != null && out.size() < columns.size() ? columns.get(out.size()) : null;
            throw new DataSetException(table, line, column, "a quoted field that does not end on its line (a "
                + "line break inside a field, or a missing closing quote)");
          }
          char c = text.charAt(j);
          if (c == '"') {
            if (j + 1 < end && text.charAt(j + 1) == '"') {
              field.append('"');
              j += 2;
              continue;
            }
            j++;
            break;
          }
          field.append(c);
          j++;
        }
        if (j < end && text.charAt(j) != '\t') {
          throw new DataSetException(table, line, null, "text after a quoted field's closing quote, at character "
              + (j - from + 1));
        }
        out.add(field.toString());
        if (j >= end) {
          return;
        }
        i = j + 1;
      } else {
        int tab = text.indexOf('\t', i);
        if (tab < 0 || tab > end) {
          out.add(text.substring(i, end));
          return;
        }
        out.add(text.substring(i, tab));
        i = tab + 1;
      }
    }
  }

  private static String decode(DataSetTable table, byte[] bytes) throws DataSetException {
    int bad = Utf8.firstMalformed(bytes);
    if (bad >= 0) {
      int line = 1;
      int lineStart = 0;
      for (int k = 0; k < bad; k++) {
        if (bytes[k] == '\n') {
          line++;
          lineStart = k + 1;
        }
      }
      throw new DataSetException(table, line, null, "byte 0x" + Integer.toHexString(bytes[bad] & 0xff)
          + " at character " + (bad - lineStart + 1) + " is not UTF-8 (the SEC's tables are UTF-8, in practice ASCII)");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
