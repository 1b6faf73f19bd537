/**
 * The Form D model: immutable, null-free value types for both editions of SEC Form D.
 *
 * <ul>
 *   <li>{@link io.formd.core.model.FormD} is sealed: {@link io.formd.core.model.ElectronicFormD} (the 2008
 *       form, filed on EDGAR since 2009, Items 1–16, XML element {@code edgarSubmission}) and
 *       {@link io.formd.core.model.PaperFormD} (the paper form, OMB 3235-0076, Parts A–E and the ULOE
 *       appendix).</li>
 *   <li>What both editions share (issuers, addresses, persons, states, exemptions, signatures, sales
 *       compensation recipients) is one set of types.</li>
 *   <li>Money is {@link io.formd.core.model.UsdAmount} (exact, non-negative, compared by value) and
 *       {@link io.formd.core.model.OfferingAmount} (an amount or {@code Indefinite}); never a double.</li>
 *   <li>Every code list of the SEC Form D XML schema ({@code Form_D.definition.xsd}, version X0808) is an
 *       enum implementing {@link io.formd.core.model.EdgarCode}.</li>
 *   <li>What the filer wrote is kept: stated totals are stored as stated
 *       ({@link io.formd.core.model.StatedAmount}), and a box a transcription did not record is
 *       {@link io.formd.core.model.Mark#NOT_RECORDED} or {@link io.formd.core.model.Recorded#notRecorded()},
 *       never "unchecked".</li>
 *   <li>Builders check shape only (required parts present, amounts non-negative). Everything a filer can
 *       get wrong is a rule of {@code io.formd.core.rules}: a broken filing can still be built, stored and
 *       reported on.</li>
 * </ul>
 *
 * <p>Absent optional parts are {@link java.util.Optional#empty()}; no accessor returns {@code null}, and no
 * builder accepts one.
 */
@FormDStyle
package io.formd.core.model;
