package io.formd.core.rules;

import io.formd.core.model.Address;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.SalesCompensationRecipient;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Visits the repeated parts of a filing with their paths. The paths of the first 128 elements of each list
 * are built once: every filing walks them many times (once per rule), and almost never reports one.
 */
final class Walk {

  private static final int CACHED = 128;
  private static final String[] ISSUERS = paths("issuers[", "]");
  private static final String[] ISSUER_ADDRESSES = paths("issuers[", "].address");
  private static final String[] PERSONS = paths("relatedPersons[", "]");
  private static final String[] PERSON_ADDRESSES = paths("relatedPersons[", "].address");
  private static final String ELECTRONIC_RECIPIENTS = "offering.salesCompensationRecipients";
  private static final String PAPER_RECIPIENTS = "partB.salesCompensationRecipients";
  private static final String[] ELECTRONIC_RECIPIENT_PATHS = paths(ELECTRONIC_RECIPIENTS + "[", "]");
  private static final String[] ELECTRONIC_RECIPIENT_ADDRESSES = paths(ELECTRONIC_RECIPIENTS + "[", "].address");
  private static final String[] PAPER_RECIPIENT_PATHS = paths(PAPER_RECIPIENTS + "[", "]");
  private static final String[] PAPER_RECIPIENT_ADDRESSES = paths(PAPER_RECIPIENTS + "[", "].address");

  private Walk() {}

  private static String[] paths(String prefix, String suffix) {
    String[] paths = new String[CACHED];
    for (int i = 0; i < CACHED; i++) {
      paths[i] = prefix + i + suffix;
    }
    return paths;
  }

  /** @return {@code cached[i]}, or the same path spelled out for an index past the cache */
  private static String path(String[] cached, int i) {
    if (i < CACHED) {
      return cached[i];
    }
    String first = cached[0];
    int bracket = first.lastIndexOf('[');
    return first.substring(0, bracket + 1) + i + first.substring(first.indexOf(']', bracket));
  }

  static void issuers(FormD filing, BiConsumer<String, Issuer> visitor) {
    issuers(filing, ISSUERS, "issuer", visitor);
  }

  private static void issuers(FormD filing, String[] paths, String paperPath, BiConsumer<String, Issuer> visitor) {
    if (filing instanceof PaperFormD) {
      visitor.accept(paperPath, ((PaperFormD) filing).issuer());
      return;
    }
    List<Issuer> issuers = filing.issuers();
    for (int i = 0; i < issuers.size(); i++) {
      visitor.accept(path(paths, i), issuers.get(i));
    }
  }

  static void persons(FormD filing, BiConsumer<String, RelatedPerson> visitor) {
    List<RelatedPerson> persons = filing.relatedPersons();
    for (int i = 0; i < persons.size(); i++) {
      visitor.accept(path(PERSONS, i), persons.get(i));
    }
  }

  static String recipientsPath(FormD filing) {
    return filing instanceof ElectronicFormD ? ELECTRONIC_RECIPIENTS : PAPER_RECIPIENTS;
  }

  static void recipients(FormD filing, BiConsumer<String, SalesCompensationRecipient> visitor) {
    String[] paths = filing instanceof ElectronicFormD ? ELECTRONIC_RECIPIENT_PATHS : PAPER_RECIPIENT_PATHS;
    List<SalesCompensationRecipient> recipients = filing.salesCompensationRecipients();
    for (int i = 0; i < recipients.size(); i++) {
      visitor.accept(path(paths, i), recipients.get(i));
    }
  }

  static void addresses(FormD filing, BiConsumer<String, Address> visitor) {
    issuers(filing, ISSUER_ADDRESSES, "issuer.address", (path, issuer) -> visitor.accept(path, issuer.address()));
    if (filing instanceof PaperFormD) {
      ((PaperFormD) filing).principalBusinessAddress().ifPresent(a -> visitor.accept("principalBusinessAddress", a));
    }
    List<RelatedPerson> persons = filing.relatedPersons();
    for (int i = 0; i < persons.size(); i++) {
      visitor.accept(path(PERSON_ADDRESSES, i), persons.get(i).address());
    }
    String[] paths = filing instanceof ElectronicFormD ? ELECTRONIC_RECIPIENT_ADDRESSES : PAPER_RECIPIENT_ADDRESSES;
    List<SalesCompensationRecipient> recipients = filing.salesCompensationRecipients();
    for (int i = 0; i < recipients.size(); i++) {
      visitor.accept(path(paths, i), recipients.get(i).address());
    }
  }

  /**
   * Every free text of an electronic filing (names, addresses, descriptions, clarifications, signatures, contact
   * data, codes typed as text), with its path: what EDGAR XML carries as character data.
   */
  static void texts(ElectronicFormD f, BiConsumer<String, String> visitor) {
    accept(visitor, "schemaVersion", f.schemaVersion());
    f.contactData().ifPresent(c -> {
      visitor.accept("contactData.name", c.name());
      visitor.accept("contactData.phone", c.phone());
      visitor.accept("contactData.email", c.email());
    });
    for (int i = 0; i < f.notificationEmailAddresses().size(); i++) {
      visitor.accept("notificationEmailAddresses[" + i + "]", f.notificationEmailAddresses().get(i));
    }
    issuers(f, (path, issuer) -> {
      accept(visitor, path + ".cik", issuer.cik());
      accept(visitor, path + ".ccc", issuer.ccc());
      visitor.accept(path + ".name", issuer.name());
      visitor.accept(path + ".phone", issuer.phone());
      accept(visitor, path + ".jurisdictionOfIncorporation", issuer.jurisdictionOfIncorporation());
      issuer.previousNames().ifPresent(n -> each(visitor, path + ".previousNames.names", n.names()));
      issuer.edgarPreviousNames().ifPresent(n -> each(visitor, path + ".edgarPreviousNames.names", n.names()));
      accept(visitor, path + ".entityTypeOtherDescription", issuer.entityTypeOtherDescription());
    });
    addresses(f, (path, a) -> {
      visitor.accept(path + ".street1", a.street1());
      accept(visitor, path + ".street2", a.street2());
      visitor.accept(path + ".city", a.city());
      accept(visitor, path + ".stateOrCountryDescription", a.stateOrCountryDescription());
      visitor.accept(path + ".zipCode", a.zipCode());
    });
    persons(f, (path, p) -> {
      accept(visitor, path + ".name.firstName", p.name().firstName());
      accept(visitor, path + ".name.middleName", p.name().middleName());
      accept(visitor, path + ".name.lastName", p.name().lastName());
      accept(visitor, path + ".name.asWritten", p.name().asWritten());
    });
    recipients(f, (path, rec) -> {
      visitor.accept(path + ".name", rec.name());
      accept(visitor, path + ".crdNumber", rec.crdNumber());
      accept(visitor, path + ".associatedBrokerDealerName", rec.associatedBrokerDealerName());
      accept(visitor, path + ".associatedBrokerDealerCrdNumber", rec.associatedBrokerDealerCrdNumber());
      for (int i = 0; i < rec.statesOfSolicitation().states().size(); i++) {
        accept(visitor, path + ".statesOfSolicitation.states[" + i + "].description",
            rec.statesOfSolicitation().states().get(i).description());
      }
    });
    accept(visitor, "offering.typeOfFiling.previousAccessionNumber", f.offering().typeOfFiling().previousAccessionNumber());
    clarifications(f, visitor);
    for (int i = 0; i < f.signatures().size(); i++) {
      io.formd.core.model.Signature s = f.signatures().get(i);
      String path = "signatures[" + i + "]";
      visitor.accept(path + ".issuerName", s.issuerName());
      accept(visitor, path + ".signature", s.signature());
      visitor.accept(path + ".signerName", s.signerName());
      visitor.accept(path + ".title", s.title());
    }
  }

  private static void each(BiConsumer<String, String> visitor, String path, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      visitor.accept(path + "[" + i + "]", values.get(i));
    }
  }

  /** The electronic form's clarifications and Item 9 description, with their paths (XSD limit 255 each). */
  static void clarifications(ElectronicFormD filing, BiConsumer<String, String> visitor) {
    persons(filing, (path, p) -> p.relationshipClarification().ifPresent(c -> visitor.accept(path + ".relationshipClarification", c)));
    accept(visitor, "offering.otherSecurityTypeDescription", filing.offering().otherSecurityTypeDescription());
    accept(visitor, "offering.businessCombinationClarification", filing.offering().businessCombinationClarification());
    accept(visitor, "offering.amounts.clarification", filing.offering().amounts().clarification());
    accept(visitor, "offering.commissionsAndFees.clarification", filing.offering().commissionsAndFees().clarification());
    accept(visitor, "offering.useOfProceeds.clarification", filing.offering().useOfProceeds().clarification());
  }

  private static void accept(BiConsumer<String, String> visitor, String path, Optional<String> value) {
    value.ifPresent(v -> visitor.accept(path, v));
  }
}
