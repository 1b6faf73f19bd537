package io.formd.core.rules;

import java.util.List;

/**
 * A source of extra rules, found through {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/io.formd.core.rules.RuleSetProvider}, and {@link RuleSets#discovered()} adds its
 * rules after the built-in ones. An implementation needs a public no-argument constructor.
 */
public interface RuleSetProvider {

  /** @return the rules this provider contributes, in order; ids must not clash with other rules */
  List<Rule> rules();
}
