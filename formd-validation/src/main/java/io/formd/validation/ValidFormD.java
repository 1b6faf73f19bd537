package io.formd.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.formd.core.model.Dialect;
import io.formd.core.rules.DatePolicy;
import io.formd.core.rules.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code FormD} passes the formd rules (the built-in rules and any found through
 * {@code RuleSetProvider}): each finding at or above {@link #minimumSeverity()} is reported as its own
 * constraint violation, whose property path continues into the filing along the finding's path (for example
 * {@code filing.offering.amounts.totalRemaining}) and whose message is the finding's message.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} to require a filing).
 *
 * <pre>{@code
 * public record FilingRequest(@NotNull @ValidFormD FormD filing, List<@ValidFormD FormD> amendments) {}
 * }</pre>
 *
 * <p>Message: {@code {io.formd.validation.ValidFormD.finding}}; with Hibernate Validator it is resolved from
 * the bundle {@code ContributorValidationMessages} of this jar ({@code {formdRuleId}: {formdMessage}} by default:
 * the rule id first, so that a framework reporting only messages still names the rule), which an
 * application's {@code ValidationMessages.properties} overrides, and may use the parameters
 * {@code formdRuleId}, {@code formdSeverity}, {@code formdPath}, {@code formdMessage}, {@code formdCitation}
 * and each value of the finding by its name. Other providers report the rule id and the finding's message the same way.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = FormDValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
@Retention(RUNTIME)
@Repeatable(ValidFormD.List.class)
public @interface ValidFormD {

  /** @return the message key of the violation reported when no finding is (a fallback, normally unused) */
  String message() default "{io.formd.validation.ValidFormD.message}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** @return which of the filing's dates the rules are applied as of */
  DatePolicy datePolicy() default DatePolicy.SIGNATURE_DATE;

  /** @return a fixed date (YYYY-MM-DD) to apply the rules as of instead; empty for {@link #datePolicy()} */
  String asOf() default "";

  /**
   * The validation profile ({@code RuleSet.withProfile}): {@code profile = Dialect.SUBMISSION} judges every filing as
   * a submission EDGAR is about to receive (a draft a service accepts from its users: what EDGAR would suspend is an
   * ERROR, whatever the draft holds), {@code Dialect.DISSEMINATED} as one EDGAR published. Empty, the default: each
   * filing's own {@linkplain Dialect#of dialect} (a filing with an issuer name reads as published). At most one.
   *
   * @return the profile, or none to follow each filing's dialect
   */
  Dialect[] profile() default {};

  /** @return the least severe findings reported (ERROR by default: warnings do not make a filing invalid) */
  Severity minimumSeverity() default Severity.ERROR;

  /** Several {@link ValidFormD} constraints on one element (for example in different groups). */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
  @Retention(RUNTIME)
  @interface List {
    /** @return the constraints */
    ValidFormD[] value();
  }
}
