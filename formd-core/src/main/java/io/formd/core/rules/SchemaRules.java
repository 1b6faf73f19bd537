package io.formd.core.rules;

import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.PersonName;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.Relationship;
import io.formd.core.model.Signature;
import io.formd.core.model.UsdAmount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the SEC's Form D schema ({@code Form_D.definition.xsd}, X0808) enforces and the model's types do not:
 * lengths, formats, required elements, list limits. A filing that breaks one would be rejected by EDGAR. Two
 * rules concern the XML text itself: characters XML 1.0 cannot carry at all (an ERROR), and outer whitespace
 * (a WARNING: the schema's string types keep it, so EDGAR accepts and stores it, but the printed form does not show
 * it and a text that differs from another only by a stray space is almost always a typing slip).
 */
final class SchemaRules {

  static final String XSD = "Form_D.definition.xsd ";
  private static final Pattern CIK = Pattern.compile("[0-9]{1,10}");
  private static final Pattern ZIP = Pattern.compile("[0-9A-Za-z #\\-]{1,10}");
  private static final Pattern ACCESSION = Pattern.compile("[0-9]{1,10}-[0-9]{1,2}-[0-9]{1,6}");
  private static final Pattern CRD = Pattern.compile("[0-9]{1,9}");
  private static final Pattern EMAIL = Pattern.compile(
      "([a-zA-Z0-9_\\-\\.]+)@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.)|(([a-zA-Z0-9\\-]+\\.)+))([a-zA-Z]{2,7}|[0-9]{1,3})(\\]?)");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");

  private SchemaRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.builder("D-XSD-CIK")
            .severity(Severity.ERROR).citation(XSD + "CIK_TYPE (Item 1)")
            .summary("every issuer has a CIK of 1 to 10 digits")
            .checkElectronic((f, c, r) -> Walk.issuers(f, (path, issuer) -> {
              Optional<String> cik = issuer.cik();
              if (cik.isEmpty()) {
                r.report(path + ".cik", "the issuer " + issuer.name() + " has no CIK; EDGAR requires one");
              } else if (!CIK.matcher(cik.get()).matches()) {
                r.report(path + ".cik", "CIK '" + cik.get() + "' is not 1 to 10 digits", "cik", cik.get());
              }
            })).build(),
        Rule.builder("D-XSD-ISSUER-NAME")
            .severity(Severity.ERROR).citation(XSD + "ENTITY_NAME_TYPE (Item 1 entityName)")
            .summary("issuer names are 1 to 150 characters")
            .check((f, c, r) -> Walk.issuers(f, (path, issuer) -> length(r, path + ".name", issuer.name(), 1, 150))).build(),
        Rule.builder("D-XSD-XML-CHARACTERS")
            .severity(Severity.ERROR).citation("XML 1.0 (Fifth Edition) §2.2 Char, which every XSD string type inherits")
            .summary("texts hold only characters XML can carry (no control characters but tab and line breaks, "
                + "no unpaired surrogates, no U+FFFE/U+FFFF)")
            .checkElectronic((f, c, r) -> Walk.texts(f, text -> firstNonXmlCharacter(text) >= 0, (path, text) -> {
              int at = firstNonXmlCharacter(text);
              String code = String.format(java.util.Locale.ROOT, "U+%04X", (int) text.charAt(at));
              r.report(path, "holds the character " + code + " at index " + at
                  + ", which XML cannot carry; EDGAR cannot accept the document", "character", code, "index", at);
            })).build(),
        Rule.builder("D-XSD-OUTER-WHITESPACE")
            .severity(Severity.WARNING)
            .citation("XML Schema 1.1 Part 2 §4.3.6 whiteSpace: the string types of " + XSD
                + "restrict xs:string, which preserves whitespace, so EDGAR keeps it as sent")
            .summary("texts do not begin or end with whitespace")
            .checkElectronic((f, c, r) -> Walk.texts(f, SchemaRules::hasOuterWhitespace, (path, text) ->
                r.report(path, "'" + text + "' begins or ends with whitespace, which EDGAR stores as sent but the "
                    + "printed form does not show; did you mean '" + text.trim() + "'?"))).build(),
        Rule.builder("D-XSD-PHONE")
            .severity(Severity.ERROR).citation(XSD + "FORM_D_PHONE_NUMBER_TYPE (Item 2)")
            .summary("issuer telephone numbers are 1 to 20 characters")
            .checkElectronic((f, c, r) -> Walk.issuers(f, (path, issuer) -> length(r, path + ".phone", issuer.phone(), 1, 20))).build(),
        Rule.builder("D-XSD-JURISDICTION")
            .severity(Severity.ERROR).citation(XSD + "STRING_50_TYPE (Item 1 jurisdictionOfInc)")
            .summary("the jurisdiction of incorporation is at most 50 characters")
            .checkElectronic((f, c, r) -> Walk.issuers(f, (path, issuer) -> issuer.jurisdictionOfIncorporation()
                .ifPresent(j -> length(r, path + ".jurisdictionOfIncorporation", j, 0, 50)))).build(),
        Rule.builder("D-XSD-STREET")
            .severity(Severity.ERROR).citation(XSD + "FORM_D_STREET_TYPE")
            .summary("street lines are 1 to 40 characters")
            .checkElectronic((f, c, r) -> Walk.addresses(f, (path, a) -> {
              length(r, path + ".street1", a.street1(), 1, 40);
              a.street2().ifPresent(s -> length(r, path + ".street2", s, 1, 40));
            })).build(),
        Rule.builder("D-XSD-CITY")
            .severity(Severity.ERROR).citation(XSD + "FORM_D_CITY_TYPE")
            .summary("cities are 1 to 30 characters")
            .checkElectronic((f, c, r) -> Walk.addresses(f, (path, a) -> length(r, path + ".city", a.city(), 1, 30))).build(),
        Rule.builder("D-XSD-ZIP")
            .severity(Severity.ERROR).citation(XSD + "FORM_D_ZIP_CODE_TYPE")
            .summary("ZIP and postal codes are 1 to 10 letters, digits, spaces, '#' or '-'")
            .checkElectronic((f, c, r) -> Walk.addresses(f, (path, a) -> {
              if (!ZIP.matcher(a.zipCode()).matches()) {
                r.report(path + ".zipCode", "ZIP code '" + a.zipCode()
                    + "' is not 1 to 10 letters, digits, spaces, '#' or '-'", "zipCode", a.zipCode());
              }
            })).build(),
        Rule.builder("D-XSD-STATE-DESCRIPTION")
            .severity(Severity.ERROR).citation(XSD + "STRING_50_TYPE (stateOrCountryDescription, description)")
            .summary("state and country descriptions are at most 50 characters")
            .checkElectronic((f, c, r) -> {
              Walk.addresses(f, (path, a) -> a.stateOrCountryDescription()
                  .ifPresent(d -> length(r, path + ".stateOrCountryDescription", d, 0, 50)));
              Walk.recipients(f, (path, rec) -> {
                for (int i = 0; i < rec.statesOfSolicitation().states().size(); i++) {
                  int index = i;
                  rec.statesOfSolicitation().states().get(i).description().ifPresent(d ->
                      length(r, path + ".statesOfSolicitation.states[" + index + "].description", d, 0, 50));
                }
              });
            }).build(),
        Rule.builder("D-XSD-ENTITY-TYPE")
            .severity(Severity.ERROR).citation(XSD + "ENTITY_TYPE_TYPE (Item 1 entityType)")
            .summary("every issuer gives one of the six electronic entity types")
            .checkElectronic((f, c, r) -> Walk.issuers(f, (path, issuer) -> {
              if (issuer.entityType().isEmpty()) {
                r.report(path + ".entityType", "the issuer " + issuer.name() + " gives no entity type; Item 1 requires one");
              } else if (issuer.entityType().get().edgarCodeIfAny().isEmpty()) {
                r.report(path + ".entityType", "entity type '" + issuer.entityType().get().label()
                    + "' exists only on the paper form; the electronic form offers "
                    + "Corporation, Limited Partnership, Limited Liability Company, General Partnership, Business Trust or Other",
                    "entityType", issuer.entityType().get());
              }
            })).build(),
        Rule.builder("D-XSD-ENTITY-OTHER-DESC-LENGTH")
            .severity(Severity.ERROR).citation(XSD + "STRING_255_TYPE (entityTypeOtherDesc)")
            .summary("the description of an 'Other' entity type is at most 255 characters")
            .checkElectronic((f, c, r) -> Walk.issuers(f, (path, issuer) -> issuer.entityTypeOtherDescription()
                .ifPresent(d -> length(r, path + ".entityTypeOtherDescription", d, 0, 255)))).build(),
        Rule.builder("D-XSD-YEAR-OF-INC")
            .severity(Severity.ERROR).citation(XSD + "YEAR_INC_TYPE, YEAR_VALUE_TYPE (Item 1 yearOfInc)")
            .summary("every issuer answers the year of incorporation; a year given is four digits 2xxx")
            .checkElectronic((f, c, r) -> Walk.issuers(f, (path, issuer) -> {
              if (issuer.yearOfIncorporation().isEmpty()) {
                r.report(path + ".yearOfIncorporation", "the issuer " + issuer.name()
                    + " does not answer the year of incorporation (over five years ago, within five years, or yet to be formed)");
                return;
              }
              issuer.yearOfIncorporation().get().year().ifPresent(year -> {
                if (year.getValue() < 2000 || year.getValue() > 2999) {
                  r.report(path + ".yearOfIncorporation.year", "year of incorporation " + year
                      + " does not match the schema's pattern 2xxx", "year", year);
                }
              });
            })).build(),
        Rule.builder("D-XSD-PREVIOUS-NAMES")
            .severity(Severity.ERROR).citation(XSD + "NAMES_LIST_TYPE (at most 3 previousName of 1 to 150 characters)")
            .summary("previous-name lists hold at most three names of 1 to 150 characters")
            .checkElectronic((f, c, r) -> Walk.issuers(f, (path, issuer) -> {
              previousNames(r, path + ".previousNames", issuer.previousNames());
              previousNames(r, path + ".edgarPreviousNames", issuer.edgarPreviousNames());
            })).build(),
        Rule.builder("D-XSD-PERSON-NAME")
            .severity(Severity.ERROR).citation(XSD + "NAME_TYPE_W_LAST_NAME_200 (Item 3 relatedPersonName)")
            .summary("related persons have a first name (1-150), optional middle name (1-150) and last name (1-200)")
            .checkElectronic((f, c, r) -> Walk.persons(f, (path, person) -> {
              PersonName name = person.name();
              if (name.asWritten().isPresent()) {
                r.report(path + ".name", "the name '" + name.asWritten().get()
                    + "' is a paper-form full name; the electronic form needs first and last name separately");
                return;
              }
              if (name.firstName().isEmpty()) {
                r.report(path + ".name.firstName", "related person " + name.displayName()
                    + " has no first name (entities conventionally write N/A)");
              } else {
                length(r, path + ".name.firstName", name.firstName().get(), 1, 150);
              }
              name.middleName().filter(m -> !m.isEmpty()).ifPresent(m -> length(r, path + ".name.middleName", m, 1, 150));
              name.lastName().ifPresent(l -> length(r, path + ".name.lastName", l, 1, 200));
            })).build(),
        Rule.builder("D-XSD-RELATIONSHIPS")
            .severity(Severity.ERROR).citation(XSD + "RELATIONSHIP_LIST_TYPE, RELATIONSHIP_TYPE (Item 3)")
            .summary("each related person has 1 to 3 electronic relationships")
            .checkElectronic((f, c, r) -> Walk.persons(f, (path, person) -> {
              if (!person.relationships().isRecorded() || person.relationships().value().isEmpty()) {
                r.report(path + ".relationships", "related person " + person.name().displayName()
                    + " has no relationship; expected one or more of Executive Officer, Director, Promoter");
                return;
              }
              List<Relationship> list = person.relationships().value();
              if (list.size() > 3) {
                r.report(path + ".relationships", "lists " + list.size() + " relationships; the schema allows at most 3",
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
            })).build(),
        Rule.builder("D-XSD-CLARIFICATION-LENGTH")
            .severity(Severity.ERROR).citation(XSD + "STRING_255_TYPE (clarifications and descriptions)")
            .summary("clarifications and descriptions are at most 255 characters")
            .checkElectronic((f, c, r) -> Walk.clarifications(f, (path, text) -> length(r, path, text, 0, 255))).build(),
        Rule.builder("D-XSD-LIST-LIMITS")
            .severity(Severity.ERROR).citation(XSD + "ADDITIONAL_ISSUER_TYPE, RELATED_PERSONS_LIST, SALES_COMPENSATION_LIST, FED_EXEMPT_EXCLUDE_TYPE, SIGNATURE_BLOCK_TYPE")
            .summary("at most 99 co-issuers, 100 related persons, 100 recipients, 21 exemption items and 101 signatures")
            .checkElectronic((f, c, r) -> {
              limit(r, "additionalIssuers", f.additionalIssuers().size(), 99, "co-issuers");
              limit(r, "relatedPersons", f.relatedPersons().size(), 100, "related persons");
              limit(r, "offering.salesCompensationRecipients", f.offering().salesCompensationRecipients().size(), 100, "recipients");
              limit(r, "offering.federalExemptions", f.offering().federalExemptions().size(), 21, "exemption items");
              limit(r, "signatures", f.signatures().size(), 101, "signatures");
            }).build(),
        Rule.builder("D-XSD-ACCESSION-NUMBER")
            .severity(Severity.ERROR).citation(XSD + "FORMD_ACCESSION_NUMBER_TYPE (Item 7 previousAccessionNumber)")
            .summary("a previous accession number has the form nnnnnnnnnn-nn-nnnnnn")
            .checkElectronic((f, c, r) -> f.offering().typeOfFiling().previousAccessionNumber().ifPresent(a -> {
              if (!ACCESSION.matcher(a).matches()) {
                r.report("offering.typeOfFiling.previousAccessionNumber", "accession number '" + a
                    + "' is not of the form 0001234567-24-000001 (10, 2 and 6 digits)", "accessionNumber", a);
              }
            })).build(),
        Rule.builder("D-XSD-AMOUNTS")
            .severity(Severity.ERROR).citation(XSD + "POSITIVE_INTEGER_TYPE, AMOUNT_OR_INDEFINITE (Items 11, 13, 15, 16)")
            .summary("electronic amounts are whole dollars of at most 12 digits")
            .checkElectronic((f, c, r) -> {
              OfferingData o = f.offering();
              amount(r, "offering.minimumInvestment", o.minimumInvestment());
              o.amounts().totalOfferingAmount().amount().ifPresent(a -> amount(r, "offering.amounts.totalOfferingAmount", a));
              amount(r, "offering.amounts.totalAmountSold", o.amounts().totalAmountSold());
              o.amounts().totalRemaining().amount().ifPresent(a -> amount(r, "offering.amounts.totalRemaining", a));
              estimated(r, "offering.commissionsAndFees.salesCommissions", o.commissionsAndFees().salesCommissions());
              estimated(r, "offering.commissionsAndFees.findersFees", o.commissionsAndFees().findersFees());
              estimated(r, "offering.useOfProceeds.grossProceedsUsed", o.useOfProceeds().grossProceedsUsed());
              if (o.investors().totalNumberAlreadyInvested() > 999_999_999_999L) {
                r.report("offering.investors.totalNumberAlreadyInvested", "the number of investors "
                    + o.investors().totalNumberAlreadyInvested() + " has more than 12 digits");
              }
            }).build(),
        Rule.builder("D-XSD-SIGNATURE-FIELDS")
            .severity(Severity.ERROR).citation(XSD + "SIGNATURE_TYPE (signatureName 1-30, signatureTitle 1-60, names 1-150)")
            .summary("each signature has a typed signature (1-30), issuer and signer names (1-150) and a title (1-60)")
            .checkElectronic((f, c, r) -> {
              for (int i = 0; i < f.signatures().size(); i++) {
                Signature s = f.signatures().get(i);
                String path = "signatures[" + i + "]";
                if (s.signature().isEmpty()) {
                  r.report(path + ".signature", "signature " + (i + 1) + " has no typed signature (e.g. '/s/ "
                      + s.signerName() + "')");
                } else {
                  length(r, path + ".signature", s.signature().get(), 1, 30);
                }
                length(r, path + ".issuerName", s.issuerName(), 1, 150);
                length(r, path + ".signerName", s.signerName(), 1, 150);
                length(r, path + ".title", s.title(), 1, 60);
              }
            }).build(),
        Rule.builder("D-XSD-CRD-NUMBER")
            .severity(Severity.ERROR).citation(XSD + "CRD_NUMBER_TYPE (Item 12)")
            .summary("CRD numbers are 1 to 9 digits (or None)")
            .checkElectronic((f, c, r) -> Walk.recipients(f, (path, rec) -> {
              rec.crdNumber().ifPresent(n -> crd(r, path + ".crdNumber", n));
              rec.associatedBrokerDealerCrdNumber().ifPresent(n -> crd(r, path + ".associatedBrokerDealerCrdNumber", n));
            })).build(),
        Rule.builder("D-XSD-RECIPIENT-NAMES")
            .severity(Severity.ERROR).citation(XSD + "STRING_200_TYPE, BD_NAME_TYPE_200 (Item 12)")
            .summary("recipient and broker-dealer names are 1 to 200 characters")
            .checkElectronic((f, c, r) -> Walk.recipients(f, (path, rec) -> {
              length(r, path + ".name", rec.name(), 1, 200);
              rec.associatedBrokerDealerName().ifPresent(n -> length(r, path + ".associatedBrokerDealerName", n, 1, 200));
            })).build(),
        Rule.builder("D-XSD-SCHEMA-VERSION")
            .severity(Severity.WARNING).citation(XSD + "SCHEMA_VERSION_TYPE")
            .summary("a schema version is 5 characters such as X0708")
            .checkElectronic((f, c, r) -> f.schemaVersion().ifPresent(v -> {
              if (v.length() != 5) {
                r.report("schemaVersion", "schema version '" + v + "' is not 5 characters (e.g. X0708)", "schemaVersion", v);
              }
            })).build(),
        Rule.builder("D-XSD-CONTACT")
            .severity(Severity.ERROR).citation(XSD + "FORM_D_POINT_OF_CONTACT_TYPE, FORM_D_NOTIFY_GROUP_TYPE, FORM_D_EMAIL_TYPE")
            .summary("contact name 1-30, phone 1-20, well-formed e-mail addresses, at most 3 notification addresses")
            .checkElectronic((f, c, r) -> {
              f.contactData().ifPresent(contact -> {
                length(r, "contactData.name", contact.name(), 1, 30);
                length(r, "contactData.phone", contact.phone(), 1, 20);
                email(r, "contactData.email", contact.email());
              });
              limit(r, "notificationEmailAddresses", f.notificationEmailAddresses().size(), 3, "notification addresses");
              for (int i = 0; i < f.notificationEmailAddresses().size(); i++) {
                email(r, "notificationEmailAddresses[" + i + "]", f.notificationEmailAddresses().get(i));
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

  static void length(Reporter r, String path, String value, int min, int max) {
    int length = value.length();
    if (length < min || length > max) {
      r.report(path, (length < min ? "is empty" : "is " + length + " characters long")
          + "; the schema allows " + (min == 0 ? "at most " + max : min + " to " + max) + " characters",
          "length", length, "maximum", max);
    }
  }

  private static void limit(Reporter r, String path, int size, int max, String what) {
    if (size > max) {
      r.report(path, "lists " + size + " " + what + "; the schema allows at most " + max, "count", size, "maximum", max);
    }
  }

  private static void previousNames(Reporter r, String path, Optional<PreviousNames> names) {
    if (names.isEmpty()) {
      return;
    }
    List<String> list = names.get().names();
    limit(r, path + ".names", list.size(), 3, "previous names");
    for (int i = 0; i < list.size(); i++) {
      length(r, path + ".names[" + i + "]", list.get(i), 1, 150);
    }
  }

  private static void amount(Reporter r, String path, UsdAmount amount) {
    if (!amount.isWholeDollars()) {
      r.report(path, "amount " + amount.toPlainString() + " has cents; the electronic form takes whole dollars",
          "amount", amount.toPlainString());
    } else if (amount.value().compareTo(MAX_AMOUNT) > 0) {
      r.report(path, "amount " + amount.toPlainString() + " has more than 12 digits", "amount", amount.toPlainString());
    }
  }

  private static void estimated(Reporter r, String path, EstimatedAmount amount) {
    amount(r, path + ".amount", amount.amount());
  }

  private static void crd(Reporter r, String path, String number) {
    if (!CRD.matcher(number).matches()) {
      r.report(path, "CRD number '" + number + "' is not 1 to 9 digits (write None when there is none)", "crdNumber", number);
    }
  }

  private static void email(Reporter r, String path, String email) {
    if (!EMAIL.matcher(email).matches()) {
      r.report(path, "'" + email + "' is not a well-formed e-mail address", "email", email);
    }
  }
}
