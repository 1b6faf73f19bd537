package io.formd.core.amendments;

import io.formd.core.fields.Field;
import io.formd.core.fields.FieldWalk;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.EdgarCode;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.Signature;
import io.formd.core.model.UsdAmount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed between two electronic filings of one offering (a notice and its amendment, or two amendments), field
 * by field as the field table ({@link FormDFields}) lists them, each change with its path, its place on the printed form
 * and its values before and after.
 *
 * <p>Entries of a list are matched as the same person or party, not by position: a related person by name, an issuer
 * by CIK (or name), a recipient by name and CRD number, a signature by issuer and signer. A person listed third before
 * and first after is the same person; only what changed about them is a change. Lists of plain values (exemptions,
 * states of solicitation, relationships, previous names) are compared as sets: an order of their own does not count.
 * Submission-only parts (credentials, contact, notification addresses, schema version) are not information about the
 * offering and are left out.
 *
 * <pre>{@code
 * for (Change c : FilingDiff.between(notice, amendment)) {
 *   System.out.println(c.place() + ": " + c.before().orElse("-") + " -> " + c.after().orElse("-"));
 * }
 * }</pre>
 */
public final class FilingDiff {

  /** Every leaf row of the electronic form's table: texts, codes, amounts, dates, flags, lists of plain values. */
  private static final FieldWalk LEAVES = FieldWalk.of(FormDFields.electronic(),
      f -> f.kind() != Kind.GROUP && f.kind() != Kind.WRAPPER);

  /** Parts of the document that are not information about the offering. */
  private static final List<String> NOT_OFFERING_INFORMATION = List.of("schemaVersion", "testOrLive", "returnCopy",
      "contactData", "notificationEmailAddresses", "issuers[0].ccc", "edgarPreviousNames");

  /** The issuers' values EDGAR fills in when a submission leaves them out. */
  private static final java.util.regex.Pattern EDGAR_FILLED = java.util.regex.Pattern.compile(
      "(issuers\\[\\d+])\\.(?:name|jurisdictionOfIncorporation)");

  /** A state of solicitation of a recipient, and its description. */
  private static final java.util.regex.Pattern STATE_ENTRY = java.util.regex.Pattern.compile(
      "(.*\\.statesOfSolicitation)\\.states\\[\\d+]\\.(state|description)");

  private FilingDiff() {}

  /**
   * @param before the earlier filing
   * @param after the later filing
   * @return every change, in the later filing's document order (removals after the changes of their list), stable
   *     for the same two filings
   */
  public static List<Change> between(ElectronicFormD before, ElectronicFormD after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Map<String, String> was = values(before);
    Map<String, String> is = values(after);
    // Re-key the earlier filing's list entries to the later one's indexes of the same person or party.
    Map<String, String> renames = new HashMap<>();
    match("issuers", before.issuers(), after.issuers(), FilingDiff::issuerKey, renames);
    match("relatedPersons", before.relatedPersons(), after.relatedPersons(), FilingDiff::personKey, renames);
    match("offering.salesCompensationRecipients", before.salesCompensationRecipients(),
        after.salesCompensationRecipients(), FilingDiff::recipientKey, renames);
    match("signatures", before.signatures(), after.signatures(), FilingDiff::signatureKey, renames);
    Map<String, String> rekeyed = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : was.entrySet()) {
      rekeyed.put(rename(e.getKey(), renames), e.getValue());
    }
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<String, String> e : is.entrySet()) {
      String old = rekeyed.get(e.getKey());
      if (!e.getValue().equals(old) && !leftToEdgar(e.getKey(), old, e.getValue(), renames)) {
        changes.add(change(e.getKey(), old, e.getValue()));
      }
    }
    for (Map.Entry<String, String> e : rekeyed.entrySet()) {
      if (!is.containsKey(e.getKey()) && !leftToEdgar(e.getKey(), e.getValue(), null, renames)) {
        changes.add(change(e.getKey(), e.getValue(), null));
      }
    }
    return Collections.unmodifiableList(changes);
  }

  /**
   * A submission leaves out the issuers' names and jurisdictions, which EDGAR fills in from its records (technical
   * specification v13 §3.3 o#3, o#4): for an issuer in both filings, one giving such a value and the other leaving it
   * to EDGAR is no change. An issuer added or removed keeps its name among the changes.
   */
  private static boolean leftToEdgar(String path, String before, String after, Map<String, String> renames) {
    java.util.regex.Matcher m = EDGAR_FILLED.matcher(path);
    return m.matches() && renames.containsValue(m.group(1)) && (before == null || before.isEmpty() || after == null
        || after.isEmpty());
  }

  private static Change change(String path, String before, String after) {
    String tablePath = path.replaceAll("\\[removed \\d+]", "[0]");
    String place = FormDFields.find(io.formd.core.model.Edition.ELECTRONIC, tablePath).map(Field::place).orElse(path);
    return new Change(path, place, Optional.ofNullable(before), Optional.ofNullable(after));
  }

  /** @return each leaf value of the filing by its path, in document order; lists of plain values as sorted sets */
  private static Map<String, String> values(ElectronicFormD filing) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, TreeSet<String>> states = new LinkedHashMap<>();
    LEAVES.walk(filing, new FieldWalk.Visitor() {
      @Override
      public void visit(Field field, Object value, FieldWalk.Cursor at) {
        if (field.isList() || value == null) {
          return; // the elements of a plain list are compared as a set, in list()
        }
        String path = at.path();
        if (excluded(path)) {
          return;
        }
        java.util.regex.Matcher state = STATE_ENTRY.matcher(path);
        if (state.matches()) {
          // A recipient's states are a set, compared by code; EDGAR fills in their descriptions.
          if (state.group(2).equals("state")) {
            values.putIfAbsent(state.group(1), "");
            states.computeIfAbsent(state.group(1), k -> new TreeSet<>()).add(text(value));
          }
          return;
        }
        if (value instanceof Boolean && (field.kind() == Kind.SECURITY_TYPE || field.kind() == Kind.YEAR_KIND)
            && !(Boolean) value) {
          return; // an unchecked box is no value
        }
        values.put(path, text(value));
      }

      @Override
      public void list(Field field, List<?> list, FieldWalk.Cursor at) {
        String path = at.path();
        if (excluded(path) || list.isEmpty() || field.kind() == Kind.GROUP) {
          return;
        }
        TreeSet<String> set = new TreeSet<>();
        for (Object element : list) {
          set.add(text(element));
        }
        values.put(path, String.join(", ", set));
      }
    });
    states.forEach((path, set) -> values.put(path, String.join(", ", set)));
    return values;
  }

  private static boolean excluded(String path) {
    for (String part : NOT_OFFERING_INFORMATION) {
      if (path.equals(part) || path.startsWith(part + ".") || path.startsWith(part + "[")
          || part.equals("issuers[0].ccc") && path.endsWith(".ccc")
          || part.equals("edgarPreviousNames") && path.contains(".edgarPreviousNames")) {
        return true;
      }
    }
    return false;
  }

  private static String text(Object value) {
    if (value instanceof UsdAmount) {
      return ((UsdAmount) value).toPlainString();
    }
    if (value instanceof OfferingAmount) {
      return ((OfferingAmount) value).toEdgarString();
    }
    if (value instanceof EdgarCode) {
      return ((EdgarCode) value).label();
    }
    if (value instanceof io.formd.core.model.PersonName) {
      return ((io.formd.core.model.PersonName) value).displayName();
    }
    return String.valueOf(value);
  }

  private static <T> void match(String list, List<T> before, List<T> after, Function<T, String> key,
      Map<String, String> renames) {
    Map<String, List<Integer>> free = new HashMap<>();
    for (int j = 0; j < after.size(); j++) {
      free.computeIfAbsent(key.apply(after.get(j)), k -> new ArrayList<>()).add(j);
    }
    boolean[] taken = new boolean[after.size()];
    int[] target = new int[before.size()];
    for (int i = 0; i < before.size(); i++) {
      List<Integer> same = free.getOrDefault(key.apply(before.get(i)), List.of());
      target[i] = -1;
      for (Integer j : same) {
        if (!taken[j]) {
          taken[j] = true;
          target[i] = j;
          break;
        }
      }
    }
    for (int i = 0; i < before.size(); i++) {
      String from = list + "[" + i + "]";
      renames.put(from, target[i] >= 0 ? list + "[" + target[i] + "]" : list + "[removed " + i + "]");
    }
  }

  private static String rename(String path, Map<String, String> renames) {
    int bracket = path.indexOf(']');
    while (bracket >= 0) {
      String prefix = path.substring(0, bracket + 1);
      String renamed = renames.get(prefix);
      if (renamed != null) {
        return renamed + path.substring(bracket + 1);
      }
      bracket = path.indexOf(']', bracket + 1);
    }
    return path;
  }

  private static String normal(String text) {
    return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").trim();
  }

  private static String issuerKey(Issuer issuer) {
    return issuer.cik().map(c -> "CIK " + c.replaceFirst("^0+(?=.)", "")).orElse(normal(issuer.name()));
  }

  private static String personKey(RelatedPerson person) {
    return normal(person.name().displayName());
  }

  private static String recipientKey(SalesCompensationRecipient recipient) {
    return normal(recipient.name()) + "|" + recipient.crdNumber().orElse("");
  }

  private static String signatureKey(Signature signature) {
    return normal(signature.issuerName()) + "|" + normal(signature.signerName());
  }
}
