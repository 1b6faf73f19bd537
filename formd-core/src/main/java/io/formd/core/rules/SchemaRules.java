package io.formd.core.rules;

import io.formd.core.fields.Field;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.internal.FieldWalk;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.PersonName;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.Signature;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the SEC's Form D schema ({@code Form_D.definition.xsd}, X0808) enforces and the model's types do not:
 * lengths, formats, required elements, list limits. A filing that breaks one would be rejected by EDGAR. Two
 * rules concern the XML text itself: characters XML 1.0 cannot carry at all (an ERROR), and outer whitespace
 * (a WARNING: the schema's string types keep it, so EDGAR accepts and stores it, but the printed form does not show
 * it and a text that differs from another only by a stray space is almost always a typing slip).
 */
final class SchemaRules {

  static final String XSD = "Form_D.definition.xsd, ";
  // The schema's patterns and lengths, from the field table (one row stands for all elements of its type).
  private static final Field CIK = row("issuers[0].cik");
  private static final Field ZIP = row("issuers[0].address.zipCode");
  private static final Field ACCESSION = row("offering.typeOfFiling.previousAccessionNumber");
  private static final Field EMAIL = row("contactData.email");
  private static final Rule.ElectronicCheck NAME_LIMITS = FieldLimits.check("D-XSD-PERSON-NAME");
  private static final Rule.ElectronicCheck SIGNATURE_LIMITS = FieldLimits.check("D-XSD-SIGNATURE-FIELDS");
  private static final Rule.ElectronicCheck CONTACT_LIMITS = FieldLimits.check("D-XSD-CONTACT");

  /** §6's and §3.4's longest e-mail address. */
  private static final int MAX_EMAIL = 80;

  private SchemaRules() {}

  private static Field row(String path) {
    return FormDFields.find(path).orElseThrow();
  }

  static List<Rule> rules() {
    return List.of(
        Rule.builder("D-XSD-CIK").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a CIK is 1 to 10 digits; EDGAR identifies each issuer "
                + "by it.")
            .fix("Give each issuer's Central Index Key as EDGAR issued it: 1 to 10 digits (leading zeros optional).")
            .severity(Severity.ERROR).citation(XSD + "CIK_TYPE (Item 1)")
            .summary("every issuer has a CIK of 1 to 10 digits")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  Optional<String> cik = issuer.cik();
                  if (cik.isEmpty()) {
                    r.report(path + ".cik", "the issuer " + issuer.name().orElse("")
                        + " has no CIK; EDGAR requires one");
                  } else if (!CIK.matchesXsd(cik.get())) {
                    r.report(path + ".cik", "CIK '" + cik.get() + "' is not 1 to 10 digits", "cik", cik.get());
                  }
                }
              }
            }).build(),
        Rule.builder("D-XSD-ISSUER-NAME").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: an entity name is at most 150 characters. A submission "
                + "may leave it out, as EDGAR fills it in from the CIK.")
            .fix("Shorten the issuer's name to 150 characters (EDGAR's conformed name; a submission leaves it out).")
            .basis(Basis.XSD_FORBIDS)
            .severity(Severity.ERROR).citation(XSD + "ENTITY_NAME_TYPE (Item 1 entityName, minOccurs 0); EDGAR Form D "
                + "XML Technical Specification v13 §3.3 o#4 (EDGAR fills entityName in from its records)")
            .summary("issuer names are at most 150 characters; a submission leaves the name out: EDGAR fills it in")
            // The model holds an absent entityName as an empty name.
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  if (issuer.name().orElse("").length() > 150) { // the path is spelled only for a finding
                    length(r, path + ".name", issuer.name().orElse(""), 0, 150);
                  }
                }
              }
            }).build(),
        Rule.builder("D-XSD-XML-CHARACTERS").datedByDocument()
            .why("Every text of the document is an XML string: a control character or an unpaired surrogate "
                + "makes the document not well-formed XML, which EDGAR cannot even parse.")
            .fix("Remove the control character (often pasted from a word processor) from the text the finding names.")
            .basis(Basis.XSD_FORBIDS)
            .severity(Severity.ERROR).citation("XML 1.0 (Fifth Edition) §2.2 Char, which every XSD string type "
                + "inherits")
            .summary("texts hold only characters XML can carry (no control characters but tab and line breaks, "
                + "no unpaired surrogates, no U+FFFE/U+FFFF)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (!FieldLimits.marked(f, c, FieldLimits.NON_XML_CHARACTER)) {
                  return;
                }
                FieldLimits.allTexts(f, c, FieldLimits.NON_XML_CHARACTER,
                  text -> firstNonXmlCharacter(text) >= 0, (path, text) -> {
                int at = firstNonXmlCharacter(text);
                String code = String.format(Locale.ROOT, "U+%04X", (int) text.charAt(at));
                r.report(path, "holds the character " + code + " at index " + at
                    + ", which XML cannot carry; EDGAR cannot accept the document", "character", code, "index", at);
              });
              }
            }).build(),
        Rule.builder("D-XSD-OUTER-WHITESPACE").datedByDocument()
            .why("The schema's string types keep whitespace as written, so spaces or line breaks around a text "
                + "reach the published copy and every reader of it; a text that is only whitespace is an error "
                + "EDGAR suspends (D-EDGAR-BLANK-REQUIRED).")
            .fix("Remove the spaces, tabs or line breaks before and after the text.")
            .severity(Severity.WARNING)
            .citation("XML Schema 1.1 Part 2 §4.3.6 whiteSpace: the string types of " + XSD
                + "restrict xs:string, which preserves whitespace, so EDGAR keeps it as sent")
            .summary("texts do not begin or end with whitespace")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (!FieldLimits.marked(f, c, FieldLimits.OUTER_WHITESPACE)) {
                  return;
                }
                FieldLimits.allTexts(f, c, FieldLimits.OUTER_WHITESPACE,
                  t -> hasOuterWhitespace(t) && !t.isBlank(), (path, text) ->
                  r.report(path, "'" + text + "' begins or ends with whitespace, which EDGAR stores as sent but the "
                      + "printed form does not show; did you mean '" + text.trim() + "'?"));
              }
            }).build(),
        Rule.builder("D-XSD-PHONE").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a telephone number is 1 to 20 characters.")
            .fix("Write the telephone number in at most 20 characters, without an extension's words.")
            .severity(Severity.ERROR).citation(XSD + "FORM_D_PHONE_NUMBER_TYPE (Item 2)")
            .summary("issuer telephone numbers are 1 to 20 characters")
            .checkElectronic(FieldLimits.check("D-XSD-PHONE")).build(),
        Rule.builder("D-XSD-JURISDICTION").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: the jurisdiction of incorporation is at most 50 "
                + "characters.")
            .fix("Write the jurisdiction of incorporation in at most 50 characters.")
            .severity(Severity.ERROR).citation(XSD + "STRING_50_TYPE (Item 1 jurisdictionOfInc)")
            .summary("the jurisdiction of incorporation is at most 50 characters")
            .checkElectronic(FieldLimits.check("D-XSD-JURISDICTION")).build(),
        Rule.builder("D-XSD-STREET").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: each street line is 1 to 40 characters.")
            .fix("Shorten the street line to 40 characters; put the rest (suite, floor) in Street Address 2.")
            .severity(Severity.ERROR).citation(XSD + "FORM_D_STREET_TYPE")
            .summary("street lines are 1 to 40 characters")
            .checkElectronic(FieldLimits.check("D-XSD-STREET")).build(),
        Rule.builder("D-XSD-CITY").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a city is 1 to 30 characters.")
            .fix("Write the city in 1 to 30 characters.")
            .severity(Severity.ERROR).citation(XSD + "FORM_D_CITY_TYPE")
            .summary("cities are 1 to 30 characters")
            .checkElectronic(FieldLimits.check("D-XSD-CITY")).build(),
        Rule.builder("D-XSD-ZIP").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a ZIP or postal code is 1 to 10 letters, digits, "
                + "spaces, '#' or '-'.")
            .fix("Write the ZIP or postal code with letters, digits, spaces, '#' or '-' only, at most 10 characters.")
            .severity(Severity.ERROR).citation(XSD + "FORM_D_ZIP_CODE_TYPE")
            .summary("ZIP and postal codes are 1 to 10 letters, digits, spaces, '#' or '-'")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                FieldLimits.texts("D-XSD-ZIP", f, c, (at, zip) -> {
                if (!zip.isEmpty() && !ZIP.matchesXsd(zip)) { // none at all: D-EDGAR-ZIP, D-EDGAR-RECIPIENT-COMPLETE
                  r.report(at.path(), "ZIP code '" + zip + "' is not 1 to 10 letters, digits, spaces, '#' or '-'",
                      "zipCode", zip);
                }
              });
              }
            }).build(),
        Rule.builder("D-XSD-STATE-DESCRIPTION").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a state or country description is at most 50 "
                + "characters.")
            .fix("Write the state or country description in at most 50 characters (a submission may leave it out).")
            .severity(Severity.ERROR).citation(XSD + "STRING_50_TYPE (stateOrCountryDescription, description)")
            .summary("state and country descriptions are at most 50 characters")
            .checkElectronic(FieldLimits.check("D-XSD-STATE-DESCRIPTION")).build(),
        Rule.builder("D-XSD-ENTITY-TYPE").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: the entity type is one of the six values of "
                + "ENTITY_TYPE_TYPE (the paper form's business organisations are not among them).")
            .fix("Choose the issuer's entity type in Item 1 (Corporation, Limited Partnership, ..., Other with a "
                + "description).")
            .severity(Severity.ERROR).citation(XSD + "ENTITY_TYPE_TYPE (Item 1 entityType)")
            .summary("every issuer gives one of the six electronic entity types")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  if (issuer.entityType().isEmpty()) {
                    r.report(path + ".entityType", "the issuer " + issuer.name().orElse("")
                        + " gives no entity type; Item 1 requires one");
                  } else if (issuer.entityType().get().edgarCodeIfAny().isEmpty()) {
                    r.report(path + ".entityType", "entity type '" + issuer.entityType().get().label()
                        + "' exists only on the paper form; the electronic form offers "
                        + "Corporation, Limited Partnership, Limited Liability Company, General Partnership, Business "
                            + "Trust "
                            + "or Other",
                        "entityType", issuer.entityType().get());
                  }
                }
              }
            }).build(),
        Rule.builder("D-XSD-ENTITY-OTHER-DESC-LENGTH").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: the description of an Other entity type is at most 255 "
                + "characters.")
            .fix("Describe the 'Other' entity type in at most 255 characters.")
            .severity(Severity.ERROR).citation(XSD + "STRING_255_TYPE (entityTypeOtherDesc)")
            .summary("the description of an 'Other' entity type is at most 255 characters")
            .checkElectronic(FieldLimits.check("D-XSD-ENTITY-OTHER-DESC-LENGTH")).build(),
        Rule.builder("D-XSD-YEAR-OF-INC").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: Item 1 answers the year of incorporation with exactly "
                + "one choice (over five years, within five years with a four-digit year, or yet to be formed).")
            .fix("Check one box of Item 1's Year of Incorporation/Organization (over five years ago, within the last "
                + "five years with the year, or yet to be formed); the year, when given, is four digits from 2000 to "
                + "2999 (the schema's pattern).")
            .severity(Severity.ERROR).citation(XSD + "YEAR_INC_TYPE, YEAR_VALUE_TYPE (Item 1 yearOfInc)")
            .summary("every issuer answers the year of incorporation; a year given is four digits 2xxx")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  if (issuer.yearOfIncorporation().isEmpty()) {
                    r.report(path + ".yearOfIncorporation", "the issuer " + issuer.name().orElse("")
                        + " does not answer the year of incorporation (over five years ago, within five years, or yet "
                        + "to be formed)");
                    continue;
                  }
                  Optional<Year> year = issuer.yearOfIncorporation().get().year();
                  if (year.isPresent() && (year.get().getValue() < 2000 || year.get().getValue() > 2999)) {
                    r.report(path + ".yearOfIncorporation.year", "year of incorporation " + year.get()
                        + " does not match the schema's pattern 2xxx", "year", year.get());
                  }
                }
              }
            }).build(),
        Rule.builder("D-XSD-PREVIOUS-NAMES").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a previous-name list holds at most three names of 1 to "
                + "150 characters.")
            .fix("List at most three previous names of 1 to 150 characters each (or None).")
            .severity(Severity.ERROR).citation(XSD + "NAMES_LIST_TYPE (at most 3 previousName of 1 to 150 characters)")
            .summary("previous-name lists hold at most three names of 1 to 150 characters")
            .checkElectronic(FieldLimits.check("D-XSD-PREVIOUS-NAMES")).build(),
        Rule.builder("D-XSD-PERSON-NAME").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a related person has a first name and a last name, and "
                + "the schema bounds their lengths.")
            .fix("Give each related person a last name (1-200 characters) and a first name (1-150); split a name "
                + "written whole.")
            .severity(Severity.ERROR).citation(XSD + "NAME_TYPE_W_LAST_NAME_200 (Item 3 relatedPersonName)")
            .summary("related persons have a first name (1-150), optional middle name (1-150) and last name (1-200)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.relatedPersons().size(); n++) {
                  String path = Walk.personPath(n);
                  RelatedPerson person = f.relatedPersons().get(n);
                  PersonName name = person.name();
                  if (name.asWritten().isPresent()) {
                    r.report(path + ".name", "the name '" + name.asWritten().get()
                        + "' is a paper-form full name; the electronic form needs first and last name separately");
                  } else if (name.firstName().isEmpty()) {
                    r.report(path + ".name.firstName", "related person " + name.displayName()
                        + " has no first name (entities conventionally write N/A)");
                  }
                }
                NAME_LIMITS.check(f, c, r);
              }
            }).build(),
        Rule.builder("D-XSD-RELATIONSHIPS").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: each related person has one to three of the electronic "
                + "form's relationships (Executive Officer, Director, Promoter).")
            .fix("Check at least one relationship for each related person (Executive Officer, Director, Promoter).")
            .severity(Severity.ERROR).citation(XSD + "RELATIONSHIP_LIST_TYPE, RELATIONSHIP_TYPE (Item 3)")
            .summary("each related person has 1 to 3 electronic relationships")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.relatedPersons().size(); n++) {
                  String path = Walk.personPath(n);
                  RelatedPerson person = f.relatedPersons().get(n);
                  if (!person.relationships().isRecorded() || person.relationships().value().isEmpty()) {
                    r.report(path + ".relationships", "related person " + person.name().displayName()
                        + " has no relationship; expected one or more of Executive Officer, Director, Promoter");
                    continue;
                  }
                  List<Relationship> list = person.relationships().value();
                  if (list.size() > 3) {
                    r.report(path + ".relationships", "lists " + list.size()
                        + " relationships; the schema allows at most 3",
                        "count", list.size());
                  }
                  for (int i = 0; i < list.size(); i++) {
                    Relationship relationship = list.get(i);
                    if (relationship.edgarCodeIfAny().isEmpty()) {
                      r.report(path + ".relationships[" + i + "]", "'" + relationship.label()
                          + "' is a paper-form role; the electronic form offers Executive Officer, Director, Promoter",
                          "relationship", relationship.label());
                    }
                  }
                }
              }
            }).build(),
        Rule.builder("D-XSD-CLARIFICATION-LENGTH").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: clarifications and descriptions are at most 255 "
                + "characters.")
            .fix("Shorten the clarification or description to 255 characters.")
            .severity(Severity.ERROR).citation(XSD + "STRING_255_TYPE (clarifications and descriptions)")
            .summary("clarifications and descriptions are at most 255 characters")
            .checkElectronic(FieldLimits.check("D-XSD-CLARIFICATION-LENGTH")).build(),
        Rule.builder("D-XSD-LIST-LIMITS").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: the lists are bounded (99 co-issuers, 100 related "
                + "persons, 100 recipients); a larger offering checks the over-100 box instead.")
            .fix("Keep to the schema's lists: 99 co-issuers, 100 related persons (check 'over 100' for more), 100 "
                + "recipients, 21 exemption items, 101 signatures.")
            .severity(Severity.ERROR).citation(XSD + "ADDITIONAL_ISSUER_TYPE, RELATED_PERSONS_LIST, "
                + "SALES_COMPENSATION_LIST, FED_EXEMPT_EXCLUDE_TYPE, SIGNATURE_BLOCK_TYPE")
            .summary("at most 99 co-issuers, 100 related persons, 100 recipients, 21 exemption items and 101 "
                + "signatures")
            .checkElectronic(FieldLimits.check("D-XSD-LIST-LIMITS")).build(),
        Rule.builder("D-XSD-ACCESSION-NUMBER").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a previous accession number is digits and hyphens in "
                + "the form nnnnnnnnnn-nn-nnnnnn.")
            .fix("Copy the previous filing's accession number as EDGAR shows it: 0001234567-24-000001.")
            .severity(Severity.ERROR).citation(XSD + "FORMD_ACCESSION_NUMBER_TYPE (Item 7 previousAccessionNumber)")
            .summary("a previous accession number has the form nnnnnnnnnn-nn-nnnnnn")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<String> accession = f.offering().typeOfFiling().previousAccessionNumber();
                if (accession.isPresent() && (!ACCESSION.matchesXsd(accession.get()) || accession.get().isEmpty())) {
                  r.report("offering.typeOfFiling.previousAccessionNumber", "accession number '" + accession.get()
                      + "' is not of the form 0001234567-24-000001 (10, 2 and 6 digits)", "accessionNumber",
                      accession.get());
                }
              }
            }).build(),
        Rule.builder("D-XSD-AMOUNTS").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: the electronic form's amounts are whole dollars of at "
                + "most 12 digits (no cents, no signs).")
            .fix("Write dollar amounts as whole dollars of at most 12 digits (the electronic form has no cents).")
            .severity(Severity.ERROR).citation(XSD + "POSITIVE_INTEGER_TYPE, AMOUNT_OR_INDEFINITE (Items 11, 13, 15, "
                + "16)")
            .summary("electronic amounts are whole dollars of at most 12 digits")
            .checkElectronic(FieldLimits.check("D-XSD-AMOUNTS")).build(),
        Rule.builder("D-XSD-SIGNATURE-FIELDS").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a signature has its typed signature, the issuer's and "
                + "signer's names and a title, each within its length.")
            .fix("Complete each signature: the typed signature (1-30 characters), issuer and signer names (1-150) and "
                + "the title (1-60).")
            .severity(Severity.ERROR).citation(XSD + "SIGNATURE_TYPE (signatureName 1-30, signatureTitle 1-60, names "
                + "1-150)")
            .summary("each signature has a typed signature (1-30), issuer and signer names (1-150) and a title (1-60)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int i = 0; i < f.signatures().size(); i++) {
                  Signature s = f.signatures().get(i);
                  if (s.signature().isEmpty()) {
                    r.report("signatures[" + i + "].signature", "signature " + (i + 1)
                        + " has no typed signature (e.g. '/s/ " + s.signerName() + "')");
                  }
                }
                SIGNATURE_LIMITS.check(f, c, r);
              }
            }).build(),
        Rule.builder("D-XSD-CRD-NUMBER").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a CRD number is 1 to 9 digits, or None where the "
                + "recipient or broker-dealer has none.")
            .fix("Write a CRD number as 1 to 9 digits, or None when the recipient or broker-dealer has none.")
            .severity(Severity.ERROR).citation(XSD + "CRD_NUMBER_TYPE (Item 12)")
            .summary("CRD numbers are 1 to 9 digits (or None)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                FieldLimits.texts("D-XSD-CRD-NUMBER", f, c, (at, n) -> crd(r, at, n));
              }
            })
            .build(),
        Rule.builder("D-XSD-RECIPIENT-NAMES").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: recipient and broker-dealer names are 1 to 200 "
                + "characters.")
            .fix("Write recipient and broker-dealer names in 1 to 200 characters (None for no broker-dealer).")
            .severity(Severity.ERROR).citation(XSD + "STRING_200_TYPE, BD_NAME_TYPE_200 (Item 12)")
            .summary("recipient and broker-dealer names are 1 to 200 characters")
            .checkElectronic(FieldLimits.check("D-XSD-RECIPIENT-NAMES")).build(),
        Rule.builder("D-XSD-SCHEMA-VERSION").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a schema version is five characters such as X0708.")
            .fix("Remove schemaVersion (EDGAR inserts it), or write it as 5 characters such as X0808.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING).citation(XSD + "SCHEMA_VERSION_TYPE")
            .summary("a schema version is 5 characters such as X0708")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<String> version = f.schemaVersion();
                if (version.isPresent() && version.get().length() != 5) {
                  r.report("schemaVersion", "schema version '" + version.get() + "' is not 5 characters (e.g. X0708)",
                      "schemaVersion", version.get());
                }
              }
            }).build(),
        Rule.builder("D-XSD-CONTACT").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: the contact's name and telephone are bounded, e-mail "
                + "addresses have the form EDGAR checks, and at most three addresses are notified.")
            .fix("Give the contact's name (1-30), telephone (1-20) and an e-mail address with one '@' and a '.' after "
                + "it (at most 80 characters); at most three notification addresses.")
            .severity(Severity.ERROR).citation(XSD + "FORM_D_POINT_OF_CONTACT_TYPE, FORM_D_NOTIFY_GROUP_TYPE, "
                + "FORM_D_EMAIL_TYPE; EDGAR Form D XML Technical Specification v13 §6 (EDGAR suspends the submission: "
                + "an e-mail address needs one \"@\", a \".\" after it, and at most 80 characters) and §3.4")
            .summary("contact name 1-30, phone 1-20, well-formed e-mail addresses, at most 3 notification addresses")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                CONTACT_LIMITS.check(f, c, r);
                FieldLimits.emails(f, c, (at, text) -> email(r, at, text));
              }
            }).build());
  }

  /**
   * @return the index of the first character XML 1.0 cannot carry (C0 controls but tab, LF and CR; unpaired
   *     surrogates; U+FFFE, U+FFFF), or -1
   */
  static int firstNonXmlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < Character.MIN_SURROGATE) {
        continue; // nearly every character: one test
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c >= 0xFFFE) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @return whether the text begins or ends with XML whitespace (space, tab, line feed, carriage return)
   */
  static boolean hasOuterWhitespace(String text) {
    return !text.isEmpty() && (isXmlSpace(text.charAt(0)) || isXmlSpace(text.charAt(text.length() - 1)));
  }

  private static boolean isXmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * Reports a text outside the schema's length facets.
   *
   * @param max the maximum length, {@code Integer.MAX_VALUE} where the schema sets none
   */
  static void length(Reporter r, String path, String value, int min, int max) {
    int length = value.length();
    if (length < min || length > max) {
      boolean unbounded = max == Integer.MAX_VALUE;
      r.report(path, (length < min ? "is empty" : "is " + length + " characters long") + "; the schema allows "
          + (min == 0 ? "at most " + max : unbounded ? "at least " + min : min + " to " + max) + " characters",
          "length", length, "maximum", unbounded ? "none" : max);
    }
  }

  private static void crd(Reporter r, FieldWalk.Cursor at, String number) {
    if (!isCrd(number)) {
      r.report(at.path(), "CRD number '" + number + "' is not 1 to 9 digits (write None when there is none)",
          "crdNumber", number);
    }
  }

  /**
   * A CRD number as the model holds it: digits (the schema's None is the model's absent number).
   *
   * @return whether the text is 1 to 9 ASCII digits, the pattern {@code [0-9]{1,9}}, without a matcher per number
   */
  static boolean isCrd(String number) {
    int length = number.length();
    if (length < 1 || length > 9) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = number.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static void email(Reporter r, FieldWalk.Cursor at, String email) {
    if (!EMAIL.matchesXsd(email)) {
      r.report(at.path(), "'" + email + "' is not a well-formed e-mail address", "email", email);
    } else if (email.length() > MAX_EMAIL) {
      // The schema's pattern has no length facet; §6 and §3.4 give 80.
      r.report(at.path(), "the e-mail address has " + email.length() + " characters; EDGAR accepts at most "
          + MAX_EMAIL, "email", email, "length", email.length());
    }
  }
}
