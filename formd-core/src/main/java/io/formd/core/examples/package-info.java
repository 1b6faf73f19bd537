/**
 * Canonical example filings, built in code, that tests, the README and the {@code formd demo} command use.
 */
package io.formd.core.examples;
