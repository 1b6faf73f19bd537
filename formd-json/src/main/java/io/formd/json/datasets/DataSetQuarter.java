package io.formd.json.datasets;

import io.formd.core.model.ElectronicFormD;
import io.formd.json.FormDReadException;
import io.formd.json.FormDXml;
import io.formd.json.xml.EdgarXmlReader;
import io.formd.json.datasets.Tsv.Row;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.IntStream;

/**
 * One quarter of the SEC's Form D data sets, its six tables read and joined on ACCESSIONNUMBER. Its entries are
 * made one at a time as they are asked for: each accession of FORMDSUBMISSION (in the table's order) as a
 * {@link DataSetFiling}, or as a {@link DataSetProblem} when its rows cannot be one; then a problem for each
 * accession whose rows are in another table but not in FORMDSUBMISSION. Nothing is dropped without an entry.
 * The tables' text is held while the quarter is (about 20 MB for a quarter of 13,000 filings); the filings are not.
 */
public final class DataSetQuarter implements Iterable<DataSetEntry> {

  private static final DateTimeFormatter FILING_DATE_SHORT = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("dd-MMM-yy").toFormatter(Locale.ENGLISH);

  private static final int FILE_NUM = DataSetTable.FORMDSUBMISSION.column("FILE_NUM");
  private static final int FILING_DATE_COLUMN = DataSetTable.FORMDSUBMISSION.column("FILING_DATE");
  private static final int SIC_CODE = DataSetTable.FORMDSUBMISSION.column("SIC_CODE");

  private final String name;
  private final List<Row> submissions;
  /** Each accession's group: the rows of every table of one accession, by the group's number. */
  private final Map<String, Integer> groups;
  /** The group of each submission row. */
  private final int[] groupOf;
  /** Each table's rows, by group (null: none). */
  private final Map<DataSetTable, List<Row>[]> byGroup = new EnumMap<>(DataSetTable.class);
  private final List<DataSetProblem> orphans = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  DataSetQuarter(String name, Map<DataSetTable, Tsv> tables) {
    this.name = name;
    Tsv submission = tables.get(DataSetTable.FORMDSUBMISSION);
    this.submissions = submission.rows;
    groups = new HashMap<>(submissions.size() * 2);
    groupOf = new int[submissions.size()];
    for (int i = 0; i < submissions.size(); i++) {
      Integer next = groups.size();
      Integer known = groups.putIfAbsent(key(submissions.get(i)), next);
      groupOf[i] = known == null ? next : known;
    }
    List<DataSetTable> joined = new ArrayList<>();
    for (Map.Entry<DataSetTable, Tsv> e : tables.entrySet()) {
      if (!e.getValue().unknownColumns.isEmpty()) {
        notes.add(e.getKey().fileName() + " has columns this version of formd does not read: "
            + String.join(", ", e.getValue().unknownColumns));
      }
      if (!e.getValue().absentColumns.isEmpty()) {
        notes.add(e.getKey().fileName() + " has no column " + String.join(", ", e.getValue().absentColumns)
            + " (an earlier layout, as the SEC's readme lists the table): read as empty");
      }
      if (e.getKey() != DataSetTable.FORMDSUBMISSION) {
        joined.add(e.getKey());
      }
    }
    // Each table is grouped on its own core; the orphans are then listed in the tables' order.
    List<Grouped> grouped = joined.parallelStream().map(t -> group(t, tables.get(t).rows)).toList();
    for (int k = 0; k < joined.size(); k++) {
      DataSetTable table = joined.get(k);
      byGroup.put(table, grouped.get(k).rows);
      grouped.get(k).orphaned.forEach((accession, lost) -> orphans.add(new DataSetProblem(accession, table,
          lost.get(0).line(), Optional.of("ACCESSIONNUMBER"), lost.size() + " row" + (lost.size() == 1 ? "" : "s")
          + " of an accession number that FORMDSUBMISSION.tsv does not list: they belong to no filing of this "
          + "quarter")));
    }
  }

  /** A table's rows by group, and those of accession numbers FORMDSUBMISSION does not list. */
  private record Grouped(List<Row>[] rows, Map<String, List<Row>> orphaned) { }

  private Grouped group(DataSetTable table, List<Row> all) {
    @SuppressWarnings("unchecked")
    List<Row>[] rows = new List[groups.size()];
    Map<String, List<Row>> orphaned = new LinkedHashMap<>();
    String last = null;
    Integer lastGroup = null;
    for (Row r : all) {
      String accession = key(r);
      // A filing's rows are mostly adjacent: the group of the row before, without a lookup.
      Integer group = accession.equals(last) ? lastGroup : groups.get(accession);
      last = accession;
      lastGroup = group;
      if (group == null) {
        orphaned.computeIfAbsent(accession, k -> new ArrayList<>()).add(r);
      } else {
        if (rows[group] == null) {
          rows[group] = new ArrayList<>(2);
        }
        rows[group].add(r);
      }
    }
    return new Grouped(rows, orphaned);
  }

  private static String key(Row r) {
    return r.get(0).trim();
  }

  /** @return the archive's or folder's name, as given */
  public String name() {
    return name;
  }

  /** @return the number of filings FORMDSUBMISSION lists */
  public int size() {
    return submissions.size();
  }

  /** @return what was found in the tables but not read (columns of a later layout), in a sentence each */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** @return the rows that belong to no listed filing, one problem per accession and table */
  public List<DataSetProblem> orphans() {
    return List.copyOf(orphans);
  }

  /** @return the number of entries: a filing or a problem for each listed filing, then one per orphaned accession */
  public int entryCount() {
    return submissions.size() + orphans.size();
  }

  /**
   * @param index from 0 to {@link #entryCount()} (excluded)
   * @return that entry, made now (entries may be made on several threads at once)
   */
  public DataSetEntry entry(int index) {
    if (index < 0 || index >= entryCount()) {
      throw new IndexOutOfBoundsException("entry " + index + " of " + entryCount());
    }
    return index < submissions.size() ? entry(submissions.get(index), groupOf[index])
        : orphans.get(index - submissions.size());
  }

  /**
   * @return every entry in order, made as it is asked for; the stream splits by index, so {@code .parallel()} makes
   *     entries on every core (in order for an ordered terminal operation such as {@code forEachOrdered})
   */
  public Stream<DataSetEntry> entries() {
    return IntStream.range(0, entryCount()).mapToObj(this::entry);
  }

  @Override
  public Iterator<DataSetEntry> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < submissions.size() + orphans.size();
      }

      @Override
      public DataSetEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return entry(next++);
      }
    };
  }

  List<Row> submissions() {
    return submissions;
  }

  List<Row> rowsOf(DataSetTable table, String accession) {
    return rows(table, accession);
  }

  private List<Row> rows(DataSetTable table, String accession) {
    Integer group = groups.get(accession);
    return group == null ? List.of() : rows(table, group);
  }

  private List<Row> rows(DataSetTable table, int group) {
    List<Row>[] rows = byGroup.get(table);
    return rows == null || rows[group] == null ? List.of() : rows[group];
  }

  /** One accession's rows as a filing, or the problem that keeps them from being one. */
  private DataSetEntry entry(Row submission, int group) {
    String accession = key(submission);
    List<Row> offerings = rows(DataSetTable.OFFERING, group);
    if (offerings.size() > 1) {
      return new DataSetProblem(accession, DataSetTable.OFFERING, offerings.get(1).line(),
          Optional.of("ACCESSIONNUMBER"), "a second OFFERING row for this accession number (the first is line "
          + offerings.get(0).line() + "): OFFERING has one row a filing");
    }
    List<Row> issuers = rows(DataSetTable.ISSUERS, group);
    FilingXml xml = FilingXml.reused(submission, issuers, offerings.isEmpty() ? null : offerings.get(0),
        rows(DataSetTable.RECIPIENTS, group), rows(DataSetTable.RELATEDPERSONS, group),
        rows(DataSetTable.SIGNATURES, group));
    // The lines read as events give the filing the text gives, without writing and parsing the text; when they
    // cannot say it (a problem to place, a character only the text's reading judges) the text is read.
    ElectronicFormD filing = EdgarXmlReader.read(xml.lines());
    if (filing == null) {
      try {
        filing = FormDXml.read(xml.xml());
      } catch (FormDReadException e) {
        return problem(accession, submission, offerings, issuers, xml, e);
      }
    }
    return filing(accession, submission, xml, filing);
  }

  private static DataSetEntry problem(String accession, Row submission, List<Row> offerings, List<Row> issuers,
      FilingXml xml, FormDReadException e) {
    FilingXml.Cell cell = e.line().isPresent() ? xml.cell(e.line().getAsInt()) : null;
    // Every cell the reader could not take is named, the first as the problem's place, the others after it.
    StringBuilder more = new StringBuilder();
    List<FormDReadException> all = e.problems();
    for (int i = 1; i < all.size(); i++) {
      FormDReadException next = all.get(i);
      FilingXml.Cell at = next.line().isPresent() ? xml.cell(next.line().getAsInt()) : null;
      more.append(i == 1 ? "; and " + (all.size() - 1) + " more: " : "; ")
          .append(at == null ? "" : DataSetException.where(at.table(), at.line(), at.column()))
          .append(next.problem());
    }
    String problem = e.problem() + more;
    if (cell == null) {
      String missing = offerings.isEmpty() ? "; OFFERING.tsv has no row for it"
          : issuers.isEmpty() ? "; ISSUERS.tsv has no row for it" : "";
      return new DataSetProblem(accession, DataSetTable.FORMDSUBMISSION, submission.line(), Optional.empty(),
          "the filing's rows do not make a Form D: " + problem + missing);
    }
    return new DataSetProblem(accession, cell.table(), cell.line(), Optional.of(cell.column()), problem);
  }

  private static DataSetEntry filing(String accession, Row submission, FilingXml xml, ElectronicFormD filing) {
    List<String> notInDataSet = new ArrayList<>(xml.notes());
    String fileNumber = submission.get(FILE_NUM).trim();
    String dateText = submission.get(FILING_DATE_COLUMN).trim();
    String sic = submission.get(SIC_CODE).trim();
    Optional<LocalDate> filed = Optional.empty();
    if (!dateText.isEmpty()) {
      filed = filingDate(dateText);
      if (filed.isEmpty()) {
        notInDataSet.add("the filing date: FILING_DATE '" + dateText + "' (FORMDSUBMISSION.tsv line "
            + submission.line() + ") is not a date DD-MON-YYYY");
      }
    }
    return new DataSetFiling(accession, fileNumber.isEmpty() ? Optional.empty() : Optional.of(fileNumber), filed,
        sic.isEmpty() ? Optional.empty() : Optional.of(sic), filing, notInDataSet, xml.rulesNotInSource());
  }

  /** @return FILING_DATE read: "30-JUN-2025" as the tables write it, or "30-JUN-25" as their readme says */
  static Optional<LocalDate> filingDate(String text) {
    for (DateTimeFormatter format : new DateTimeFormatter[] {FILING_DATE_FULL, FILING_DATE_SHORT}) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException e) {
        // the other form
      }
    }
    return Optional.empty();
  }

  private static final DateTimeFormatter FILING_DATE_FULL = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("dd-MMM-uuuu").toFormatter(Locale.ENGLISH);
}
