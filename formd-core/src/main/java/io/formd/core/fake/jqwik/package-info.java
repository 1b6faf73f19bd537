/**
 * jqwik arbitraries of Form D values for property tests: {@link io.formd.core.fake.jqwik.FormDArbitraries}.
 * formd-core declares jqwik as an optional dependency: this package works when the test classpath has jqwik
 * (as any jqwik user's does) and is never loaded otherwise.
 */
package io.formd.core.fake.jqwik;
