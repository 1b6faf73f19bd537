package io.formd.json.internal;

/** How what people read (the HTML page, a diff's lines) names one entry of a filing's lists. */
public final class Blocks {

  private Blocks() {}

  /**
   * @param list the list's property ({@code relatedPersons}; a path's last step, without {@code offering.})
   * @param index the entry's index, from 0
   * @return "Related person 3" for {@code relatedPersons} and 2, "Primary issuer" for the first of {@code issuers};
   *     null for a list whose entries are no block of the form
   */
  public static String name(String list, int index) {
    int n = index + 1;
    return switch (list) {
      case "issuers" -> n == 1 ? "Primary issuer" : "Issuer " + n;
      case "relatedPersons" -> "Related person " + n;
      case "salesCompensationRecipients" -> "Recipient " + n;
      case "signatures" -> "Signature " + n;
      case "appendix" -> "Appendix, state " + n;
      default -> null;
    };
  }
}
