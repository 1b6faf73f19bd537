package io.formd.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.model.Dialect;
import io.formd.core.rules.RuleSets;
import jakarta.validation.ConstraintDeclarationException;
import org.junit.jupiter.api.Test;

/** The profile of {@code @ValidFormD}, and a validator built on an application's own rule set. */
class ValidatorProfileTest {

  @ValidFormD
  private Object followsTheDocument;

  @ValidFormD(profile = Dialect.SUBMISSION)
  private Object submission;

  @ValidFormD(profile = {Dialect.SUBMISSION, Dialect.DISSEMINATED})
  private Object two;

  private static ValidFormD annotation(String field) throws Exception {
    return ValidatorProfileTest.class.getDeclaredField(field).getAnnotation(ValidFormD.class);
  }

  @Test
  void noProfileFollowsEachFilingsDialect() throws Exception {
    assertThat(FormDValidator.ruleSet(annotation("followsTheDocument")).profile()).isEmpty();
  }

  @Test
  void theProfileNamedIsTheRuleSetsProfile() throws Exception {
    assertThat(FormDValidator.ruleSet(annotation("submission")).profile()).contains(Dialect.SUBMISSION);
  }

  @Test
  void twoProfilesAreADeclarationError() {
    assertThatThrownBy(() -> FormDValidator.ruleSet(annotation("two")))
        .isInstanceOf(ConstraintDeclarationException.class).hasMessageContaining("at most one profile");
  }

  @Test
  void aValidatorOnTheApplicationsRuleSetKeepsItsProfileUnlessTheAnnotationNamesOne() throws Exception {
    FormDValidator published = new FormDValidator(RuleSets.builtIn().withProfile(Dialect.DISSEMINATED));
    published.initialize(annotation("followsTheDocument"));
    assertThat(published.rules().profile()).contains(Dialect.DISSEMINATED);
    published.initialize(annotation("submission"));
    assertThat(published.rules().profile()).contains(Dialect.SUBMISSION);
    assertThat(FormDValidator.ruleSet(RuleSets.builtIn().withProfile(Dialect.DISSEMINATED),
        annotation("followsTheDocument")).profile()).contains(Dialect.DISSEMINATED);
    assertThat(FormDValidator.ruleSet(RuleSets.builtIn().withProfile(Dialect.DISSEMINATED),
        annotation("submission")).profile()).contains(Dialect.SUBMISSION);
    assertThat(FormDValidator.ruleSet(RuleSets.builtIn().without("D-XSD-ZIP"), annotation("submission")).rule(
        "D-XSD-ZIP")).isEmpty();
  }
}
