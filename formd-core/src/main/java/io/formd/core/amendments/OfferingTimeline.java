package io.formd.core.amendments;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.EdgarCalendar;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Limits;
import io.formd.core.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The filings of an issuer over time, linked into offerings, and what they owe as of a date: each amendment is linked
 * to the notice it amends by its previous accession number (an amendment of an accession the set does not hold is
 * reported, not dropped); each new notice is checked against the 15-day deadline (17 CFR 230.503(a)(1), with EDGAR's
 * closures); each offering still going owes an amendment on the first anniversary of its last filing (503(a)(3)(iii));
 * and the limits that span offerings are checked across them: Rule 504's ceiling on what is sold in 12 months
 * (230.504(b)(2)) and, from 2021-03-15, Rule 506(b)'s 35 non-accredited purchasers in any 90 calendar days
 * (230.506(b)(2)(i)). Everything it finds is a WARNING or an INFO: a late or missing filing breaches Rule 503 without
 * costing the exemption (230.507).
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
   * One filing as EDGAR filed it.
   *
   * @param filing the filing
   * @param accessionNumber its accession number
   * @param filedDate the day EDGAR filed it
   */
  public record Filed(ElectronicFormD filing, String accessionNumber, LocalDate filedDate) {
    /** Checks the parts are given. */
    public Filed {
      Objects.requireNonNull(filing, "filing");
      Objects.requireNonNull(accessionNumber, "accessionNumber");
      Objects.requireNonNull(filedDate, "filedDate");
    }
  }

  /**
   * An offering: its first filing in the set (the new notice, or the earliest amendment whose notice the set lacks)
   * and its amendments, in filing order.
   *
   * @param filings the filings, in filing order
   */
  public record Offering(List<Filed> filings) {
    /** Copies the list. */
    public Offering {
      filings = List.copyOf(filings);
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
  }

  private final List<Filed> filings;
  private final List<Offering> offerings;
  private final List<Finding> links;
  private EdgarCalendar calendar = EdgarCalendar.standard();

  private OfferingTimeline(List<Filed> filings) {
    List<Filed> sorted = new ArrayList<>(filings);
    sorted.sort(Comparator.comparing(Filed::filedDate).thenComparing(Filed::accessionNumber));
    this.filings = List.copyOf(sorted);
    Map<String, Filed> byAccession = new LinkedHashMap<>();
    for (Filed f : sorted) {
      byAccession.put(f.accessionNumber(), f);
    }
    Map<String, List<Filed>> chains = new LinkedHashMap<>();
    List<Finding> links = new ArrayList<>();
    for (Filed f : sorted) {
      String root = f.accessionNumber();
      Optional<String> previous = f.filing().offering().typeOfFiling().previousAccessionNumber()
          .filter(a -> !a.isBlank());
      if (f.filing().offering().typeOfFiling().amendment() && previous.isPresent()) {
        Filed amended = byAccession.get(previous.get());
        if (amended == null) {
          links.add(finding("D-TIMELINE-UNKNOWN-ACCESSION", Severity.WARNING, "17 CFR 230.503(a)(3); EDGAR Form D XML "
              + "Technical Specification v13 §6 (an amendment names an accepted Form D of the issuer)",
              "amendment " + f.accessionNumber() + " amends " + previous.get() + ", which is not among these filings",
              f));
        } else {
          root = rootOf(amended, byAccession);
        }
      }
      chains.computeIfAbsent(root, k -> new ArrayList<>()).add(f);
    }
    List<Offering> offerings = new ArrayList<>();
    chains.values().forEach(chain -> offerings.add(new Offering(chain)));
    this.offerings = List.copyOf(offerings);
    this.links = List.copyOf(links);
  }

  private static String rootOf(Filed filed, Map<String, Filed> byAccession) {
    Filed at = filed;
    for (int guard = 0; guard < 1000; guard++) {
      Optional<String> previous = at.filing().offering().typeOfFiling().previousAccessionNumber()
          .filter(a -> !a.isBlank());
      Filed up = previous.map(byAccession::get).orElse(null);
      if (!at.filing().offering().typeOfFiling().amendment() || up == null || up == at) {
        return at.accessionNumber();
      }
      at = up;
    }
    return at.accessionNumber();
  }

  /**
   * @param filings an issuer's filings, in any order
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

  /** @return the filings, in filing order */
  public List<Filed> filings() {
    return filings;
  }

  /** @return the offerings, in the order of their first filing */
  public List<Offering> offerings() {
    return offerings;
  }

  /**
   * @param asOf the day to answer for
   * @return what the filings owe or break as of that day: amendments of unknown accessions, late notices, annual
   *     amendments due within 30 days (INFO) or overdue (WARNING) while an offering has not been marked ended, and the
   *     limits across offerings; each a finding with a {@code D-TIMELINE-*} id and the accession number and filing date
   *     of the filing concerned as its {@code accessionNumber} and {@code filedDate} values; a late notice and an
   *     annual amendment also carry the day they were or are due as {@code dueDate}
   */
  public List<Finding> obligations(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Finding> out = new ArrayList<>(links);
    for (Filed f : filings) {
      if (f.filing().offering().typeOfFiling().amendment() || f.filedDate().isAfter(asOf)) {
        continue;
      }
      f.filing().offering().typeOfFiling().dateOfFirstSale().ifPresent(sale -> {
        LocalDate due = calendar.onOrAfter(sale.plusDays(15));
        if (f.filedDate().isAfter(due)) {
          out.add(finding("D-TIMELINE-LATE-NOTICE", Severity.WARNING, "17 CFR 230.503(a)(1) (within 15 calendar days "
              + "after the first sale; a deadline on a day EDGAR is closed moves to the next day it is open)",
              "notice " + f.accessionNumber() + " was filed " + f.filedDate() + ", after its due date " + due
                  + " (first sale " + sale + ")", f, due));
        }
      });
    }
    for (Offering offering : offerings) {
      Filed last = offering.latest();
      if (last.filedDate().isAfter(asOf)) {
        continue;
      }
      LocalDate anniversary = AmendmentCheck.anniversary(last.filedDate());
      if (asOf.isAfter(anniversary)) {
        out.add(finding("D-TIMELINE-ANNUAL-OVERDUE", Severity.WARNING, "17 CFR 230.503(a)(3)(iii) (an amendment "
            + "annually, on or before the first anniversary of the most recent filing, while the offering continues)",
            "the offering's last filing " + last.accessionNumber() + " was filed " + last.filedDate() + ": an annual "
                + "amendment was due by " + anniversary + " if the offering continued", last, anniversary));
      } else if (!asOf.isBefore(anniversary.minusDays(30))) {
        out.add(finding("D-TIMELINE-ANNUAL-DUE", Severity.INFO, "17 CFR 230.503(a)(3)(iii)",
            "an annual amendment of the offering of " + last.accessionNumber() + " is due by " + anniversary
                + " if the offering continues", last, anniversary));
      }
    }
    rule504(out, asOf);
    rule506b(out, asOf);
    return List.copyOf(out);
  }

  /** Rule 504(b)(2): what is sold under 504 in the 12 months before and during an offering stays within the ceiling. */
  private void rule504(List<Finding> out, LocalDate asOf) {
    for (Offering o : offerings) {
      ElectronicFormD latest = o.latest().filing();
      Optional<LocalDate> start = latest.offering().typeOfFiling().dateOfFirstSale();
      if (!claims504(latest) || start.isEmpty() || o.latest().filedDate().isAfter(asOf)) {
        continue;
      }
      UsdAmount ceiling = Limits.rule504Ceiling(start.get());
      UsdAmount total = latest.offering().amounts().totalOfferingAmount().amount()
          .orElse(latest.offering().amounts().totalAmountSold());
      for (Offering other : offerings) {
        ElectronicFormD x = other.latest().filing();
        Optional<LocalDate> s = x.offering().typeOfFiling().dateOfFirstSale();
        if (other != o && claims504(x) && s.isPresent() && !s.get().isAfter(start.get())
            && s.get().isAfter(start.get().minusMonths(12))) {
          total = total.plus(x.offering().amounts().totalAmountSold());
        }
      }
      if (total.isGreaterThan(ceiling)) {
        out.add(finding("D-TIMELINE-504-12-MONTHS", Severity.WARNING, "17 CFR 230.504(b)(2) (the aggregate offering "
            + "price, with what was sold under Rule 504 in the 12 months before the offering began and during it); "
            + "EDGAR Form D XML Technical Specification v13 §6 (EDGAR warns: \"Only $10 million of securities is "
            + "permitted to be offered within a 12-month period under Rule 504.\")",
            "the Rule 504 offering of " + o.latest().accessionNumber() + " with the issuer's other Rule 504 sales of "
                + "the 12 months before it comes to " + total.format() + ", above the ceiling of " + ceiling.format(),
            o.latest()));
      }
    }
  }

  /** Rule 506(b)(2)(i) since 2021-03-15: 35 non-accredited purchasers in any 90 calendar days, across offerings. */
  private void rule506b(List<Finding> out, LocalDate asOf) {
    for (Offering o : offerings) {
      ElectronicFormD latest = o.latest().filing();
      Optional<LocalDate> start = latest.offering().typeOfFiling().dateOfFirstSale();
      if (!claims(latest, FederalExemption.RULE_506_B) || start.isEmpty() || start.get()
          .isBefore(Limits.RULE_506B_90_DAYS_FROM)
          || o.latest().filedDate().isAfter(asOf)) {
        continue;
      }
      long count = nonAccredited(latest);
      for (Offering other : offerings) {
        ElectronicFormD x = other.latest().filing();
        Optional<LocalDate> s = x.offering().typeOfFiling().dateOfFirstSale();
        if (other != o && claims(x, FederalExemption.RULE_506_B) && s.isPresent()
            && Math.abs(s.get().toEpochDay() - start.get().toEpochDay()) < 90) {
          count += nonAccredited(x);
        }
      }
      if (count > Limits.MAX_NON_ACCREDITED && count > nonAccredited(latest)) {
        out.add(finding("D-TIMELINE-506B-90-DAYS", Severity.WARNING, "17 CFR 230.506(b)(2)(i) as amended effective "
            + "2021-03-15 (Release 33-10884): no more than 35 non-accredited purchasers in offerings under the section "
            + "in any 90 calendar days; the Form D count is of investors, not Rule 501(e)'s purchasers",
            "the Rule 506(b) offerings whose first sales lie within 90 days of " + start.get() + " (that of "
                + o.latest().accessionNumber() + ") report " + count + " non-accredited investors in all, more "
                + "than 35", o.latest()));
      }
    }
  }

  private static boolean claims504(ElectronicFormD f) {
    return f.offering().federalExemptions().stream().anyMatch(e -> e.family() == FederalExemption.Family.RULE_504);
  }

  private static boolean claims(ElectronicFormD f, FederalExemption e) {
    return f.offering().federalExemptions().contains(e);
  }

  private static long nonAccredited(ElectronicFormD f) {
    return f.offering().investors().numberNonAccreditedInvestors().orElse(0L);
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
