/**
 * The rules engine: dated, pluggable checks of a {@link io.formd.core.model.FormD} that report every mistake
 * a filer can make, each as a {@link io.formd.core.rules.Finding}.
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * ValidationReport report = RuleSets.builtIn().validate(filing);
 * if (report.hasErrors()) {
 *   report.findings().forEach(f ->
 *       System.out.println(f.severity() + " " + f.ruleId() + " " + f.path() + ": " + f.message()));
 * }
 * }</pre>
 *
 * <h2>Which date applies</h2>
 * Regulation D changed over time (Rule 504's ceiling in 2017 and 2021, Rule 505's repeal in 2017, Rule 506(c)
 * in 2013), so a filing is checked against the rules in force on one date. By default
 * ({@link io.formd.core.rules.DatePolicy#SIGNATURE_DATE}) that is the filing's latest signature date: the day
 * the filer made the statements, which every filing has (the date of first sale may be "yet to occur", and
 * for an amendment lies years back). {@link io.formd.core.rules.RuleSet#asOf(java.time.LocalDate)} fixes
 * the date instead; {@link io.formd.core.rules.RuleSet#withDatePolicy} chooses another policy.
 *
 * <p>Codes, formats and schema limits are EDGAR's on the day the document is filed, whatever the policy
 * ({@link io.formd.core.rules.Rule.Dating#DOCUMENT}): they are judged as of the filing date when the caller gives
 * one, as of today for a submission not yet filed, else as of the latest signature. So an amendment of 2015 for an
 * offering first sold in 2012 may claim Rule 506(b) under either policy.
 *
 * <h2>Profiles: a submission, or a published filing</h2>
 * One document has two forms ({@link io.formd.core.model.Dialect}): what a filer sends (credentials, contact, no
 * issuer names) and what EDGAR publishes. The rules run under the matching profile, by default the document's own
 * form ({@link io.formd.core.rules.RuleSet#withProfile} chooses one): the {@code D-SUB-*} rules only for a
 * submission, and a rule may be milder on a published filing ({@link io.formd.core.rules.Rule#severity(
 * io.formd.core.model.Dialect)}). Checks that need EDGAR's own records (is the CIK valid, do CIK and CCC match, is
 * the previous accession number this issuer's Form D) go through an {@link io.formd.core.rules.EdgarLookup}; without
 * one they are skipped and {@link io.formd.core.rules.ValidationReport#skipped()} names them.
 *
 * <h2>Severity policy</h2>
 * <ul>
 *   <li><b>ERROR</b> only where EDGAR suspends a submission (the technical specification's §6 "SUSPENDED"
 *       conditions, its §3.3 mandatory codes, §5.3's credentials), where {@code Form_D.definition.xsd} forbids the
 *       value (EDGAR suspends every schema violation, §5.1), or where the regulation is certain (Rule 505 after its
 *       repeal, Rule 506(c) before it existed, a count of non-accredited purchasers under an exemption that allows
 *       none).</li>
 *   <li><b>WARNING</b> where EDGAR warns (§5.2, §5.3, §6 "WARNING"), where the regulation is likely but not
 *       certainly broken (the Form D count of investors is not the Rule 501(e) count of purchasers), and where the
 *       filing contradicts itself.</li>
 *   <li><b>INFO</b> for what is worth a look and nothing more, and for rules built on sources that are not
 *       certain.</li>
 *   <li>Under the {@link io.formd.core.model.Dialect#DISSEMINATED} profile, a rule whose ERROR is a check EDGAR makes
 *       today but may not have made when an older filing was accepted is a WARNING
 *       ({@link io.formd.core.rules.Rule.Builder#whenDisseminated}): no real accepted filing gets an ERROR, which
 *       the project's tests hold against every accepted fixture.</li>
 * </ul>
 * Every citation names a source a user can open: a CFR section, the United States Code, the Form's Items (the paper
 * form's Parts and Questions), the technical specification's sections, the XSD's types.
 *
 * <h2>Paths</h2>
 * A finding's {@link io.formd.core.rules.Finding#path()} names the part of the filing it is about, with the
 * model's accessor names joined by dots and zero-based list indexes in brackets, e.g.
 * {@code offering.salesCompensationRecipients[1].statesOfSolicitation.states[3]},
 * {@code issuers[0].address.zipCode} (electronic; issuer 0 is the primary issuer) or
 * {@code partC.expensesTotal.amount} (paper). The empty path is the whole filing. The syntax is stable.
 *
 * <h2>Rule ids</h2>
 * Ids ({@code D-ARITH-PROCEEDS-TOTAL}) are stable forever: a rule may be retired, never renamed. Families:
 * {@code D-XSD-*} what the SEC schema enforces and the types do not, {@code D-REQ-*} required answers,
 * {@code D-ARITH-*} arithmetic identities, {@code D-XREF-*} cross-item consistency, {@code D-CODE-*} codes and
 * when they may be used, {@code D-LIMIT-*} dollar and head-count ceilings, {@code D-ELIG-*} who may use an
 * exemption, {@code D-TIME-*} deadlines, {@code D-FORMAT-*} which edition was acceptable when, {@code D-EDGAR-*} the
 * checks
 * EDGAR makes of a submission (technical specification §6), {@code D-SUB-*} what only a submission must (not)
 * carry. Ids with
 * {@code -PAPER-} (and {@code D-PAPER-*}) concern the paper form only.
 *
 * <h2>Adding a rule: the whole recipe</h2>
 * Each step names the test that fails when it is forgotten.
 * <ol>
 *   <li>The rule, in the family's class (below), with a new id (ids are never reused):
 * <pre>{@code
 * Rule.builder("D-XREF-RECIPIENT-PLACEHOLDER")
 *     .why("Item 12 lists the persons paid for soliciting ...")            // why it matters, with what was measured
 *     .fix("Remove the placeholder recipient ...")                          // how to meet it
 *     .severity(Severity.WARNING)                                           // the severity policy above
 *     .citation("Form D, Item 12 ...; " + EdgarRules.SPEC + "§3.3 m#11")  // what a user can open; its Basis follows
 *     .summary("no sales compensation recipient is a placeholder (None, N/A)")
 *     .checkElectronic((f, c, r) -> ...r.report(path, message, "name", value)...)
 *     .build(),
 * }</pre>
 *       A rule that needs a filing date ({@code Rule.Builder.needsFilingDate()}) or EDGAR's records is skipped,
 *       and says so in {@link io.formd.core.rules.ValidationReport#skippedChecks()}, when they are not at hand.
 *       No {@code why}/{@code fix}: {@code RuleCatalogueTest.everyRuleSaysWhyItMattersAndHowToMeetIt}. A path that
 *       names no row of the field table: {@code FindingPathsTest}.</li>
 *   <li>The pinned count {@code RuleCatalogueTest.BUILT_IN_RULES}, raised by one: forgotten, every test of the
 *       catalogue's size fails with the two counts.</li>
 *   <li>A breaker, in {@code io.formd.core.fake.Breakers}: the one change to a clean generated filing that breaks this
 *       rule and no other. Forgotten: {@code FakeFilingsTest.brokenByAFilingBreaksExactlyThatRule} fails with
 *       "built-in rule ... has no breaker". A rule no filing alone can break (it needs EDGAR's records) goes into
 *       {@code FakeFilings.unbreakableRules()} with the reason instead.</li>
 *   <li>The clean filings stay clean: {@code RuleCatalogueTest.rulePassesOnTheCleanFilingOfItsEdition} and
 *       {@code theCleanSubmissionHasNoFindingAtAll} fail when the rule fires on what it should accept.</li>
 *   <li>Real filings: every fixture must stay without an ERROR ({@code EdgarFixturesTest}); measure a new WARNING on
 *       a data-set quarter before choosing it, and put the figure in {@code why}.</li>
 *   <li>The README's rules section, when the rule adds a family or a condition of the technical specification.</li>
 * </ol>
 *
 * <h2>Where each family lives</h2>
 * <table>
 *   <caption>The built-in rules by class, in the order {@link io.formd.core.rules.RuleSets#builtIn()} runs them
 *   (findings come in this order)</caption>
 *   <tr><th>class</th><th>rules</th></tr>
 *   <tr><td>{@code SchemaRules}</td><td>every {@code D-XSD-*}: what {@code Form_D.definition.xsd} enforces
 *       and the model's types do not; lengths, list sizes and amounts come from the field table
 *       ({@code io.formd.core.fields}) through {@code FieldLimits}</td></tr>
 *   <tr><td>{@code ElectronicRules}</td><td>the electronic form's own {@code D-REQ-*}, {@code D-XREF-*},
 *       {@code D-ARITH-REMAINING}, {@code D-TIME-NEW-NOTICE-15D}, {@code D-FORMAT-ELECTRONIC-DATE}</td></tr>
 *   <tr><td>{@code EdgarRules}</td><td>the technical specification's own checks: {@code D-SUB-*} (§5, §3.3 o#2-o#4),
 *       {@code D-EDGAR-*} (§6, some through an {@code EdgarLookup}), {@code D-REQ-PREVIOUS-NAMES} (m#7),
 *       {@code D-XSD-CCC}</td></tr>
 *   <tr><td>{@code OfferingRules}</td><td>the rules the December 2026 regulatory audit found missing: first sale and
 *       formation, the Rule 504 sub-items, Investment Company Act 3(c) funds, accession numbers, TEST
 *       submissions</td></tr>
 *   <tr><td>{@code RegulationDRules}</td><td>Regulation D itself, for both editions: {@code D-CODE-*} (which
 *       exemptions exist when), {@code D-LIMIT-*} (dollar and purchaser ceilings), {@code D-ELIG-*} (who may use an
 *       exemption)</td></tr>
 *   <tr><td>{@code SharedRules}</td><td>what both editions ask alike: {@code D-REQ-RELATED-PERSON},
 *       {@code D-REQ-SIGNATURE}, {@code D-REQ-SOLICITATION-STATES}, {@code D-CODE-SOLICITATION-STATES},
 *       {@code D-XREF-DUPLICATE-SOLICITATION-STATE}</td></tr>
 *   <tr><td>{@code PaperRules}</td><td>the paper form's Part C arithmetic and consistency: {@code D-ARITH-PAPER-*},
 *       {@code D-XREF-PAPER-*}, {@code D-REQ-PAPER-*}, {@code D-CODE-PAPER-*}, {@code D-PAPER-EDITION-EXPIRED},
 *       {@code D-FORMAT-EDITION-DATE}, {@code D-ARITH-PROCEEDS-TOTAL}</td></tr>
 * </table>
 *
 * <h2>What no rule checks, and why</h2>
 * <ul>
 *   <li><b>m#11</b> of the technical specification ({@code salesCompensationList} is present even when empty): the
 *       model holds an absent list and an empty one alike, so no rule can tell them apart; {@code FormDXml.write}
 *       always writes the element, so a document formd writes meets it.</li>
 *   <li><b>The paper form's 15 days</b> (17 CFR 230.503(a)(1) as it stood): the paper form has no date of first
 *       sale, so neither a rule nor {@code io.formd.core.amendments.OfferingTimeline} can count them.
 *       {@code D-TIME-NEW-NOTICE-15D} checks the electronic form, given the filing date.</li>
 *   <li><b>The state side</b> (which states need a notice, Rule 504 offerings without pre-emption): not a defect of
 *       the filing, so not a rule; {@code io.formd.core.states.StateNotices} gives it as INFO hints.</li>
 *   <li><b>EDGAR's records</b> (a CIK and its CCC, an accession number, names and jurisdictions on file): only
 *       through an {@link io.formd.core.rules.EdgarLookup} the caller provides; without one,
 *       {@link io.formd.core.rules.ValidationReport#skipped()} lists those checks.</li>
 * </ul>
 */
@FormDStyle
package io.formd.core.rules;

import io.formd.core.model.FormDStyle;
