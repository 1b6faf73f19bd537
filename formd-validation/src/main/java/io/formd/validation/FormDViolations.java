package io.formd.validation;

import io.formd.core.model.FormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import jakarta.validation.ConstraintViolation;
import java.util.Optional;

/**
 * The formd finding behind a constraint violation of {@link ValidFormD}, on any provider: Hibernate
 * Validator's dynamic payload when it is there, otherwise the rules engine run again on the violation's
 * invalid value with the constraint's own attributes (the engine is deterministic, so the same findings come
 * back) and matched by path and message.
 *
 * <pre>{@code
 * for (ConstraintViolation<Request> v : validator.validate(request)) {
 *   FormDViolations.ruleId(v).ifPresent(id -> log.warn("{} at {}: {}", id, v.getPropertyPath(), v.getMessage()));
 * }
 * }</pre>
 */
public final class FormDViolations {

  private FormDViolations() {}

  /**
   * @param violation any constraint violation
   * @return the finding behind it; empty if it is not a {@link ValidFormD} violation
   */
  public static Optional<Finding> findingOf(ConstraintViolation<?> violation) {
    if (!(violation.getConstraintDescriptor().getAnnotation() instanceof ValidFormD)) {
      return Optional.empty();
    }
    if (HibernateSupport.AVAILABLE) {
      Optional<Finding> payload = HibernateSupport.payload(violation);
      if (payload.isPresent()) {
        return payload;
      }
    }
    if (!(violation.getInvalidValue() instanceof FormD)) {
      return Optional.empty();
    }
    ValidFormD annotation = (ValidFormD) violation.getConstraintDescriptor().getAnnotation();
    String path = violation.getPropertyPath().toString();
    for (Finding finding : FormDValidator.ruleSet(annotation).validate((FormD) violation.getInvalidValue())
        .atLeast(annotation.minimumSeverity())) {
      boolean samePath = finding.path().isEmpty() || path.equals(finding.path()) || path.endsWith("." + finding.path());
      if (samePath && violation.getMessage().equals(finding.ruleId() + ": " + finding.message())) {
        return Optional.of(finding);
      }
    }
    return Optional.empty();
  }

  /**
   * @param violation any constraint violation
   * @return the id of the rule behind it; empty if it is not a {@link ValidFormD} violation
   */
  public static Optional<String> ruleId(ConstraintViolation<?> violation) {
    return findingOf(violation).map(Finding::ruleId);
  }

  /**
   * @param violation any constraint violation
   * @return the severity of the finding behind it; empty if it is not a {@link ValidFormD} violation
   */
  public static Optional<Severity> severity(ConstraintViolation<?> violation) {
    return findingOf(violation).map(Finding::severity);
  }
}
