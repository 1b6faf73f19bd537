package io.formd.core.amendments;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.EdgarCalendar;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Limits;
import io.formd.core.rules.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Filings over time, of one issuer or of a whole feed, linked into offerings as EDGAR links them, and what they owe as
 * of a date. An amendment joins the filing its previous accession number names, and filings of one file number (EDGAR
 * gives each notice one, which its amendments keep) join each other; an offering whose notice is not in the input is
 * kept whole and says so ({@link Offering#noticeInInput()}), its dates taken from the filings known. Each new notice is
 * checked against the 15-day deadline (17 CFR 230.503(a)(1), with EDGAR's closures); each amendment filed after the
 * first anniversary of the filing before it is late (503(a)(3)(iii)), and each offering still going owes one on the
 * first anniversary of its last filing. The limits that span offerings are counted per issuer (the primary issuer's
 * CIK), as the rules count them: Rule 504's ceiling on what the issuer sold in 12 months (230.504(b)(2)) and, from
 * 2021-03-15, Rule 506(b)'s 35 non-accredited purchasers in any 90 calendar days (230.506(b)(2)(i)). Obligations are
 * those of the filings known on the day asked for: a filing made later neither hides nor answers them. Everything it
 * finds is a WARNING or an INFO: a late or missing filing breaches Rule 503 without costing the exemption (230.507).
 *
 * <pre>{@code
 * OfferingTimeline timeline = OfferingTimeline.of(List.of(
 *     new OfferingTimeline.Filed(notice, "0001234567-24-000001", LocalDate.of(2024, 3, 4)),
 *     new OfferingTimeline.Filed(amendment, "0001234567-25-000002", LocalDate.of(2025, 2, 20))));
 * timeline.offerings();                                   // one offering: the notice and its amendment
 * timeline.obligations(LocalDate.of(2026, 3, 1));         // the annual amendment of 2026-02-20: overdue
 * }</pre>
 */
public final class OfferingTimeline {

  /**
   * What a timeline needs of one filing: a few facts, not the whole filing, so a year of the whole market (about 60,000
   * filings) fits in a few tens of megabytes.
   *
   * @param submissionType {@code submissionType}: D or D/A
   * @param amendment {@code isAmendment}
   * @param issuerCik the primary issuer's CIK as written, when given
   * @param issuerName the primary issuer's name
   * @param previousAccessionNumber {@code previousAccessionNumber}, when given and not blank
   * @param dateOfFirstSale {@code dateOfFirstSale}, when given (empty: yet to occur)
   * @param exemptions Item 6's exemptions
   * @param totalOfferingAmount Item 13's total offering amount, empty when indefinite
   * @param totalAmountSold Item 13's total amount sold
   * @param nonAccreditedInvestors Item 14's non-accredited investors (0 when not given)
   */
  public record Facts(SubmissionType submissionType, boolean amendment, Optional<String> issuerCik, String issuerName,
      Optional<String> previousAccessionNumber, Optional<LocalDate> dateOfFirstSale, Set<FederalExemption> exemptions,
      Optional<UsdAmount> totalOfferingAmount, UsdAmount totalAmountSold, long nonAccreditedInvestors) {
    /** Checks the parts are given and copies the set. */
    public Facts {
      Objects.requireNonNull(submissionType, "submissionType");
      Objects.requireNonNull(issuerCik, "issuerCik");
      Objects.requireNonNull(issuerName, "issuerName");
      Objects.requireNonNull(previousAccessionNumber, "previousAccessionNumber");
      Objects.requireNonNull(dateOfFirstSale, "dateOfFirstSale");
      exemptions = Set.copyOf(exemptions);
      Objects.requireNonNull(totalOfferingAmount, "totalOfferingAmount");
      Objects.requireNonNull(totalAmountSold, "totalAmountSold");
    }

    /**
     * @param filing a filing
     * @return what a timeline needs of it
     */
    public static Facts of(ElectronicFormD filing) {
      TypeOfFiling type = filing.offering().typeOfFiling();
      return new Facts(filing.submissionType(), type.amendment(), filing.primaryIssuer().cik(),
          filing.primaryIssuer().name().orElse(""),
          type.previousAccessionNumber().map(String::trim).filter(a -> !a.isEmpty()),
          type.dateOfFirstSale(), Set.copyOf(filing.offering().federalExemptions()),
          filing.offering().amounts().totalOfferingAmount().amount(), filing.offering().amounts().totalAmountSold(),
          filing.offering().investors().numberNonAccreditedInvestors().orElse(0L));
    }

    /**
     * @return who the issuer is, for the limits that count per issuer: its CIK without leading zeros, or, without a
     *     CIK, its name in capitals with runs of spaces made one
     */
    public String issuerKey() {
      return issuerCik.map(c -> c.trim().replaceFirst("^0+(?=.)", ""))
          .orElseGet(() -> "name:" + issuerName.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
    }
  }

  /**
   * One filing as EDGAR filed it.
   *
   * @param accessionNumber its accession number
   * @param filedDate the day EDGAR filed it
   * @param fileNumber the file number EDGAR gave its offering ({@code 021-...}; a notice and its amendments share it),
   *     when the source gives it (EDGAR's envelope and the data sets do; the primary document does not)
   * @param facts what the timeline needs of the filing
   */
  public record Filed(String accessionNumber, LocalDate filedDate, Optional<String> fileNumber, Facts facts) {
    /** Checks the parts are given. */
    public Filed {
      Objects.requireNonNull(accessionNumber, "accessionNumber");
      Objects.requireNonNull(filedDate, "filedDate");
      fileNumber = Objects.requireNonNull(fileNumber, "fileNumber").map(String::trim).filter(n -> !n.isEmpty());
      Objects.requireNonNull(facts, "facts");
    }

    /**
     * @param filing the filing
     * @param accessionNumber its accession number
     * @param filedDate the day EDGAR filed it
     */
    public Filed(ElectronicFormD filing, String accessionNumber, LocalDate filedDate) {
      this(accessionNumber, filedDate, Optional.empty(), Facts.of(Objects.requireNonNull(filing, "filing")));
    }

    /**
     * @param number the file number EDGAR gave the offering
     * @return this filing with it
     */
    public Filed withFileNumber(String number) {
      return new Filed(accessionNumber, filedDate, Optional.of(number), facts);
    }
  }

  /**
   * An offering: a notice and its amendments as EDGAR links them (each amendment names the filing it amends; a file
   * number, where the source gives it, is shared by all of them), in filing order.
   *
   * @param issuerKey the issuer ({@link Facts#issuerKey()})
   * @param notice the accession number of the offering's new notice: one of {@code filings}, or, when the input does
   *     not hold it, the accession number its amendments name (empty when they name none)
   * @param noticeInInput whether the new notice is among the filings
   * @param fileNumber the offering's file number, when the source gives it
   * @param filings the filings, in filing order
   */
  public record Offering(String issuerKey, Optional<String> notice, boolean noticeInInput, Optional<String> fileNumber,
      List<Filed> filings) {
    /** Copies the list. */
    public Offering {
      Objects.requireNonNull(issuerKey, "issuerKey");
      Objects.requireNonNull(notice, "notice");
      Objects.requireNonNull(fileNumber, "fileNumber");
      filings = List.copyOf(filings);
      if (filings.isEmpty()) {
        throw new IllegalArgumentException("an offering has at least one filing");
      }
    }

    /** @return the latest filing: the offering's information as last filed */
    public Filed latest() {
      return filings.get(filings.size() - 1);
    }

    /**
     * @return the day the next annual amendment is due if the offering continues: the first anniversary of its
     *     latest filing (17 CFR 230.503(a)(3)(iii)); 29 February's anniversary is 28 February
     */
    public LocalDate annualAmendmentDueBy() {
      return AmendmentCheck.anniversary(latest().filedDate());
    }

    /** @return the first sale as last filed (empty: yet to occur) */
    Optional<LocalDate> firstSale() {
      return latest().facts().dateOfFirstSale();
    }
  }

  private final List<Filed> filings;
  private final List<Offering> offerings;
  private final List<Finding> links;
  private EdgarCalendar calendar = EdgarCalendar.standard();

  private OfferingTimeline(List<Filed> given) {
    List<Filed> sorted = new ArrayList<>(given);
    sorted.sort(Comparator.comparing(Filed::filedDate).thenComparing(Filed::accessionNumber));
    List<Finding> links = new ArrayList<>();
    Map<String, Filed> byAccession = new HashMap<>();
    List<Filed> kept = new ArrayList<>(sorted.size());
    for (Filed f : sorted) {
      if (byAccession.putIfAbsent(f.accessionNumber(), f) == null) {
        kept.add(f);
      } else {
        links.add(finding("D-TIMELINE-DUPLICATE-ACCESSION", Severity.INFO, "EDGAR Form D XML Technical Specification "
            + "v13 §6 (an accession number names one accepted submission)", "accession number " + f.accessionNumber()
            + " is given more than once; its first filing (filed " + byAccession.get(f.accessionNumber()).filedDate()
            + ") is kept", f));
      }
    }
    this.filings = List.copyOf(kept);
    // Links as EDGAR makes them: an amendment and the filing it names, and the filings of one file number.
    UnionFind chains = new UnionFind();
    for (Filed f : kept) {
      String self = "A" + f.accessionNumber();
      f.fileNumber().ifPresent(n -> chains.union(self, "F" + f.facts().issuerKey() + "|" + n));
      Optional<String> previous = f.facts().previousAccessionNumber();
      if (!f.facts().amendment() || previous.isEmpty()) {
        continue;
      }
      Filed amended = byAccession.get(previous.get());
      if (previous.get().equals(f.accessionNumber())) {
        links.add(finding("D-TIMELINE-AMENDS-ITSELF", Severity.WARNING, "EDGAR Form D XML Technical Specification v13 "
            + "§3.3 (previousAccessionNumber: the accession number of a previously accepted Form D filing)",
            "amendment " + f.accessionNumber() + " names itself as the filing it amends", f));
      } else if (amended != null && !amended.facts().issuerKey().equals(f.facts().issuerKey())) {
        links.add(finding("D-TIMELINE-OTHER-ISSUER", Severity.WARNING, "EDGAR Form D XML Technical Specification v13 "
            + "§3.3 (previousAccessionNumber: a previously accepted Form D filing of the issuer)", "amendment "
            + f.accessionNumber() + " of " + f.facts().issuerName() + " amends " + previous.get() + ", a filing of "
            + amended.facts().issuerName() + "; the two are not linked", f));
      } else if (amended != null && amended.filedDate().isAfter(f.filedDate())) {
        links.add(finding("D-TIMELINE-AMENDS-LATER", Severity.WARNING, "EDGAR Form D XML Technical Specification v13 "
            + "§3.3 (previousAccessionNumber: a previously accepted Form D filing)", "amendment " + f.accessionNumber()
            + " filed " + f.filedDate() + " amends " + previous.get() + ", filed later (" + amended.filedDate() + ")",
            f));
        chains.union(self, "A" + previous.get());
      } else {
        chains.union(self, "A" + previous.get());
      }
    }
    Map<String, List<Filed>> byChain = new LinkedHashMap<>();
    for (Filed f : kept) {
      byChain.computeIfAbsent(chains.find("A" + f.accessionNumber()), k -> new ArrayList<>()).add(f);
    }
    List<Offering> offerings = new ArrayList<>(byChain.size());
    for (List<Filed> chain : byChain.values()) {
      Optional<Filed> notice = chain.stream().filter(f -> !f.facts().amendment()).findFirst();
      Optional<String> named = notice.map(Filed::accessionNumber).or(() -> chain.stream()
          .map(f -> f.facts().previousAccessionNumber()).flatMap(Optional::stream)
          .filter(a -> !byAccession.containsKey(a)).findFirst());
      Optional<String> fileNumber = chain.stream().map(Filed::fileNumber).flatMap(Optional::stream).findFirst();
      offerings.add(new Offering(chain.get(0).facts().issuerKey(), named, notice.isPresent(), fileNumber, chain));
      if (notice.isEmpty()) {
        Filed first = chain.get(0);
        links.add(finding("D-TIMELINE-UNKNOWN-ACCESSION", Severity.INFO, "17 CFR 230.503(a)(3); EDGAR Form D XML "
            + "Technical Specification v13 §6 (an amendment names an accepted Form D of the issuer)", "the offering of "
            + first.facts().issuerName() + " is known from " + chain.size() + " amendment" + (chain.size() == 1 ? ""
            : "s") + " only: its notice" + named.map(a -> " " + a).orElse("") + " is not among these filings, so its "
            + "late-notice check, and the annual check of its first amendment, did not run", first));
      }
    }
    this.offerings = List.copyOf(offerings);
    this.links = List.copyOf(links);
  }

  /** Chains of filings: union-find over accession numbers and file numbers, paths halved. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    void add(String key) {
      parent.putIfAbsent(key, key);
    }

    String find(String key) {
      add(key);
      String at = key;
      while (!parent.get(at).equals(at)) {
        String up = parent.get(at);
        parent.put(at, parent.get(up));
        at = up;
      }
      return at;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(rb, ra);
      }
    }
  }

  /**
   * @param filings filings of one issuer or of many, in any order
   * @return them linked into offerings
   */
  public static OfferingTimeline of(List<Filed> filings) {
    return new OfferingTimeline(Objects.requireNonNull(filings, "filings"));
  }

  /**
   * @param calendar the days EDGAR is open, for the 15-day deadline
   * @return this timeline
   */
  public OfferingTimeline withCalendar(EdgarCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    return this;
  }

  /** @return the filings, in filing order, each accession number once */
  public List<Filed> filings() {
    return filings;
  }

  /** @return the offerings, in the order of their first filing */
  public List<Offering> offerings() {
    return offerings;
  }

  /**
   * @param asOf the day to answer for
   * @return the timeline of the filings known on that day: those filed on or before it
   */
  public OfferingTimeline asOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (filings.stream().noneMatch(f -> f.filedDate().isAfter(asOf))) {
      return this;
    }
    return of(filings.stream().filter(f -> !f.filedDate().isAfter(asOf)).toList()).withCalendar(calendar);
  }

  /**
   * @param asOf the day to answer for
   * @return what the filings known on that day (filed on or before it) owe or break as of that day: links that do not
   *     hold, late notices, amendments filed after the anniversary they were due by (with how late), annual amendments
   *     due within 30 days (INFO) or overdue (WARNING) while an offering has not been marked ended, and the limits
   *     across one issuer's offerings; each a finding with a {@code D-TIMELINE-*} id and the accession number and
   *     filing date of the filing concerned as its {@code accessionNumber} and {@code filedDate} values; a late notice,
   *     a late amendment and an annual amendment also carry the day they were or are due as {@code dueDate}
   */
  public List<Finding> obligations(LocalDate asOf) {
    OfferingTimeline known = asOf(asOf);
    if (known != this) {
      return known.obligations(asOf);
    }
    List<Finding> out = new ArrayList<>(links);
    for (Filed f : filings) {
      if (f.facts().amendment()) {
        continue;
      }
      f.facts().dateOfFirstSale().ifPresent(sale -> {
        LocalDate due = calendar.onOrAfter(sale.plusDays(15));
        if (f.filedDate().isAfter(due)) {
          out.add(finding("D-TIMELINE-LATE-NOTICE", Severity.WARNING, "17 CFR 230.503(a)(1) (within 15 calendar days "
              + "after the first sale; a deadline on a day EDGAR is closed moves to the next day it is open)",
              "notice " + f.accessionNumber() + " was filed " + f.filedDate() + ", after its due date " + due
                  + " (first sale " + sale + "): " + days(due, f.filedDate()) + " late", f, due));
        }
      });
    }
    for (Offering offering : offerings) {
      for (int i = 1; i < offering.filings().size(); i++) {
        Filed before = offering.filings().get(i - 1);
        Filed next = offering.filings().get(i);
        LocalDate due = AmendmentCheck.anniversary(before.filedDate());
        if (next.filedDate().isAfter(due)) {
          out.add(finding("D-TIMELINE-ANNUAL-LATE", Severity.WARNING, "17 CFR 230.503(a)(3)(iii) (an amendment "
              + "annually, on or before the first anniversary of the most recent filing, while the offering continues)",
              "amendment " + next.accessionNumber() + " was filed " + next.filedDate() + ", " + days(due,
                  next.filedDate()) + " after the annual amendment due by " + due + " (the first anniversary of "
                  + before.accessionNumber() + ", filed " + before.filedDate() + ")", next, due));
        }
      }
      Filed last = offering.latest();
      LocalDate anniversary = AmendmentCheck.anniversary(last.filedDate());
      if (asOf.isAfter(anniversary)) {
        out.add(finding("D-TIMELINE-ANNUAL-OVERDUE", Severity.WARNING, "17 CFR 230.503(a)(3)(iii) (an amendment "
            + "annually, on or before the first anniversary of the most recent filing, while the offering continues)",
            "the offering's last filing " + last.accessionNumber() + " was filed " + last.filedDate() + ": an annual "
                + "amendment was due by " + anniversary + " if the offering continued (" + days(anniversary, asOf)
                + " ago)", last, anniversary));
      } else if (!asOf.isBefore(anniversary.minusDays(30))) {
        out.add(finding("D-TIMELINE-ANNUAL-DUE", Severity.INFO, "17 CFR 230.503(a)(3)(iii)",
            "an annual amendment of the offering of " + last.accessionNumber() + " is due by " + anniversary
                + " if the offering continues", last, anniversary));
      }
    }
    Map<String, List<Offering>> byIssuer = new LinkedHashMap<>();
    for (Offering o : offerings) {
      byIssuer.computeIfAbsent(o.issuerKey(), k -> new ArrayList<>()).add(o);
    }
    for (List<Offering> issuer : byIssuer.values()) {
      rule504(out, issuer);
      rule506b(out, issuer);
    }
    return List.copyOf(out);
  }

  private static String days(LocalDate from, LocalDate to) {
    long n = ChronoUnit.DAYS.between(from, to);
    return n + (n == 1 ? " day" : " days");
  }

  /**
   * Rule 504(b)(2), per issuer: an offering's aggregate offering price, with what the same issuer sold under Rule 504
   * in offerings whose first sale fell in the 12 months before this one's, stays within the ceiling. The issuer is the
   * primary issuer's CIK: the rule counts what "the issuer" sold, never another issuer's sales.
   */
  private void rule504(List<Finding> out, List<Offering> issuer) {
    for (Offering o : issuer) {
      Facts latest = o.latest().facts();
      Optional<LocalDate> start = o.firstSale();
      if (!claims504(latest) || start.isEmpty()) {
        continue;
      }
      UsdAmount ceiling = Limits.rule504Ceiling(start.get());
      UsdAmount own = latest.totalOfferingAmount().orElse(latest.totalAmountSold());
      UsdAmount total = own;
      for (Offering other : issuer) {
        Facts x = other.latest().facts();
        Optional<LocalDate> s = other.firstSale();
        if (other != o && claims504(x) && s.isPresent() && !s.get().isAfter(start.get())
            && s.get().isAfter(start.get().minusMonths(12))) {
          total = total.plus(x.totalAmountSold());
        }
      }
      // One offering above the ceiling on its own is its filing's rule (D-LIMIT-504-AGGREGATE); this adds the others.
      if (total.isGreaterThan(ceiling) && total.isGreaterThan(own)) {
        out.add(finding("D-TIMELINE-504-12-MONTHS", Severity.WARNING, "17 CFR 230.504(b)(2) (the aggregate offering "
            + "price, with what was sold under Rule 504 in the 12 months before the offering began and during it); "
            + "EDGAR Form D XML Technical Specification v13 §6 (EDGAR warns: \"Only $10 million of securities is "
            + "permitted to be offered within a 12-month period under Rule 504.\")",
            "the Rule 504 offering of " + o.latest().accessionNumber() + " with the same issuer's other Rule 504 sales "
                + "of the 12 months before it comes to " + total.format() + ", above the ceiling of "
                + ceiling.format(), o.latest()));
      }
    }
  }

  /**
   * Rule 506(b)(2)(i) since 2021-03-15, per issuer: no more than 35 non-accredited purchasers in the issuer's Rule
   * 506(b) offerings in any 90 calendar days. Form D gives each offering's count of non-accredited investors to date,
   * not when each bought, so the sum over the issuer's offerings whose first sales lie within 90 days of each other is
   * an upper bound of the purchasers of one 90-day period: an INFO, never a WARNING.
   */
  private void rule506b(List<Finding> out, List<Offering> issuer) {
    if (issuer.size() < 2) {
      return;
    }
    for (Offering o : issuer) {
      Facts latest = o.latest().facts();
      Optional<LocalDate> start = o.firstSale();
      if (!latest.exemptions().contains(FederalExemption.RULE_506_B) || start.isEmpty()
          || start.get().isBefore(Limits.RULE_506B_90_DAYS_FROM)) {
        continue;
      }
      long count = latest.nonAccreditedInvestors();
      long largest = count;
      for (Offering other : issuer) {
        Facts x = other.latest().facts();
        Optional<LocalDate> s = other.firstSale();
        if (other != o && x.exemptions().contains(FederalExemption.RULE_506_B) && s.isPresent()
            && Math.abs(s.get().toEpochDay() - start.get().toEpochDay()) < 90) {
          count += x.nonAccreditedInvestors();
          largest = Math.max(largest, x.nonAccreditedInvestors());
        }
      }
      // One offering over 35 on its own is its filing's rule (D-LIMIT-506B-NONACCREDITED); this one is the sum's.
      if (count > Limits.MAX_NON_ACCREDITED && largest <= Limits.MAX_NON_ACCREDITED) {
        out.add(finding("D-TIMELINE-506B-90-DAYS", Severity.INFO, "17 CFR 230.506(b)(2)(i) as amended effective "
            + "2021-03-15 (Release 33-10884): no more than 35 non-accredited purchasers in offerings under the section "
            + "in any 90 calendar days; Form D counts investors to date, not Rule 501(e)'s purchasers of one period",
            "the issuer's Rule 506(b) offerings whose first sales lie within 90 days of " + start.get() + " (that of "
                + o.latest().accessionNumber() + ") report " + count + " non-accredited investors in all, more "
                + "than 35: check that no 90 calendar days had more than 35 non-accredited purchasers", o.latest()));
      }
    }
  }

  private static boolean claims504(Facts f) {
    return f.exemptions().stream().anyMatch(e -> e.family() == FederalExemption.Family.RULE_504);
  }

  private static Finding finding(String id, Severity severity, String citation, String message, Filed filed) {
    return Finding.builder().ruleId(id).severity(severity).path("").message(message).citation(citation)
        .values(Map.of("accessionNumber", filed.accessionNumber(), "filedDate", filed.filedDate().toString()))
        .build();
  }

  /** A finding with the day its obligation fell or falls due, as its {@code dueDate} value. */
  private static Finding finding(String id, Severity severity, String citation, String message, Filed filed,
      LocalDate due) {
    return Finding.builder().ruleId(id).severity(severity).path("").message(message).citation(citation)
        .values(Map.of("accessionNumber", filed.accessionNumber(), "filedDate", filed.filedDate().toString(),
            "dueDate", due.toString()))
        .build();
  }
}
