package io.formd.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The built-in rule set, and rule sets with rules found on the class path. */
public final class RuleSets {

  private static final RuleSet BUILT_IN = RuleSet.of(builtInRules());

  private RuleSets() {}

  /**
   * The built-in rules of both editions: what the SEC schema enforces that the model's types do not, the
   * electronic form's cross-item rules, the paper form's arithmetic, and Regulation D's dated limits.
   *
   * @return the built-in rule set (one shared immutable instance)
   */
  public static RuleSet builtIn() {
    return BUILT_IN;
  }

  /**
   * @return the built-in rules followed by those of every {@link RuleSetProvider} on the class path
   * @throws IllegalArgumentException if a provider's rule id clashes with another rule's
   */
  public static RuleSet discovered() {
    RuleSet rules = BUILT_IN;
    for (RuleSetProvider provider : ServiceLoader.load(RuleSetProvider.class)) {
      rules = rules.with(provider.rules().toArray(new Rule[0]));
    }
    return rules;
  }

  private static List<Rule> builtInRules() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(SchemaRules.rules());
    rules.addAll(ElectronicRules.rules());
    rules.addAll(EdgarRules.rules());
    rules.addAll(OfferingRules.rules());
    rules.addAll(RegulationDRules.rules());
    rules.addAll(SharedRules.rules());
    rules.addAll(PaperRules.rules());
    return rules;
  }
}
