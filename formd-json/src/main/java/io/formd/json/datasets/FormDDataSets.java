package io.formd.json.datasets;

import io.formd.core.fields.Field;
import io.formd.core.fields.FormDFields;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The SEC's Form D data sets: the quarterly ZIP ({@code 2025q2_d.zip}) of six tab-separated tables flattened from
 * every Form D and D/A filed in the quarter, read back into the model.
 *
 * <pre>{@code
 * DataSetQuarter quarter = FormDDataSets.read(Path.of("2025q2_d.zip"));   // or the unzipped folder
 * for (DataSetEntry entry : quarter) {
 *   if (entry instanceof DataSetFiling f) {
 *     RuleSets.builtIn().validate(f.filing(), f.filingDate().orElseThrow());
 *   } else {
 *     System.err.println(entry);          // ISSUERS.tsv line 812, column YEAROFINC_VALUE_ENTERED: ...
 *   }
 * }
 * }</pre>
 *
 * <p>How the tables are read, measured on the SEC's files: RFC 4180 quoting with a tab for the comma (a field holding
 * {@code "} is quoted, its quotes doubled); the rows of a filing joined on ACCESSIONNUMBER wherever they are in each
 * table and ordered by their SEQ_KEY; FILING_DATE as DD-MON-YYYY (or the readme's DD-MMM-YY), SALE_DATE and
 * SIGNATUREDATE as ISO dates; list columns ({@code 06b, 3C, 3C.1}) split at their commas; RELATIONSHIP_1 to 3 and the
 * previous names 1 to 3 as lists; an empty cell as no answer, never as a value. Each filing's cells are read as
 * {@code FormDXml} reads the published document, so a filing of the data set and its XML give the same model for
 * everything the tables carry. What they do not carry is said: {@link #elementsNotCarried()} for every filing, and
 * {@link DataSetFiling#notInDataSet()} for what one filing's rows cannot tell.
 */
public final class FormDDataSets {

  /** A table larger than this is refused (the largest of a quarter is about 7 MB). */
  public static final long MAX_TABLE_BYTES = 256L << 20;

  /** More entries than this in an archive is not a data set. */
  static final int MAX_ENTRIES = 64;

  /** The most the six tables of one ZIP may unpack to together. */
  public static final long MAX_TOTAL_BYTES = 512L << 20;

  /** The most a table may unpack to per compressed byte, once it is past {@link #RATIO_CHECKED_FROM} bytes. */
  static final long MAX_RATIO = 200;
  static final long RATIO_CHECKED_FROM = 1L << 20;

  private FormDDataSets() { }

  /**
   * @param zipOrFolder a quarter's ZIP, or the folder its tables are in
   * @return the quarter, its tables read and joined
   * @throws DataSetException when a table is missing, truncated, too large or breaks the tables' format (with the
   *     table, line and column)
   * @throws IOException when the file cannot be read
   */
  public static DataSetQuarter read(Path zipOrFolder) throws DataSetException, IOException {
    String name = zipOrFolder.getFileName() == null ? zipOrFolder.toString() : zipOrFolder.getFileName().toString();
    if (Files.isDirectory(zipOrFolder)) {
      Map<DataSetTable, Tsv> tables = new EnumMap<>(DataSetTable.class);
      for (DataSetTable table : DataSetTable.values()) {
        Path file = find(zipOrFolder, table);
        if (file == null) {
          throw new DataSetException(null, 0, null, name + " has no " + table.fileName()
              + ": a quarter of the data sets has all six tables");
        }
        if (Files.size(file) > MAX_TABLE_BYTES) {
          throw new DataSetException(table, 0, null, Files.size(file) + " bytes, more than the " + MAX_TABLE_BYTES
              + " a table of the data sets may have");
        }
        tables.put(table, Tsv.parse(table, Files.readAllBytes(file)));
      }
      return new DataSetQuarter(name, tables);
    }
    try (InputStream in = Files.newInputStream(zipOrFolder)) {
      return read(name, in);
    }
  }

  /**
   * @param name what to call the quarter in messages
   * @param zip the ZIP's bytes, read as they come (not held: each table is, while it is parsed)
   * @return the quarter
   * @throws DataSetException when the archive is not a whole quarter of the data sets
   * @throws IOException when the stream cannot be read
   */
  public static DataSetQuarter read(String name, InputStream zip) throws DataSetException, IOException {
    Map<DataSetTable, Tsv> tables = new EnumMap<>(DataSetTable.class);
    Map<DataSetTable, CompletableFuture<Object>> parsing = new LinkedHashMap<>();
    int entries = 0;
    Counting counted = new Counting(zip);
    long unpacked = 0;
    try (ZipInputStream in = new ZipInputStream(counted)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new DataSetException(null, 0, null, name + " has more than " + MAX_ENTRIES + " entries: a quarter of "
              + "the data sets has six tables, a readme and a metadata file");
        }
        String entryName = entry.getName();
        if (entryName.startsWith("/") || entryName.startsWith("\\") || entryName.matches("^[A-Za-z]:.*")
            || ("/" + entryName.replace('\\', '/') + "/").contains("/../")) {
          throw new DataSetException(null, 0, null, name + " has an entry named " + entryName + ", which leaves the "
              + "archive's folder: refused");
        }
        String lower = entryName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip") || lower.endsWith(".jar") || lower.endsWith(".gz")) {
          throw new DataSetException(null, 0, null, name + " holds an archive, " + entryName + ": the data sets are "
              + "one ZIP of tables, never archives inside it");
        }
        DataSetTable table = tableOf(entryName);
        if (table == null || entry.isDirectory()) {
          continue;
        }
        if (parsing.containsKey(table)) {
          throw new DataSetException(table, 0, null, name + " holds two " + table.fileName() + " (the second is "
              + entry.getName() + ")");
        }
        byte[] bytes = bounded(in, table, counted, entry.getSize());
        unpacked += bytes.length;
        if (unpacked > MAX_TOTAL_BYTES) {
          throw new DataSetException(table, 0, null, name + " unpacks to more than " + MAX_TOTAL_BYTES + " bytes of "
              + "tables; a quarter of the data sets is some tens of megabytes");
        }
        // Each table is parsed on another core while the next is unpacked; a table's problem still comes first.
        parsing.put(table, CompletableFuture.supplyAsync(() -> parse(table, bytes)));
      }
    } catch (ZipException e) {
      parsed(parsing, tables);
      throw new DataSetException(null, 0, null, name + " is not a whole ZIP archive (" + e.getMessage() + ")");
    } catch (EOFException e) {
      parsed(parsing, tables);
      throw new DataSetException(null, 0, null, name + " ends inside an entry: the archive is truncated");
    } catch (DataSetException | IOException | RuntimeException e) {
      parsed(parsing, tables);
      throw e;
    }
    parsed(parsing, tables);
    if (entries == 0) {
      throw new DataSetException(null, 0, null, name + " is not a ZIP archive of the data sets (no entries)");
    }
    for (DataSetTable table : DataSetTable.values()) {
      if (!tables.containsKey(table)) {
        throw new DataSetException(null, 0, null, name + " has no " + table.fileName()
            + ": a quarter of the data sets has all six tables");
      }
    }
    return new DataSetQuarter(name, tables);
  }

  /** @return the table parsed, or the problem that keeps it from being one (thrown by {@link #parsed}) */
  private static Object parse(DataSetTable table, byte[] bytes) {
    try {
      return Tsv.parse(table, bytes);
    } catch (DataSetException e) {
      return e;
    }
  }

  /** Puts the tables parsed into {@code tables}, in the archive's order; throws the first one's problem. */
  private static void parsed(Map<DataSetTable, CompletableFuture<Object>> parsing, Map<DataSetTable, Tsv> tables)
      throws DataSetException {
    for (Map.Entry<DataSetTable, CompletableFuture<Object>> e : parsing.entrySet()) {
      Object table = e.getValue().join();
      if (table instanceof DataSetException problem) {
        throw problem;
      }
      tables.put(e.getKey(), (Tsv) table);
    }
  }

  /** @return the entry's bytes, refused past {@link #MAX_TABLE_BYTES} whatever the archive declares */
  private static byte[] bounded(InputStream in, DataSetTable table, Counting packed, long declared)
      throws IOException, DataSetException {
    // Sized as the archive declares (never trusted beyond the bound: the bytes read are counted all the same).
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(1 << 16, Math.min(declared + 1, 1 << 24)));
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    long from = packed.count;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > MAX_TABLE_BYTES) {
        throw new DataSetException(table, 0, null, "more than " + MAX_TABLE_BYTES + " bytes uncompressed, more than "
            + "a table of the data sets may have");
      }
      // The SEC's tables deflate about 7 to 1 (the readme 29); 200 to 1 is a bomb, refused before it fills the heap.
      if (total > RATIO_CHECKED_FROM && total > MAX_RATIO * Math.max(1, packed.count - from)) {
        throw new DataSetException(table, 0, null, "unpacks more than " + MAX_RATIO + " times its compressed size "
            + "(a ZIP bomb, not a table of the data sets): refused");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** The ZIP's compressed bytes read so far, for the compression ratio of each entry. */
  static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }

  /** @return the table an entry or file name is ({@code 2025Q2_d/ISSUERS.tsv}), or null */
  static DataSetTable tableOf(String entryName) {
    String base = entryName.substring(entryName.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
    for (DataSetTable table : DataSetTable.values()) {
      if (base.equals(table.name() + ".TSV")) {
        return table;
      }
    }
    return null;
  }

  private static Path find(Path folder, DataSetTable table) throws IOException {
    // Asked of every folder given to formd validate: a folder of 60,000 filings is passed over without a string made
    // of each name.
    String wanted = table.name() + ".TSV";
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.length() == wanted.length() && name.regionMatches(true, 0, wanted, 0, wanted.length())) {
          return file;
        }
      }
    }
    return null;
  }

  /**
   * @param file a file or folder
   * @return true if it is a regular file that starts as a ZIP does, or a folder holding FORMDSUBMISSION.tsv (a pipe,
   *     a device or standard input is not opened: reading it to look would take what it gives)
   */
  public static boolean looksLikeOne(Path file) {
    try {
      if (Files.isDirectory(file)) {
        return find(file, DataSetTable.FORMDSUBMISSION) != null;
      }
      if (!Files.isRegularFile(file)) {
        return false;
      }
      try (InputStream in = Files.newInputStream(file)) {
        return looksLikeZip(in.readNBytes(4));
      }
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * @param bytes a file's first bytes
   * @return true if they start a ZIP archive
   */
  public static boolean looksLikeZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /**
   * @return the model path of the element each column holds, by table and column (a column that is no element of the
   *     form, such as FILE_NUM or a SEQ_KEY, maps to empty)
   */
  public static Map<DataSetTable, Map<String, Optional<String>>> columnElements() {
    return Columns.COLUMNS;
  }

  /**
   * @return the model paths of the electronic form's elements no column of the data sets holds (the contact, the
   *     CCC, the notification addresses, the return-copy flag: what EDGAR does not publish), in the table's order
   */
  public static List<String> elementsNotCarried() {
    Set<String> carried = new LinkedHashSet<>();
    Columns.COLUMNS.values().forEach(m -> m.values().forEach(p -> p.ifPresent(carried::add)));
    Set<String> missing = new LinkedHashSet<>();
    for (Field row : FormDFields.electronicRows()) {
      String path = row.path();
      if (path.isEmpty() || row.element().isEmpty() || carried.contains(path)) {
        continue;
      }
      boolean within = false;
      for (String c : carried) {
        within |= c.startsWith(path + ".") || c.startsWith(path + "[");
      }
      if (!within) {
        missing.add(path);
      }
    }
    return List.copyOf(missing);
  }

  /** Made on first use: asking whether a path looks like a data set (every file on a command line) need not. */
  private static final class Columns {
    static final Map<DataSetTable, Map<String, Optional<String>>> COLUMNS = columns();
  }

  private static Map<DataSetTable, Map<String, Optional<String>>> columns() {
    Map<DataSetTable, Map<String, Optional<String>>> all = new EnumMap<>(DataSetTable.class);
    String[][] table = {
        {"FORMDSUBMISSION", "ACCESSIONNUMBER", ""}, {"FORMDSUBMISSION", "FILE_NUM", ""},
        {"FORMDSUBMISSION", "FILING_DATE", ""}, {"FORMDSUBMISSION", "SIC_CODE", ""},
        {"FORMDSUBMISSION", "SCHEMAVERSION", "schemaVersion"}, {"FORMDSUBMISSION", "SUBMISSIONTYPE", "submissionType"},
        {"FORMDSUBMISSION", "TESTORLIVE", "testOrLive"},
        {"FORMDSUBMISSION", "OVER100PERSONSFLAG", "moreThan100RelatedPersons"},
        {"FORMDSUBMISSION", "OVER100ISSUERFLAG", "moreThan100Issuers"},
        {"ISSUERS", "ACCESSIONNUMBER", ""}, {"ISSUERS", "IS_PRIMARYISSUER_FLAG", ""}, {"ISSUERS", "ISSUER_SEQ_KEY", ""},
        {"ISSUERS", "CIK", "issuers[].cik"}, {"ISSUERS", "ENTITYNAME", "issuers[].name"},
        {"ISSUERS", "STREET1", "issuers[].address.street1"}, {"ISSUERS", "STREET2", "issuers[].address.street2"},
        {"ISSUERS", "CITY", "issuers[].address.city"}, {"ISSUERS", "STATEORCOUNTRY",
            "issuers[].address.stateOrCountry"},
        {"ISSUERS", "STATEORCOUNTRYDESCRIPTION", "issuers[].address.stateOrCountryDescription"},
        {"ISSUERS", "ZIPCODE", "issuers[].address.zipCode"}, {"ISSUERS", "ISSUERPHONENUMBER", "issuers[].phone"},
        {"ISSUERS", "JURISDICTIONOFINC", "issuers[].jurisdictionOfIncorporation"},
        {"ISSUERS", "ISSUER_PREVIOUSNAME_1", "issuers[].previousNames.names[]"},
        {"ISSUERS", "ISSUER_PREVIOUSNAME_2", "issuers[].previousNames.names[]"},
        {"ISSUERS", "ISSUER_PREVIOUSNAME_3", "issuers[].previousNames.names[]"},
        {"ISSUERS", "EDGAR_PREVIOUSNAME_1", "issuers[].edgarPreviousNames.names[]"},
        {"ISSUERS", "EDGAR_PREVIOUSNAME_2", "issuers[].edgarPreviousNames.names[]"},
        {"ISSUERS", "EDGAR_PREVIOUSNAME_3", "issuers[].edgarPreviousNames.names[]"},
        {"ISSUERS", "ENTITYTYPE", "issuers[].entityType"},
        {"ISSUERS", "ENTITYTYPEOTHERDESC", "issuers[].entityTypeOtherDescription"},
        {"ISSUERS", "YEAROFINC_TIMESPAN_CHOICE", "issuers[].yearOfIncorporation.kind"},
        {"ISSUERS", "YEAROFINC_VALUE_ENTERED", "issuers[].yearOfIncorporation.year"},
        {"OFFERING", "ACCESSIONNUMBER", ""}, {"OFFERING", "INDUSTRYGROUPTYPE", "offering.industryGroup"},
        {"OFFERING", "INVESTMENTFUNDTYPE", "offering.investmentFundInfo.fundType"},
        {"OFFERING", "IS40ACT", "offering.investmentFundInfo.registeredUnder40Act"},
        {"OFFERING", "REVENUERANGE", "offering.revenueRange"},
        {"OFFERING", "AGGREGATENETASSETVALUERANGE", "offering.netAssetValueRange"},
        {"OFFERING", "FEDERALEXEMPTIONS_ITEMS_LIST", "offering.federalExemptions[]"},
        {"OFFERING", "ISAMENDMENT", "offering.typeOfFiling.amendment"},
        {"OFFERING", "PREVIOUSACCESSIONNUMBER", "offering.typeOfFiling.previousAccessionNumber"},
        {"OFFERING", "SALE_DATE", "offering.typeOfFiling.dateOfFirstSale"},
        {"OFFERING", "YETTOOCCUR", "offering.typeOfFiling.firstSaleYetToOccur"},
        {"OFFERING", "MORETHANONEYEAR", "offering.moreThanOneYear"},
        {"OFFERING", "ISEQUITYTYPE", "offering.securityTypes"}, {"OFFERING", "ISDEBTTYPE", "offering.securityTypes"},
        {"OFFERING", "ISOPTIONTOACQUIRETYPE", "offering.securityTypes"},
        {"OFFERING", "ISSECURITYTOBEACQUIREDTYPE", "offering.securityTypes"},
        {"OFFERING", "ISPOOLEDINVESTMENTFUNDTYPE", "offering.securityTypes"},
        {"OFFERING", "ISTENANTINCOMMONTYPE", "offering.securityTypes"},
        {"OFFERING", "ISMINERALPROPERTYTYPE", "offering.securityTypes"},
        {"OFFERING", "ISOTHERTYPE", "offering.securityTypes"},
        {"OFFERING", "DESCRIPTIONOFOTHERTYPE", "offering.otherSecurityTypeDescription"},
        {"OFFERING", "ISBUSINESSCOMBINATIONTRANS", "offering.businessCombination"},
        {"OFFERING", "BUSCOMBCLARIFICATIONOFRESP", "offering.businessCombinationClarification"},
        {"OFFERING", "MINIMUMINVESTMENTACCEPTED", "offering.minimumInvestment"},
        {"OFFERING", "OVER100RECIPIENTFLAG", "offering.moreThan100Recipients"},
        {"OFFERING", "TOTALOFFERINGAMOUNT", "offering.amounts.totalOfferingAmount"},
        {"OFFERING", "TOTALAMOUNTSOLD", "offering.amounts.totalAmountSold"},
        {"OFFERING", "TOTALREMAINING", "offering.amounts.totalRemaining"},
        {"OFFERING", "SALESAMTCLARIFICATIONOFRESP", "offering.amounts.clarification"},
        {"OFFERING", "HASNONACCREDITEDINVESTORS", "offering.investors.hasNonAccreditedInvestors"},
        {"OFFERING", "NUMBERNONACCREDITEDINVESTORS", "offering.investors.numberNonAccreditedInvestors"},
        {"OFFERING", "TOTALNUMBERALREADYINVESTED", "offering.investors.totalNumberAlreadyInvested"},
        {"OFFERING", "SALESCOMM_DOLLARAMOUNT", "offering.commissionsAndFees.salesCommissions.amount"},
        {"OFFERING", "SALESCOMM_ISESTIMATE", "offering.commissionsAndFees.salesCommissions.estimate"},
        {"OFFERING", "FINDERSFEE_DOLLARAMOUNT", "offering.commissionsAndFees.findersFees.amount"},
        {"OFFERING", "FINDERSFEE_ISESTIMATE", "offering.commissionsAndFees.findersFees.estimate"},
        {"OFFERING", "FINDERFEECLARIFICATIONOFRESP", "offering.commissionsAndFees.clarification"},
        {"OFFERING", "GROSSPROCEEDSUSED_DOLLARAMOUNT", "offering.useOfProceeds.grossProceedsUsed.amount"},
        {"OFFERING", "GROSSPROCEEDSUSED_ISESTIMATE", "offering.useOfProceeds.grossProceedsUsed.estimate"},
        {"OFFERING", "GROSSPROCEEDSUSED_CLAROFRESP", "offering.useOfProceeds.clarification"},
        {"OFFERING", "AUTHORIZEDREPRESENTATIVE", "authorizedRepresentative"},
        {"RECIPIENTS", "ACCESSIONNUMBER", ""}, {"RECIPIENTS", "RECIPIENT_SEQ_KEY", ""},
        {"RECIPIENTS", "RECIPIENTNAME", "offering.salesCompensationRecipients[].name"},
        {"RECIPIENTS", "RECIPIENTCRDNUMBER", "offering.salesCompensationRecipients[].crdNumber"},
        {"RECIPIENTS", "ASSOCIATEDBDNAME", "offering.salesCompensationRecipients[].associatedBrokerDealerName"},
        {"RECIPIENTS", "ASSOCIATEDBDCRDNUMBER",
            "offering.salesCompensationRecipients[].associatedBrokerDealerCrdNumber"},
        {"RECIPIENTS", "STREET1", "offering.salesCompensationRecipients[].address.street1"},
        {"RECIPIENTS", "STREET2", "offering.salesCompensationRecipients[].address.street2"},
        {"RECIPIENTS", "CITY", "offering.salesCompensationRecipients[].address.city"},
        {"RECIPIENTS", "STATEORCOUNTRY", "offering.salesCompensationRecipients[].address.stateOrCountry"},
        {"RECIPIENTS", "STATEORCOUNTRYDESCRIPTION",
            "offering.salesCompensationRecipients[].address.stateOrCountryDescription"},
        {"RECIPIENTS", "ZIPCODE", "offering.salesCompensationRecipients[].address.zipCode"},
        {"RECIPIENTS", "STATES_OR_VALUE_LIST", "offering.salesCompensationRecipients[].statesOfSolicitation"},
        {"RECIPIENTS", "DESCRIPTIONS_LIST",
            "offering.salesCompensationRecipients[].statesOfSolicitation.states[].description"},
        {"RECIPIENTS", "FOREIGNSOLICITATION", "offering.salesCompensationRecipients[].foreignSolicitation"},
        {"RELATEDPERSONS", "ACCESSIONNUMBER", ""}, {"RELATEDPERSONS", "RELATEDPERSON_SEQ_KEY", ""},
        {"RELATEDPERSONS", "FIRSTNAME", "relatedPersons[].name.firstName"},
        {"RELATEDPERSONS", "MIDDLENAME", "relatedPersons[].name.middleName"},
        {"RELATEDPERSONS", "LASTNAME", "relatedPersons[].name.lastName"},
        {"RELATEDPERSONS", "STREET1", "relatedPersons[].address.street1"},
        {"RELATEDPERSONS", "STREET2", "relatedPersons[].address.street2"},
        {"RELATEDPERSONS", "CITY", "relatedPersons[].address.city"},
        {"RELATEDPERSONS", "STATEORCOUNTRY", "relatedPersons[].address.stateOrCountry"},
        {"RELATEDPERSONS", "STATEORCOUNTRYDESCRIPTION", "relatedPersons[].address.stateOrCountryDescription"},
        {"RELATEDPERSONS", "ZIPCODE", "relatedPersons[].address.zipCode"},
        {"RELATEDPERSONS", "RELATIONSHIP_1", "relatedPersons[].relationships[]"},
        {"RELATEDPERSONS", "RELATIONSHIP_2", "relatedPersons[].relationships[]"},
        {"RELATEDPERSONS", "RELATIONSHIP_3", "relatedPersons[].relationships[]"},
        {"RELATEDPERSONS", "RELATIONSHIPCLARIFICATION", "relatedPersons[].relationshipClarification"},
        {"SIGNATURES", "ACCESSIONNUMBER", ""}, {"SIGNATURES", "SIGNATURE_SEQ_KEY", ""},
        {"SIGNATURES", "ISSUERNAME", "signatures[].issuerName"},
        {"SIGNATURES", "SIGNATURENAME", "signatures[].signature"},
        {"SIGNATURES", "NAMEOFSIGNER", "signatures[].signerName"},
        {"SIGNATURES", "SIGNATURETITLE", "signatures[].title"},
        {"SIGNATURES", "SIGNATUREDATE", "signatures[].date"},
    };
    for (String[] row : table) {
      all.computeIfAbsent(DataSetTable.valueOf(row[0]), t -> new LinkedHashMap<>())
          .put(row[1], row[2].isEmpty() ? Optional.empty() : Optional.of(row[2]));
    }
    all.replaceAll((t, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableMap(all);
  }
}
