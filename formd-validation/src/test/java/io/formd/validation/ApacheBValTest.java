package io.formd.validation;

import io.formd.core.rules.Finding;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.apache.bval.jsr.ApacheValidationProvider;

/** The suite on Apache BVal: no Hibernate extensions, the finding's message as is. */
class ApacheBValTest extends ValidFormDContract {

  private static final Validator VALIDATOR =
      Validation.byProvider(ApacheValidationProvider.class).configure().buildValidatorFactory().getValidator();

  @Override
  Validator validator() {
    return VALIDATOR;
  }

  @Override
  String expectedMessage(Finding finding) {
    return finding.ruleId() + ": " + finding.message();
  }
}
