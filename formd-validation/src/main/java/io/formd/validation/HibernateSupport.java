package io.formd.validation;

import io.formd.core.rules.Finding;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * What formd adds when Hibernate Validator runs it: message parameters and the finding as dynamic payload.
 * Only touched when Hibernate Validator's classes are present ({@link #AVAILABLE}), and each use falls back
 * quietly when the running provider is another one.
 */
final class HibernateSupport {

  static final boolean AVAILABLE = present();

  private HibernateSupport() {}

  private static boolean present() {
    try {
      Class.forName("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext", false,
          HibernateSupport.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** @return true if the context is Hibernate Validator's and now carries the finding */
  static boolean decorate(ConstraintValidatorContext context, Finding finding) {
    HibernateConstraintValidatorContext hibernate;
    try {
      hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (ValidationException | ClassCastException e) {
      return false;
    }
    for (Map.Entry<String, String> value : finding.values().entrySet()) {
      hibernate.addMessageParameter(value.getKey(), value.getValue());
    }
    hibernate.addMessageParameter("formdRuleId", finding.ruleId())
        .addMessageParameter("formdSeverity", finding.severity().name())
        .addMessageParameter("formdPath", finding.path())
        .addMessageParameter("formdMessage", finding.message())
        .addMessageParameter("formdCitation", finding.citation())
        .withDynamicPayload(finding);
    return true;
  }

  static Optional<Finding> payload(ConstraintViolation<?> violation) {
    try {
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      return Optional.ofNullable(hibernate.getDynamicPayload(Finding.class));
    } catch (ValidationException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
