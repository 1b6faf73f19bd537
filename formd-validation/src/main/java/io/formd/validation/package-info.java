/**
 * Jakarta Bean Validation for Form D, on top of the formd rules engine.
 *
 * <ul>
 *   <li>{@link io.formd.validation.ValidFormD}: put it on a {@code FormD} field, parameter, return value or
 *       type argument ({@code List<@ValidFormD FormD>}); each finding of the rules engine becomes its own
 *       constraint violation, with a property path that mirrors the finding's path.</li>
 *   <li>{@link io.formd.validation.FormDViolations}: the rule id and severity behind a violation, on any
 *       provider.</li>
 *   <li>Value extractors (registered through {@code META-INF/services}) let standard constraints such as
 *       {@code @DecimalMax("5000000")} or {@code @Positive} apply to {@code UsdAmount} and
 *       {@code OfferingAmount} values.</li>
 * </ul>
 *
 * <p>Nothing here depends on a particular provider. When Hibernate Validator runs it, violations also carry
 * message parameters (so messages can be overridden through a bundle) and the finding as dynamic payload.
 */
package io.formd.validation;
