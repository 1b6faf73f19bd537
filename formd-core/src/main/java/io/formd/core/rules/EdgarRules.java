package io.formd.core.rules;

import io.formd.core.model.Address;
import io.formd.core.model.ContactData;
import io.formd.core.model.Dialect;
import io.formd.core.model.DocumentFacts;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.Issuer;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SecurityType;
import io.formd.core.model.Signature;
import io.formd.core.model.UsdAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What EDGAR itself checks when a filer submits (EDGAR Form D XML Technical Specification v13: §5 construction rules,
 * §6 errors and warnings, the §3.3 codes o#2–o#4 and m#7), and the two forms of the document: the submission rules
 * ({@code D-SUB-*}) run under the {@link Dialect#SUBMISSION} profile only; the §6 rules ({@code D-EDGAR-*}) run under
 * both, as ERROR where EDGAR suspends a submission and as WARNING on published filings, which EDGAR accepted under the
 * checks of their day. The rules that need EDGAR's records use an {@link EdgarLookup}.
 */
final class EdgarRules {

  static final String SPEC = "EDGAR Form D XML Technical Specification v13 ";
  private static final String SUSPENDED = " (EDGAR suspends the submission: \"";
  /** The schema version EDGAR uses (X0808, the technical specification v13's). */
  static final String CURRENT_SCHEMA = "X0808";
  /** "P.O. Box", "PO Box", "P O Box", "Post Office Box", "POB 12", "Box 12" at the start. */
  private static final Pattern PO_BOX = Pattern.compile(
      "(?i)(\\bp\\.?\\s*o\\.?\\s*box\\b|\\bpost\\s+office\\s+box\\b|\\bpob\\s*\\d|^\\s*box\\s+\\d)");


  private EdgarRules() {}

  /**
   * Whether the document read gave an element that FormDXml.write(filing, Dialect.SUBMISSION) leaves out: what a
   * filing built in memory holds of it is not sent, so not the filer's mistake (the client's name stays in the model).
   */
  private static boolean sent(ElectronicFormD f, String element) {
    return f.documentFacts().discardedElements().contains(element);
  }

  private static String suspended(String section, String edgarMessage) {
    return SPEC + section + SUSPENDED + edgarMessage + "\")";
  }

  static List<Rule> rules() {
    return List.of(
        Rule.builder("D-SUB-CCC").profiles(Dialect.SUBMISSION)
            .basis(Basis.EDGAR_SUSPENDS)
            .severity(Severity.ERROR)
            .citation(SPEC + "§5.3 (\"You must provide a CIK and CCC\"), §3.3 o#2 (ccc: mandatory for input) and §6 "
                + "(EDGAR suspends the submission: \"Invalid CIK/CCC combination. Please correct and try again.\")")
            .summary("a submission gives the CIK confirmation code (CCC) of every issuer")
            .why("EDGAR authenticates each issuer of a submission by its CIK and CCC; without the CCC it cannot accept "
                + "the filing. The published copy has no CCC, so a filing converted from EDGAR's copy lacks it.")
            .fix("Add <ccc> after <cik> for the primary issuer and every co-issuer: the 8-character code EDGAR issued "
                + "with the CIK. formd never invents credentials.")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  if (issuer.ccc().isEmpty() || issuer.ccc().get().isBlank()) {
                    r.report(path + ".ccc", "the issuer with CIK " + issuer.cik().orElse("(none)") + " has no CCC; a "
                        + "submission must give the CIK confirmation code of every issuer", "cik",
                        issuer.cik().orElse(""));
                  }
                }
              }
            }).build(),
        Rule.builder("D-SUB-CONTACT").profiles(Dialect.SUBMISSION)
            .severity(Severity.ERROR)
            .citation(suspended("§6", "Not supplying contact information for the submission.") + "; §3.3 o#2")
            .summary("a submission names its contact: name, telephone and e-mail address")
            .why("EDGAR requires a point of contact for every submission and strips it from the published copy.")
            .fix("Add <contactData> with <contactName>, <contactPhoneNumber> and <contactEmailAddress> after "
                + "<returnCopy> (or <testOrLive>).")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<ContactData> contact = f.contactData();
                if (contact.isEmpty()) {
                  r.report("contactData", "a submission must give contact information (contactData); none found");
                  return;
                }
                ContactData d = contact.get();
                List<String> missing = new ArrayList<>();
                if (d.name().isBlank()) {
                  missing.add("contactName");
                }
                if (d.phone().isBlank()) {
                  missing.add("contactPhoneNumber");
                }
                if (d.email().isBlank()) {
                  missing.add("contactEmailAddress");
                }
                if (!missing.isEmpty()) {
                  r.report("contactData", "the contact information lacks " + String.join(", ", missing), "missing",
                      String.join(",", missing));
                }
              }
            }).build(),
        Rule.builder("D-SUB-ENTITY-NAME").profiles(Dialect.SUBMISSION)
            .why("EDGAR takes the issuer's name from its own records for the CIK; a name in the submission is "
                + "discarded with a warning (technical specification v13 §5.3). Judged on the document read: a filing "
                + "built in memory keeps the client's name, which FormDXml.write(filing, Dialect.SUBMISSION) does not "
                + "send.")
            .severity(Severity.WARNING)
            .citation(SPEC + "§5.3 (\"If you do include a value for the <entityName> element, EDGAR will issue a "
                + "WARNING and discard the provided value\"); §3.3 o#4")
            .summary("a submission leaves out issuer names: EDGAR fills them from the CIK")
            .fix("Remove <entityName>; EDGAR uses the name on file for the CIK. FormDXml.write(filing, "
                + "Dialect.SUBMISSION) leaves it out.")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  if (!issuer.name().isEmpty() && sent(f, "entityName")) {
                    r.report(path + ".name", "gives the issuer name '" + issuer.name().orElse("")
                        + "', which EDGAR discards with a "
                        + "warning: it uses the name on file for CIK " + issuer.cik().orElse("(none)"), "entityName",
                        issuer.name().orElse(""));
                  }
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-XML-PROLOG").profiles(Dialect.SUBMISSION)
            .why("EDGAR suspends a submission whose XML declaration is not the first thing in the file (not even "
                + "whitespace may come before it) or declares a version other than 1.0 (technical specification v13 "
                + "§5.1 rule 4), and one that references a style sheet (the SEC's sample submission: \"If a reference "
                + "to a style sheet is included the submission will be suspended by EDGAR\"). formd reads such a "
                + "document, and judges what it read as the document that would be sent.")
            .fix("Start the file with <?xml version=\"1.0\" encoding=\"UTF-8\"?> (or with <edgarSubmission>) and "
                + "remove every processing instruction; FormDXml.write(filing, Dialect.SUBMISSION) writes it so.")
            .basis(Basis.EDGAR_SUSPENDS)
            .severity(Severity.ERROR)
            .citation(SPEC + "§5.1 rule 4 (\"Any text before this line, even white space, will cause a SUSPENSE error. "
                + "The version value must be 1.0.\"); SampleFormD.xml (\"If a reference to a style sheet is included "
                + "the submission will be suspended by EDGAR\"; other processing instructions: a WARNING)")
            .summary("a submission's XML declaration comes first and says version 1.0; no style sheet or other "
                + "processing instruction")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                DocumentFacts d = f.documentFacts();
                if (d.prologIsClean()) {
                  return;
                }
                if (!d.beforeDeclaration().isEmpty()) {
                  r.report("", d.beforeDeclaration().length() + " character" + (d.beforeDeclaration().length() == 1
                      ? "" : "s") + " (" + (d.beforeDeclaration().isBlank() ? "whitespace" : "text") + ") before the "
                      + "XML declaration; EDGAR suspends a submission with anything before it", "before",
                      d.beforeDeclaration().length());
                }
                String version = d.xmlVersion().orElse("1.0");
                if (!version.equals("1.0")) {
                  r.report("", "the XML declaration says version " + version + "; EDGAR suspends any version but 1.0",
                      "version", version);
                }
                for (String instruction : d.processingInstructions()) {
                  if (instruction.startsWith("xml-stylesheet")) {
                    r.report("", "the document references a style sheet (<?" + instruction + "?>); EDGAR suspends a "
                        + "submission that does", "instruction", instruction);
                  } else {
                    r.reportAs(Severity.WARNING, "", "the processing instruction <?" + instruction + "?> has no place "
                        + "in a Form D; remove it", "instruction", instruction);
                  }
                }
              }
            }).build(),
        Rule.builder("D-XSD-DOCUMENT-STRUCTURE").profiles(Dialect.SUBMISSION)
            .why("EDGAR validates every submission against its schema and suspends one the schema forbids "
                + "(technical specification v13 §5.1 rule 8, §5.2): the children of each element come in the "
                + "schema's order (xs:sequence), and salesCompensationList is there even when empty (§3.3 m#11). "
                + "formd reads such a document (EDGAR published X0301 documents in other orders) and judges what it "
                + "read as the document that would be sent.")
            .fix("Put the elements in the schema's order and include <salesCompensationList/> (empty when nobody is "
                + "paid); FormDXml.write(filing, Dialect.SUBMISSION) writes the schema's order.")
            .basis(Basis.XSD_FORBIDS)
            .severity(Severity.ERROR)
            .citation(SPEC + "§5.1 rule 8 (\"Any violation of this Schema will result in the suspension of the "
                + "filing\"), §3.3 m#11 (\"The tag is mandatory but it may not have any value contained in it\"); "
                + SchemaRules.XSD + "xs:sequence of every complex type, SALES_COMPENSATION_LIST")
            .summary("a submission's elements come in the schema's order, and salesCompensationList is present")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (DocumentFacts.SchemaProblem p : f.documentFacts().schemaProblems()) {
                  r.report(p.path(), p.message());
                }
              }
            }).build(),
        Rule.builder("D-SUB-SCHEMA-VERSION").profiles(Dialect.SUBMISSION)
            .why("EDGAR inserts the schema version into the document it publishes; one in the submission is "
                + "discarded with a warning (technical specification v13 §5.2).")
            .severity(Severity.WARNING)
            .citation(SPEC + "§5.2 (\"The <schemaVersion> element should not be included. If you do provide a value "
                + "for this element, EDGAR will generate a WARNING and discard the value\")")
            .summary("a submission leaves out schemaVersion (EDGAR warns, and warns again if it is not the current "
                + CURRENT_SCHEMA + ")")
            .fix("Remove <schemaVersion>; EDGAR inserts the right one into the document it publishes.")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (f.schemaVersion().isEmpty() || !sent(f, "schemaVersion")) {
                  return;
                }
                String v = f.schemaVersion().get();
                r.report("schemaVersion", "gives schemaVersion " + v + ", which EDGAR discards with a warning",
                    "schemaVersion", v);
                if (!v.equals(CURRENT_SCHEMA)) {
                  r.report("schemaVersion", "schemaVersion " + v + " is not EDGAR's current schema " + CURRENT_SCHEMA
                      + " (a second warning)", "schemaVersion", v, "current", CURRENT_SCHEMA);
                }
              }
            }).build(),
        Rule.builder("D-SUB-JURISDICTION").profiles(Dialect.SUBMISSION)
            .why("EDGAR replaces the jurisdiction of incorporation with the state of incorporation on file for "
                + "the CIK (technical specification v13 §3.3 o#3).")
            .fix("Leave out <jurisdictionOfInc>; update the state of incorporation in EDGAR's company records "
                + "if it is wrong there.")
            .severity(Severity.INFO)
            .citation(SPEC + "§3.3 o#3 (\"should not be included in the submission. The EDGAR system will replace any "
                + "value provided with the value on file\")")
            .summary("a submission leaves out the jurisdiction of incorporation: EDGAR uses the value on file")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  if (issuer.jurisdictionOfIncorporation().isPresent() && sent(f, "jurisdictionOfInc")) {
                    String j = issuer.jurisdictionOfIncorporation().get();
                    r.report(path + ".jurisdictionOfIncorporation", "gives jurisdiction '" + j + "', which EDGAR "
                        + "replaces with the state of incorporation on file for the CIK", "jurisdiction", j);
                  }
                }
              }
            }).build(),
        Rule.builder("D-SUB-EDGAR-PREVIOUS-NAMES").profiles(Dialect.SUBMISSION)
            .why("EDGAR fills in its list of the issuer's previous names from its records (technical "
                + "specification v13 §3.3 o#4).")
            .fix("Leave out <edgarPreviousNameList>; give the issuer's previous names in "
                + "<issuerPreviousNameList>.")
            .severity(Severity.INFO)
            .citation(SPEC + "§3.3 o#4 (edgarPreviousNameList: \"No value should be provided. The value for the "
                + "element will be pulled from data on file in the EDGAR database\")")
            .summary("a submission leaves out EDGAR's list of previous names")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  if (f.issuers().get(n).edgarPreviousNames().isPresent() && sent(f, "edgarPreviousNameList")) {
                    r.report(Walk.issuerPath(f, n) + ".edgarPreviousNames", "gives EDGAR's previous names, which EDGAR "
                        + "fills from its records");
                  }
                }
              }
            }).build(),
        Rule.builder("D-XSD-CCC").datedByDocument()
            .why("EDGAR validates every submission against its schema, Form_D.definition.xsd, and does not "
                + "accept a document the schema forbids: a CIK confirmation code is exactly 8 characters; EDGAR "
                + "checks it against the CIK before it accepts the submission.")
            .fix("Copy the CIK confirmation code exactly: 8 characters.")
            .severity(Severity.ERROR)
            .citation("Form_D.definition.xsd, CCC_TYPE (exactly 8 characters)")
            .summary("a CIK confirmation code is exactly 8 characters")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Optional<String> ccc = f.issuers().get(n).ccc();
                  if (ccc.isPresent() && ccc.get().length() != 8) {
                    r.report(path + ".ccc", "the CCC has " + ccc.get().length() + " characters; a CCC has exactly 8",
                        "length", ccc.get().length());
                  }
                }
              }
            }).build(),
        Rule.builder("D-REQ-PREVIOUS-NAMES")
            .why("Technical specification v13 §3.3 m#7: the list of previous names is given, or None. A "
                + "published filing has it unless EDGAR removed the filer's None because it has previous names on "
                + "file (m#7), which it then publishes in edgarPreviousNameList; a submission without it leaves "
                + "the reader of the notice guessing.")
            .severity(Severity.WARNING)
            .citation(SPEC + "§3.3 m#7 (\"The list of previous names must be provided or a value of None given\"); a "
                + "WARNING: the SEC's own sample submission (SampleFormD.xml, §7) leaves it out for a co-issuer")
            .summary("every issuer lists its previous names or says None")
            .fix("Add <issuerPreviousNameList> with up to three <previousName> elements, or <value>None</value>.")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  // m#7: EDGAR removes a filer's "None" when it has previous names on file, which it then publishes.
                  boolean removedByEdgar = c.profile() == Dialect.DISSEMINATED
                      && issuer.edgarPreviousNames().isPresent();
                  if (issuer.previousNames().isEmpty() && !removedByEdgar) {
                    r.report(path + ".previousNames", "gives no previous names and not 'None'; the list is mandatory");
                  }
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-PO-BOX")
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: the principal place of business is a "
                + "street address, not a post office box.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(suspended("§6", "PO Boxes are not acceptable as a Principal Place of Business. Please enter a "
                + "valid address."))
            .summary("no issuer gives a post office box as its principal place of business (Street Address 1; a box "
                + "in Street Address 2 beside a street is an INFO)")
            .fix("Give the street address where the issuer's business is conducted (Item 2).")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  Address a = issuer.address();
                  if (mayBePoBox(a.street1()) && PO_BOX.matcher(a.street1()).find()) {
                    r.report(path + ".address.street1", "'" + a.street1() + "' is a post office box, which EDGAR "
                        + "does not accept as a principal place of business", "street1", a.street1());
                  } else if (a.street2().isPresent() && mayBePoBox(a.street2().get())
                      && PO_BOX.matcher(a.street2().get()).find()) {
                    // EDGAR accepted D/As with Street Address 2 "UGLAND HOUSE, PO BOX 309" (2025), and 274 of 2025Q2's
                    // 13,146 accepted filings give a box there beside a street or a building (mostly a registered
                    // office's): not a suspension nor likely a mistake, a remark.
                    r.reportAs(Severity.INFO, path + ".address.street2", "Street Address 2 '" + a.street2().get()
                        + "' names a post office box beside the street address '" + a.street1() + "'; EDGAR accepts "
                        + "that (it suspends a box given as the street address itself)", "street2", a.street2().get());
                  }
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-ZIP")
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: every address EDGAR requires has its "
                + "ZIP or postal code.")
            .fix("Give the address's ZIP or postal code.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(suspended("§6", "Not supplying a zip code where address fields are required."))
            .summary("every issuer and related person address has a ZIP or postal code")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  zip(r, path, issuer.address());
                }
                for (int n = 0; n < f.relatedPersons().size(); n++) {
                  String path = Walk.personPath(n);
                  RelatedPerson person = f.relatedPersons().get(n);
                  zip(r, path, person.address());
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-RECIPIENT-COMPLETE")
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: a recipient with any data has all of "
                + "its required data (technical specification v13 §3.3 m#12).")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(suspended("§6", "If you enter any data for a recipient, you must enter data in all required "
                + "fields.") + "; §3.3 m#12")
            .summary("every sales compensation recipient has a name, street, city, state and ZIP code")
            .fix("Complete every field of the recipient but Street Address 2 (a CRD number or broker-dealer that does "
                + "not exist is 'None'), or remove the recipient.")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.salesCompensationRecipients().size(); n++) {
                  String path = Walk.recipientPath(f, n);
                  SalesCompensationRecipient recipient = f.salesCompensationRecipients().get(n);
                  List<String> missing = missingParts(recipient);
                  if (!missing.isEmpty()) {
                    r.report(path, "recipient '" + recipient.name() + "' lacks " + String.join(", ", missing)
                        + "; every field but Street Address 2 is required", "missing", String.join(",", missing));
                  }
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-BLANK-REQUIRED")
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: a required field holding only spaces "
                + "is an empty answer.")
            .fix("Fill the field with its value, or remove the spaces if it has none to give.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(suspended("§6", "Providing only whitespace in any required field."))
            .summary("no required field holds only whitespace")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (!FieldLimits.marked(f, c, FieldLimits.BLANK)) {
                  return;
                }
                FieldLimits.blankRequired(f, c, path ->
                  r.report(path, "holds only whitespace; a required field needs a value"));
              }
            }).build(),
        Rule.builder("D-EDGAR-OVER100")
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: the over-100 boxes are for lists the "
                + "schema cannot hold, so they come with the lists full.")
            .fix("List all 100 (99 co-issuers) before checking 'over 100', or uncheck it.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(suspended("§6", "Providing an \u201cover 100 flag\u201d without listing the required 100 "
                + "values."))
            .summary("an 'over 100' flag comes with the full list (99 co-issuers, 100 related persons, 100 recipients)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (f.moreThan100Issuers() && f.additionalIssuers().size() < 99) {
                  r.report("additionalIssuers", "says there are more than 100 issuers but lists "
                      + f.issuers().size(), "listed", f.issuers().size(), "required", 100);
                }
                if (f.moreThan100RelatedPersons() && f.relatedPersons().size() < 100) {
                  r.report("relatedPersons", "says there are more than 100 related persons but lists "
                      + f.relatedPersons().size(), "listed", f.relatedPersons().size(), "required", 100);
                }
                if (f.offering().moreThan100Recipients() && f.salesCompensationRecipients().size() < 100) {
                  r.report("offering.salesCompensationRecipients", "says there are more than 100 recipients but lists "
                      + f.salesCompensationRecipients().size(), "listed", f.salesCompensationRecipients().size(),
                      "required", 100);
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-SIGNATURE-FUTURE")
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: a signature cannot be dated after the "
                + "day the notice is filed.")
            .fix("Date the signature on or before the day of filing.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(suspended("§6", "Providing a future date in the signature block."))
            .summary("no signature is dated after the filing (for a submission not yet filed: after today)")
            .needsFilingDate()
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (c.filingDate().isEmpty()) {
                  return;
                }
                LocalDate filed = c.filingDate().get();
                List<Signature> signatures = f.signatures();
                for (int i = 0; i < signatures.size(); i++) {
                  if (signatures.get(i).date().isAfter(filed)) {
                    r.report("signatures[" + i + "].date", "signed " + signatures.get(i).date() + ", after the filing "
                        + "date " + filed, "signatureDate", signatures.get(i).date(), "filingDate", filed);
                  }
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-OFFERING-ZERO")
            .why("EDGAR warns on a total offering amount of $0 (technical specification v13 §6): an offering "
                + "offers something, or its amount is Indefinite.")
            .fix("Give the total offering amount, or check Indefinite.")
            .severity(Severity.WARNING)
            .citation(SPEC + "§6 (EDGAR warns: \"You entered $ 0 for the offering amount\")")
            .summary("the total offering amount is not $0")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<UsdAmount> total = f.offering().amounts().totalOfferingAmount().amount();
                if (total.isPresent() && total.get().value().signum() == 0) {
                  r.report("offering.amounts.totalOfferingAmount", "the total offering amount is $0");
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-3C-POOLED")
            .why("EDGAR warns when a Section 3(c) exclusion is claimed without Pooled Investment Fund "
                + "Interests in Item 9 (technical specification v13 §6): the exclusion is a fund's.")
            .fix("Check 'Pooled Investment Fund Interests' in Item 9, or remove the 3(c) exclusion if the "
                + "issuer is not a fund.")
            .severity(Severity.WARNING)
            .citation(SPEC + "§6 (EDGAR warns: \"The selection Investment Company Act Section 3(C) in Section 6 has "
                + "been chosen. However, the Pooled Investment Fund Interests option in Section 9 has not been "
                + "selected.\")")
            .summary("an Investment Company Act 3(c) exclusion comes with Pooled Investment Fund Interests (Item 9)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                boolean claims3c = false;
                for (FederalExemption e : f.offering().federalExemptions()) {
                  claims3c |= e.family() == FederalExemption.Family.SECTION_3C;
                }
                if (claims3c && !f.offering().securityTypes().contains(SecurityType.POOLED_INVESTMENT_FUND_INTERESTS)) {
                  r.report("offering.securityTypes", "claims an Investment Company Act Section 3(c) exclusion but does "
                      + "not offer Pooled Investment Fund Interests");
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-CIK").usesLookup()
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: every issuer's CIK is one EDGAR has "
                + "issued. formd asks the EdgarLookup you provide; without one the check is listed as skipped.")
            .fix("Use the CIK EDGAR issued the issuer (look it up on EDGAR's company search), or apply for one with "
                + "Form ID.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(suspended("§6", "Error, The CIK Number entered is not valid. Please correct and try again."))
            .summary("every issuer's CIK is one EDGAR knows (needs an EdgarLookup)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Optional<String> cik = f.issuers().get(n).cik();
                  if (cik.isPresent() && c.lookup().orElseThrow().company(cik.get()).isEmpty()) {
                    r.report(path + ".cik", "CIK " + cik.get() + " is not a valid CIK on EDGAR", "cik", cik.get());
                  }
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-CIK-CCC").usesLookup().profiles(Dialect.SUBMISSION)
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: EDGAR authenticates each issuer by its "
                + "CIK and CCC together. formd asks the EdgarLookup you provide.")
            .fix("Use the CCC EDGAR issued with this CIK (the filer can reset it on EDGAR Filer Management).")
            .severity(Severity.ERROR)
            .citation(suspended("§6", "Invalid CIK/CCC combination. Please correct and try again."))
            .summary("every issuer's CCC goes with its CIK (needs an EdgarLookup)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  if (issuer.cik().isPresent() && issuer.ccc().isPresent()
                      && !c.lookup().orElseThrow().credentialsMatch(issuer.cik().get(), issuer.ccc().get())) {
                    r.report(path + ".ccc", "the CCC given is not the one on file for CIK " + issuer.cik().get(), "cik",
                        issuer.cik().get());
                  }
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-ACCESSION").usesLookup()
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: an amendment names an accepted Form D. "
                + "formd asks the EdgarLookup you provide.")
            .fix("Give the accession number of an accepted Form D or D/A of this offering.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(suspended("§6", "The Accession Number entered does not match the Accession Number of an "
                + "accepted Form D filing and cannot be used for another Form D filing."))
            .summary("an amendment's previous accession number is an accepted Form D (needs an EdgarLookup)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                previousFiling(f, c).ifPresent(accession -> {
                Optional<EdgarLookup.AcceptedFiling> found = c.lookup().orElseThrow().filing(accession);
                if (found.isEmpty() || !found.get().formType().startsWith("D")) {
                  r.report("offering.typeOfFiling.previousAccessionNumber", "accession number " + accession + " is not "
                      + "an accepted Form D filing" + found.map(a -> " (it is a " + a.formType() + ")").orElse(""),
                      "accessionNumber", accession);
                }
              });
              }
            }).build(),
        Rule.builder("D-EDGAR-ACCESSION-ISSUER").usesLookup()
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: an amendment amends a Form D of the "
                + "same issuer. formd asks the EdgarLookup you provide.")
            .fix("Give the accession number of a Form D that this issuer filed.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(suspended("§6", "The Accession Number entered is not valid for a filing submitted by the issuer "
                + "making this filing. You may only base this filing on a Form D filing made by the same issuer."))
            .summary("an amendment amends a Form D of the same issuer (needs an EdgarLookup)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                previousFiling(f, c).ifPresent(accession ->
                  c.lookup().orElseThrow().filing(accession).ifPresent(found -> {
                    String cik = f.primaryIssuer().cik().orElse("");
                    boolean same = false;
                    for (String other : found.issuerCiks()) {
                      same |= !cik.isEmpty() && EdgarLookup.sameCik(cik, other);
                    }
                    if (!same) {
                      r.report("offering.typeOfFiling.previousAccessionNumber", "accession number " + accession
                          + " was filed by " + found.issuerCiks() + ", not by the primary issuer (CIK " + cik + ")",
                          "accessionNumber", accession, "cik", cik);
                    }
                  }));
              }
            }).build(),
        Rule.builder("D-EDGAR-JURISDICTION-ON-FILE").usesLookup()
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: EDGAR needs a state of incorporation "
                + "on file for every issuer. formd asks the EdgarLookup you provide.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(suspended("§6", "The Jurisdiction of Incorporation (State of Incorporation) value on file in "
                + "EDGAR cannot be NULL."))
            .summary("EDGAR has a state of incorporation on file for every issuer (needs an EdgarLookup)")
            .fix("Update the company's state of incorporation on EDGAR (the EDGAR Filer Management website) before "
                + "submitting.")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  issuer.cik().ifPresent(cik ->
                      c.lookup().orElseThrow().company(cik).ifPresent(company -> {
                        if (!Walk.hasText(company.jurisdiction())) {
                          r.report(path + ".cik", "EDGAR has no state of incorporation on file for CIK " + cik, "cik",
                              cik);
                        }
                      }));
                }
              }
            }).build(),
        Rule.builder("D-EDGAR-SIGNATURE-ISSUER-NAME").usesLookup()
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: each signature's issuer is the name on "
                + "file of one of the issuers. formd asks the EdgarLookup you provide.")
            .fix("Write the issuer's name in the signature block exactly as EDGAR has it on file for the CIK.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(suspended("§6", "Providing an Issuer Name in the signature block that does not match the EDGAR "
                + "database."))
            .summary("each signature's issuer is the name on file of one of the issuers (needs an EdgarLookup)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                List<String> names = new ArrayList<>();
                for (Issuer issuer : f.issuers()) {
                  issuer.cik().flatMap(cik -> c.lookup().orElseThrow().company(cik))
                      .ifPresent(co -> names.add(co.name()));
                }
                List<Signature> signatures = f.signatures();
                for (int i = 0; i < signatures.size(); i++) {
                  String name = signatures.get(i).issuerName();
                  if (!names.isEmpty() && names.stream().noneMatch(n -> sameName(n, name))) {
                    r.report("signatures[" + i + "].issuerName", "signs for '" + name + "', which is not the name on "
                        + "file of any issuer " + names, "issuerName", name);
                  }
                }
              }
            }).build());
  }

  /** @param owner the path of the address's owner (the path is spelled only for a finding) */
  private static void zip(Reporter r, String owner, Address address) {
    if (address.zipCode().isEmpty()) {
      r.report(owner + ".address.zipCode", "the address in " + address.city() + " has no ZIP or postal code");
    }
  }

  /** @return the required parts a recipient leaves empty, by element name */
  static List<String> missingParts(SalesCompensationRecipient recipient) {
    List<String> missing = new ArrayList<>();
    if (recipient.name().isEmpty()) {
      missing.add("recipientName");
    }
    Address a = recipient.address();
    if (a.street1().isEmpty()) {
      missing.add("street1");
    }
    if (a.city().isEmpty()) {
      missing.add("city");
    }
    if (a.zipCode().isEmpty()) {
      missing.add("zipCode");
    }
    // Written empty: neither a value nor None (EDGAR's "None" is an answer, an empty element is not).
    if (Walk.empty(recipient.crdNumber())) {
      missing.add("recipientCRDNumber");
    }
    if (Walk.empty(recipient.associatedBrokerDealerName())) {
      missing.add("associatedBDName");
    }
    if (Walk.empty(recipient.associatedBrokerDealerCrdNumber())) {
      missing.add("associatedBDCRDNumber");
    }
    return missing;
  }

  private static Optional<String> previousFiling(ElectronicFormD f, RuleContext c) {
    Optional<String> previous = f.offering().typeOfFiling().previousAccessionNumber();
    return f.offering().typeOfFiling().amendment() && previous.isPresent() && !previous.get().isBlank() ? previous
        : Optional.empty();
  }

  /** @return false when the text holds neither "box" nor "pob" in any case: most streets, decided without a regex */
  static boolean mayBePoBox(String text) {
    // c | 0x20 folds exactly 'B' and 'b' (and so on) together: no other character, and no Unicode case pairs
    // with these letters, so this is regionMatches(true, ...) without its per-character case mapping.
    for (int i = 0; i + 3 <= text.length(); i++) {
      int c = text.charAt(i) | 0x20;
      if (c == 'b' && (text.charAt(i + 1) | 0x20) == 'o' && (text.charAt(i + 2) | 0x20) == 'x'
          || c == 'p' && (text.charAt(i + 1) | 0x20) == 'o' && (text.charAt(i + 2) | 0x20) == 'b') {
        return true;
      }
    }
    return false;
  }

  /** Names as EDGAR conforms them: case, punctuation and runs of spaces do not count. */
  static boolean sameName(String a, String b) {
    return a.equalsIgnoreCase(b) || EdgarLookup.conformedName(a).equals(EdgarLookup.conformedName(b));
  }

  /** The same name, or one the other shortened at a word ("Gold Fund" for "Gold Fund, Ltd."). */
  static boolean similarName(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    String x = EdgarLookup.conformedName(a);
    String y = EdgarLookup.conformedName(b);
    return x.equals(y) || !x.isEmpty() && !y.isEmpty() && (x.startsWith(y + " ") || y.startsWith(x + " "));
  }
}
