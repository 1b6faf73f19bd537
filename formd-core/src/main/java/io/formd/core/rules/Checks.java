package io.formd.core.rules;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.PaperFormD;

/**
 * The built-in rules' checks as subclasses of classes, not only implementations of {@link Rule}'s interfaces: a
 * rule set calls 150 kinds of check from one place, and a call through a class's method table costs a fraction of a
 * call through an interface's (the interface's stub searched the receiver's interfaces on every call: 2 % of a
 * directory run's time). A rule built from any other {@link Rule.ElectronicCheck} is called through the interface.
 */
final class Checks {

  private Checks() {}

  /** A built-in check of the electronic edition. */
  abstract static class Electronic implements Rule.ElectronicCheck {
    @Override
    public abstract void check(ElectronicFormD filing, RuleContext context, Reporter reporter);
  }

  /** A built-in check of the paper edition. */
  abstract static class Paper implements Rule.PaperCheck {
    @Override
    public abstract void check(PaperFormD filing, RuleContext context, Reporter reporter);
  }

  /** A built-in check of either edition. */
  abstract static class Any implements Rule.Check {
    @Override
    public abstract void check(FormD filing, RuleContext context, Reporter reporter);
  }
}
