package io.formd.core.rules;

import io.formd.core.model.Dialect;
import io.formd.core.model.FormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SolicitationState;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules both editions share: a related person, a signature, the states of solicitation of a sales
 * compensation recipient. They read only what the two editions hold alike ({@code FormD}'s own accessors), so
 * the same finding has the same id on a paper and an electronic filing.
 */
final class SharedRules {

  private SharedRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.builder("D-REQ-ISSUER-NAME").profiles(Dialect.DISSEMINATED)
            .why("The issuer's name is the form's first answer (Item 1; paper: Part A, Question 1). A submission "
                + "leaves it out and EDGAR fills it in from the CIK, so every filing EDGAR publishes names each "
                + "issuer: a published copy or a paper filing without a name has lost it.")
            .fix("Give the issuer's name: EDGAR's conformed name for its CIK, or on the paper form as Part A asks.")
            .severity(Severity.WARNING).citation("Form D, Item 1 (Name of Issuer); EDGAR Form D XML Technical "
                + "Specification v13 §3.3 o#4 (EDGAR fills entityName in); paper Form D (OMB 3235-0076) Part A, "
                + "question 1")
            .summary("every issuer of a published or paper filing has a name")
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  if (issuer.name().isEmpty()) {
                    r.report(path + ".name", "the issuer" + issuer.cik().map(cik -> " with CIK " + cik).orElse("")
                        + " has no name; every filing EDGAR publishes names each issuer");
                  }
                }
              }
            }).build(),
        Rule.builder("D-REQ-RELATED-PERSON")
            .why("Item 3 (paper: Part A, Question 2) asks for the issuer's executive officers, directors and "
                + "promoters; the schema requires at least one.")
            .fix("List at least one related person (Item 3): executive officers, directors and promoters.")
            .severity(Severity.ERROR).citation("Form D, Item 3 (Related Persons); EDGAR Form D XML Technical "
                + "Specification v13 §3.4 "
                + "(relatedPersonInfo: m); paper Form D (OMB 3235-0076) Part A, question 2")
            .summary("at least one related person is listed")
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                boolean paperAmendment = f instanceof PaperFormD && f.isAmendment();
                if (f.relatedPersons().isEmpty() && !paperAmendment) {
                  r.report("relatedPersons", "no related person is listed; expected the executive officers, directors "
                      + "and promoters (at least one)");
                }
              }
            }).build(),
        Rule.builder("D-REQ-SIGNATURE")
            .why("Form D is signed by a person authorised by the issuer (17 CFR 230.503(b)); an unsigned "
                + "notice is not a notice.")
            .fix("Sign the notice: the signature block with the issuer, signer, title and date.")
            .severity(Severity.ERROR).citation("Form D, Signature and Submission; EDGAR Form D XML Technical "
                + "Specification v13 §3.4 "
                + "(signature: m); paper Form D (OMB 3235-0076) Part D")
            .summary("the filing is signed")
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                if (f.signatures().isEmpty()) {
                  r.report(f instanceof PaperFormD ? "federalSignature" : "signatures", "the filing is not signed");
                }
              }
            }).build(),
        Rule.builder("D-CODE-SOLICITATION-STATES").datedByDocument()
            .why("The states of solicitation are a choice in the schema (STATES_OF_SOLICITATION_LIST): All "
                + "States, or a list of states, not both.")
            .fix("For each recipient, give either 'All States' or a list of states, not both.")
            .severity(Severity.ERROR).citation(SchemaRules.XSD + "STATES_OF_SOLICITATION_LIST (a choice); paper Form D "
                + "(OMB 3235-0076) "
                + "Part B, question 4")
            .summary("states of solicitation are 'All States' or a list of states, not both")
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.salesCompensationRecipients().size(); n++) {
                  String path = Walk.recipientPath(f, n);
                  SalesCompensationRecipient rec = f.salesCompensationRecipients().get(n);
                  var states = rec.statesOfSolicitation();
                  if (states.allStates() && !states.states().isEmpty()) {
                    r.report(path + ".statesOfSolicitation", "gives both 'All States' and " + states.states().size()
                        + " individual states; expected one or the other");
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-DUPLICATE-SOLICITATION-STATE")
            .why("A state listed twice for one recipient says nothing more; the schema allows it, so a "
                + "WARNING.")
            .fix("List each state once.")
            .severity(Severity.WARNING).citation(SchemaRules.XSD + "STATES_OF_SOLICITATION_LIST (allows repeats: a "
                + "WARNING)")
            .summary("no state of solicitation is listed twice for one recipient")
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.salesCompensationRecipients().size(); n++) {
                  String path = Walk.recipientPath(f, n);
                  SalesCompensationRecipient rec = f.salesCompensationRecipients().get(n);
                  var states = rec.statesOfSolicitation();
                  Set<SolicitationState> seen = EnumSet.noneOf(SolicitationState.class);
                  for (int i = 0; i < states.states().size(); i++) {
                    SolicitationState state = states.states().get(i).state();
                    if (!seen.add(state)) {
                      r.report(path + ".statesOfSolicitation.states[" + i + "]", "state " + state.edgarCode()
                          + " is listed twice", "state", state.edgarCode());
                    }
                  }
                }
              }
            }).build(),
        Rule.builder("D-REQ-SOLICITATION-STATES")
            .why("Item 12 (paper: Part B, Question 4) asks where each recipient solicits; states rely on it "
                + "for their notice filings.")
            .fix("Give the states where the recipient solicits, or All States.")
            .severity(Severity.WARNING).citation("Form D, Item 12 (Sales Compensation); EDGAR Form D XML Technical "
                + "Specification v13 "
                + "§3.4 (value, state: m#9, one of the choices is mandatory); paper Form D (OMB 3235-0076) Part B, "
                    + "question 4")
            .summary("each recipient says where it solicits")
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.salesCompensationRecipients().size(); n++) {
                  String path = Walk.recipientPath(f, n);
                  SalesCompensationRecipient rec = f.salesCompensationRecipients().get(n);
                  // A recipient soliciting only outside the United States has no state (Form_D.definition.xsd allows
                  // an empty list beside foreignSolicitation).
                  if (!rec.statesOfSolicitation().allStates() && rec.statesOfSolicitation().states().isEmpty()
                      && !rec.foreignSolicitation().orElse(false)) {
                    r.report(path + ".statesOfSolicitation", "recipient " + rec.name()
                        + " gives no state of solicitation; expected 'All States' or a list of states");
                  }
                }
              }
            }).build());
  }
}
