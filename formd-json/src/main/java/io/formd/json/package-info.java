/**
 * The formats of Form D: EDGAR XML ({@link io.formd.json.FormDXml}, the {@code edgarSubmission} primary
 * document, schema versions X0301 to X0808) and formd's canonical JSON ({@link io.formd.json.FormDJson},
 * format version 1, with a JSON Schema, and {@link io.formd.json.FormDModule} for Jackson), reading either
 * by content ({@link io.formd.json.FormDFiles}). Every read failure is a
 * {@link io.formd.json.FormDReadException} with the place (line and column, or JSON Pointer) and the reason.
 * The command line is in the package {@code io.formd.json.cli} (not exported: run it as {@code java -jar formd.jar}).
 *
 * <p>Where the code is: this package holds the API; the canonical JSON mapping is in {@code io.formd.json.canonical},
 * the EDGAR XML mapping in {@code io.formd.json.xml} and what both share in {@code io.formd.json.internal}, none of
 * them exported. HTML is in {@link io.formd.json.html}.
 */
package io.formd.json;
