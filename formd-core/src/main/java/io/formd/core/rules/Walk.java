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

/** Visits the repeated parts of a filing with their paths. */
final class Walk {

  private Walk() {}

  static void issuers(FormD filing, BiConsumer<String, Issuer> visitor) {
    if (filing instanceof PaperFormD) {
      visitor.accept("issuer", ((PaperFormD) filing).issuer());
      return;
    }
    List<Issuer> issuers = filing.issuers();
    for (int i = 0; i < issuers.size(); i++) {
      visitor.accept("issuers[" + i + "]", issuers.get(i));
    }
  }

  static void persons(FormD filing, BiConsumer<String, RelatedPerson> visitor) {
    List<RelatedPerson> persons = filing.relatedPersons();
    for (int i = 0; i < persons.size(); i++) {
      visitor.accept("relatedPersons[" + i + "]", persons.get(i));
    }
  }

  static String recipientsPath(FormD filing) {
    return filing instanceof ElectronicFormD ? "offering.salesCompensationRecipients" : "partB.salesCompensationRecipients";
  }

  static void recipients(FormD filing, BiConsumer<String, SalesCompensationRecipient> visitor) {
    List<SalesCompensationRecipient> recipients = filing.salesCompensationRecipients();
    String base = recipientsPath(filing);
    for (int i = 0; i < recipients.size(); i++) {
      visitor.accept(base + "[" + i + "]", recipients.get(i));
    }
  }

  static void addresses(FormD filing, BiConsumer<String, Address> visitor) {
    issuers(filing, (path, issuer) -> visitor.accept(path + ".address", issuer.address()));
    if (filing instanceof PaperFormD) {
      ((PaperFormD) filing).principalBusinessAddress().ifPresent(a -> visitor.accept("principalBusinessAddress", a));
    }
    persons(filing, (path, person) -> visitor.accept(path + ".address", person.address()));
    recipients(filing, (path, recipient) -> visitor.accept(path + ".address", recipient.address()));
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
