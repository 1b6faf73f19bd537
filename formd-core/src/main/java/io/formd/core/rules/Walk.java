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
import java.util.function.Predicate;

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
   * data, codes typed as text) that {@code test} accepts, with its path: what EDGAR XML carries as character
   * data. Paths are only spelled out for the texts the test accepts (the rare bad ones).
   */
  static void texts(ElectronicFormD f, Predicate<String> test, BiConsumer<String, String> visitor) {
    Texts t = new Texts(test, visitor);
    t.opt("", "schemaVersion", f.schemaVersion());
    f.contactData().ifPresent(c -> {
      t.text("contactData", ".name", c.name());
      t.text("contactData", ".phone", c.phone());
      t.text("contactData", ".email", c.email());
    });
    t.all("notificationEmailAddresses", f.notificationEmailAddresses());
    issuers(f, (path, issuer) -> {
      t.opt(path, ".cik", issuer.cik());
      t.opt(path, ".ccc", issuer.ccc());
      t.text(path, ".name", issuer.name());
      t.text(path, ".phone", issuer.phone());
      t.opt(path, ".jurisdictionOfIncorporation", issuer.jurisdictionOfIncorporation());
      issuer.previousNames().ifPresent(n -> t.all(path + ".previousNames.names", n.names()));
      issuer.edgarPreviousNames().ifPresent(n -> t.all(path + ".edgarPreviousNames.names", n.names()));
      t.opt(path, ".entityTypeOtherDescription", issuer.entityTypeOtherDescription());
    });
    addresses(f, (path, a) -> {
      t.text(path, ".street1", a.street1());
      t.opt(path, ".street2", a.street2());
      t.text(path, ".city", a.city());
      t.opt(path, ".stateOrCountryDescription", a.stateOrCountryDescription());
      t.text(path, ".zipCode", a.zipCode());
    });
    persons(f, (path, p) -> {
      t.opt(path, ".name.firstName", p.name().firstName());
      t.opt(path, ".name.middleName", p.name().middleName());
      t.opt(path, ".name.lastName", p.name().lastName());
      t.opt(path, ".name.asWritten", p.name().asWritten());
    });
    recipients(f, (path, rec) -> {
      t.text(path, ".name", rec.name());
      t.opt(path, ".crdNumber", rec.crdNumber());
      t.opt(path, ".associatedBrokerDealerName", rec.associatedBrokerDealerName());
      t.opt(path, ".associatedBrokerDealerCrdNumber", rec.associatedBrokerDealerCrdNumber());
      List<io.formd.core.model.StatesOfSolicitation.Entry> states = rec.statesOfSolicitation().states();
      for (int i = 0; i < states.size(); i++) {
        t.opt(path, ".statesOfSolicitation.states[" + i + "].description", states.get(i).description());
      }
    });
    t.opt("offering.typeOfFiling", ".previousAccessionNumber", f.offering().typeOfFiling().previousAccessionNumber());
    clarifications(f, (path, text) -> t.text("", path, text));
    for (int i = 0; i < f.signatures().size(); i++) {
      io.formd.core.model.Signature s = f.signatures().get(i);
      String path = "signatures[" + i + "]";
      t.text(path, ".issuerName", s.issuerName());
      t.opt(path, ".signature", s.signature());
      t.text(path, ".signerName", s.signerName());
      t.text(path, ".title", s.title());
    }
  }

  /** Passes the texts a test accepts on, with their paths joined from a base and a suffix. */
  private static final class Texts {
    private final Predicate<String> test;
    private final BiConsumer<String, String> visitor;

    Texts(Predicate<String> test, BiConsumer<String, String> visitor) {
      this.test = test;
      this.visitor = visitor;
    }

    void text(String base, String suffix, String value) {
      if (test.test(value)) {
        visitor.accept(base + suffix, value);
      }
    }

    void opt(String base, String suffix, Optional<String> value) {
      if (value.isPresent()) {
        text(base, suffix, value.get());
      }
    }

    void all(String base, List<String> values) {
      for (int i = 0; i < values.size(); i++) {
        if (test.test(values.get(i))) {
          visitor.accept(base + "[" + i + "]", values.get(i));
        }
      }
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
