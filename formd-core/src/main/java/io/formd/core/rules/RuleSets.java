package io.formd.core.rules;

import io.formd.core.fields.Applicability;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The built-in rules that check one conditional code of the EDGAR Form D XML Technical Specification v13 (§3.3),
   * as its §3.4 applies them to elements: m#3 (the year when "within five years") is {@code D-REQ-YEAR-WITHIN-5},
   * o#2 (the credentials and contact a submission must carry) is {@code D-SUB-CCC} and {@code D-SUB-CONTACT}, and so
   * on. Empty for the codes §3.4 gives no element (m#1, m#2, o#1) and for m#11 ({@code salesCompensationList} "is
   * mandatory but may not have any value"): the model holds an absent list and an empty one alike, and
   * {@code FormDXml} always writes the element.
   *
   * @param code an applicability code
   * @return the ids of the rules that check it, in rule order; empty for m, o, NA and blank
   */
  public static List<String> rulesForCondition(Applicability code) {
    return CONDITIONS.getOrDefault(code, List.of());
  }

  private static final Map<Applicability, List<String>> CONDITIONS = conditions();

  private static Map<Applicability, List<String>> conditions() {
    Map<Applicability, List<String>> m =
        new EnumMap<>(Applicability.class);
    m.put(Applicability.M3, List.of("D-REQ-YEAR-WITHIN-5"));
    m.put(Applicability.M4, List.of("D-XREF-FUND-INFO"));
    m.put(Applicability.M5, List.of("D-XREF-ISSUER-SIZE-ONE", "D-XREF-ISSUER-SIZE-KIND"));
    m.put(Applicability.M6, List.of("D-REQ-ENTITY-OTHER-DESC"));
    m.put(Applicability.M7, List.of("D-REQ-PREVIOUS-NAMES"));
    m.put(Applicability.M8, List.of("D-ARITH-REMAINING"));
    m.put(Applicability.M9, List.of("D-REQ-FIRST-SALE-CHOICE", "D-XSD-YEAR-OF-INC",
        "D-CODE-SOLICITATION-STATES", "D-REQ-SOLICITATION-STATES"));
    m.put(Applicability.M10, List.of("D-XSD-RELATIONSHIPS", "D-REQ-SECURITIES-ACT-EXEMPTION",
        "D-REQ-SECURITY-TYPE", "D-REQ-SECURITY-OTHER-DESC"));
    m.put(Applicability.M12, List.of("D-EDGAR-RECIPIENT-COMPLETE"));
    m.put(Applicability.O2, List.of("D-SUB-CCC", "D-SUB-CONTACT"));
    m.put(Applicability.O3, List.of("D-SUB-JURISDICTION", "D-REQ-JURISDICTION"));
    m.put(Applicability.O4, List.of("D-SUB-ENTITY-NAME", "D-SUB-EDGAR-PREVIOUS-NAMES"));
    return Collections.unmodifiableMap(m);
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
