package io.formd.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.rules.Finding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;

/** The suite on Hibernate Validator, plus what only it offers: message parameters and dynamic payload. */
class HibernateValidatorTest extends ValidFormDContract {

  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory().getValidator();

  @Override
  Validator validator() {
    return VALIDATOR;
  }

  @Override
  String expectedMessage(Finding finding) {
    return finding.severity() + " " + finding.ruleId() + " at " + finding.path() + ": " + finding.message();
  }

  @Test
  void theFindingIsTheDynamicPayload() {
    ConstraintViolation<StrictRequest> violation = VALIDATOR.validate(
        new StrictRequest(FakeFilings.seeded(2).brokenBy("D-ARITH-REMAINING"))).iterator().next();
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<StrictRequest> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    assertThat(hibernate.getDynamicPayload(Finding.class).ruleId()).isEqualTo("D-ARITH-REMAINING");
    assertThat(violation.getMessageTemplate()).isEqualTo("{io.formd.validation.ValidFormD.finding}");
  }
}
