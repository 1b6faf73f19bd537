package io.formd.core.amendments;

import io.formd.core.fields.Field;
import io.formd.core.fields.internal.Binding;
import io.formd.core.fields.internal.FieldWalk;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.EdgarCode;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.PersonName;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.Signature;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.EdgarLookup;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two electronic filings of one offering (a notice and its amendment, or two amendments), field
 * by field as the field table ({@link FormDFields}) lists them, each change with its path, its place on the printed
 * form
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
      "contactData", "notificationEmailAddresses");

  /** The issuers' values EDGAR fills in when a submission leaves them out. */
  private static final Pattern EDGAR_FILLED = Pattern.compile(
      "(issuers\\[\\d+])\\.(?:name|jurisdictionOfIncorporation)");

  /** A removed entry's index in a path. */
  private static final Pattern REMOVED = Pattern.compile("\\[removed \\d+]");

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
    // Match the list entries of the earlier filing to the later one's (the same person or party), then leave out of
    // the walk the pairs that are equal: they have no change, and most entries of two filings of an offering are.
    Map<String, String> renames = new HashMap<>();
    Map<String, String> afterRenames = new HashMap<>();
    match("issuers", before.issuers(), after.issuers(), FilingDiff::issuerKey, renames);
    List<RelatedPerson> personsBefore = new ArrayList<>();
    List<RelatedPerson> personsAfter = new ArrayList<>();
    prune("relatedPersons", before.relatedPersons(), after.relatedPersons(), FilingDiff::personKey, personsBefore,
        personsAfter, renames, afterRenames);
    List<SalesCompensationRecipient> recipientsBefore = new ArrayList<>();
    List<SalesCompensationRecipient> recipientsAfter = new ArrayList<>();
    prune("offering.salesCompensationRecipients", before.salesCompensationRecipients(),
        after.salesCompensationRecipients(), FilingDiff::recipientKey, recipientsBefore, recipientsAfter, renames,
        afterRenames);
    List<Signature> signaturesBefore = new ArrayList<>();
    List<Signature> signaturesAfter = new ArrayList<>();
    prune("signatures", before.signatures(), after.signatures(), FilingDiff::signatureKey, signaturesBefore,
        signaturesAfter, renames, afterRenames);
    // Each filing's values under their final paths (renamed as they are taken: renames are one-to-one).
    Map<String, String> rekeyed = values(without(before, personsBefore, recipientsBefore, signaturesBefore), renames);
    Map<String, String> is = values(without(after, personsAfter, recipientsAfter, signaturesAfter), afterRenames);
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

  /** The filing with only the given persons, recipients and signatures (the same filing when nothing was left out). */
  private static ElectronicFormD without(ElectronicFormD f, List<RelatedPerson> persons,
      List<SalesCompensationRecipient> recipients, List<Signature> signatures) {
    if (persons.size() == f.relatedPersons().size() && recipients.size() == f.salesCompensationRecipients().size()
        && signatures.size() == f.signatures().size()) {
      return f;
    }
    return ElectronicFormD.builder().from(f).relatedPersons(persons).signatures(signatures)
        .offering(recipients.size() == f.salesCompensationRecipients().size() ? f.offering()
            : OfferingData.builder().from(f.offering()).salesCompensationRecipients(recipients)
                .build())
        .build();
  }

  /**
   * Matches a list's entries ({@link #match}) and keeps, of each filing's entries, those not equal to their match;
   * the renames take a kept entry's index among the kept ones to its final path: the later filing's index (or
   * {@code [removed i]}) for the earlier filing, its own index for the later one.
   */
  private static <T> void prune(String list, List<T> before, List<T> after, Function<T, String> key, List<T> keptBefore,
      List<T> keptAfter, Map<String, String> renames, Map<String, String> afterRenames) {
    Map<String, String> matched = new HashMap<>();
    match(list, before, after, key, matched);
    boolean[] same = new boolean[after.size()];
    for (int i = 0; i < before.size(); i++) {
      String target = matched.get(list + "[" + i + "]");
      if (!target.contains("[removed ")) {
        int j = Integer.parseInt(target.substring(list.length() + 1, target.length() - 1));
        if (before.get(i).equals(after.get(j))) {
          same[j] = true;
          continue;
        }
      }
      renames.put(list + "[" + keptBefore.size() + "]", target);
      keptBefore.add(before.get(i));
    }
    for (int j = 0; j < after.size(); j++) {
      if (!same[j]) {
        afterRenames.put(list + "[" + keptAfter.size() + "]", list + "[" + j + "]");
        keptAfter.add(after.get(j));
      }
    }
  }

  /**
   * A submission leaves out the issuers' names and jurisdictions, which EDGAR fills in from its records (technical
   * specification v13 §3.3 o#3, o#4): for an issuer in both filings, one giving such a value and the other leaving it
   * to EDGAR is no change. An issuer added or removed keeps its name among the changes.
   */
  private static boolean leftToEdgar(String path, String before, String after, Map<String, String> renames) {
    Matcher m = EDGAR_FILLED.matcher(path);
    return m.matches() && renames.containsValue(m.group(1)) && (before == null || before.isEmpty() || after == null
        || after.isEmpty());
  }

  private static Change change(String path, String before, String after) {
    String tablePath = path.contains("[removed ") ? REMOVED.matcher(path).replaceAll("[0]") : path;
    String place = FormDFields.find(Edition.ELECTRONIC, tablePath).map(Field::place).orElse(path);
    return new Change(path, place, Optional.ofNullable(before), Optional.ofNullable(after));
  }

  /** What a row's values are to the diff. */
  private enum Role {
    /** Information about the offering, compared value by value. */
    COMPARED,
    /** Not information about the offering (credentials, contact, EDGAR's own records). */
    EXCLUDED,
    /** A recipient's state of solicitation: the states are compared as a set. */
    STATE,
    /** A state's description, which EDGAR fills in. */
    STATE_DESCRIPTION
  }

  /** Each row's role, decided once from its model path. */
  private static final Map<Field, Role> ROLES = roles();

  private static Map<Field, Role> roles() {
    Map<Field, Role> roles = new IdentityHashMap<>();
    ArrayDeque<Field> rows = new ArrayDeque<>(List.of(FormDFields.electronic()));
    while (!rows.isEmpty()) {
      Field row = rows.pop();
      String path = row.path();
      roles.put(row, excluded(path) ? Role.EXCLUDED
          : path.endsWith(".statesOfSolicitation.states[].state") ? Role.STATE
          : path.endsWith(".statesOfSolicitation.states[].description") ? Role.STATE_DESCRIPTION : Role.COMPARED);
      rows.addAll(row.children());
    }
    return roles;
  }

  /** @return each leaf value of the filing by its path, in document order; lists of plain values as sorted sets */
  private static Map<String, String> values(ElectronicFormD filing, Map<String, String> renames) {
    Map<String, String> values = new LinkedHashMap<>(256);
    // Keys are final paths, renamed as they are taken (renames are one-to-one, so no two keys meet).
    UnaryOperator<String> key = renames.isEmpty() ? path -> path : new Renamer(renames);
    Map<String, TreeSet<String>> states = new LinkedHashMap<>(); // and Item 9's boxes: sets by path
    LEAVES.walk(filing, new FieldWalk.Visitor() {
      @Override
      public void visit(Field field, Object value, FieldWalk.Cursor at) {
        if (field.isList() || value == null) {
          return; // the elements of a plain list are compared as a set, in list()
        }
        Role role = ROLES.getOrDefault(field, Role.COMPARED);
        if (role == Role.EXCLUDED || role == Role.STATE_DESCRIPTION) {
          return;
        }
        if (value instanceof Boolean && (field.kind() == Kind.SECURITY_TYPE || field.kind() == Kind.YEAR_KIND)) {
          if (!(Boolean) value) {
            return; // an unchecked box is no value
          }
          // Every box of Item 9 (and of the year's kind) has the model path of the set (or the kind) it stands in:
          // the checked boxes' labels are the value, Item 9's as a set.
          String label = text(Binding.of(field).constant().orElseThrow());
          if (field.kind() == Kind.YEAR_KIND) {
            values.put(key.apply(at.path()), label);
          } else {
            values.putIfAbsent(key.apply(at.path()), "");
            states.computeIfAbsent(at.path(), k -> new TreeSet<>()).add(label);
          }
          return;
        }
        String path = at.path();
        if (role == Role.STATE) {
          // A recipient's states are a set, compared by code, under the list's own path.
          String list = path.substring(0, path.lastIndexOf(".states["));
          values.putIfAbsent(key.apply(list), "");
          states.computeIfAbsent(list, k -> new TreeSet<>()).add(text(value));
          return;
        }
        values.put(key.apply(path), text(value));
      }

      @Override
      public void list(Field field, List<?> list, FieldWalk.Cursor at) {
        if (list.isEmpty() || field.kind() == Kind.GROUP || ROLES.get(field) == Role.EXCLUDED) {
          return;
        }
        TreeSet<String> set = new TreeSet<>();
        for (Object element : list) {
          set.add(text(element));
        }
        values.put(key.apply(at.path()), String.join(", ", set));
      }
    });
    states.forEach((path, set) -> values.put(key.apply(path), String.join(", ", set)));
    return values;
  }

  /** @param path a row's model path, {@code []} for each index */
  private static boolean excluded(String path) {
    for (String part : NOT_OFFERING_INFORMATION) {
      if (path.equals(part) || path.startsWith(part + ".") || path.startsWith(part + "[")) {
        return true;
      }
    }
    return path.endsWith(".ccc") || path.contains(".edgarPreviousNames");
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
    if (value instanceof PersonName) {
      return ((PersonName) value).displayName();
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

  /**
   * Renames paths under matched list entries ({@code relatedPersons[2].name.lastName} under
   * {@code relatedPersons[0]}, say). The keys are list entries ({@code LIST[n]}), so only the first bracket of a path
   * can close one; and a walk gives the leaves of one entry one after another, so the last entry's answer is kept.
   */
  private static final class Renamer implements UnaryOperator<String> {
    private final Map<String, String> renames;
    private String lastEntry;
    private String lastRenamed;

    Renamer(Map<String, String> renames) {
      this.renames = renames;
    }

    @Override
    public String apply(String path) {
      char first = path.charAt(0);
      if (first != 'i' && first != 'r' && first != 's' && first != 'o') {
        return path; // only issuers, relatedPersons, signatures and offering.salesCompensationRecipients are renamed
      }
      int bracket = path.indexOf(']');
      if (bracket < 0) {
        return path;
      }
      String renamed;
      if (lastEntry != null && lastEntry.length() == bracket + 1 && path.startsWith(lastEntry)) {
        renamed = lastRenamed;
      } else {
        lastEntry = path.substring(0, bracket + 1);
        renamed = renames.get(lastEntry);
        lastRenamed = renamed;
      }
      return renamed == null ? path : renamed + path.substring(bracket + 1);
    }
  }

  static String issuerKey(Issuer issuer) {
    return issuer.cik().map(c -> "CIK " + withoutLeadingZeros(c))
        .orElseGet(() -> EdgarLookup.conformedName(issuer.name().orElse("")));
  }

  /** @return the CIK without its leading zeros, but for the last character (no regex: this runs for every issuer) */
  static String withoutLeadingZeros(String cik) {
    int i = 0;
    while (i < cik.length() - 1 && cik.charAt(i) == '0') {
      i++;
    }
    return cik.substring(i);
  }

  private static String personKey(RelatedPerson person) {
    return EdgarLookup.conformedName(person.name().displayName());
  }

  private static String recipientKey(SalesCompensationRecipient recipient) {
    return EdgarLookup.conformedName(recipient.name()) + "|" + recipient.crdNumber().orElse("");
  }

  private static String signatureKey(Signature signature) {
    return EdgarLookup.conformedName(signature.issuerName()) + "|" + EdgarLookup.conformedName(signature.signerName());
  }
}
