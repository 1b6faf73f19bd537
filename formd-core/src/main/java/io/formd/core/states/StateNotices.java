package io.formd.core.states;

import io.formd.core.model.Edition;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.FormD;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a Form D says about the offering's state filings, as INFO findings a filer reads beside the report (never part
 * of {@link io.formd.core.rules.RuleSets#builtIn()}: they describe the offering, they find nothing wrong with the
 * filing).
 *
 * <ul>
 *   <li>{@code D-STATE-NOT-COVERED}: an offering that claims Rule 504, Rule 505 or Section 4(a)(5) and not Rule 506
 *       sells no "covered securities" (Securities Act §18(b)(4)(F), 15 U.S.C. 77r(b)(4)(F), covers only rules under
 *       §4(a)(2), i.e. Rule 506), so each state where it sells may require registration or its own exemption.</li>
 *   <li>{@code D-STATE-NOTICE-STATES}: a Rule 506 offering's securities are covered; states may still require a
 *       notice filing and a fee (15 U.S.C. 77r(b)(4) and (c)(2)), most through NASAA's Electronic Filing
 *       Depository. The states of solicitation of Item 12 (the paper form's Part B.3 and appendix) are where
 *       recipients solicit, not where purchasers live: a checklist to start from, not an answer.</li>
 * </ul>
 *
 * <pre>{@code
 * for (Finding hint : StateNotices.of(filing).findings()) {
 *   System.out.println(hint.ruleId() + ": " + hint.message());
 * }
 * }</pre>
 */
public final class StateNotices {

  private static final String NOT_COVERED = "D-STATE-NOT-COVERED";
  private static final String NOTICE_STATES = "D-STATE-NOTICE-STATES";
  private static final String COVERED_CITATION = "Securities Act §18(b)(4)(F), 15 U.S.C. 77r(b)(4)(F) (securities "
      + "sold in transactions exempt under Commission rules issued under §4(a)(2), i.e. 17 CFR 230.506, are covered "
      + "securities)";

  private final boolean claims506;
  private final List<FederalExemption> others;
  private final boolean allStates;
  private final Set<SolicitationState> solicited;
  private final String path;

  private StateNotices(boolean claims506, List<FederalExemption> others, boolean allStates,
      Set<SolicitationState> solicited, String path) {
    this.path = path;
    this.claims506 = claims506;
    this.others = others;
    this.allStates = allStates;
    this.solicited = solicited;
  }

  /**
   * @param filing a filing of either edition
   * @return what it says of the offering's state filings
   */
  public static StateNotices of(FormD filing) {
    Objects.requireNonNull(filing, "filing");
    boolean claims506 = false;
    List<FederalExemption> others = new ArrayList<>();
    for (FederalExemption e : filing.federalExemptions()) {
      if (e.family() == FederalExemption.Family.RULE_506) {
        claims506 = true;
      } else if (e.family() != FederalExemption.Family.SECTION_3C) {
        others.add(e);
      }
    }
    boolean all = false;
    Set<SolicitationState> states = EnumSet.noneOf(SolicitationState.class);
    for (SalesCompensationRecipient recipient : filing.salesCompensationRecipients()) {
      StatesOfSolicitation s = recipient.statesOfSolicitation();
      all |= s.allStates();
      for (StatesOfSolicitation.Entry entry : s.states()) {
        states.add(entry.state());
      }
    }
    return new StateNotices(claims506, List.copyOf(others), all, Collections.unmodifiableSet(states),
        filing.edition() == Edition.PAPER ? "filingUnder" : "offering.federalExemptions");
  }

  /** @return true when the offering claims Rule 506, whose securities are covered securities */
  public boolean coveredSecurities() {
    return claims506;
  }

  /** @return true when a recipient solicits in all states */
  public boolean solicitsInAllStates() {
    return allStates;
  }

  /** @return the states where the recipients say they solicit (Item 12), in the code list's order */
  public Set<SolicitationState> statesOfSolicitation() {
    return solicited;
  }

  /** @return the hints, INFO findings with a {@code D-STATE-*} id; none for an offering claiming no exemption */
  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    if (!claims506 && !others.isEmpty()) {
      String claimed = others.stream().map(FederalExemption::label).collect(Collectors.joining(", "));
      out.add(finding(NOT_COVERED, "the offering claims " + claimed + " and not Rule 506: its securities are not "
          + "covered securities, so each state where they are offered or sold may require registration or a state "
          + "exemption", COVERED_CITATION + "; NASAA's Electronic Filing Depository takes Form D notices of Rule 506 "
          + "offerings only", Map.of("exemptions", claimed)));
    }
    if (claims506 && (allStates || !solicited.isEmpty())) {
      String where = allStates ? "all states" : solicited.stream().map(SolicitationState::name)
          .collect(Collectors.joining(", "));
      out.add(finding(NOTICE_STATES, "a Rule 506 offering: states may require a notice filing and a fee where "
          + "securities are sold; the recipients solicit in " + where + " (Item 12: where recipients solicit, not "
          + "where purchasers live)", COVERED_CITATION + "; 15 U.S.C. 77r(b)(4) and 77r(c)(2) (states may require "
          + "notice filings and fees)", Map.of("states", where)));
    }
    return List.copyOf(out);
  }

  private Finding finding(String id, String message, String citation, Map<String, String> values) {
    return Finding.builder().ruleId(id).severity(Severity.INFO).path(path).message(message)
        .citation(citation).values(new LinkedHashMap<>(values)).build();
  }
}
