package io.formd.core.rules;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.PaperFormD;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The paths of the repeated parts of a filing, for the rules' loops over them (loops, not visitors: a lambda
 * costs a link at a run's first use and, under C1, an allocation per filing), and the small tests those loops make.
 * The paths of the first 128 elements of each list are built once: every filing's rules loop over them many times,
 * and almost never report one.
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
}
