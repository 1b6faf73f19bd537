package io.formd.core.rules;

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
  private static final String[] PERSONS = paths("relatedPersons[", "]");
  private static final String ELECTRONIC_RECIPIENTS = "offering.salesCompensationRecipients";
  private static final String PAPER_RECIPIENTS = "partB.salesCompensationRecipients";
  private static final String[] ELECTRONIC_RECIPIENT_PATHS = paths(ELECTRONIC_RECIPIENTS + "[", "]");
  private static final String[] PAPER_RECIPIENT_PATHS = paths(PAPER_RECIPIENTS + "[", "]");

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

  /**
   * @param filing a filing
   * @param i an index into its {@link FormD#issuers()}
   * @return the issuer's path: {@code issuers[i]}, or {@code issuer} on the paper form (which has one)
   */
  static String issuerPath(FormD filing, int i) {
    return filing instanceof PaperFormD ? "issuer" : path(ISSUERS, i);
  }

  /** @return the path of related person {@code i}: {@code relatedPersons[i]} */
  static String personPath(int i) {
    return path(PERSONS, i);
  }

  /** @return the path of sales compensation recipient {@code i} of the filing's edition */
  static String recipientPath(FormD filing, int i) {
    return path(filing instanceof ElectronicFormD ? ELECTRONIC_RECIPIENT_PATHS : PAPER_RECIPIENT_PATHS, i);
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

  /** @return whether the text is given and not blank (a loop's test without a lambda: one links at first use) */
  static boolean hasText(Optional<String> text) {
    return text.isPresent() && !text.get().isBlank();
  }

  /** @return whether the text is given and not empty */
  static boolean nonEmpty(Optional<String> text) {
    return text.isPresent() && !text.get().isEmpty();
  }

  /** @return whether the text is given and empty */
  static boolean empty(Optional<String> text) {
    return text.isPresent() && text.get().isEmpty();
  }

  /** @return whether any entry matches: a loop, as a stream costs more than the few entries a check looks at */
  static <T> boolean any(List<T> list, Predicate<? super T> test) {
    for (int i = 0; i < list.size(); i++) {
      if (test.test(list.get(i))) {
        return true;
      }
    }
    return false;
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
}
