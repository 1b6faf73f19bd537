package io.formd.json;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EDGAR's full submission file, as EDGAR disseminates it ({@code 0001234567-25-000001.txt}, or the dissemination
 * feed's {@code .nc}, whose header tags the same facts: {@code <ACCESSION-NUMBER>}, {@code <TYPE>},
 * {@code <FILING-DATE>}, {@code <CIK>}, {@code <CONFORMED-NAME>}): an SGML envelope whose {@code <SEC-HEADER>} gives
 * the accession number, the form type ({@code CONFORMED SUBMISSION TYPE}),
 * the date EDGAR counts as the filing date ({@code FILED AS OF DATE}: a Form D accepted after 5:30 p.m. Eastern time is
 * filed the next business day, 17 CFR 232.13) and the filer, and whose {@code <DOCUMENT>} of type D or D/A holds the
 * Form D primary document between {@code <XML>} and {@code </XML>}.
 *
 * <pre>{@code
 * EdgarSubmissionFile file = EdgarSubmissionFile.read(Files.readAllBytes(Path.of("0001234567-25-000001.txt")));
 * file.filedDate();                                              // 2025-01-15
 * RuleSets.builtIn().validate(file.filing(), file.filedDate()); // the 15-day deadline checked too
 * }</pre>
 *
 * @param filing the Form D primary document, read as {@link FormDXml#read} reads it
 * @param accessionNumber {@code ACCESSION NUMBER}, e.g. {@code 0001234567-25-000001}
 * @param formType {@code CONFORMED SUBMISSION TYPE}: {@code D} or {@code D/A}
 * @param filedDate {@code FILED AS OF DATE}
 * @param acceptedAt {@code <ACCEPTANCE-DATETIME>} (Eastern time), when the header gives it
 * @param filerCik the first {@code CENTRAL INDEX KEY} of the header, when it gives one
 * @param filerName the first {@code COMPANY CONFORMED NAME}, when it gives one
 * @param sourceMap where the parts of the filing are in the whole file (lines counted from the file's first)
 * @param fileNumber the first {@code SEC FILE NUMBER} of the header ({@code 021-...}: the offering's, which a notice
 *     and its amendments share), when it gives one
 * @param headerCiks every {@code CENTRAL INDEX KEY} of the header (each filer's), without leading zeros
 * @param formDocuments how many documents of type D or D/A the submission holds (the first is read)
 */
public record EdgarSubmissionFile(ElectronicFormD filing, String accessionNumber, String formType, LocalDate filedDate,
    Optional<LocalDateTime> acceptedAt, Optional<String> filerCik, Optional<String> filerName, SourceMap sourceMap,
    Optional<String> fileNumber, Set<String> headerCiks, int formDocuments) {

  /** The header's patterns, compiled the first time a submission file is read (not for every filing checked). */
  private static final class Header {
    // The header as the .txt file spells it ("ACCESSION NUMBER:"), or as the dissemination feed's .nc file tags it
    // ("<ACCESSION-NUMBER>"): the same facts either way.
    private static final Pattern ACCESSION = Pattern.compile(
        "(?m)^(?:ACCESSION NUMBER:|<ACCESSION-NUMBER>)[ \\t]*(\\S+)[ \\t]*$");
    private static final Pattern TYPE = Pattern.compile(
        "(?m)^(?:CONFORMED SUBMISSION TYPE:|<TYPE>)[ \\t]*(\\S+)[ \\t]*$");
    private static final Pattern FILED = Pattern.compile(
        "(?m)^(?:FILED AS OF DATE:|<FILING-DATE>)[ \\t]*(\\d{8})[ \\t]*$");
    private static final Pattern ACCEPTED = Pattern.compile("<ACCEPTANCE-DATETIME>[ \\t]*(\\d{14})");
    private static final Pattern CIK = Pattern.compile(
        "(?m)^[ \\t]*(?:CENTRAL INDEX KEY:|<CIK>)[ \\t]*(\\d{1,10})[ \\t]*$");
    private static final Pattern NAME = Pattern.compile(
        "(?m)^[ \\t]*(?:COMPANY CONFORMED NAME:|<CONFORMED-NAME>)[ \\t]*(.+?)[ \\t]*$");
    private static final Pattern FILE_NUMBER = Pattern.compile(
        "(?m)^[ \\t]*(?:SEC FILE NUMBER:|<FILE-NUMBER>)[ \\t]*(\\S+)[ \\t]*$");
    private static final DateTimeFormatter ACCEPTANCE_FORMAT =
        DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("(?m)^<TYPE>[ \\t]*(\\S+)");
  }

  /** Checks the parts are given. */
  public EdgarSubmissionFile {
    Objects.requireNonNull(filing, "filing");
    Objects.requireNonNull(accessionNumber, "accessionNumber");
    Objects.requireNonNull(formType, "formType");
    Objects.requireNonNull(filedDate, "filedDate");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
    Objects.requireNonNull(filerCik, "filerCik");
    Objects.requireNonNull(filerName, "filerName");
    Objects.requireNonNull(sourceMap, "sourceMap");
    Objects.requireNonNull(fileNumber, "fileNumber");
    headerCiks = Set.copyOf(headerCiks);
  }

  /**
   * @param bytes a document
   * @return true if it starts as EDGAR's full submission file does ({@code <SEC-DOCUMENT>} or {@code <SEC-HEADER>}),
   *     or the dissemination feed's {@code .nc} file ({@code <SUBMISSION>})
   */
  public static boolean looksLikeOne(byte[] bytes) {
    int i = 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    String start = new String(bytes, i, Math.min(16, bytes.length - i), StandardCharsets.US_ASCII);
    return start.startsWith("<SEC-DOCUMENT>") || start.startsWith("<SEC-HEADER>") || start.startsWith("<SUBMISSION>");
  }

  /**
   * @param start the start of EDGAR's full submission file (its header: the first 64 KiB are more than enough)
   * @return the form type its header gives ({@code D}, {@code D/A}, {@code 10-K}, ...), when it gives one: a feed of
   *     every form can be sorted without reading each submission whole
   */
  public static Optional<String> formType(byte[] start) {
    Objects.requireNonNull(start, "start");
    return optional(Header.TYPE, header(new String(start, StandardCharsets.ISO_8859_1)));
  }

  /**
   * @param bytes EDGAR's full submission file of a Form D or D/A
   * @return the filing and its EDGAR facts
   * @throws FormDReadException if the header lacks the accession number, form type or filing date, if the form is
   *     not a Form D, if no {@code <XML>} primary document is found, or if that document cannot be read (its line
   *     and column are then the whole file's)
   */
  public static EdgarSubmissionFile read(byte[] bytes) throws FormDReadException {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > FormDXml.MAX_BYTES) {
      throw FormDReadException.atXml("the submission is " + bytes.length + " bytes; a Form D's is far smaller than "
          + FormDXml.MAX_BYTES, 0, 0, null);
    }
    // The envelope is ASCII; ISO-8859-1 maps every byte to one char, so offsets in the text are offsets in bytes.
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    String header = header(text);
    String accession = required(Header.ACCESSION, header, "ACCESSION NUMBER");
    String type = required(Header.TYPE, header, "CONFORMED SUBMISSION TYPE");
    if (!type.equals("D") && !type.equals("D/A")) {
      throw FormDReadException.otherForm(type, line(text, header.indexOf(type)));
    }
    LocalDate filed;
    try {
      filed = LocalDate.parse(required(Header.FILED, header, "FILED AS OF DATE"), DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      throw FormDReadException.atXml("FILED AS OF DATE is not a date: " + e.getParsedString(), 0, 0, e);
    }
    Optional<LocalDateTime> accepted = optional(Header.ACCEPTED, header).flatMap(s -> {
      try {
        return Optional.of(LocalDateTime.parse(s, Header.ACCEPTANCE_FORMAT));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
    int start = primaryDocument(text);
    int end = text.indexOf("</XML>", start);
    if (end < 0) {
      throw FormDReadException.atXml("the primary document opened with <XML> is not closed by </XML>",
          line(text, start), 1, null);
    }
    byte[] xml = Arrays.copyOfRange(bytes, start, end);
    int lineOffset = line(text, start) - 1;
    int firstLineColumn = start - text.lastIndexOf('\n', start - 1) - 1;
    Located<ElectronicFormD> read;
    try {
      read = FormDXml.readLocated(xml);
    } catch (FormDReadException e) {
      throw e.movedBy(lineOffset, firstLineColumn);
    }
    SourceMap inner = read.sourceMap();
    SourceMap shifted = path -> inner.locate(path).map(p -> new SourcePosition(p.line() + lineOffset,
        p.line() == 1 ? p.column() + firstLineColumn : p.column()));
    return new EdgarSubmissionFile(read.value(), accession, type, filed, accepted, optional(Header.CIK, header),
        optional(Header.NAME, header), shifted, optional(Header.FILE_NUMBER, header), ciks(header),
        formDocuments(text));
  }

  /**
   * What the envelope's header says against what its Form D document says: EDGAR writes both from one submission, so a
   * disagreement means the file was altered or assembled by hand, and whatever reads the header (a timeline, an index)
   * and whatever reads the document are then told different things.
   *
   * <ul>
   *   <li>{@code D-ENVELOPE-FORM-TYPE}: the header's form type is not the document's {@code submissionType};
   *   <li>{@code D-ENVELOPE-CIK}: no {@code CENTRAL INDEX KEY} of the header is the primary issuer's {@code cik};
   *   <li>{@code D-ENVELOPE-DOCUMENTS}: more than one Form D document (only the first is read);
   *   <li>{@code D-ENVELOPE-ACCESSION}: the accession number is not EDGAR's {@code 0001234567-25-000001};
   *   <li>{@code D-ENVELOPE-FILED-DATE}: the filing date is after {@code today}, or before EDGAR took Form D
   *       electronically (2008-09-15);
   *   <li>{@code D-ENVELOPE-AMENDS-ITSELF}: a D/A whose {@code previousAccessionNumber} is its own accession number.
   * </ul>
   *
   * @param today the day it is now, for a filing date in the future
   * @return the disagreements, each a WARNING with the header's and the document's values
   */
  public List<Finding> disagreements(LocalDate today) {
    List<Finding> out = new ArrayList<>();
    String spec = "EDGAR Form D XML Technical Specification v13 ";
    String documentType = filing.submissionType().edgarCode();
    if (!documentType.equals(formType)) {
      out.add(disagreement("D-ENVELOPE-FORM-TYPE", "submissionType", spec + "§3.3 (submissionType: D or D/A, the "
          + "submission's form type)", "the header's form type is " + formType + " but the document's "
          + "submissionType is " + documentType, Map.of("header", formType, "document", documentType)));
    }
    Optional<String> issuerCik = filing.primaryIssuer().cik().map(EdgarSubmissionFile::number);
    if (issuerCik.isPresent() && !headerCiks.isEmpty() && !headerCiks.contains(issuerCik.get())) {
      String ciks = String.join(", ", new TreeSet<>(headerCiks));
      out.add(disagreement("D-ENVELOPE-CIK", "primaryIssuer.cik", spec + "§3.3 (primaryIssuer/cik: the filer's CIK)",
          "the header's filer CIK" + (headerCiks.size() == 1 ? " is " : "s are ") + ciks
              + " but the document's primary issuer has CIK " + issuerCik.get(),
          Map.of("header", ciks, "document", issuerCik.get())));
    }
    if (formDocuments > 1) {
      out.add(disagreement("D-ENVELOPE-DOCUMENTS", "", spec + "§5 (one primary document, primary_doc.xml, a "
          + "submission)", "the submission holds " + formDocuments + " Form D documents; only the first was read",
          Map.of("header", "1", "document", Integer.toString(formDocuments))));
    }
    if (!accessionNumber.matches("\\d{10}-\\d{2}-\\d{6}")) {
      out.add(disagreement("D-ENVELOPE-ACCESSION", "", "17 CFR 232.11 (accession number: the unique number EDGAR "
          + "assigns a submission, 0001234567-25-000001)", "the accession number " + accessionNumber
          + " is not EDGAR's (ten digits, two, six)", Map.of("header", accessionNumber)));
    }
    if (filedDate.isAfter(today) || filedDate.isBefore(ELECTRONIC_FROM)) {
      out.add(disagreement("D-ENVELOPE-FILED-DATE", "", "17 CFR 232.13 (the filing date of an electronic submission); "
          + "Release 33-8891 (Form D filed electronically from 2008-09-15)", "the filing date " + filedDate + " is "
          + (filedDate.isAfter(today) ? "after today (" + today + ")" : "before EDGAR took Form D (2008-09-15)"),
          Map.of("header", filedDate.toString())));
    }
    Optional<String> previous = filing.offering().typeOfFiling().previousAccessionNumber().map(String::trim);
    if (previous.isPresent() && previous.get().equals(accessionNumber)) {
      out.add(disagreement("D-ENVELOPE-AMENDS-ITSELF", "offering.typeOfFiling.previousAccessionNumber", spec
          + "§3.3 (previousAccessionNumber: a previously accepted Form D filing)", "the D/A names its own accession "
          + "number " + accessionNumber + " as the filing it amends",
          Map.of("header", accessionNumber, "document", previous.get())));
    }
    return List.copyOf(out);
  }

  /** The header: up to {@code </SEC-HEADER>}, or the .nc file's first document, or at most 20,000 characters. */
  private static String header(String text) {
    int end = text.indexOf("</SEC-HEADER>");
    if (end < 0) {
      end = text.indexOf("<DOCUMENT>"); // the .nc file's header ends where its first document begins
    }
    return end < 0 ? text.substring(0, Math.min(text.length(), 20_000)) : text.substring(0, end);
  }

  private static Set<String> ciks(String header) {
    Set<String> ciks = new LinkedHashSet<>();
    Matcher cik = Header.CIK.matcher(header);
    while (cik.find()) {
      ciks.add(number(cik.group(1)));
    }
    return ciks;
  }

  /** The documents of type D or D/A after the header (the .nc header's own {@code <TYPE>} is before any). */
  private static int formDocuments(String text) {
    int documents = 0;
    Matcher type = Header.DOCUMENT_TYPE.matcher(text);
    while (type.find()) {
      String t = type.group(1);
      documents += (t.equals("D") || t.equals("D/A")) && text.lastIndexOf("<DOCUMENT>", type.start()) >= 0 ? 1 : 0;
    }
    return documents;
  }

  /** The day EDGAR began taking Form D electronically (Release 33-8891). */
  private static final LocalDate ELECTRONIC_FROM = LocalDate.of(2008, 9, 15);

  private static String number(String cik) {
    return cik.trim().replaceFirst("^0+(?=.)", "");
  }

  private Finding disagreement(String id, String path, String citation, String message, Map<String, String> values) {
    return Finding.builder().ruleId(id).severity(Severity.WARNING).path(path).message(message).citation(citation)
        .values(values).build();
  }

  /** @return the offset where the primary document begins: after {@code <XML>} in the D or D/A document */
  private static int primaryDocument(String text) throws FormDReadException {
    int from = 0;
    while (true) {
      int document = text.indexOf("<DOCUMENT>", from);
      if (document < 0) {
        throw FormDReadException.atXml("no Form D document (<DOCUMENT> of <TYPE>D or D/A with an <XML> part) in this "
            + "submission", 0, 0, null);
      }
      int next = text.indexOf("</DOCUMENT>", document);
      String body = text.substring(document, next < 0 ? text.length() : next);
      Matcher type = Header.DOCUMENT_TYPE.matcher(body);
      int xml = body.indexOf("<XML>");
      if (type.find() && (type.group(1).equals("D") || type.group(1).equals("D/A")) && xml >= 0) {
        int start = document + xml + "<XML>".length();
        // The document starts on the line after <XML>.
        if (start < text.length() && text.charAt(start) == '\r') {
          start++;
        }
        if (start < text.length() && text.charAt(start) == '\n') {
          start++;
        }
        return start;
      }
      if (next < 0) {
        throw FormDReadException.atXml("no Form D document (<DOCUMENT> of <TYPE>D or D/A with an <XML> part) in "
            + "this submission", 0, 0, null);
      }
      from = next;
    }
  }

  private static String required(Pattern pattern, String header, String name) throws FormDReadException {
    return optional(pattern, header).orElseThrow(() -> FormDReadException.atXml("the submission's header has no "
        + name + "; EDGAR's full submission file always gives one", 0, 0, null));
  }

  private static Optional<String> optional(Pattern pattern, String header) {
    Matcher m = pattern.matcher(header);
    return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
