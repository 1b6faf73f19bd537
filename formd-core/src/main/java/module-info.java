/**
 * formd's model of Form D (both editions), its field table, the dated rules engine, amendments and timelines, the
 * state-side hints and the fake-filing generator. No run-time dependency: Immutables and the JDK's
 * {@code @Generated} are compile-time only; jqwik is needed only by {@code io.formd.core.fake.jqwik}.
 */
module io.formd.core {
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static net.jqwik.api;

  exports io.formd.core.amendments;
  exports io.formd.core.examples;
  exports io.formd.core.fake;
  exports io.formd.core.fake.jqwik;
  exports io.formd.core.fields;
  exports io.formd.core.fields.internal to io.formd.json;
  exports io.formd.core.model;
  exports io.formd.core.rules;
  exports io.formd.core.states;

  uses io.formd.core.rules.RuleSetProvider;
}
