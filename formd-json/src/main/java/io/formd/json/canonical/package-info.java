/**
 * formd's canonical JSON mapping, derived from the field table ({@code io.formd.core.fields.FormDFields}):
 * {@link io.formd.json.canonical.CanonicalJsonStream} (the fast path: bytes straight into the model),
 * {@link io.formd.json.canonical.CanonicalJsonReader} (through a {@link io.formd.json.canonical.JsonValue} tree, which
 * says what is wrong with anything the fast path gives up on), {@link io.formd.json.canonical.CanonicalJsonWriter},
 * {@link io.formd.json.canonical.JsonSourceMap} and {@link io.formd.json.canonical.CanonicalJsonSchema} (the build
 * tool whose output is the shipped {@code formd.schema.json}).
 *
 * <p><b>Not API.</b> Use {@link io.formd.json.FormDJson} or {@link io.formd.json.FormDModule}. The module
 * {@code io.formd.json} does not export this package; on the class path its classes are public only so that the API
 * package can reach them, and they may change in any release.
 */
package io.formd.json.canonical;
