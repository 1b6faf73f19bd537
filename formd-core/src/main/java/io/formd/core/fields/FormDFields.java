package io.formd.core.fields;

import static io.formd.core.fields.Applicability.M;
import static io.formd.core.fields.Applicability.M10;
import static io.formd.core.fields.Applicability.M11;
import static io.formd.core.fields.Applicability.M12;
import static io.formd.core.fields.Applicability.M3;
import static io.formd.core.fields.Applicability.M4;
import static io.formd.core.fields.Applicability.M5;
import static io.formd.core.fields.Applicability.M6;
import static io.formd.core.fields.Applicability.M7;
import static io.formd.core.fields.Applicability.M8;
import static io.formd.core.fields.Applicability.M9;
import static io.formd.core.fields.Applicability.O;
import static io.formd.core.fields.Applicability.O2;
import static io.formd.core.fields.Applicability.O3;
import static io.formd.core.fields.Applicability.O4;
import static io.formd.core.fields.DataType.BOOLEAN;
import static io.formd.core.fields.DataType.DATE;
import static io.formd.core.fields.DataType.DECIMAL;
import static io.formd.core.fields.DataType.NV;
import static io.formd.core.fields.DataType.STRING;

import io.formd.core.model.EdgarCode;
import io.formd.core.model.Relationship;
import io.formd.core.model.EntityType;
import io.formd.core.model.Edition;
import io.formd.core.model.SecurityType;
import io.formd.core.model.YearOfIncorporation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The table of Form D's fields: one {@link Field} per element of the electronic form, as the SEC's EDGAR Form D
 * XML Technical Specification (version 13, March 2025) lists them in §3.4, with the printed form's labels of its
 * Appendix C, and one per part of the paper form. See the package documentation for how the table drives the
 * formats and the rules, and how to add an element.
 *
 * <p>Where §3.4 misprints, the table follows the schema ({@code Form_D.definition.xsd}, X0808) and says so here:
 * §3.4 gives the data type {@code String} to elements that hold only other elements ({@code issuerAddress},
 * {@code issuer}, {@code relatedPersonInfo}, {@code relatedPersonName}, {@code offeringData},
 * {@code industryGroup}, {@code investmentFundInfo}, {@code issuerSize}, {@code salesCompensationList},
 * {@code recipientAddress}, {@code signature}) and {@code date} to the co-issuer's {@code yearOfInc}, swaps the
 * types of {@code signatureTitle} ({@code date}) and {@code signatureDate} ({@code String}), and allows 6
 * {@code previousName}s for a co-issuer where the schema's {@code NAMES_LIST_TYPE} allows 3. The table gives
 * {@code NV}, {@code string}, {@code Date} and 3.
 */
public final class FormDFields {

  private static final Field ELECTRONIC = Field.root(electronicTable().build());
  private static final Map<String, List<Field>> BY_PATH = index(ELECTRONIC);
  private static final List<Field> ALL = flatten(ELECTRONIC);

  /**
   * The paper form's rows, built the first time they are asked for: a run on electronic filings never builds them
   * (their three hundred method references are a third of the table's start-up).
   */
  private static final class Paper {
    static final Field ROOT = Field.root(PaperFields.table().build());
    static final Map<String, List<Field>> BY_PATH = index(ROOT);
    static final List<Field> ALL = flatten(ROOT);
  }

  private FormDFields() {}

  /** @return the root row of the electronic form: {@code edgarSubmission}, whose model value is the filing */
  public static Field electronic() {
    return ELECTRONIC;
  }

  /** @return every row of the electronic form, in document order (a parent before its children) */
  public static List<Field> electronicRows() {
    return ALL;
  }

  /** @return the root row of the paper form, whose model value is the filing */
  public static Field paper() {
    return Paper.ROOT;
  }

  /** @return every row of the paper form, in form order (a parent before its children) */
  public static List<Field> paperRows() {
    return Paper.ALL;
  }

  /**
   * @param edition the edition of the filing the path is about
   * @param path a model path, e.g. a finding's
   * @return the row, or empty if no field of that edition has that path
   */
  public static Optional<Field> find(Edition edition, String path) {
    return pick((edition == Edition.PAPER ? Paper.BY_PATH : BY_PATH).get(pattern(path)), path);
  }

  /**
   * The row a model path names: a finding's path ({@code issuers[2].address.city}), indexes or not. A list's own
   * path ({@code relatedPersons}) names the element that holds the list where there is one
   * ({@code relatedPersonsList}).
   *
   * @param path a model path
   * @return the row, or empty if no field of the electronic form has that path
   */
  public static Optional<Field> find(String path) {
    return pick(BY_PATH.get(pattern(path)), path);
  }

  /**
   * Of the rows sharing a pattern ({@code issuers[]}: the primary issuer and the co-issuers), the one the indexes name.
   */
  private static Optional<Field> pick(List<Field> candidates, String path) {
    if (candidates == null) {
      return Optional.empty();
    }
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    List<Integer> indexes = indexes(path);
    for (Field candidate : candidates) {
      if (matches(candidate, indexes)) {
        return Optional.of(candidate);
      }
    }
    return Optional.of(candidates.get(0));
  }

  /** @return each segment's index, or -1 for a segment without one */
  private static List<Integer> indexes(String path) {
    List<Integer> indexes = new ArrayList<>();
    for (String segment : path.split("\\.", -1)) {
      int bracket = segment.indexOf('[');
      int index = -1;
      if (bracket >= 0 && segment.endsWith("]")) {
        try {
          index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
        } catch (NumberFormatException e) {
          index = -1;
        }
      }
      indexes.add(index);
    }
    return indexes;
  }

  private static boolean matches(Field candidate, List<Integer> indexes) {
    List<Field> chain = new ArrayList<>();
    for (Field f = candidate; f != null; f = f.parent().orElse(null)) {
      if (f.property().isPresent()) {
        chain.add(0, f);
      }
      if (f.binding.fromRoot()) {
        break;
      }
    }
    if (chain.size() != indexes.size()) {
      return true;
    }
    for (int i = 0; i < chain.size(); i++) {
      Field f = chain.get(i);
      int index = indexes.get(i);
      if (f.binding.fixedIndex() >= 0 && index >= 0 && index != f.binding.fixedIndex()
          || f.binding.indexOffset() > 0 && index >= 0 && index < f.binding.indexOffset()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The XML element a model path of the electronic form stands for, with the index of each repeated element:
   * {@code issuers[2].address.city} is {@code edgarSubmission/issuerList/issuer[1]/issuerAddress/city} (the
   * primary issuer is {@code issuers[0]}), {@code offering.salesCompensationRecipients[0].statesOfSolicitation
   * .states[3].state} is {@code .../recipient[0]/statesOfSolicitationList/state[3]}. Elements that may repeat
   * (see {@link #repeatable(String)}) always carry an index; the others never do.
   *
   * @param path a model path, e.g. a finding's
   * @return the element path, or empty if no row of the electronic form has that path
   */
  public static Optional<String> xmlPath(String path) {
    Optional<Field> found = find(path);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> indexes = indexes(path);
    List<Field> chain = new ArrayList<>();
    for (Field f = found.get(); f != null; f = f.parent().orElse(null)) {
      chain.add(0, f);
    }
    // Align the path's indexes with the rows that have a property, from the innermost root-based row.
    int start = 0;
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i).binding.fromRoot()) {
        start = i;
      }
    }
    int[] indexOf = new int[chain.size()];
    Arrays.fill(indexOf, -1);
    int segment = 0;
    for (int i = start; i < chain.size() && segment < indexes.size(); i++) {
      if (chain.get(i).property().isPresent()) {
        indexOf[i] = indexes.get(segment++);
      }
    }
    StringBuilder xml = new StringBuilder();
    int carried = -1;
    for (int i = 0; i < chain.size(); i++) {
      Field f = chain.get(i);
      int index = f.isList() && indexOf[i] >= 0 ? indexOf[i] - f.binding.indexOffset() : -1;
      if (f.element().isEmpty()) {
        carried = index;
        continue;
      }
      xml.append(xml.length() == 0 ? "" : "/").append(f.element().get());
      if (index < 0 && carried >= 0 && repeatable(f.element().get())) {
        index = carried;
      }
      carried = -1;
      if (repeatable(f.element().get())) {
        xml.append('[').append(Math.max(index, 0)).append(']');
      }
    }
    if (carried >= 0) {
      // A model-only list row (states[i]): its element is the first of the pair, state[i].
      Field first = found.get().children().isEmpty() ? null : found.get().children().get(0);
      if (first != null && first.element().isPresent()) {
        xml.append('/').append(first.element().get()).append('[').append(carried).append(']');
      }
    }
    return Optional.of(xml.toString());
  }

  /**
   * The canonical JSON member path a model path stands for: the same but for the issuers, which canonical JSON
   * holds as {@code primaryIssuer} and {@code additionalIssuers} ({@code issuers[2].address} is
   * {@code additionalIssuers[1].address}).
   *
   * @param edition the filing's edition
   * @param path a model path, e.g. a finding's
   * @return the member path, dot-separated with array indexes, or empty if no row has that path
   */
  public static Optional<String> jsonPath(Edition edition, String path) {
    Optional<Field> found = find(edition, path);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> indexes = indexes(path);
    List<Field> chain = new ArrayList<>();
    for (Field f = found.get(); f != null; f = f.parent().orElse(null)) {
      if (f.property().isPresent()) {
        chain.add(0, f);
      }
      if (f.binding.fromRoot()) {
        break;
      }
    }
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < chain.size(); i++) {
      Field f = chain.get(i);
      json.append(json.length() == 0 ? "" : ".").append(f.jsonMember().orElseThrow());
      int index = i < indexes.size() ? indexes.get(i) : -1;
      if (f.isList() && index >= 0) {
        json.append('[').append(index - f.binding.indexOffset()).append(']');
      }
    }
    if (found.get().kind() == Kind.WRAPPER && found.get().alias != null) {
      json.append(json.length() == 0 ? "" : ".").append(found.get().alias);
    }
    return Optional.of(json.toString());
  }

  private static final Set<String> REPEATABLE = repeatableElements();

  private static Set<String> repeatableElements() {
    Set<String> names = new HashSet<>();
    for (Field f : flatten(ELECTRONIC)) {
      if (f.element().isPresent() && (f.maxOccurs() > 1 || f.parent().map(p -> p.element().isEmpty() && p.isList())
          .orElse(false))) {
        names.add(f.element().get());
      }
    }
    return Set.copyOf(names);
  }

  /**
   * @param element an element name of the electronic form
   * @return whether it may repeat within its parent ({@code issuer}, {@code relatedPersonInfo},
   *     {@code previousName}, {@code state}, ...): such elements are indexed in {@link #xmlPath(String)}
   */
  public static boolean repeatable(String element) {
    return REPEATABLE.contains(element);
  }

  /**
   * The pattern facets of {@code Form_D.definition.xsd}'s string types that formd's rules check, by type name: one
   * place for them (a test compares them with the schema).
   */
  private static final Map<String, String> XSD_PATTERNS = Map.of(
      "CIK_TYPE", "[0-9]+",
      "FORM_D_ZIP_CODE_TYPE", "[0-9A-Za-z #\\-]*",
      "CRD_NUMBER_TYPE", "None|\\d+",
      "FORMD_ACCESSION_NUMBER_TYPE", "[*]{0}|[0-9]{1,10}\\-[0-9]{1,2}\\-[0-9]{1,6}",
      "FORM_D_EMAIL_TYPE",
          "([a-zA-Z0-9_\\-\\.]+)@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.)|(([a-zA-Z0-9\\-]+\\.)+))"
          + "([a-zA-Z]{2,7}|[0-9]{1,3})(\\]?)",
      "YEAR_VALUE_TYPE", "2\\d\\d\\d");

  /**
   * @param xsdType a simple type of {@code Form_D.definition.xsd}
   * @return its pattern facet, if formd's table records it
   */
  static Optional<String> xsdPattern(String xsdType) {
    return Optional.ofNullable(xsdType == null ? null : XSD_PATTERNS.get(xsdType));
  }

  /** @return the path with every list index replaced by {@code []} */
  static String pattern(String path) {
    if (path.indexOf('[') < 0) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      out.append(c);
      if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          return path;
        }
        i = close - 1;
      }
    }
    return out.toString();
  }

  private static Map<String, List<Field>> index(Field root) {
    Map<String, List<Field>> index = new HashMap<>();
    Map<String, Boolean> aliased = new HashMap<>();
    for (Field f : flatten(root)) {
      if (f.kind() == Kind.WRAPPER && f.alias != null) {
        String path = f.path().isEmpty() ? f.alias : f.path() + "." + f.alias;
        index.computeIfAbsent(path, p -> new ArrayList<>()).add(f);
        aliased.put(path, true);
      }
    }
    for (Field f : flatten(root)) {
      if (f.kind() != Kind.WRAPPER && !f.path().isEmpty()) {
        add(index, aliased, f.path(), f);
        if (f.path().endsWith("[]")) {
          add(index, aliased, f.path().substring(0, f.path().length() - 2), f);
        }
      }
    }
    index.replaceAll((path, rows) -> List.copyOf(rows));
    return Collections.unmodifiableMap(index);
  }

  private static void add(Map<String, List<Field>> index, Map<String, Boolean> aliased, String path, Field f) {
    if (!aliased.containsKey(path)) {
      index.computeIfAbsent(path, p -> new ArrayList<>()).add(f);
    }
  }

  private static List<Field> flatten(Field root) {
    List<Field> all = new ArrayList<>();
    flatten(root, all);
    return Collections.unmodifiableList(all);
  }

  private static void flatten(Field f, List<Field> all) {
    all.add(f);
    f.children().forEach(c -> flatten(c, all));
  }

  // ---- the electronic form: §3.4, in its order ----

  private static Field.Builder e(int level, int order, DataType type, String element, int max, String choice,
      int occurs, Applicability d, Applicability da) {
    return Field.row(Edition.ELECTRONIC).spec(level, order, type, element, max, choice, occurs, d, da);
  }

  private static Field.Builder electronicTable() {
    return e(1, 1, NV, "edgarSubmission", 0, null, 1, M, M).label("Form D").model(Kind.GROUP, null,
        Function.identity()).builds(Access.NEW_ELECTRONIC_FORMD, Access.BUILD_ELECTRONIC_FORMD).children(
        e(2, 1, STRING, "schemaVersion", 5, null, 1, O, O).xsd("SCHEMA_VERSION_TYPE", 5, 5)
            .label("Schema version").model(Kind.TEXT, "schemaVersion", Access.ELECTRONIC_FORMD_SCHEMA_VERSION)
            .set(Access.SET_ELECTRONIC_FORMD_SCHEMA_VERSION)
            .limitRule("D-XSD-SCHEMA-VERSION"),
        e(2, 2, STRING, "submissionType", 0, "SubTypeList", 1, M, M).xsd("SUBMISSION_TYPE", 0, 0)
            .label("Submission type").model(Kind.CODE, "submissionType", Access.ELECTRONIC_FORMD_SUBMISSION_TYPE)
            .set(Access.SET_ELECTRONIC_FORMD_SUBMISSION_TYPE)
            .parse(Access.SUBMISSION_TYPE_CODE),
        e(2, 3, STRING, "testOrLive", 0, "TestLiveList", 1, O, O).xsd("LIVE_OR_TEST_TYPE", 0, 0)
            .label("Test or live").model(Kind.CODE, "testOrLive", Access.ELECTRONIC_FORMD_TEST_OR_LIVE)
            .set(Access.SET_ELECTRONIC_FORMD_TEST_OR_LIVE).parse(Access.TEST_OR_LIVE_CODE),
        e(2, 4, BOOLEAN, "returnCopy", 0, "TrueFalseList", 1, O, O).label("Return copy")
            .model(Kind.BOOLEAN, "returnCopy", Access.ELECTRONIC_FORMD_RETURN_COPY)
            .set(Access.SET_ELECTRONIC_FORMD_RETURN_COPY),
        e(2, 5, NV, "contactData", 0, null, 1, O2, O2).xsd("FORM_D_POINT_OF_CONTACT_TYPE", 0, 0)
            .label("Contact information").model(Kind.GROUP, "contactData", Access.ELECTRONIC_FORMD_CONTACT_DATA)
            .set(Access.SET_ELECTRONIC_FORMD_CONTACT_DATA)
            .builds(Access.NEW_CONTACT_DATA, Access.BUILD_CONTACT_DATA).children(
            e(3, 1, STRING, "contactName", 30, null, 1, O2, O2).xsd(null, 1, 30).label("Contact name")
                .model(Kind.TEXT, "name", Access.CONTACT_DATA_NAME).set(Access.SET_CONTACT_DATA_NAME)
                .missingAs("").limitRule("D-XSD-CONTACT"),
            e(3, 2, STRING, "contactPhoneNumber", 20, null, 1, O2, O2).xsd(null, 1, 20).label("Contact phone number")
                .model(Kind.TEXT, "phone", Access.CONTACT_DATA_PHONE)
                .set(Access.SET_CONTACT_DATA_PHONE).missingAs("").limitRule("D-XSD-CONTACT"),
            e(3, 3, STRING, "contactEmailAddress", 80, null, 1, O2, O2).xsd("FORM_D_EMAIL_TYPE", 1, 0)
                .label("Contact e-mail address").model(Kind.TEXT, "email", Access.CONTACT_DATA_EMAIL)
                .set(Access.SET_CONTACT_DATA_EMAIL).missingAs("")
                .limitRule("D-XSD-CONTACT")),
        e(2, 6, NV, "notificationAddressList", 0, null, 1, O, O).xsd("FORM_D_NOTIFY_GROUP_TYPE", 0, 0)
            .label("Notification e-mail addresses").alias("notificationEmailAddresses").children(
            e(3, 1, STRING, "notificationEmailAddress", 80, null, 3, O, O).xsd("FORM_D_EMAIL_TYPE", 1, 0)
                .label("Notification e-mail address")
                .model(Kind.TEXT, "notificationEmailAddresses", Access.ELECTRONIC_FORMD_NOTIFICATION_EMAIL_ADDRESSES)
                .set(Access.ADD_ELECTRONIC_FORMD_NOTIFICATION_EMAIL_ADDRESSE).list()
                .limitRule("D-XSD-CONTACT")),
        issuer(2, 7, "primaryIssuer", M).label("Issuer's Identity").printed("Issuer's Identity")
            .model(Kind.GROUP, "issuers", Access.ELECTRONIC_FORMD_PRIMARY_ISSUER)
            .set(Access.SET_ELECTRONIC_FORMD_PRIMARY_ISSUER)
            .builds(Access.NEW_ISSUER, Access.BUILD_ISSUER).json("primaryIssuer").fixedIndex(0),
        e(2, 8, NV, "issuerList", 0, null, 1, O, O).xsd("ADDITIONAL_ISSUER_TYPE", 0, 0).item(1)
            .printed("Issuer's Identity").alias("additionalIssuers").children(
            issuer(3, 1, "issuer", M).label("Co-issuer")
                .model(Kind.GROUP, "issuers", Access.ELECTRONIC_FORMD_ADDITIONAL_ISSUERS)
                .set(Access.ADD_ELECTRONIC_FORMD_ADDITIONAL_ISSUER)
                .builds(Access.NEW_ISSUER, Access.BUILD_ISSUER)
                .json("additionalIssuers").list().indexOffset(1).limitRule("D-XSD-LIST-LIMITS"),
            e(3, 2, BOOLEAN, "over100IssuerFlag", 0, "\"True\"", 1, O, O).xsd("IS_TRUE_TYPE", 0, 0)
                .printed("Over 100 Issuers").model(Kind.FLAG, "moreThan100Issuers",
                    Access.ELECTRONIC_FORMD_MORE_THAN100_ISSUERS)
                .set(Access.SET_ELECTRONIC_FORMD_MORE_THAN100_ISSUERS)),
        e(2, 9, NV, "relatedPersonsList", 0, null, 1, M, M).xsd("RELATED_PERSONS_LIST", 0, 0).item(3)
            .label("Related Persons").alias("relatedPersons").children(
            e(3, 1, NV, "relatedPersonInfo", 0, null, 100, M, M).xsd("RELATED_PERSON_INFO_TYPE", 0, 0)
                .printed("Related Persons").model(Kind.GROUP, "relatedPersons", Access.ELECTRONIC_FORMD_RELATED_PERSONS)
                .set(Access.ADD_ELECTRONIC_FORMD_RELATED_PERSON)
                .builds(Access.NEW_RELATED_PERSON, Access.BUILD_RELATED_PERSON).list()
                .limitRule("D-XSD-LIST-LIMITS").children(
                e(4, 1, NV, "relatedPersonName", 0, null, 1, M, M).xsd("NAME_TYPE_W_LAST_NAME_200", 0, 0)
                    .label("Name").model(Kind.GROUP, "name", Access.RELATED_PERSON_NAME)
                    .set(Access.SET_RELATED_PERSON_NAME)
                    .builds(Access.NEW_PERSON_NAME, Access.BUILD_PERSON_NAME).children(
                    e(5, 1, STRING, "firstName", 150, null, 1, M, M).xsd("STRING_150_TYPE", 1, 150)
                        .printed("First Name").model(Kind.TEXT, "firstName", Access.PERSON_NAME_FIRST_NAME)
                        .set(Access.SET_PERSON_NAME_FIRST_NAME)
                        .limitRule("D-XSD-PERSON-NAME"),
                    e(5, 2, STRING, "middleName", 150, null, 1, O, O).xsd("STRING_150_TYPE", 1, 150)
                        .printed("Middle Name").model(Kind.TEXT, "middleName", Access.PERSON_NAME_MIDDLE_NAME)
                        .set(Access.SET_PERSON_NAME_MIDDLE_NAME)
                        .limitRule("D-XSD-PERSON-NAME"),
                    e(5, 3, STRING, "lastName", 200, null, 1, M, M).xsd("STRING_200_TYPE", 1, 200)
                        .printed("Last Name").model(Kind.TEXT, "lastName", Access.PERSON_NAME_LAST_NAME)
                        .set(Access.SET_PERSON_NAME_LAST_NAME)
                        .limitRule("D-XSD-PERSON-NAME"),
                    Field.row(Edition.ELECTRONIC).label("Full name as written (paper form only)")
                        .model(Kind.TEXT, "asWritten", Access.PERSON_NAME_AS_WRITTEN)
                        .set(Access.SET_PERSON_NAME_AS_WRITTEN)),
                address(4, 2, "relatedPersonAddress", M, Access.RELATED_PERSON_ADDRESS,
                    Access.SET_RELATED_PERSON_ADDRESS)
                    .label("Address"),
                e(4, 3, NV, "relatedPersonRelationshipList", 0, null, 1, M, M).xsd("RELATIONSHIP_LIST_TYPE", 0, 0)
                    .label("Relationship").alias("relationships").children(
                    e(5, 1, STRING, "relationship", 0, "RelationshipTypeList", 3, M10, M10)
                        .xsd("RELATIONSHIP_TYPE", 0, 0)
                        .printed("Relationship").model(Kind.CODE, "relationships", Access.RELATED_PERSON_RELATIONSHIPS)
                        .setAll(Access.SET_RELATED_PERSON_RELATIONSHIPS)
                        .recorded().parse(Access.RELATIONSHIP_OR_PAPER_LABEL)
                        .list()
                        .limitRule("D-XSD-RELATIONSHIPS")),
                e(4, 4, STRING, "relationshipClarification", 255, null, 1, O, O).xsd("STRING_255_TYPE", 0, 255)
                    .printed("Clarification of Response (if Necessary)")
                    .model(Kind.TEXT, "relationshipClarification", Access.RELATED_PERSON_RELATIONSHIP_CLARIFICATION)
                    .set(Access.SET_RELATED_PERSON_RELATIONSHIP_CLARIFICATION)
                    .limitRule("D-XSD-CLARIFICATION-LENGTH")),
            e(3, 2, BOOLEAN, "over100PersonsFlag", 0, "\"True\"", 1, O, O).xsd("IS_TRUE_TYPE", 0, 0)
                .printed("Over 100 Related Persons")
                .model(Kind.FLAG, "moreThan100RelatedPersons", Access.ELECTRONIC_FORMD_MORE_THAN100_RELATED_PERSONS)
                .set(Access.SET_ELECTRONIC_FORMD_MORE_THAN100_RELATED_PERSONS)),
        e(2, 10, NV, "offeringData", 0, null, 1, M, M).xsd("OFFERING_DATA_TYPE", 0, 0).label("Offering data")
            .model(Kind.GROUP, "offering", Access.ELECTRONIC_FORMD_OFFERING)
            .set(Access.SET_ELECTRONIC_FORMD_OFFERING)
            .builds(Access.NEW_OFFERING_DATA, Access.BUILD_OFFERING_DATA).children(
            e(3, 1, NV, "industryGroup", 0, null, 1, M, M).xsd("INDUSTRY_GROUP_TYPE", 0, 0).item(4)
                .printed("Industry Group").children(
                e(4, 1, STRING, "industryGroupType", 0, "IndustryGroupList", 1, M4, M4).xsd("INDUSTRY_GROUP_LIST", 0, 0)
                    .label("Industry Group").model(Kind.CODE, "industryGroup", Access.OFFERING_DATA_INDUSTRY_GROUP)
                    .set(Access.SET_OFFERING_DATA_INDUSTRY_GROUP)
                    .parse(Access.INDUSTRY_GROUP_CODE),
                e(4, 2, NV, "investmentFundInfo", 0, null, 1, O, O).xsd("INVESTMENT_FUND_TYPE", 0, 0)
                    .label("Pooled investment fund")
                    .model(Kind.GROUP, "investmentFundInfo", Access.OFFERING_DATA_INVESTMENT_FUND_INFO)
                    .set(Access.SET_OFFERING_DATA_INVESTMENT_FUND_INFO)
                    .builds(Access.NEW_INVESTMENT_FUND_INFO, Access.BUILD_INVESTMENT_FUND_INFO)
                    .children(
                    e(5, 1, STRING, "investmentFundType", 0, "InvestmentFundList", 1, M, M)
                        .xsd("INVESTMENT_FUND_LIST", 0, 0).label("Investment fund type")
                        .model(Kind.CODE, "fundType", Access.INVESTMENT_FUND_INFO_FUND_TYPE).set(Access.HOLDER_0)
                        .parse(Access.INVESTMENT_FUND_TYPE_CODE),
                    e(5, 2, BOOLEAN, "is40Act", 0, "TrueFalseList", 1, M, M).xsd("TRUE_FALSE_TYPE", 0, 0)
                        .label("Is the issuer registered as an investment company under the Investment Company Act of "
                            + "1940?")
                        .model(Kind.BOOLEAN, "registeredUnder40Act", Access.INVESTMENT_FUND_INFO_REGISTERED_UNDER40_ACT)
                        .set(Access.HOLDER_1))),
            e(3, 2, NV, "issuerSize", 0, null, 1, M, M).xsd("ISSUER_SIZE_TYPE", 0, 0).item(5).printed("Issuer Size")
                .children(
                e(4, 1, STRING, "revenueRange", 0, "RevenueRangeTypeList", 1, M5, M5).xsd("REVENUE_RANGE_TYPE", 0, 0)
                    .printed("Revenue Range").model(Kind.CODE, "revenueRange", Access.OFFERING_DATA_REVENUE_RANGE)
                    .set(Access.SET_OFFERING_DATA_REVENUE_RANGE)
                    .parse(Access.REVENUE_RANGE_CODE),
                e(4, 1, STRING, "aggregateNetAssetValueRange", 0, "AggregateNetAssetValueRangeTypeList", 1, M5, M5)
                    .xsd("AGGREGATE_NET_ASSET_VALUE_RANGE_TYPE", 0, 0).printed("Aggregate Net Asset Value Range")
                    .model(Kind.CODE, "netAssetValueRange", Access.OFFERING_DATA_NET_ASSET_VALUE_RANGE)
                    .set(Access.SET_OFFERING_DATA_NET_ASSET_VALUE_RANGE)
                    .parse(Access.NET_ASSET_VALUE_RANGE_CODE)),
            e(3, 3, NV, "federalExemptionsExclusions", 0, null, 1, M, M).xsd("FED_EXEMPT_EXCLUDE_TYPE", 0, 0).item(6)
                .printed("Federal Exemption(s) and Exclusion(s) Claimed").alias("federalExemptions").children(
                e(4, 1, STRING, "item", 0, "FederalExemptionExclusionsList", 21, M, M)
                    .xsd("FEDERAL_EXEMPTION_LIST", 0, 0)
                    .label("Exemption or exclusion claimed")
                    .model(Kind.CODE, "federalExemptions", Access.OFFERING_DATA_FEDERAL_EXEMPTIONS)
                    .set(Access.ADD_OFFERING_DATA_FEDERAL_EXEMPTION)
                    .parse(Access.FEDERAL_EXEMPTION_CODE).list()
                    .limitRule("D-XSD-LIST-LIMITS")),
            e(3, 4, NV, "typeOfFiling", 0, null, 1, M, M).xsd("FILING_TYPE", 0, 0).item(7).printed("Type of Filing")
                .model(Kind.GROUP, "typeOfFiling", Access.OFFERING_DATA_TYPE_OF_FILING)
                .set(Access.SET_OFFERING_DATA_TYPE_OF_FILING)
                .builds(Access.NEW_TYPE_OF_FILING, Access.BUILD_TYPE_OF_FILING).children(
                e(4, 1, NV, "newOrAmendment", 0, null, 1, M, M).xsd("FORMD_AMENDMENT_TYPE", 0, 0)
                    .label("New Notice/Amendment").children(
                    e(5, 1, BOOLEAN, "isAmendment", 0, "TrueFalseList", 1, M, M).xsd("TRUE_FALSE_TYPE", 0, 0)
                        .printed("New Notice/Amendment").model(Kind.BOOLEAN, "amendment",
                            Access.TYPE_OF_FILING_AMENDMENT)
                        .set(Access.SET_TYPE_OF_FILING_AMENDMENT),
                    e(5, 2, STRING, "previousAccessionNumber", 20, null, 1, O, M)
                        .xsd("FORMD_ACCESSION_NUMBER_TYPE", 0, 0).label("Previous accession number")
                        .model(Kind.TEXT, "previousAccessionNumber", Access.TYPE_OF_FILING_PREVIOUS_ACCESSION_NUMBER)
                        .set(Access.SET_TYPE_OF_FILING_PREVIOUS_ACCESSION_NUMBER)
                        .limitRule("D-XSD-ACCESSION-NUMBER")),
                e(4, 2, NV, "dateOfFirstSale", 0, null, 1, M, M).xsd("FIRST_SALE_DATE_TYPE", 0, 0)
                    .printed("Date of First Sale").children(
                    e(5, 1, DATE, "value", 0, null, 1, M9, M9).xsd("xs:date", 0, 0).label("Date of First Sale")
                        .model(Kind.DATE, "dateOfFirstSale", Access.TYPE_OF_FILING_DATE_OF_FIRST_SALE)
                        .set(Access.SET_TYPE_OF_FILING_DATE_OF_FIRST_SALE),
                    e(5, 1, BOOLEAN, "yetToOccur", 0, "\"True\"", 1, M9, M9).xsd("IS_TRUE_TYPE", 0, 0)
                        .printed("First Sale Yet to Occur")
                        .model(Kind.FLAG, "firstSaleYetToOccur", Access.TYPE_OF_FILING_FIRST_SALE_YET_TO_OCCUR)
                        .set(Access.SET_TYPE_OF_FILING_FIRST_SALE_YET_TO_OCCUR))),
            e(3, 5, NV, "durationOfOffering", 0, null, 1, M, M).xsd("OFFERING_DURATION_TYPE", 0, 0).item(8)
                .printed("Duration of Offering").children(
                e(4, 1, BOOLEAN, "moreThanOneYear", 0, "TrueFalseList", 1, M, M).xsd("TRUE_FALSE_TYPE", 0, 0)
                    .printed("Does the issuer intend this offering to last more than one year?")
                    .model(Kind.BOOLEAN, "moreThanOneYear", Access.OFFERING_DATA_MORE_THAN_ONE_YEAR)
                    .set(Access.SET_OFFERING_DATA_MORE_THAN_ONE_YEAR)),
            e(3, 6, NV, "typesOfSecuritiesOffered", 0, null, 1, M, M).xsd("SECURITIES_OFFERED_TYPE", 0, 0).item(9)
                .printed("Type(s) of Securities Offered").alias("securityTypes").children(securityTypes()),
            e(3, 7, NV, "businessCombinationTransaction", 0, null, 1, M, M)
                .xsd("BUSINESS_COMBINATION_TRANSACTION_TYPE", 0, 0).item(10).printed("Business Combination Transaction")
                .children(
                e(4, 1, BOOLEAN, "isBusinessCombinationTransaction", 0, "TrueFalseList", 1, M, M)
                    .xsd("TRUE_FALSE_TYPE", 0, 0)
                    .printed("Is this offering being made in connection with a business combination transaction, "
                        + "such as a merger, acquisition, or exchange offer?")
                    .model(Kind.BOOLEAN, "businessCombination", Access.OFFERING_DATA_BUSINESS_COMBINATION)
                    .set(Access.SET_OFFERING_DATA_BUSINESS_COMBINATION),
                e(4, 2, STRING, "clarificationOfResponse", 255, null, 1, O, O).xsd("STRING_255_TYPE", 0, 255)
                    .printed("Clarification of Response (if Necessary)")
                    .model(Kind.TEXT, "businessCombinationClarification",
                        Access.OFFERING_DATA_BUSINESS_COMBINATION_CLARIFICATION)
                    .set(Access.SET_OFFERING_DATA_BUSINESS_COMBINATION_CLARIFICATION)
                    .limitRule("D-XSD-CLARIFICATION-LENGTH")),
            e(3, 8, STRING, "minimumInvestmentAccepted", 12, null, 1, M, M).xsd("POSITIVE_INTEGER_TYPE", 0, 12).item(11)
                .printed("Minimum investment accepted from any outside investor")
                .model(Kind.AMOUNT, "minimumInvestment", Access.OFFERING_DATA_MINIMUM_INVESTMENT)
                .set(Access.SET_OFFERING_DATA_MINIMUM_INVESTMENT)
                .limitRule("D-XSD-AMOUNTS"),
            e(3, 9, STRING, "salesCompensationList", 0, null, 1, M11, M11).xsd("SALES_COMPENSATION_LIST", 0, 0).item(12)
                .printed("Sales Compensation").alias("salesCompensationRecipients").children(
                e(4, 1, NV, "recipient", 0, null, 100, O, O).xsd("SALES_COMPENSATION_TYPE", 0, 0).label("Recipient")
                    .model(Kind.GROUP, "salesCompensationRecipients",
                        Access.OFFERING_DATA_SALES_COMPENSATION_RECIPIENTS)
                    .set(Access.ADD_OFFERING_DATA_SALES_COMPENSATION_RECIPIENT)
                    .builds(Access.NEW_SALES_COMPENSATION_RECIPIENT, Access.BUILD_SALES_COMPENSATION_RECIPIENT).list()
                    .limitRule("D-XSD-LIST-LIMITS").children(
                    e(5, 1, STRING, "recipientName", 200, null, 1, M12, M12).xsd("STRING_200_TYPE", 1, 200)
                        .printed("Recipient").model(Kind.TEXT, "name", Access.SALES_COMPENSATION_RECIPIENT_NAME)
                        .set(Access.SET_SALES_COMPENSATION_RECIPIENT_NAME)
                        .missingAs("")
                        .limitRule("D-XSD-RECIPIENT-NAMES"),
                    e(5, 2, STRING, "recipientCRDNumber", 9, null, 1, M12, M12).xsd("CRD_NUMBER_TYPE", 0, 9)
                        .printed("Recipient CRD Number")
                        .model(Kind.TEXT, "crdNumber", Access.SALES_COMPENSATION_RECIPIENT_CRD_NUMBER)
                        .set(Access.SET_SALES_COMPENSATION_RECIPIENT_CRD_NUMBER)
                        .noneWhenAbsent().limitRule("D-XSD-CRD-NUMBER"),
                    e(5, 3, STRING, "associatedBDName", 200, null, 1, M12, M12).xsd("BD_NAME_TYPE_200", 1, 200)
                        .printed("(Associated) Broker or Dealer")
                        .model(Kind.TEXT, "associatedBrokerDealerName",
                            Access.SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_NAME)
                        .set(Access.SET_SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_NAME)
                        .noneWhenAbsent().limitRule("D-XSD-RECIPIENT-NAMES"),
                    e(5, 4, STRING, "associatedBDCRDNumber", 9, null, 1, M12, M12).xsd("CRD_NUMBER_TYPE", 0, 9)
                        .printed("(Associated) Broker or Dealer CRD Number")
                        .model(Kind.TEXT, "associatedBrokerDealerCrdNumber",
                            Access.SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_CRD_NUMBER)
            .set(Access.SET_SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_CRD_NUMBER)
                        .noneWhenAbsent().limitRule("D-XSD-CRD-NUMBER"),
                    address(5, 5, "recipientAddress", M12, Access.SALES_COMPENSATION_RECIPIENT_ADDRESS,
                        Access.SET_SALES_COMPENSATION_RECIPIENT_ADDRESS).label("Address"),
                    e(5, 6, NV, "statesOfSolicitationList", 0, null, 1, M12, M12)
                        .xsd("STATES_OF_SOLICITATION_LIST", 0, 0)
                        .printed("State(s) of Solicitation")
                        .model(Kind.GROUP, "statesOfSolicitation",
                            Access.SALES_COMPENSATION_RECIPIENT_STATES_OF_SOLICITATION)
                        .set(Access.SET_SALES_COMPENSATION_RECIPIENT_STATES_OF_SOLICITATION)
                        .builds(Access.NEW_STATES_OF_SOLICITATION, Access.BUILD_STATES_OF_SOLICITATION)
                        .children(
                        e(6, 1, STRING, "value", 0, "\"All States\"", 1, M9, M9).printed("All States")
                            .model(Kind.ALL_STATES, "allStates", Access.STATES_OF_SOLICITATION_ALL_STATES)
                            .set(Access.SET_STATES_OF_SOLICITATION_ALL_STATES),
                        Field.row(Edition.ELECTRONIC).label("State of solicitation")
                            .model(Kind.GROUP, "states", Access.STATES_OF_SOLICITATION_STATES).list()
                            .set(Access.ADD_STATES_OF_SOLICITATION_STATE)
                            .builds(Access.NEW_STATES_OF_SOLICITATION_ENTRY,
                                Access.BUILD_STATES_OF_SOLICITATION_ENTRY).children(
                            e(6, 1, STRING, "state", 0, "StateSolicitationList", 1, M9, M9)
                                .xsd("STATE_SOLICITATION_CODE", 0, 0).label("State of solicitation")
                                .model(Kind.CODE, "state", Access.STATES_OF_SOLICITATION_ENTRY_STATE).set(
                                    Access.HOLDER_0)
                                .parse(Access.SOLICITATION_STATE_CODE),
                            e(6, 2, STRING, "description", 50, null, 1, O4, O4).xsd("STRING_50_TYPE", 0, 50)
                                .label("State description (EDGAR fills it in)")
                                .model(Kind.TEXT, "description", Access.STATES_OF_SOLICITATION_ENTRY_DESCRIPTION)
                                .set(Access.HOLDER_1)
                                .limitRule("D-XSD-STATE-DESCRIPTION"))),
                    e(5, 7, BOOLEAN, "foreignSolicitation", 0, "TrueFalseList", 1, O, O)
                        .xsd("FOREIGN_SOLICITATION", 0, 0)
                        .printed("Selected if the recipient has solicited sales in foreign countries.")
                        .label("Foreign solicitation")
                        .model(Kind.BOOLEAN, "foreignSolicitation",
                            Access.SALES_COMPENSATION_RECIPIENT_FOREIGN_SOLICITATION)
                        .set(Access.SET_SALES_COMPENSATION_RECIPIENT_FOREIGN_SOLICITATION)),
                e(4, 2, STRING, "over100RecipientFlag", 0, "\"True\"", 1, O, O).xsd("IS_TRUE_TYPE", 0, 0)
                    .printed("Over 100 Recipients").model(Kind.FLAG, "moreThan100Recipients",
                        Access.OFFERING_DATA_MORE_THAN100_RECIPIENTS)
            .set(Access.SET_OFFERING_DATA_MORE_THAN100_RECIPIENTS)),
            e(3, 10, NV, "offeringSalesAmounts", 0, null, 1, M, M).xsd("OFFERING_SALES_AMOUNTS_TYPE", 0, 0).item(13)
                .printed("Offering and Sales Amounts").model(Kind.GROUP, "amounts", Access.OFFERING_DATA_AMOUNTS)
                .set(Access.SET_OFFERING_DATA_AMOUNTS)
                .builds(Access.NEW_OFFERING_SALES_AMOUNTS, Access.BUILD_OFFERING_SALES_AMOUNTS).children(
                e(4, 1, STRING, "totalOfferingAmount", 12, null, 1, M, M).xsd("AMOUNT_OR_INDEFINITE", 0, 12)
                    .printed("Total Offering Amount")
                    .model(Kind.OFFERING_AMOUNT, "totalOfferingAmount",
                        Access.OFFERING_SALES_AMOUNTS_TOTAL_OFFERING_AMOUNT)
                    .set(Access.SET_OFFERING_SALES_AMOUNTS_TOTAL_OFFERING_AMOUNT)
                    .limitRule("D-XSD-AMOUNTS"),
                e(4, 2, STRING, "totalAmountSold", 12, null, 1, M, M).xsd("POSITIVE_INTEGER_TYPE", 0, 12)
                    .printed("Total Amount Sold")
                    .model(Kind.AMOUNT, "totalAmountSold", Access.OFFERING_SALES_AMOUNTS_TOTAL_AMOUNT_SOLD)
                    .set(Access.SET_OFFERING_SALES_AMOUNTS_TOTAL_AMOUNT_SOLD)
                    .limitRule("D-XSD-AMOUNTS"),
                e(4, 3, STRING, "totalRemaining", 12, null, 1, M8, M8).xsd("AMOUNT_OR_INDEFINITE", 0, 12)
                    .printed("Total Remaining to be Sold")
                    .model(Kind.OFFERING_AMOUNT, "totalRemaining", Access.OFFERING_SALES_AMOUNTS_TOTAL_REMAINING)
                    .set(Access.SET_OFFERING_SALES_AMOUNTS_TOTAL_REMAINING)
                    .limitRule("D-XSD-AMOUNTS"),
                e(4, 4, STRING, "clarificationOfResponse", 255, null, 1, O, O).xsd("STRING_255_TYPE", 0, 255)
                    .printed("Clarification of Response (if Necessary)")
                    .model(Kind.TEXT, "clarification", Access.OFFERING_SALES_AMOUNTS_CLARIFICATION)
                    .set(Access.SET_OFFERING_SALES_AMOUNTS_CLARIFICATION)
                    .limitRule("D-XSD-CLARIFICATION-LENGTH")),
            e(3, 11, NV, "investors", 0, null, 1, M, M).xsd("INVESTORS_TYPE", 0, 0).item(14).printed("Investors")
                .model(Kind.GROUP, "investors", Access.OFFERING_DATA_INVESTORS)
                .set(Access.SET_OFFERING_DATA_INVESTORS)
                .builds(Access.NEW_INVESTORS, Access.BUILD_INVESTORS).children(
                e(4, 1, BOOLEAN, "hasNonAccreditedInvestors", 0, "TrueFalseList", 1, M, M).xsd("TRUE_FALSE_TYPE", 0, 0)
                    .printed("Select if securities in the offering have been or may be sold to persons who do not "
                        + "qualify as accredited investors")
                    .label("Sold to non-accredited investors")
                    .model(Kind.BOOLEAN, "hasNonAccreditedInvestors", Access.INVESTORS_HAS_NON_ACCREDITED_INVESTORS)
                    .set(Access.SET_INVESTORS_HAS_NON_ACCREDITED_INVESTORS),
                e(4, 2, STRING, "numberNonAccreditedInvestors", 12, null, 1, O, O).xsd("POSITIVE_INTEGER_TYPE", 0, 12)
                    .printed("Number of such non-accredited investors who already have invested in the offering")
                    .label("Number of non-accredited investors")
                    .model(Kind.COUNT, "numberNonAccreditedInvestors", Access.INVESTORS_NUMBER_NON_ACCREDITED_INVESTORS)
                    .set(Access.SET_INVESTORS_NUMBER_NON_ACCREDITED_INVESTORS)
                    .limitRule("D-XSD-AMOUNTS"),
                e(4, 3, STRING, "totalNumberAlreadyInvested", 12, null, 1, M, M).xsd("POSITIVE_INTEGER_TYPE", 0, 12)
                    .printed("Regardless of whether securities in the offering have been or may be sold to persons "
                        + "who do not qualify as accredited investors, enter the total number of investors who "
                        + "already have invested in the offering:")
                    .label("Total number of investors already invested")
                    .model(Kind.COUNT, "totalNumberAlreadyInvested", Access.INVESTORS_TOTAL_NUMBER_ALREADY_INVESTED)
                    .set(Access.SET_INVESTORS_TOTAL_NUMBER_ALREADY_INVESTED)
                    .limitRule("D-XSD-AMOUNTS")),
            e(3, 12, NV, "salesCommissionsFindersFees", 0, null, 1, M, M).xsd("COMMISSION_FEE_TYPE", 0, 0).item(15)
                .printed("Sales Commissions & Finders' Fee Expenses")
                .model(Kind.GROUP, "commissionsAndFees", Access.OFFERING_DATA_COMMISSIONS_AND_FEES)
                .set(Access.SET_OFFERING_DATA_COMMISSIONS_AND_FEES)
                .builds(Access.NEW_SALES_COMMISSIONS_FINDERS_FEES, Access.BUILD_SALES_COMMISSIONS_FINDERS_FEES)
                    .children(
                estimated(4, 1, "salesCommissions", "Sales Commissions",
                    Access.SALES_COMMISSIONS_FINDERS_FEES_SALES_COMMISSIONS,
                        Access.SET_SALES_COMMISSIONS_FINDERS_FEES_SALES_COMMISSIONS),
                estimated(4, 2, "findersFees", "Finders' Fee", Access.SALES_COMMISSIONS_FINDERS_FEES_FINDERS_FEES,
                    Access.SET_SALES_COMMISSIONS_FINDERS_FEES_FINDERS_FEES),
                e(4, 3, STRING, "clarificationOfResponse", 255, null, 1, O, O).xsd("STRING_255_TYPE", 0, 255)
                    .printed("Clarification of Response (if Necessary)")
                    .model(Kind.TEXT, "clarification", Access.SALES_COMMISSIONS_FINDERS_FEES_CLARIFICATION)
                    .set(Access.SET_SALES_COMMISSIONS_FINDERS_FEES_CLARIFICATION)
                    .limitRule("D-XSD-CLARIFICATION-LENGTH")),
            e(3, 13, NV, "useOfProceeds", 0, null, 1, M, M).xsd("PROCEEDS_USE_TYPE", 0, 0).item(16)
                .printed("Use of Proceeds").model(Kind.GROUP, "useOfProceeds", Access.OFFERING_DATA_USE_OF_PROCEEDS)
                .set(Access.SET_OFFERING_DATA_USE_OF_PROCEEDS)
                .builds(Access.NEW_USE_OF_PROCEEDS, Access.BUILD_USE_OF_PROCEEDS).children(
                estimated(4, 1, "grossProceedsUsed", "Gross proceeds used for payments to executive officers, "
                    + "directors or promoters", Access.USE_OF_PROCEEDS_GROSS_PROCEEDS_USED,
                        Access.SET_USE_OF_PROCEEDS_GROSS_PROCEEDS_USED),
                e(4, 2, STRING, "clarificationOfResponse", 255, null, 1, O, O).xsd("STRING_255_TYPE", 0, 255)
                    .printed("Clarification of Response (if Necessary)")
                    .model(Kind.TEXT, "clarification", Access.USE_OF_PROCEEDS_CLARIFICATION)
                    .set(Access.SET_USE_OF_PROCEEDS_CLARIFICATION)
                    .limitRule("D-XSD-CLARIFICATION-LENGTH")),
            e(3, 14, NV, "signatureBlock", 0, null, 1, M, M).xsd("SIGNATURE_BLOCK_TYPE", 0, 0)
                .section("Signature and Submission").printed("Signature and Submission").fromRoot().alias("signatures")
                .children(
                e(4, 1, NV, "authorizedRepresentative", 0, "TrueFalseList", 1, O, O).xsd("TRUE_FALSE_TYPE", 0, 0)
                    .printed("I also am a duly authorized representative of the other Issuer(s) in Item 1 above and "
                        + "authorized to sign on their behalf.")
                    .label("Authorized representative of the other issuers")
                    .model(Kind.BOOLEAN, "authorizedRepresentative", Access.ELECTRONIC_FORMD_AUTHORIZED_REPRESENTATIVE)
                    .set(Access.SET_ELECTRONIC_FORMD_AUTHORIZED_REPRESENTATIVE),
                e(4, 2, NV, "signature", 0, null, 101, M, M).xsd("SIGNATURE_TYPE", 0, 0).label("Signature")
                    .model(Kind.GROUP, "signatures", Access.ELECTRONIC_FORMD_SIGNATURES)
                    .set(Access.ADD_ELECTRONIC_FORMD_SIGNATURE)
                    .builds(Access.NEW_SIGNATURE, Access.BUILD_SIGNATURE).list().limitRule("D-XSD-LIST-LIMITS")
                    .children(
                    e(5, 1, STRING, "issuerName", 150, null, 1, M, M).xsd("ENTITY_NAME_TYPE", 1, 150).printed("Issuer")
                        .model(Kind.TEXT, "issuerName", Access.SIGNATURE_ISSUER_NAME)
                        .set(Access.SET_SIGNATURE_ISSUER_NAME).missingAs("")
                        .limitRule("D-XSD-SIGNATURE-FIELDS"),
                    e(5, 2, STRING, "signatureName", 30, null, 1, M, M).xsd(null, 1, 30).printed("Signature")
                        .model(Kind.TEXT, "signature", Access.SIGNATURE_SIGNATURE)
                        .set(Access.SET_SIGNATURE_SIGNATURE)
                        .limitRule("D-XSD-SIGNATURE-FIELDS"),
                    e(5, 3, STRING, "nameOfSigner", 150, null, 1, M, M).xsd("ENTITY_NAME_TYPE", 1, 150)
                        .printed("Name of Signer").model(Kind.TEXT, "signerName", Access.SIGNATURE_SIGNER_NAME)
                        .set(Access.SET_SIGNATURE_SIGNER_NAME).missingAs("")
                        .limitRule("D-XSD-SIGNATURE-FIELDS"),
                    e(5, 4, STRING, "signatureTitle", 60, null, 1, M, M).xsd(null, 1, 60).printed("Title")
                        .model(Kind.TEXT, "title", Access.SIGNATURE_TITLE)
                        .set(Access.SET_SIGNATURE_TITLE).missingAs("")
                        .limitRule("D-XSD-SIGNATURE-FIELDS"),
                    e(5, 5, DATE, "signatureDate", 0, null, 1, M, M).xsd("xs:date", 0, 0).printed("Date")
                        .model(Kind.DATE, "date", Access.SIGNATURE_DATE)
                        .set(Access.SET_SIGNATURE_DATE)))));
  }

  /**
   * What a reader fills for a model value that has no builder ({@code InvestmentFundInfo}, {@code EstimatedAmount},
   * made with {@code of}): one slot per property, named so that a missing one is reported as Immutables does.
   */
  static final class Holder {
    private final String[] names;
    private final Object[] values;

    Holder(String... names) {
      this.names = names;
      this.values = new Object[names.length];
    }

    static Supplier<Holder> of(String... names) {
      return () -> new Holder(names);
    }

    static <B, V> BiConsumer<B, V> at(int index) {
      return (holder, value) -> ((Holder) holder).values[index] = value;
    }

    void set(int index, Object value) {
      values[index] = value;
    }

    Object get(int index) {
      return values[index];
    }

    Object required(int index) {
      if (values[index] == null) {
        throw new IllegalStateException("Cannot build the value, some of required attributes are not set ["
            + names[index] + "]");
      }
      return values[index];
    }
  }

  /**
   * A code, or the label of a paper-only value ({@code Beneficial Owner}) that the writer gives for it: the model
   * holds it, and the rules report it in an electronic filing. For the two types that have paper labels,
   * {@code EntityType} and {@code Relationship}.
   */
  static Object orPaperLabel(String code, Class<?> type) {
    Object paper = code == null ? null : PaperLabels.BY_TYPE.get(type).get(code);
    if (paper != null) {
      return paper;
    }
    if (type == EntityType.class) {
      return EntityType.fromEdgar(code);
    }
    if (type == Relationship.class) {
      return Relationship.fromEdgar(code);
    }
    throw new IllegalArgumentException(type + " has no paper labels");
  }

  /**
   * The paper form's labels of the values without an EDGAR code, by type: looked up before the EDGAR code, with no
   * exception for each paper filing's cell; a label that is also an EDGAR code is left out, so the code wins.
   */
  private static final class PaperLabels {
    static final Map<Class<?>, Map<String, Object>> BY_TYPE = Map.of(
        EntityType.class, labels(EntityType.values(), v -> v.edgarCodeIfAny().orElse(null)),
        Relationship.class, labels(Relationship.values(), v -> v.edgarCodeIfAny().orElse(null)));

    private static <T extends Enum<T> & EdgarCode> Map<String, Object> labels(T[] values, Function<T, String> code) {
      Set<String> codes = new HashSet<>();
      for (T value : values) {
        Optional.ofNullable(code.apply(value)).ifPresent(codes::add);
      }
      Map<String, Object> labels = new HashMap<>();
      for (T value : values) {
        if (code.apply(value) == null && !codes.contains(value.label())) {
          labels.putIfAbsent(value.label(), value);
        }
      }
      return Map.copyOf(labels);
    }
  }

  /** {@code primaryIssuer} and each {@code issuerList/issuer}: XSD type {@code ISSUER_TYPE}. */
  private static Field.Builder issuer(int level, int order, String element, Applicability applicability) {
    int l = level + 1;
    return e(level, order, NV, element, 0, null, element.equals("issuer") ? 99 : 1, applicability, applicability)
        .xsd("ISSUER_TYPE", 0, 0).item(1).children(
        e(l, 1, STRING, "cik", 10, null, 1, M, M).xsd("CIK_TYPE", 1, 10).printed("CIK (Filer ID Number)")
            .model(Kind.TEXT, "cik", Access.ISSUER_CIK).set(Access.SET_ISSUER_CIK)
            .limitRule("D-XSD-CIK"),
        e(l, 2, STRING, "ccc", 8, null, 1, O2, O2).xsd("CCC_TYPE", 8, 8).label("CIK confirmation code (CCC)")
            .model(Kind.TEXT, "ccc", Access.ISSUER_CCC).set(Access.SET_ISSUER_CCC),
        e(l, 3, STRING, "entityName", 150, null, 1, O4, O4).xsd("ENTITY_NAME_TYPE", 1, 150).printed("Name of Issuer")
            .model(Kind.TEXT, "name", Access.ISSUER_NAME).set(Access.SET_ISSUER_NAME)
            .limitRule("D-XSD-ISSUER-NAME"),
        address(l, 4, "issuerAddress", M, Access.ISSUER_ADDRESS, Access.SET_ISSUER_ADDRESS).item(2)
            .printed("Principal Place of Business and Contact Information"),
        e(l, 5, STRING, "issuerPhoneNumber", 20, null, 1, M, M).xsd("FORM_D_PHONE_NUMBER_TYPE", 1, 20).item(2)
            .printed("Phone No. of Issuer").model(Kind.TEXT, "phone", Access.ISSUER_PHONE)
            .set(Access.SET_ISSUER_PHONE).missingAs("").limitRule("D-XSD-PHONE"),
        e(l, 6, STRING, "jurisdictionOfInc", 50, null, 1, O3, O3).xsd("STRING_50_TYPE", 0, 50)
            .printed("Jurisdiction of Incorporation/Organization")
            .model(Kind.TEXT, "jurisdictionOfIncorporation", Access.ISSUER_JURISDICTION_OF_INCORPORATION)
            .set(Access.SET_ISSUER_JURISDICTION_OF_INCORPORATION)
            .limitRule("D-XSD-JURISDICTION"),
        names(l, 7, "issuerPreviousNameList", M, M7, "previousNames", Access.ISSUER_PREVIOUS_NAMES,
            Access.SET_ISSUER_PREVIOUS_NAMES).printed("Previous Name(s)"),
        names(l, 8, "edgarPreviousNameList", O4, O4, "edgarPreviousNames", Access.ISSUER_EDGAR_PREVIOUS_NAMES,
            Access.SET_ISSUER_EDGAR_PREVIOUS_NAMES)
            .label("Previous names on EDGAR (EDGAR fills them in)"),
        e(l, 9, STRING, "entityType", 0, "EntityTypeList", 1, M, M).xsd("ENTITY_TYPE_TYPE", 0, 0).printed("Entity Type")
            .model(Kind.CODE, "entityType", Access.ISSUER_ENTITY_TYPE)
            .set(Access.SET_ISSUER_ENTITY_TYPE)
            .parse(Access.ENTITY_TYPE_OR_PAPER_LABEL),
        e(l, 10, STRING, "entityTypeOtherDesc", 255, null, 1, M6, M6).xsd("STRING_255_TYPE", 0, 255)
            .label("Entity Type, Other (describe)")
            .model(Kind.TEXT, "entityTypeOtherDescription", Access.ISSUER_ENTITY_TYPE_OTHER_DESCRIPTION)
            .set(Access.SET_ISSUER_ENTITY_TYPE_OTHER_DESCRIPTION)
            .limitRule("D-XSD-ENTITY-OTHER-DESC-LENGTH"),
        e(l, 11, NV, "yearOfInc", 0, null, 1, M, M).xsd("YEAR_INC_TYPE", 0, 0)
            .printed("Year of Incorporation/Organization")
            .model(Kind.GROUP, "yearOfIncorporation", Access.ISSUER_YEAR_OF_INCORPORATION)
            .set(Access.SET_ISSUER_YEAR_OF_INCORPORATION)
            .builds(Access.NEW_YEAR_OF_INCORPORATION, Access.BUILD_YEAR_OF_INCORPORATION).children(
            yearKind(l + 1, "withinFiveYears", "Within Last Five Years (Specify Year)",
                YearOfIncorporation.Kind.WITHIN_FIVE_YEARS),
            yearKind(l + 1, "yetToBeFormed", "Yet to be Formed", YearOfIncorporation.Kind.YET_TO_BE_FORMED),
            yearKind(l + 1, "overFiveYears", "Over Five Years", YearOfIncorporation.Kind.OVER_FIVE_YEARS),
            e(l + 1, 2, STRING, "value", 4, null, 1, M3, M3).xsd("YEAR_VALUE_TYPE", 0, 0)
                .label("Year of Incorporation/Organization").model(Kind.YEAR, "year", Access.YEAR_OF_INCORPORATION_YEAR)
                .set(Access.SET_YEAR_OF_INCORPORATION_YEAR)));
  }

  private static Field.Builder yearKind(int level, String element, String printed, YearOfIncorporation.Kind kind) {
    return e(level, 1, BOOLEAN, element, 0, "\"True\"", 1, M9, M9).xsd("IS_TRUE_TYPE", 0, 0).printed(printed)
        .model(Kind.YEAR_KIND, "kind", Access.YEAR_OF_INCORPORATION_KIND)
        .set(Access.SET_YEAR_OF_INCORPORATION_KIND).constant(kind);
  }

  private static Field.Builder names(int level, int order, String element, Applicability list, Applicability values,
      String property, Access accessor, Access setter) {
    return e(level, order, NV, element, 0, null, 1, list, list).xsd("NAMES_LIST_TYPE", 0, 0)
        .model(Kind.GROUP, property, accessor).set(setter)
        .builds(Access.NEW_PREVIOUS_NAMES, Access.BUILD_PREVIOUS_NAMES).children(
        e(level + 1, 1, STRING, "value", 0, "\"None\"", 1, values, values).xsd("NONE_TYPE", 0, 0).label("None")
            .model(Kind.NONE, "none", Access.PREVIOUS_NAMES_NONE)
            .set(Access.SET_PREVIOUS_NAMES_NONE),
        e(level + 1, 2, STRING, "previousName", 150, null, 3, values, values).xsd("ENTITY_NAME_TYPE", 1, 150)
            .printed("Previous Name(s)").model(Kind.TEXT, "names", Access.PREVIOUS_NAMES_NAMES)
            .set(Access.ADD_PREVIOUS_NAMES_NAME).list()
            .limitRule("D-XSD-PREVIOUS-NAMES"));
  }

  /** {@code FORM_D_ADDRESS_TYPE}: the issuer's, a related person's, a recipient's. */
  private static Field.Builder address(int level, int order, String element, Applicability required,
      Access accessor, Access setter) {
    int l = level + 1;
    return e(level, order, NV, element, 0, null, 1, required, required).xsd("FORM_D_ADDRESS_TYPE", 0, 0)
        .model(Kind.GROUP, "address", accessor).set(setter)
        .builds(Access.NEW_ADDRESS, Access.BUILD_ADDRESS).children(
        e(l, 1, STRING, "street1", 40, null, 1, required, required).xsd("FORM_D_STREET_TYPE", 1, 40)
            .printed("Street Address 1").model(Kind.TEXT, "street1", Access.ADDRESS_STREET1)
            .set(Access.SET_ADDRESS_STREET1).missingAs("").limitRule("D-XSD-STREET"),
        e(l, 2, STRING, "street2", 40, null, 1, O, O).xsd("FORM_D_STREET_TYPE", 1, 40)
            .printed("Street Address 2").model(Kind.TEXT, "street2", Access.ADDRESS_STREET2)
            .set(Access.SET_ADDRESS_STREET2).limitRule("D-XSD-STREET"),
        e(l, 3, STRING, "city", 30, null, 1, required, required).xsd("FORM_D_CITY_TYPE", 1, 30).printed("City")
            .model(Kind.TEXT, "city", Access.ADDRESS_CITY).set(Access.SET_ADDRESS_CITY).missingAs("")
            .limitRule("D-XSD-CITY"),
        e(l, 4, STRING, "stateOrCountry", 0, "StateCodeList", 1, required, required).xsd("STATE_COUNTRY_CODE", 0, 0)
            .printed("State/Province/Country").model(Kind.CODE, "stateOrCountry", Access.ADDRESS_STATE_OR_COUNTRY)
            .set(Access.SET_ADDRESS_STATE_OR_COUNTRY).parse(Access.STATE_OR_COUNTRY_CODE),
        e(l, 5, STRING, "stateOrCountryDescription", 50, null, 1, O4, O4).xsd("STRING_50_TYPE", 0, 50)
            .label("State/Province/Country (EDGAR's description)")
            .model(Kind.TEXT, "stateOrCountryDescription", Access.ADDRESS_STATE_OR_COUNTRY_DESCRIPTION)
            .set(Access.SET_ADDRESS_STATE_OR_COUNTRY_DESCRIPTION)
            .limitRule("D-XSD-STATE-DESCRIPTION"),
        e(l, 6, STRING, "zipCode", 10, null, 1, required, required).xsd("FORM_D_ZIP_CODE_TYPE", 1, 10)
            .printed("Zip/Postal Code").model(Kind.TEXT, "zipCode", Access.ADDRESS_ZIP_CODE)
            .set(Access.SET_ADDRESS_ZIP_CODE).missingAs("").limitRule("D-XSD-ZIP"));
  }

  /** {@code AMOUNT_ESTIMATE_TYPE}: Items 15 and 16. */
  private static Field.Builder estimated(int level, int order, String element, String printed,
      Access accessor, Access setter) {
    return e(level, order, NV, element, 0, null, 1, M, M).xsd("AMOUNT_ESTIMATE_TYPE", 0, 0).printed(printed)
        .model(Kind.GROUP, element, accessor).set(setter)
        .builds(Access.NEW_ESTIMATED_AMOUNT, Access.BUILD_ESTIMATED_AMOUNT).children(
        e(level + 1, 1, DECIMAL, "dollarAmount", 12, null, 1, M, M).xsd("POSITIVE_INTEGER_TYPE", 0, 12)
            .label(printed + " (USD)").model(Kind.AMOUNT, "amount", Access.ESTIMATED_AMOUNT_AMOUNT).set(Access.HOLDER_0)
            .limitRule("D-XSD-AMOUNTS"),
        e(level + 1, 2, BOOLEAN, "isEstimate", 0, "\"True\"", 1, O, O).xsd("IS_TRUE_TYPE", 0, 0)
            .label(printed + " (Estimate)").model(Kind.FLAG, "estimate", Access.ESTIMATED_AMOUNT_ESTIMATE).set(
                Access.HOLDER_1));
  }

  /** Item 9's flags, one per {@link SecurityType}, and the description of "Other". */
  private static List<Field.Builder> securityTypes() {
    List<Field.Builder> rows = new ArrayList<>();
    int order = 1;
    for (SecurityType type : SecurityType.values()) {
      rows.add(e(4, order++, BOOLEAN, type.edgarCode(), 0, "\"True\"", 1, M10, M10).xsd("IS_TRUE_TYPE", 0, 0)
          .printed(type == SecurityType.OTHER ? "Other (describe)" : type.label())
          .model(Kind.SECURITY_TYPE, "securityTypes", Access.OFFERING_DATA_SECURITY_TYPES)
          .set(Access.ADD_OFFERING_DATA_SECURITY_TYPE).constant(type));
    }
    rows.add(e(4, order, STRING, "descriptionOfOtherType", 255, null, 1, M10, M10).xsd("STRING_255_TYPE", 0, 255)
        .label("Other (describe)").model(Kind.TEXT, "otherSecurityTypeDescription",
            Access.OFFERING_DATA_OTHER_SECURITY_TYPE_DESCRIPTION)
            .set(Access.SET_OFFERING_DATA_OTHER_SECURITY_TYPE_DESCRIPTION)
        .limitRule("D-XSD-CLARIFICATION-LENGTH"));
    return rows;
  }
}
