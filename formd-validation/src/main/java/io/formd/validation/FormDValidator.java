package io.formd.validation;

import io.formd.core.model.FormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.Severity;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The validator of {@link ValidFormD}: runs the rules engine and turns each finding into a constraint
 * violation. Providers instantiate it; applications do not need it directly.
 */
public final class FormDValidator implements ConstraintValidator<ValidFormD, FormD> {

  static final String FINDING_TEMPLATE = "{io.formd.validation.ValidFormD.finding}";

  /** The rules the annotation's attributes are applied to: the discovered ones, or those the validator was given. */
  private final RuleSet base;
  private RuleSet rules;
  private Severity minimum;

  /** Creates the validator on the discovered rules ({@code RuleSets.discovered()}); providers call this. */
  public FormDValidator() {
    this(null);
  }

  /**
   * Creates the validator on a rule set of the application's own (custom rules, an {@code EdgarLookup}, a profile):
   * for a {@code ConstraintValidatorFactory} or a Spring bean that hands validators out. The annotation's
   * attributes ({@link ValidFormD#profile()}, {@link ValidFormD#datePolicy()}, {@link ValidFormD#asOf()}) are applied
   * to it when the provider initializes the validator; a profile the rule set already has stays unless the
   * annotation names one.
   *
   * @param rules the rules to validate with
   */
  public FormDValidator(RuleSet rules) {
    this.base = rules;
  }

  @Override
  public void initialize(ValidFormD annotation) {
    this.rules = ruleSet(base == null ? RuleSets.discovered() : base, annotation);
    this.minimum = annotation.minimumSeverity();
  }

  /** @return the rules this validator applies, once initialized */
  RuleSet rules() {
    return rules;
  }

  static RuleSet ruleSet(ValidFormD annotation) {
    return ruleSet(RuleSets.discovered(), annotation);
  }

  static RuleSet ruleSet(RuleSet base, ValidFormD annotation) {
    RuleSet rules = base.withDatePolicy(annotation.datePolicy());
    if (annotation.profile().length > 1) {
      throw new ConstraintDeclarationException("@ValidFormD(profile = ...) names at most one profile, found "
          + Arrays.toString(annotation.profile()));
    }
    if (annotation.profile().length == 1) {
      rules = rules.withProfile(annotation.profile()[0]);
    }
    if (!annotation.asOf().isEmpty()) {
      try {
        rules = rules.asOf(LocalDate.parse(annotation.asOf()));
      } catch (DateTimeParseException e) {
        throw new ConstraintDeclarationException("@ValidFormD(asOf = \"" + annotation.asOf()
            + "\") is not a date YYYY-MM-DD", e);
      }
    }
    return rules;
  }

  @Override
  public boolean isValid(FormD value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<Finding> findings = rules.validate(value).atLeast(minimum);
    if (findings.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Finding finding : findings) {
      boolean parameters = HibernateSupport.AVAILABLE && HibernateSupport.decorate(context, finding);
      String template = parameters ? FINDING_TEMPLATE : literal(finding.ruleId() + ": " + finding.message());
      addPath(context.buildConstraintViolationWithTemplate(template), finding.path());
    }
    return false;
  }

  /** A message template that interpolates to exactly {@code text}, whatever it holds. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** One step of a finding's path: a property name and, when it is a list, the index of the element. */
  private static final class Step {
    final String name;
    final Integer index;

    Step(String name, Integer index) {
      this.name = name;
      this.index = index;
    }
  }

  static List<Step> parse(String path) {
    List<Step> steps = new ArrayList<>();
    if (path.isEmpty()) {
      return steps;
    }
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      if (bracket < 0) {
        steps.add(new Step(part, null));
      } else {
        steps.add(new Step(part.substring(0, bracket), Integer.valueOf(part.substring(bracket + 1,
            part.length() - 1))));
      }
    }
    return steps;
  }

  /**
   * Adds property nodes mirroring the finding's path: {@code a.b[1].c} becomes the nodes {@code a}, {@code b},
   * and {@code c} in the iterable {@code b} at index 1; a path ending in an index ends in a bean node at that
   * index.
   */
  private static void addPath(ConstraintViolationBuilder builder, String path) {
    List<Step> steps = parse(path);
    if (steps.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext node = builder.addPropertyNode(steps.get(0).name);
    NodeBuilderDefinedContext defined = null;
    Integer pending = steps.get(0).index;
    for (int i = 1; i < steps.size(); i++) {
      NodeBuilderCustomizableContext next = defined != null
          ? defined.addPropertyNode(steps.get(i).name) : node.addPropertyNode(steps.get(i).name);
      if (pending != null) {
        defined = next.inIterable().atIndex(pending);
      } else {
        defined = null;
      }
      node = next;
      pending = steps.get(i).index;
    }
    if (pending != null) {
      (defined != null ? defined.addBeanNode() : node.addBeanNode()).inIterable().atIndex(pending)
          .addConstraintViolation();
    } else if (defined != null) {
      defined.addConstraintViolation();
    } else {
      node.addConstraintViolation();
    }
  }
}
