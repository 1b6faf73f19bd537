/**
 * The table of Form D's fields: one {@link io.formd.core.fields.Field} per element of the electronic form and
 * per part of the paper form, in {@link io.formd.core.fields.FormDFields}.
 *
 * <h2>What a row says</h2>
 * For an element of the electronic form, what the SEC's EDGAR Form D XML Technical Specification (version 13,
 * March 2025) says of it in §3.4: level, order, data type, element name, maximum length, choice list, maximum
 * occurrences, and whether a filer must, may or must not send it for a D and a D/A
 * ({@link io.formd.core.fields.Applicability}, the codes of §3.3); the schema type and length facets of
 * {@code Form_D.definition.xsd}; the printed form's label (the specification's Appendix C) and Item; and the
 * model's side: the accessor's name, which is also the segment of a finding's path and the canonical JSON member,
 * the accessor itself (a case of one switch class, {@code Access}, for the electronic rows, a method reference for the
 * paper ones: no reflection at run time), and how the model holds the value
 * ({@link io.formd.core.fields.Kind}). Paper rows carry the paper form's Part, question and caption.
 *
 * <h2>What is derived from it</h2>
 * <ul>
 *   <li>EDGAR XML reading and writing (formd-json's {@code io.formd.json.xml.EdgarXmlReader} and {@code
 * EdgarXmlWriter}): the rows give
 *       the elements, their order, their accessors, and (for reading) their setters, builders, code lookups and
 *       what the model holds when a document lacks a required text;</li>
 *   <li>canonical JSON reading and writing ({@code CanonicalJsonReader}, {@code CanonicalJsonWriter}), for both
 *       editions: members are the rows' JSON names in the rows' order, read through the same setters and builders;
 *       and the JSON Schema of canonical JSON ({@code CanonicalJsonSchema}, a build tool whose output is the shipped
 *       {@code formd.schema.json});</li>
 *   <li>source maps ({@link io.formd.core.fields.FormDFields#xmlPath}, {@link
 * io.formd.core.fields.FormDFields#jsonPath}):
 *       a finding's path to the element or member it is about, so findings point at a line and column;</li>
 *   <li>the walk over a filing's texts (rules {@code D-XSD-XML-CHARACTERS}, {@code D-XSD-OUTER-WHITESPACE}) and the
 *       schema's limits (text lengths, list sizes, whole dollars of 12 digits: the {@code D-XSD-*} rules named in
 *       {@link io.formd.core.fields.Field#limitRule()});</li>
 *   <li>the place of each finding on the printed form ({@code Finding.place()}: "Item 13, Total Remaining to be
 *       Sold");</li>
 *   <li>checks that keep the rest honest: every property of the model has a row and every row names a real
 *       property (so a text the walk misses, or a misspelled finding path, fails a test); the rows match the
 *       schema's elements, order, repeat limits and length facets; every path any rule reports resolves to a
 *       row.</li>
 * </ul>
 *
 * <h2>Irregular elements</h2>
 * Four kinds have a small hand-written codec in each format instead of a regular one:
 * {@link io.formd.core.fields.Kind#YEAR_KIND} ({@code yearOfInc}'s three flags, one model value),
 * {@link io.formd.core.fields.Kind#SECURITY_TYPE} (Item 9's flags, one set), {@link io.formd.core.fields.Kind#NONE}
 * ({@code <value>None</value>} of a previous-name list) and {@link io.formd.core.fields.Kind#ALL_STATES}
 * ({@code <value>All States</value>}). Two placements are irregular too: the interleaved {@code state} and
 * {@code description} elements of a states-of-solicitation list (a model-only list row groups each pair), and
 * {@code signatureBlock}, which XML puts inside {@code offeringData} and the model on the filing
 * ({@code Binding.fromRoot()}). Recipients' CRD numbers and broker-dealer names are written
 * {@code None} when the model holds none ({@code Binding.noneWhenAbsent()}).
 *
 * <h2>The descriptor and the binding</h2>
 * {@link io.formd.core.fields.Field} is the public face of a row: what the specification and the printed form say
 * (element, limits, applicability, labels, place, kind, paths). How the row is bound to the model (its accessor,
 * setter, builder, code lookup, the value held when a document lacks it, placement facts) is its
 * {@code io.formd.core.fields.internal.Binding}, in a package the module exports only to {@code io.formd.json}:
 * formats look a row's binding up once ({@code Binding.of(row)}) while building their plans, never per element.
 * Both are written in the same row of the table, in this package.
 *
 * <h2>Adding an element: the whole recipe</h2>
 * Item 14's {@code numberNonAccreditedInvestors} (an optional count of non-accredited investors who have already
 * invested), had it been missing. Each step names the test that fails when it is forgotten.
 * <ol>
 *   <li>The model accessor, on {@code Investors}: {@code Optional<Long> numberNonAccreditedInvestors();}.
 *       Forgotten row: {@code FormDFieldsTest.everyRowsPathIsADeclaredPropertyOfTheModel} and the text walk's
 *       {@code everyVisitedPathIsARealPropertyHoldingTheVisitedValue}.</li>
 *   <li>The row, in {@code FormDFields}, between its siblings in §3.4's order. The first line is §3.4's (level,
 *       order, data type, element, maximum length, choice list, occurrences, D and D/A codes), then the schema's type
 *       and facets, the printed label, the model binding and the limit rule:
 * <pre>{@code
 * e(4, 2, STRING, "numberNonAccreditedInvestors", 12, null, 1, O, O).xsd("POSITIVE_INTEGER_TYPE", 0, 12)
 *     .printed("Number of such non-accredited investors who already have invested in the offering")
 *     .label("Number of non-accredited investors")
 *     .model(Kind.COUNT, "numberNonAccreditedInvestors", Access.INVESTORS_NUMBER_NON_ACCREDITED_INVESTORS)
 *     .set(Access.SET_INVESTORS_NUMBER_NON_ACCREDITED_INVESTORS)
 *     .limitRule("D-XSD-AMOUNTS"),
 * }</pre>
 *       The two slots are constants of {@code Access}, each with the next free number and its case: the accessor in
 *       {@code apply} ({@code return ((Investors) a).numberNonAccreditedInvestors();}), the setter in {@code accept}
 *       ({@code ((Investors.Builder) a).numberNonAccreditedInvestors((Long) b); return;}). Not method references:
 *       each would be an invokedynamic site linked at every start, and the readers' calls through two hundred
 *       lambda classes are megamorphic. A number used twice or a constant without its case:
 *       {@code AccessTest.everyConstantHasItsOwnNumberAndExactlyOneCase}.
 *       A row out of the schema's order or with other limits: {@code TableAgainstSchemaTest}
 *       ({@code theTableHasTheSchemasElementsInTheSchemasOrder}, {@code repeatLimitsTypesAndLengthsAreTheSchemas}).
 *       No setter or builder: {@code FormDFieldsTest.everyElementWithAModelPropertyCanBeReadBack}.</li>
 *   <li>The limit rule, where the schema limits the value: name the built-in {@code D-XSD-*} rule that checks rows
 *       of its kind (lengths and patterns of texts, 12-digit amounts and counts, list sizes). A misspelled or missing
 *       rule: {@code StringIdsTest.everyRowsLimitRuleIsABuiltInRuleOfItsEdition}.</li>
 *   <li>A paper row too, in {@code PaperFields}, when the model type is shared by both editions ({@code Issuer},
 *       {@code RelatedPerson}, {@code Address}, {@code PersonName}): the paper edition walks the same properties.
 *       Forgotten: {@code FormDFieldsTest.everyRowsPathIsADeclaredPropertyOfTheModel} for the paper table.</li>
 *   <li>The generator ({@code io.formd.core.fake}), so fake filings fill it. The generator's output changes, so
 *       raise {@code FakeFilings.OUTPUT_VERSION} and update the golden names and digests: forgotten,
 *       {@code FakeFilingsTest.outputIsPinnedForSeed42SoAChangeIsNoticed}.</li>
 *   <li>The JSON Schema, generated anew ({@code io.formd.json.canonical.CanonicalJsonSchema}, its output is
 *       {@code formd.schema.json}): forgotten, {@code
 * CanonicalJsonTest.theShippedSchemaIsTheOneGeneratedFromTheFieldTable}.</li>
 * </ol>
 * Nothing else is edited: the XML and JSON readers and writers read and write the element, the text walk and the
 * limit rule check it, the diff compares it, HTML shows it, findings on it read "Item 14, Number of non-accredited
 * investors" and point at its line. A paper part is the same, with a row in {@code PaperFields} only.
 *
 * <h2>Adding a rule</h2>
 * The recipe is in the package documentation of {@code io.formd.core.rules}.
 */
package io.formd.core.fields;
