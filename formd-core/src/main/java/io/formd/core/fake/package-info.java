/**
 * Fake Form D filings for tests: seeded, realistic, valid under the built-in rules, or broken by exactly one
 * chosen rule. Entry point: {@link io.formd.core.fake.FakeFilings}.
 */
@FormDStyle
package io.formd.core.fake;

import io.formd.core.model.FormDStyle;
